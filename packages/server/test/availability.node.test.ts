// The database's availability watch: one log line when it stops answering, one when it answers again,
// whatever the requests caught in between report.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { watchAvailability } from '../src/db/availability.ts';
import { DatabaseUnavailableError, type Database } from '../src/db/database.ts';
import { createLogger } from '../src/log.ts';

/** A database whose every query waits for the test to answer it, in the order the test chooses. */
function scripted() {
  const pending: { resolve: (rows: never[]) => void; reject: (error: Error) => void }[] = [];
  const db: Database = {
    kind: 'postgres',
    query: () => new Promise((resolve, reject) => pending.push({ resolve, reject })),
    exec: async () => {},
    transaction: (work) => work(db),
    close: async () => {},
  };
  return { db, pending };
}

describe('watchAvailability', () => {
  it('logs the outage once and its end once, ignoring what calls begun before a change report after it', async () => {
    const lines: string[] = [];
    const { db, pending } = scripted();
    const watched = watchAvailability(db, createLogger('info', (line) => lines.push(JSON.parse(line).msg)));
    const settle = async (call: Promise<unknown>) => call.catch(() => undefined);
    const gone = () => new DatabaseUnavailableError('The database is unavailable: connect ECONNREFUSED');

    const before = [watched.query('SELECT 1'), watched.query('SELECT 1'), watched.query('SELECT 1')];
    pending[0]!.reject(gone());
    pending[1]!.reject(gone());
    await Promise.all(before.slice(0, 2).map(settle));
    assert.deepEqual(lines, ['database unreachable'], 'many failures, one line');

    const during = watched.query('SELECT 1');
    pending[2]!.resolve([]); // began before the outage was seen: says nothing of now
    await settle(before[2]!);
    assert.deepEqual(lines, ['database unreachable']);

    pending[3]!.resolve([]);
    await settle(during);
    assert.deepEqual(lines, ['database unreachable', 'database back']);

    const late = watched.query('SELECT 1'); // began after it came back
    const stale = watched.transaction(async () => {
      throw gone();
    });
    await settle(stale);
    assert.deepEqual(lines, ['database unreachable', 'database back', 'database unreachable'], 'a new outage');
    pending[4]!.reject(new Error('relation "nope" does not exist')); // a database that answers, with an error
    await settle(late);
    assert.deepEqual(lines, ['database unreachable', 'database back', 'database unreachable'], 'began before the second outage');
  });
});
