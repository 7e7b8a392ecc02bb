// A query string as the input of a core schema: each parameter typed as the schema's JSON Schema says
// (numbers and booleans parsed from their text, arrays from a repeated parameter), anything else passed on
// as given, so the schema itself refuses it and names the field. The same JSON Schema documents the
// parameters in the OpenAPI document.
import * as z from 'zod/mini';

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

/** `c.req.queries()` as the schema's input: parse the result with the schema (core's parseInput). */
export function queryInput(schema: z.ZodMiniType, params: Record<string, string[]>): Record<string, unknown> {
  const { properties } = describe(schema);
  const input: Record<string, unknown> = {};
  for (const [key, values] of Object.entries(params)) {
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (property?.['type'] === 'array') {
      input[key] = values.map((value) => typed(property['items'] as Property | undefined, value));
    } else {
      // Given twice where the schema wants one value: passed on as a list, which the schema refuses.
      input[key] = values.length === 1 ? typed(property, values[0] as string) : values.map((value) => typed(property, value));
    }
  }
  return input;
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
