// Fetching search results: a range of hits in pages the adapter accepts. Each page comes through the
// program's resource cache, checked once at the adapter's boundary (an adapter is any page script's code, or
// a server we do not control: a wrong shape is a clear message there, not a broken widget here).
import type { SearchHit, SearchQuery } from '@mentor-match/core';
import { MAX_PAGE_SIZE } from '@mentor-match/core/vocabulary';
import type { ResourceCache } from '../mentor-program/resource-cache.ts';

export interface Results {
  /** The criteria these results are for (no paging). */
  query: SearchQuery;
  /** Every match, not only those fetched. */
  total: number;
  /** Ranked, best first, each member once. */
  hits: SearchHit[];
}

/**
 * `count` hits from `offset` on (fewer at the end of the results). A range longer than the adapter's
 * page limit (a refresh after many "Show more") is fetched in several calls. `fresh`: the member searched,
 * so pages kept from before are not enough.
 */
export async function fetchHits(
  adapter: ResourceCache,
  query: SearchQuery,
  offset: number,
  count: number,
  options: { signal: AbortSignal; fresh: boolean },
): Promise<{ total: number; hits: SearchHit[] }> {
  const hits: SearchHit[] = [];
  let total = 0;
  while (hits.length < count) {
    const limit = Math.min(count - hits.length, MAX_PAGE_SIZE);
    const page = await adapter.search({ ...query, offset: offset + hits.length, limit }, options);
    total = page.total;
    // A page longer than asked for is cut: the element promises never to render more than a page at once.
    hits.push(...page.hits.slice(0, limit));
    if (page.hits.length < limit || offset + hits.length >= total) break;
  }
  return { total, hits };
}

/**
 * `shown` followed by the hits of `next` not already there: the ranking may move between two pages, and
 * the list is keyed by member, so a member must appear once.
 */
export function appendHits(shown: readonly SearchHit[], next: readonly SearchHit[]): SearchHit[] {
  const ids = new Set(shown.map((hit) => hit.member.id));
  const all = [...shown];
  for (const hit of next) {
    if (ids.has(hit.member.id)) continue;
    ids.add(hit.member.id);
    all.push(hit);
  }
  return all;
}
