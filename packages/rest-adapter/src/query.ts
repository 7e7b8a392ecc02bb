// Query strings: one parameter per field, a list as the parameter repeated, numbers and booleans as text.
import { parseInput } from '@mentor-match/core/errors';
import { SearchQuery } from '@mentor-match/core/schemas/search';
import type * as z from 'zod/mini';

/**
 * Encodes a query after checking it with its core schema: a query string cannot tell a list of one from a
 * single value or a number from text, so a malformed query is refused here, naming the field, exactly as
 * the server (and MemoryAdapter) would, instead of being read differently on the other side.
 */
export function queryParams<T extends object>(schema: z.ZodMiniType<T>, query: T, what: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(parseInput(schema, query, what))) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) params.append(key, String(item));
    }
  }
  return params;
}

/** GET /search's query string. */
export const searchParams = (query: SearchQuery): URLSearchParams => queryParams(SearchQuery, query, 'search query');
