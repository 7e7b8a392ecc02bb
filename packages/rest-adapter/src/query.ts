// GET /search's query string: one parameter per criterion, `topics` repeated, numbers as decimal text.
import { parseInput } from '@mentor-match/core/errors';
import { SearchQuery } from '@mentor-match/core/schemas/search';

/**
 * Encodes a search query, after checking it with the core schema: a query string cannot tell a list of
 * one from a single value or a number from text, so a malformed query is refused here, naming the field,
 * exactly as the server (and MemoryAdapter) would, instead of being read differently on the other side.
 */
export function searchParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(parseInput(SearchQuery, query, 'search query'))) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) params.append(key, String(item));
    }
  }
  return params;
}
