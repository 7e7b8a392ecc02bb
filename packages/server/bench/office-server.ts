// The server side of the program office benchmark (bench/40-office.mjs): seeds the roster, starts the server
// with one staff member, and prints what the benchmark needs to call it as one JSON line on stdout. Then it
// answers on stdin: `peak` prints the highest RSS and heap since the last `peak` (sampled every 20 ms), and
// what they are now, as a JSON line, and starts again from now; `stop` (or stdin closing) stops the server and drops its database.
//
//   [BENCH_DATABASE_URL=postgres://…] node --import tsx packages/server/bench/office-server.ts <members>
import { createInterface } from 'node:readline';
import { startBenchServer } from './fixture.ts';

const STAFF = 'bench-office';
const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

const size = Number(process.argv[2]);
const url = process.env.BENCH_DATABASE_URL || undefined;

let bench;
try {
  // The machines this runs on are shared: a slow minute must not turn the figures into 503s. What each
  // read takes is what the table shows, whatever the limit.
  const limit = 120_000;
  bench = await startBenchServer(size, url, { staffIds: [STAFF], timeouts: { statementMs: limit, transactionMs: limit, idleInTransactionMs: limit } });
} catch (error) {
  say({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}

let peak = { rssMB: 0, heapMB: 0 };
const sample = () => {
  const { rss, heapUsed } = process.memoryUsage();
  peak = { rssMB: Math.max(peak.rssMB, rss / 1e6), heapMB: Math.max(peak.heapMB, heapUsed / 1e6) };
};
const sampler = setInterval(sample, 20);
sample();

const { roster } = bench;
say({
  url: bench.server.url,
  members: roster.members.length,
  mentorships: roster.mentorships.length,
  setup: bench.setup,
  token: await bench.token(STAFF),
  // A member with mentorships, and a topic, for the filters.
  memberId: roster.mentorships[0]?.menteeId ?? roster.members[0]?.id,
  topic: bench.server.settings.topics[0]?.id,
});

for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'peak') {
    sample();
    const highest = peak;
    peak = { rssMB: 0, heapMB: 0 };
    sample();
    // The highest since the last `peak`, and where the next one starts from.
    say({ ...highest, nowRssMB: peak.rssMB, nowHeapMB: peak.heapMB });
  } else if (line === 'stop') {
    break;
  }
}
clearInterval(sampler);
await bench.close();
say({ closed: true });
process.exit(0);
