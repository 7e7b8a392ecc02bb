// GET /search's query string (decoded strictly: query.ts) as core's SearchQuery: numbers parsed from their
// strings, `topics` repeated; anything else is passed through as given, so the schema names the field that is wrong.
import * as z from 'zod/mini';
import { SearchQuery, parseInput } from '@mentor-match/core';

const NUMERIC = new Set(['maxHoursApart', 'offset', 'limit']);
const ARRAYS = new Set(['topics']);

export function searchQueryFrom(params: Record<string, string[]>): SearchQuery {
  // fromEntries makes each parameter an own property, `__proto__` too, so the strict schema names it.
  const query = Object.fromEntries(
    Object.entries(params).map(([key, values]) => {
      const value = (raw: string) => (NUMERIC.has(key) && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw);
      return [key, ARRAYS.has(key) ? values.map(value) : values.length === 1 ? value(values[0] as string) : values.map(value)];
    }),
  );
  return parseInput(SearchQuery, query, 'search query');
}

/** The query parameters, for the OpenAPI document, from the schema itself. */
export function searchParameters() {
  const schema = z.toJSONSchema(SearchQuery, { io: 'input' }) as {
    properties: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(schema.properties).map(([name, property]) => ({
    name,
    in: 'query' as const,
    required: schema.required?.includes(name) ?? false,
    schema: property,
    ...(ARRAYS.has(name) ? { style: 'form' as const, explode: true } : {}),
  }));
}
