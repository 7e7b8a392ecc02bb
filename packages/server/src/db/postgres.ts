// PostgreSQL through `pg`: a pool of connections, so transactions run side by side and row locks matter.
//
// A sick database must not hang the server: every connection, statement and transaction has a time limit
// (PostgresTimeouts), past which the call fails with DatabaseUnavailableError (a 503). A transaction the
// server gave up on is rolled back, never committed later: the connection is destroyed (the database rolls
// back what it had begun when it sees it gone), and the COMMIT itself is refused by the database once the
// transaction is older than its deadline, by the database's own clock, so a COMMIT that reached a paused
// database is refused when it wakes up.
import pg from 'pg';
import {
  DatabaseUnavailableError, RETRYABLE_STATES, asUnavailable, isUnavailable, sqlState, type Database, type Queryable,
  type TransactionOptions,
} from './database.ts';

const INT8_OID = 20;

/** Milliseconds; every one is a setting of the server (DATABASE_*_TIMEOUT_MS, packages/server/README.md). */
export interface PostgresTimeouts {
  /** Waiting for a connection: a new one, or a free one from the pool. */
  connectMs: number;
  /** One statement: the database cancels it, and the server stops waiting for one that does not answer. */
  statementMs: number;
  /** A unit of work, from BEGIN to COMMIT: past it, rolled back. */
  transactionMs: number;
  /** The database ends a session left idle inside a transaction this long (a server that hung mid-way). */
  idleInTransactionMs: number;
}

/**
 * Within the REST adapter's patience (10 s per attempt): a request that cannot reach the database answers
 * 503 before its client gives up, and its transaction is over by then.
 */
export const DEFAULT_POSTGRES_TIMEOUTS: PostgresTimeouts = {
  connectMs: 3_000,
  statementMs: 5_000,
  transactionMs: 5_000,
  idleInTransactionMs: 10_000,
};

/**
 * How much longer than the database's own limits the server waits before it gives up on an answer: the
 * database's refusal (a cancelled statement, a late COMMIT refused) is the one that counts when it is up.
 */
const GRACE_MS = 1_000;

export interface PostgresOptions {
  /** Connections per instance. Default 10. */
  max?: number;
  /** A schema to work in instead of `public` (tests give each server its own). */
  schema?: string;
  timeouts?: Partial<PostgresTimeouts>;
}

export function openPostgres(connectionString: string, options: PostgresOptions = {}): Database {
  const timeouts = { ...DEFAULT_POSTGRES_TIMEOUTS, ...options.timeouts };
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    // 64-bit integers (sequences, counts) as numbers, as PGlite gives them; they stay far below 2^53.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A client losing its connection must not crash the process, whether idle in the pool or checked out
  // between two queries (the database shutting down tells every connection): the query that uses it next
  // fails as unavailable, and the pool makes a new one.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));

  const connect = async (): Promise<pg.PoolClient> => {
    try {
      return await pool.connect();
    } catch (error) {
      throw asUnavailable(error);
    }
  };

  const over = (client: pg.PoolClient): Queryable => ({
    async query<R extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<R>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });

  /** One statement on a client of its own, given up on after the statement timeout (and a grace). */
  const single = async <T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await connect();
    const deadline = giveUpAfter(client, timeouts.statementMs + GRACE_MS);
    let failed: unknown;
    try {
      return await deadline.race(run(client));
    } catch (error) {
      failed = error;
      throw asUnavailable(error);
    } finally {
      deadline.clear();
      // A connection that failed or was given up on is closed, not handed to the next caller.
      client.release(failed !== undefined && (deadline.expired || isUnavailable(failed)));
    }
  };

  return {
    kind: 'postgres',
    query: (sql, params) => single((client) => over(client).query(sql, params)),
    exec: (sql) => single((client) => over(client).exec(sql)),
    async transaction<T>(work: (tx: Queryable) => Promise<T>, { unbounded = false }: TransactionOptions = {}): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        const client = await connect();
        const deadline = unbounded ? null : giveUpAfter(client, timeouts.transactionMs + GRACE_MS);
        let broken = false;
        try {
          const run = async () => {
            await client.query(unbounded ? UNBOUNDED_BEGIN : 'BEGIN');
            const result = await work(over(client));
            await client.query(unbounded ? 'COMMIT' : commitWithin(timeouts.transactionMs));
            return result;
          };
          return await (deadline ? deadline.race(run()) : run());
        } catch (error) {
          if (deadline?.expired) {
            broken = true;
            throw error;
          }
          try {
            await client.query('ROLLBACK');
          } catch {
            broken = true;
          }
          if (attempt >= 3 || !RETRYABLE_STATES.has(sqlState(error) ?? '')) throw asUnavailable(error);
        } finally {
          deadline?.clear();
          client.release(broken);
        }
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** Migrations and seeding: the connection's time limits lifted for this transaction only. */
const UNBOUNDED_BEGIN = 'BEGIN; SET LOCAL statement_timeout = 0; SET LOCAL idle_in_transaction_session_timeout = 0';

/**
 * COMMIT, unless the transaction began more than `ms` ago by the database's clock: then it fails as a
 * cancelled query and the transaction is rolled back. Sent as one message with the COMMIT, so a database
 * paused with it unread refuses it when it wakes up, when the server has long answered 503.
 */
const commitWithin = (ms: number): string =>
  `DO $$ BEGIN IF clock_timestamp() - transaction_timestamp() > interval '${Math.round(ms)} milliseconds' THEN ` +
  `RAISE EXCEPTION 'transaction past its deadline of ${Math.round(ms)} ms' USING ERRCODE = 'query_canceled'; END IF; END $$; COMMIT`;

interface Deadline {
  /** The work's result, or DatabaseUnavailableError once the time is up. */
  race<T>(work: Promise<T>): Promise<T>;
  readonly expired: boolean;
  clear(): void;
}

/**
 * Gives up on `client` after `ms`: its connection is destroyed at once (a database that does not answer
 * may never read a polite goodbye), which fails whatever it was waiting for and tells the database, when
 * it reads again, to roll back what the connection had begun.
 */
function giveUpAfter(client: pg.PoolClient, ms: number): Deadline {
  let expired = false;
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expired = true;
      (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
      reject(new DatabaseUnavailableError(`The database did not answer within ${ms} ms.`));
    }, ms);
  });
  return {
    race: (work) => {
      // The work fails too once the connection is gone; its error is not the one to report then.
      work.catch(() => undefined);
      return Promise.race([work, timeUp]);
    },
    get expired() {
      return expired;
    },
    clear: () => clearTimeout(timer),
  };
}
