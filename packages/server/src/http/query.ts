// Query strings. A request's query string decoded strictly (`strictQueries`): a parameter whose
// percent-encoding is not UTF-8 (a stray `%`, `%ED%A0%80`, the bytes of a lone surrogate) is refused naming
// it, where Hono's reader would keep the raw text and search for it. Then as the input of a core schema
// (`queryInput`): each parameter typed as the schema's JSON Schema says (numbers and booleans parsed from
// their text, arrays from a repeated parameter), anything else passed on as given, so the schema itself
// refuses it and names the field. The same JSON Schema documents the parameters in the OpenAPI document.
import { MentoringError } from '@mentor-match/core';
import * as z from 'zod/mini';

/** Every parameter of `url`'s query string, repeated ones in order. */
export function strictQueries(url: string): Record<string, string[]> {
  const start = url.indexOf('?');
  const hash = url.indexOf('#');
  const query = start === -1 ? '' : url.slice(start + 1, hash === -1 ? undefined : hash);
  const params: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const rawKey = equals === -1 ? pair : pair.slice(0, equals);
    const key = decode(rawKey, rawKey);
    const value = decode(equals === -1 ? '' : pair.slice(equals + 1), key);
    (params[key] ??= []).push(value);
  }
  return params;
}

function decode(raw: string, field: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    throw new MentoringError('validation', `The query parameter ${JSON.stringify(field)} is not percent-encoded UTF-8.`, {
      field,
    });
  }
}

/** A property of the JSON Schema: its `type`, and `items` for an array. */
type Property = Record<string, unknown>;

interface QuerySchema {
  properties: Record<string, Property>;
  required?: string[];
}

const described = new WeakMap<z.ZodMiniType, QuerySchema>();

function describe(schema: z.ZodMiniType): QuerySchema {
  let found = described.get(schema);
  if (!found) described.set(schema, (found = z.toJSONSchema(schema, { io: 'input' }) as unknown as QuerySchema));
  return found;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function typed(property: Property | undefined, raw: string): unknown {
  const type = property?.['type'];
  if ((type === 'integer' || type === 'number') && NUMBER.test(raw.trim())) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

/** `strictQueries(…)` as the schema's input: parse the result with the schema (core's parseInput). */
export function queryInput(schema: z.ZodMiniType, params: Record<string, string[]>): Record<string, unknown> {
  const { properties } = describe(schema);
  // fromEntries makes each parameter an own property, `__proto__` too, so the strict schema names it.
  return Object.fromEntries(
    Object.entries(params).map(([key, values]) => {
      const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (property?.['type'] === 'array') return [key, values.map((value) => typed(property['items'] as Property | undefined, value))];
      // Given twice where the schema wants one value: passed on as a list, which the schema refuses.
      return [key, values.length === 1 ? typed(property, values[0] as string) : values.map((value) => typed(property, value))];
    }),
  );
}

/** The schema's fields as OpenAPI query parameters (arrays: repeated). */
export function queryParameters(schema: z.ZodMiniType) {
  const { properties, required = [] } = describe(schema);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query' as const,
    required: required.includes(name),
    schema: property,
    ...(property['type'] === 'array' ? { style: 'form' as const, explode: true } : {}),
  }));
}
