// Search latency at scale: seeds core's roster (100,000 members by default) into PostgreSQL (DATABASE_URL,
// a schema of its own, dropped afterwards) or in-memory PGlite, starts the server on it, and times searches
// over HTTP as different members with different criteria. Prints p50 / p95 / max per kind of query.
//
//   DATABASE_URL=postgres://… node --import tsx packages/server/bench/search-latency.ts [members] [searches]
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { ManualClock, generateRoster } from '@mentor-match/core';
import type { Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { mintToken } from '../src/auth/tokens.ts';
import { startServer } from '../src/server.ts';
import { insertMembers } from '../src/store/members.ts';
import { insertMentorships } from '../src/store/mentorships.ts';

const size = Number(process.argv[2] ?? 100_000);
const searches = Number(process.argv[3] ?? 100);
const url = process.env.DATABASE_URL;
const secret = randomBytes(16).toString('hex');
const auth = { jwtSecret: secret, issuer: 'bench', audience: 'bench' };
const clock = new ManualClock('2026-11-23T00:00:00.000Z');

const schema = `mm_bench_${process.pid}`;
let db: Database;
if (url) {
  const admin = openPostgres(url, { max: 1 });
  await admin.exec(`CREATE SCHEMA ${schema}`);
  await admin.close();
  db = openPostgres(url, { schema });
} else {
  db = await openPglite();
}

const ms = (start: number) => Math.round(performance.now() - start);
let t = performance.now();
await migrate(db);
const roster = generateRoster({ size, now: clock.now() });
console.log(`roster of ${size} generated in ${ms(t)} ms`);
t = performance.now();
await db.transaction(async (tx) => {
  await insertMembers(tx, roster.members, clock.now());
  await insertMentorships(tx, roster.mentorships);
});
if (url) await db.exec('ANALYZE');
console.log(`stored in ${ms(t)} ms (${url ? 'PostgreSQL' : 'PGlite'})`);

const server = await startServer({ database: db, clock, auth, log: 'warn', jobsIntervalMs: 0 });
const viewers = roster.members.filter((m) => m.mentee !== null).slice(0, 20);
const tokens = await Promise.all(viewers.map(async (m) => (await mintToken(auth, { memberId: m.id }, 3600)).token));

async function search(query: string, i: number): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${server.url}/api/v1/search?${query}`, { headers: { authorization: `Bearer ${tokens[i % tokens.length]}` } });
  if (!response.ok) throw new Error(`${query}: ${response.status} ${await response.text()}`);
  await response.json();
  return performance.now() - start;
}

t = performance.now();
await search('find=mentors', 0);
console.log(`first search (loads the directory): ${ms(t)} ms`);

const queries: [string, string][] = [
  ['blank criteria', 'find=mentors'],
  ['topics', 'find=mentors&topics=leadership&topics=statistics'],
  ['industry + stage', 'find=mentors&industry=healthcare&careerStage=senior'],
  ['language + country', 'find=mentors&language=fr&country=FR'],
  ['free text', 'find=mentors&text=grant'],
  ['within 3 h', 'find=mentors&maxHoursApart=3'],
  ['page 5 of mentees', 'find=mentees&offset=80&limit=20'],
];
const rows: string[] = [];
for (const [name, query] of queries) {
  const times: number[] = [];
  for (let i = 0; i < searches; i++) times.push(await search(query, i));
  times.sort((a, b) => a - b);
  const at = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1);
  rows.push(`| ${name} | ${at(0.5)} | ${at(0.95)} | ${(times.at(-1) ?? 0).toFixed(1)} |`);
}
// A change between searches: the next search catches up with it (one member reloaded), not a full reload.
const mentor = roster.members.find((m) => m.mentor !== null && m.availability.status === 'participating');
if (mentor) {
  const token = (await mintToken(auth, { memberId: mentor.id }, 3600)).token;
  const times: number[] = [];
  for (let i = 0; i < Math.min(searches, 50); i++) {
    await fetch(`${server.url}/api/v1/me/availability`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: i % 2 ? 'participating' : 'paused', returnDate: null }),
    });
    times.push(await search('find=mentors', i));
  }
  times.sort((a, b) => a - b);
  rows.push(`| blank, right after a change | ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(1)} | ${(times[Math.floor(times.length * 0.95)] ?? 0).toFixed(1)} | ${(times.at(-1) ?? 0).toFixed(1)} |`);
}
console.log(`\n${size} members, ${searches} searches each, over HTTP on 127.0.0.1 (ms):\n`);
console.log('| query | p50 | p95 | max |\n| --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(`\nheap: ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);

await server.close();
if (url) await db.exec(`DROP SCHEMA ${schema} CASCADE`);
await db.close();
