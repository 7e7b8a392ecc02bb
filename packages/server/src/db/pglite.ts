// The embedded database: PGlite in a data folder (or in memory for tests). One connection, so PGlite
// runs one transaction at a time; its own mutex also keeps single queries out of a running transaction.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { RETRYABLE_STATES, sqlState, type Database, type Queryable } from './database.ts';

/** `dataDir`: a folder (created if missing), or undefined for an in-memory database. */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  return wrapPglite(db);
}

export function wrapPglite(db: PGlite): Database {
  const over = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<R extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<R>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const plain = over(db);
  return {
    kind: 'pglite',
    query: plain.query,
    exec: plain.exec,
    async transaction(work) {
      // PGlite serialises everything, so deadlocks cannot happen; the retry is for symmetry with pg.
      for (let attempt = 1; ; attempt++) {
        try {
          return await db.transaction((tx) => work(over(tx)));
        } catch (error) {
          if (attempt >= 3 || !RETRYABLE_STATES.has(sqlState(error) ?? '')) throw error;
        }
      }
    },
    async close() {
      if (!db.closed) await db.close();
    },
  };
}
