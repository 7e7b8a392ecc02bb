// Multi-row INSERTs for seeding thousands of rows without thousands of round trips.
import type { Queryable } from '../db/database.ts';

/** PostgreSQL takes at most 65,535 parameters per statement; stay well under. */
const MAX_PARAMS = 30_000;

export async function insertChunked<T>(
  q: Queryable,
  items: readonly T[],
  values: (item: T) => unknown[],
  tuple: (placeholders: string[]) => string,
  insertInto: string,
  /** After the rows: `ON CONFLICT …`. */
  onConflict = '',
): Promise<void> {
  if (items.length === 0) return;
  const width = values(items[0] as T).length;
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / width));
  for (let start = 0; start < items.length; start += perChunk) {
    const chunk = items.slice(start, start + perChunk);
    const params: unknown[] = [];
    const tuples = chunk.map((item) => {
      const row = values(item);
      const placeholders = row.map((_, i) => `$${params.length + i + 1}`);
      params.push(...row);
      return tuple(placeholders);
    });
    await q.query(`${insertInto} ${tuples.join(', ')}${onConflict}`, params);
  }
}
