// The server side of the load benchmark (bench/30-server-load.mjs): seeds the roster, starts the server
// and hands the load generator, which runs in another process, what it needs to call it, as one JSON line
// on stdout. Then it answers on stdin: `usage` prints this process's CPU time and memory as a JSON line
// (`usage gc`: after a full garbage collection, when Node runs with --expose-gc); `profile` starts a CPU
// profile and `profile <file>` writes it (JSON lines in reply); `stop` (or stdin closing) stops the server
// and drops its database.
//
//   [BENCH_DATABASE_URL=postgres://…] [BENCH_MENTOR_TOKENS=1] node --import tsx packages/server/bench/load-server.ts <members>
//
// BENCH_MENTOR_TOKENS=1 gives each mentor a token too, for a load that answers requests (bench/40-soak.mjs).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createInterface } from 'node:readline';
import { isAvailable, type Member } from '@mentor-match/core';
import { startBenchServer } from './fixture.ts';

/** Members the generator searches and requests as (each a token), and mentors it sends requests to. */
const VIEWERS = 2_000;
const MENTORS = 5_000;

const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

const size = Number(process.argv[2]);
const url = process.env.BENCH_DATABASE_URL || undefined;

let bench;
try {
  bench = await startBenchServer(size, url);
} catch (error) {
  say({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
const { server, roster, setup } = bench;
const counts = new Map<string, { mentees: number; mentors: number }>();
for (const m of roster.mentorships) {
  if (m.state !== 'active') continue;
  const mentor = counts.get(m.mentorId) ?? { mentees: 0, mentors: 0 };
  const mentee = counts.get(m.menteeId) ?? { mentees: 0, mentors: 0 };
  counts.set(m.mentorId, { ...mentor, mentees: mentor.mentees + 1 });
  counts.set(m.menteeId, { ...mentee, mentors: mentee.mentors + 1 });
}
const available = (member: Member, role: 'mentor' | 'mentee') => {
  const c = counts.get(member.id);
  return isAvailable({ member, activeMentees: c?.mentees ?? 0, activeMentors: c?.mentors ?? 0 }, role, server.settings);
};
// Spread over the whole roster, not the first few: ids are in generation order.
const spread = <T>(items: T[], n: number): T[] => items.filter((_, i) => i % Math.max(1, Math.floor(items.length / n)) === 0).slice(0, n);
const viewers = spread(roster.members.filter((m) => available(m, 'mentee')), VIEWERS);
const mentors = spread(roster.members.filter((m) => available(m, 'mentor')), MENTORS);

say({
  url: server.url,
  database: url ? 'PostgreSQL' : 'PGlite',
  members: size,
  setup,
  viewers: await Promise.all(viewers.map(async (m) => ({ id: m.id, token: await bench.token(m.id) }))),
  mentors: await Promise.all(mentors.map(async (m) => ({
    id: m.id,
    topics: m.mentor?.topics ?? [],
    ...(process.env.BENCH_MENTOR_TOKENS ? { token: await bench.token(m.id) } : {}),
  }))),
  topics: server.settings.topics.map((t) => t.id),
});

let cpuMark = process.cpuUsage();
let closing: Promise<void> | null = null;
let profiler: Session | undefined;
const stop = () => {
  closing ??= bench.close().then(() => say({ closed: true }));
  return closing;
};
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'usage' || line === 'usage gc') {
    if (line === 'usage gc') (globalThis as { gc?: () => void }).gc?.();
    const cpu = process.cpuUsage(cpuMark);
    cpuMark = process.cpuUsage();
    say({ cpuMs: (cpu.user + cpu.system) / 1000, heapMB: process.memoryUsage().heapUsed / 1e6, rssMB: process.memoryUsage().rss / 1e6 });
  } else if (line === 'profile') {
    profiler ??= new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
    say({ profiling: true });
  } else if (line.startsWith('profile ') && profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    writeFileSync(line.slice('profile '.length), JSON.stringify(profile));
    profiler.disconnect();
    say({ profiled: true });
  } else if (line === 'stop') {
    break;
  }
}
await stop();
process.exit(0);
