// One small interface over the two databases the server runs on: PGlite (PostgreSQL in WebAssembly, the
// embedded default) and a PostgreSQL server through `pg`. The SQL is the same for both; what differs
// (connections, how 64-bit numbers come back) stays behind this interface.

export type Row = Record<string, unknown>;

export interface Queryable {
  /** One statement with `$1`-style parameters; the rows it returns. */
  query<R extends object = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface TransactionOptions {
  /**
   * Administrative work (migrations, seeding a roster) that may take long: no deadline and no statement
   * timeout. Every unit of work a request makes keeps the database's timeouts.
   */
  unbounded?: boolean;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction (READ COMMITTED): committed if it resolves, rolled back if it throws.
   * Row locks (`SELECT … FOR UPDATE`) taken through `tx` are held until then. A deadlock or serialization
   * failure is retried a few times, so `work` must do nothing outside the database it cannot repeat.
   * On PostgreSQL a transaction has a deadline: one not committed in time is rolled back, never committed
   * later (postgres.ts).
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

/**
 * The database could not be reached or did not answer in time: refused or lost connections, timeouts,
 * a server shutting down or starting up. The request answers 503 with Retry-After (http/app.ts), and
 * the availability watch logs the outage once (availability.ts).
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** SQLSTATEs that mean "the database is not there, or not answering": a 503, not a bug. */
const UNAVAILABLE_STATES = new Set([
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
  '57014', // query_canceled: statement_timeout, or a transaction past its deadline (postgres.ts)
  '25P03', // idle_in_transaction_session_timeout
]);
/** Node's socket errors when the database's host or port does not answer. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** What `pg` and `pg-pool` say when a connection is lost, or none comes in time. */
const UNAVAILABLE_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout)/;

/** Is this error the database being unreachable (a 503), rather than a query's own failure? */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  // `code` is Node's for a socket error (ECONNREFUSED), PostgreSQL's SQLSTATE for the server's errors.
  const code = sqlState(error);
  if (code !== undefined && (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || UNAVAILABLE_STATES.has(code))) return true;
  return error instanceof Error && UNAVAILABLE_MESSAGES.test(error.message);
}

/** Errors from the database driver, with an unreachable database's as DatabaseUnavailableError. */
export function asUnavailable(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError || !isUnavailable(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DatabaseUnavailableError(`The database is unavailable: ${message}`, { cause: error });
}

/** PostgreSQL's error code, when the error came from the database. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export const UNIQUE_VIOLATION = '23505';
/** Errors a transaction can simply be run again after. */
export const RETRYABLE_STATES = new Set(['40001', '40P01']);

/** 64-bit integers come back as numbers from PGlite and as strings from `pg`: every reader goes through this. */
export function toNumber(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : Number(String(value));
  if (!Number.isSafeInteger(n)) throw new TypeError(`Expected a whole number from the database, got ${String(value)}`);
  return n;
}

/** jsonb parameters are always sent as text: `pg` would turn a JavaScript array into a PostgreSQL array. */
export const json = (value: unknown): string => JSON.stringify(value);
