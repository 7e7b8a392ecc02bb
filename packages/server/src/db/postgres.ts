// PostgreSQL through `pg`: a pool of connections, so transactions run side by side and row locks matter.
import pg from 'pg';
import { RETRYABLE_STATES, sqlState, type Database, type Queryable } from './database.ts';

const INT8_OID = 20;

export interface PostgresOptions {
  /** Connections per instance. Default 10. */
  max?: number;
  /** A schema to work in instead of `public` (tests give each server its own). */
  schema?: string;
}

export function openPostgres(connectionString: string, options: PostgresOptions = {}): Database {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    // 64-bit integers (sequences, counts) as numbers, as PGlite gives them; they stay far below 2^53.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});

  const over = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<R>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });
  const plain = over(pool);

  return {
    kind: 'postgres',
    query: plain.query,
    exec: plain.exec,
    async transaction(work) {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        let broken = false;
        try {
          await client.query('BEGIN');
          const result = await work(over(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          try {
            await client.query('ROLLBACK');
          } catch {
            broken = true;
          }
          if (attempt >= 3 || !RETRYABLE_STATES.has(sqlState(error) ?? '')) throw error;
        } finally {
          client.release(broken);
        }
      }
    },
    async close() {
      await pool.end();
    },
  };
}
