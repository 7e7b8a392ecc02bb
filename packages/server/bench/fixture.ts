// What the server benchmarks share: a database of their own (a PostgreSQL schema dropped afterwards, or an
// in-memory PGlite), the demo package's generated roster stored in it, the server started on it, and tokens to
// call it.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { systemClock } from '@mentor-match/core';
import { generateRoster, type Roster } from '@mentor-match/demo';
import { mintToken, type AuthConfig } from '../src/auth/tokens.ts';
import type { Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { insertMembers } from '../src/store/members.ts';
import { insertMentorships } from '../src/store/mentorships.ts';

export interface BenchServer {
  server: RunningServer;
  roster: Roster;
  /** Setup times in ms: generating the roster, storing it, starting the server, the first search (loads the directory). */
  setup: { generateMs: number; storeMs: number; startMs: number; firstSearchMs: number };
  /** A Bearer token for the member. */
  token(memberId: string): Promise<string>;
  /** Stops the server, drops the schema (PostgreSQL) and closes the database. */
  close(): Promise<void>;
}

const since = (start: number) => performance.now() - start;

/**
 * Seeds `size` members of the demo package's roster into PostgreSQL at `databaseUrl` (a schema of its own) or, without
 * a URL, an in-memory PGlite, and starts the server on it (no rate limit, no job timer, warnings only).
 */
export async function startBenchServer(size: number, databaseUrl?: string): Promise<BenchServer> {
  const auth: Partial<AuthConfig> = { jwtSecret: randomBytes(16).toString('hex'), issuer: 'bench', audience: 'bench' };
  const schema = `mm_bench_${process.pid}_${Date.now().toString(36)}`;
  let db: Database;
  if (databaseUrl) {
    const admin = openPostgres(databaseUrl, { max: 1 });
    try {
      await admin.exec(`CREATE SCHEMA ${schema}`);
    } finally {
      await admin.close();
    }
    db = openPostgres(databaseUrl, { schema });
  } else {
    db = await openPglite();
  }
  const dropAndClose = async () => {
    if (databaseUrl) await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db.close();
  };
  try {
    let t = performance.now();
    await migrate(db);
    const roster = generateRoster({ size, now: systemClock.now() });
    const generateMs = since(t);
    t = performance.now();
    await db.transaction(async (tx) => {
      await insertMembers(tx, roster.members, systemClock.now());
      await insertMentorships(tx, roster.mentorships);
    }, { unbounded: true });
    if (databaseUrl) await db.exec('ANALYZE');
    const storeMs = since(t);
    t = performance.now();
    const server = await startServer({ database: db, auth, log: 'warn', jobsIntervalMs: 0 });
    const startMs = since(t);
    const token = async (memberId: string) => (await mintToken(auth, { memberId }, 3600)).token;
    const viewer = roster.members.find((m) => m.mentee !== null) ?? roster.members[0];
    t = performance.now();
    const response = await fetch(`${server.url}/api/v1/search?find=mentors`, {
      headers: { authorization: `Bearer ${await token(viewer?.id ?? '')}` },
    });
    if (!response.ok) throw new Error(`first search: ${response.status} ${await response.text()}`);
    await response.json();
    const firstSearchMs = since(t);
    return {
      server,
      roster,
      setup: { generateMs, storeMs, startMs, firstSearchMs },
      token,
      async close() {
        await server.close();
        await dropAndClose();
      },
    };
  } catch (error) {
    await dropAndClose();
    throw error;
  }
}
