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

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction (READ COMMITTED): committed if it resolves, rolled back if it throws.
   * Row locks (`SELECT … FOR UPDATE`) taken through `tx` are held until then. A deadlock or serialization
   * failure is retried a few times, so `work` must do nothing outside the database it cannot repeat.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
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
