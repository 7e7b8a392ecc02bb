// Search latency, one search at a time: seeds the demo's roster (100,000 members by default) into PostgreSQL
// (DATABASE_URL, a schema of its own, dropped afterwards) or in-memory PGlite, starts the server on it, and
// times searches over HTTP as different members with different criteria. Prints p50 / p95 / max per kind of
// query: what each kind costs on its own, where bench/30-server-load.mjs (`npm run bench`) measures the
// server under a concurrent load of searches and requests.
//
//   DATABASE_URL=postgres://… node --import tsx packages/server/bench/search-latency.ts [members] [searches]
import { performance } from 'node:perf_hooks';
import { startBenchServer } from './fixture.ts';

const size = Number(process.argv[2] ?? 100_000);
const searches = Number(process.argv[3] ?? 100);
const url = process.env.DATABASE_URL;

const { server, roster, setup, token, close } = await startBenchServer(size, url);
console.log(
  `${size} members on ${url ? 'PostgreSQL' : 'PGlite'}: roster generated in ${Math.round(setup.generateMs)} ms, stored in ` +
    `${Math.round(setup.storeMs)} ms; first search (loads the directory) ${Math.round(setup.firstSearchMs)} ms`,
);
const viewers = roster.members.filter((m) => m.mentee !== null).slice(0, 20);
const tokens = await Promise.all(viewers.map((m) => token(m.id)));

async function search(query: string, i: number): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${server.url}/api/v1/search?${query}`, { headers: { authorization: `Bearer ${tokens[i % tokens.length]}` } });
  if (!response.ok) throw new Error(`${query}: ${response.status} ${await response.text()}`);
  await response.json();
  return performance.now() - start;
}

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
  const mentorToken = await token(mentor.id);
  const times: number[] = [];
  for (let i = 0; i < Math.min(searches, 50); i++) {
    await fetch(`${server.url}/api/v1/me/availability`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${mentorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: i % 2 ? 'participating' : 'paused', returnDate: null }),
    });
    times.push(await search('find=mentors', i));
  }
  times.sort((a, b) => a - b);
  rows.push(`| blank, right after a change | ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(1)} | ${(times[Math.floor(times.length * 0.95)] ?? 0).toFixed(1)} | ${(times.at(-1) ?? 0).toFixed(1)} |`);
}
console.log(`\n${size} members, ${searches} searches each, one at a time, over HTTP on 127.0.0.1 (ms):\n`);
console.log('| query | p50 | p95 | max |\n| --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(`\nheap: ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);

await close();
