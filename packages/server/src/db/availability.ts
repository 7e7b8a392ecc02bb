// Whether the database answers, as the calls made to it find out: the server logs one line when it stops
// answering ("database unreachable") and one when it answers again ("database back"), however many
// requests fail in between (each of those answers 503; none logs a stack).
import type { Logger } from '../log.ts';
import { DatabaseUnavailableError, type Database } from './database.ts';

/**
 * `db`, watched. Only a call that began after the last change of state may change it again: requests
 * that were already waiting when the database came back, and fail at their deadline afterwards, do not
 * report it gone a second time.
 */
export function watchAvailability(db: Database, log: Logger): Database {
  let available = true;
  let changes = 0;
  const observe = async <T>(call: () => Promise<T>): Promise<T> => {
    const seen = changes;
    try {
      const result = await call();
      if (!available && seen === changes) {
        available = true;
        changes += 1;
        log.info('database back');
      }
      return result;
    } catch (error) {
      // Any other failure came from a database that answered.
      const unreachable = error instanceof DatabaseUnavailableError;
      if (available === unreachable && seen === changes) {
        available = !unreachable;
        changes += 1;
        if (unreachable) log.error('database unreachable', { error: error.message });
        else log.info('database back');
      }
      throw error;
    }
  };
  return {
    kind: db.kind,
    query: (sql, params) => observe(() => db.query(sql, params)),
    exec: (sql) => observe(() => db.exec(sql)),
    transaction: (work, options) => observe(() => db.transaction(work, options)),
    close: () => db.close(),
  };
}
