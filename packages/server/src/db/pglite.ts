// The embedded database: PGlite in a data folder (or in memory for tests). One connection, so PGlite
// runs one transaction at a time; its own mutex also keeps single queries out of a running transaction.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { RETRYABLE_STATES, sqlState, type Database, type Queryable } from './database.ts';

/** `dataDir`: a folder (created if missing), or undefined for an in-memory database. */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir === undefined) return wrapPglite(await PGlite.create());
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockFolder(dataDir);
  try {
    return wrapPglite(await PGlite.create({ dataDir }), unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}

/**
 * PGlite does not guard its folder: two processes on one folder would corrupt it (say, `npm start` run twice).
 * A lock file with the owner's process id refuses the second; one left by a process that died is taken over.
 */
function lockFolder(dataDir: string): () => void {
  const file = join(dataDir, 'mentor-match.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(owner) && isAlive(owner)) {
        throw new Error(`The data folder ${dataDir} is in use by process ${owner}: stop it, or set DATA_DIR to another folder.`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function wrapPglite(db: PGlite, onClose: () => void = () => {}): Database {
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
    // In the server's own process, PGlite cannot be unreachable or paused apart from it: no deadline.
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
      try {
        if (!db.closed) await db.close();
      } finally {
        onClose();
      }
    },
  };
}
