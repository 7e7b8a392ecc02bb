// The program office at 100,000 members: its lists (first page, filtered, paged on with the cursor), the
// dashboard, and the CSV exports, over HTTP, on PGlite (in memory) and on PostgreSQL, with the server's peak
// memory while each export streams (the file is never whole in memory: the peak should not grow with it).
//
// The server runs in a child process (packages/server/bench/office-server.ts); requests are made one at a
// time from here, each timed from sending to the whole answer read. BENCH_OFFICE_SIZE=10000 runs smaller;
// BENCH_OFFICE_DATABASES=PGlite (or PostgreSQL) runs one. PostgreSQL: DATABASE_URL or TEST_DATABASE_URL,
// else the default URL if something listens on 127.0.0.1:5432.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { ms, printTable } from './lib/table.mjs';

export const title = 'Program office: lists, dashboard and CSV exports at 100,000 members (PGlite and PostgreSQL)';

const SIZE = Number(process.env.BENCH_OFFICE_SIZE ?? 100_000);
const REPEAT = 7;
const PAGES = 20;
const DEFAULT_POSTGRES_URL = 'postgres://mentor_match:mentor_match@127.0.0.1:5432/mentor_match_test';

export async function run({ root }) {
  const postgres = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || ((await listening('127.0.0.1', 5432)) ? DEFAULT_POSTGRES_URL : null);
  const only = process.env.BENCH_OFFICE_DATABASES?.split(',');
  const databases = [{ name: 'PGlite', url: '' }, { name: 'PostgreSQL', url: postgres }].filter((d) => !only || only.includes(d.name));
  const rows = [];
  const exports = [];
  const setups = [];
  for (const database of databases) {
    if (database.url === null) {
      rows.push([database.name, 'skipped: no DATABASE_URL, TEST_DATABASE_URL or PostgreSQL on 127.0.0.1:5432', '', '', '', '']);
      continue;
    }
    console.error(`[bench] office: ${database.name}, ${SIZE.toLocaleString('en')} members: seeding and starting the server`);
    const server = await startServerProcess(root, database.url);
    try {
      const { info } = server;
      setups.push([database.name, info.members.toLocaleString('en'), info.mentorships.toLocaleString('en'), ms(info.setup.storeMs), ms(info.setup.startMs)]);
      const year = `from=${new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date().toISOString().slice(0, 10)}`;
      const reads = [
        ['dashboard, a year', `/staff/dashboard?${year}`],
        ['members, first page', '/staff/members'],
        ['members, text "garcia"', '/staff/members?text=garcia'],
        ['members, mentors who are full', '/staff/members?role=mentor&standing=full'],
        [`members, topic ${info.topic}`, `/staff/members?topic=${info.topic}`],
        ['mentorships, first page', '/staff/mentorships'],
        ['mentorships, active', '/staff/mentorships?states=active'],
        ['mentorships, one member', `/staff/mentorships?memberId=${info.memberId}`],
        [`mentorships, topic ${info.topic}`, `/staff/mentorships?topic=${info.topic}`],
        ['requests waiting 7+ days', '/staff/requests?olderThanDays=7'],
        ['audit log, first page', '/staff/audit'],
      ];
      rows.push([`**${database.name}**`, '', '', '', '', '']);
      for (const [label, path] of reads) {
        const times = [];
        let total = 0;
        for (let i = 0; i < REPEAT; i++) {
          const started = performance.now();
          const page = await getJson(info, path);
          times.push(performance.now() - started);
          total = page.total ?? 0;
        }
        rows.push([label, 'GET', ...stats(times), path.startsWith('/staff/dashboard') ? '' : total.toLocaleString('en')]);
      }
      for (const [label, path] of [['members, paged on', '/staff/members'], ['mentorships, paged on', '/staff/mentorships']]) {
        const times = [];
        let cursor = null;
        for (let i = 0; i < PAGES; i++) {
          const started = performance.now();
          const page = await getJson(info, `${path}?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
          if (i > 0) times.push(performance.now() - started);
          cursor = page.next;
        }
        rows.push([`${label} (pages 2-${PAGES}, 100 each)`, 'GET', ...stats(times), '']);
      }
      for (const list of ['members', 'mentorships']) {
        const before = await server.peak(); // from now
        const started = performance.now();
        const { bytes, lines, firstByteMs } = await download(info, `/staff/exports/${list}`);
        const tookMs = performance.now() - started;
        const peak = await server.peak();
        exports.push([
          database.name, list, (lines - 1).toLocaleString('en'), (bytes / 1e6).toFixed(1), ms(firstByteMs), (tookMs / 1000).toFixed(1),
          `${Math.round(before.nowRssMB)} → ${Math.round(peak.rssMB)}`, `${Math.round(before.nowHeapMB)} → ${Math.round(peak.heapMB)}`,
        ]);
      }
    } finally {
      await server.stop();
    }
  }
  printTable(['list / read', 'method', 'median ms', 'p95 ms', 'max ms', 'total matched'], rows,
    ['left', 'left', 'right', 'right', 'right', 'right']);
  console.log(`\nEach read ${REPEAT} times, one at a time, against a server on ${SIZE.toLocaleString('en')} generated members; paged on: following`);
  console.log(`the cursor ${PAGES} pages deep (keyset paging: page 20 costs what page 2 does).`);
  console.log('');
  printTable(['database', 'export', 'rows', 'MB', 'first byte ms', 'whole file s', 'server RSS MB, before → peak', 'server heap MB, before → peak'], exports);
  console.log('\nbefore → peak: the server process\'s resident set and heap as the download began, and the highest while the file');
  console.log('streamed (sampled every 20 ms). The server holds its search directory (every enrolled member) besides.');
  console.log('');
  printTable(['database', 'members', 'mentorships', 'store ms', 'server start ms'], setups);
}

const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return [ms(at(0.5)), ms(at(0.95)), ms(sorted.at(-1))];
};

async function getJson(info, path) {
  const response = await fetch(`${info.url}/api/v1${path}`, { headers: { authorization: `Bearer ${info.token}` } });
  const body = await response.json();
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** Reads the whole file as it streams, counting bytes and line ends without keeping it. */
async function download(info, path) {
  const started = performance.now();
  const response = await fetch(`${info.url}/api/v1${path}`, { headers: { authorization: `Bearer ${info.token}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  let bytes = 0;
  let lines = 0;
  let firstByteMs = null;
  for await (const chunk of response.body) {
    firstByteMs ??= performance.now() - started;
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines += 1;
  }
  return { bytes, lines, firstByteMs };
}

async function startServerProcess(root, databaseUrl) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/bench/office-server.ts', String(SIZE)], {
    cwd: root,
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`the server process exited (${child.exitCode ?? child.signalCode})`);
    return JSON.parse(value);
  };
  const info = await next();
  if (info.error) throw new Error(info.error);
  return {
    info,
    async peak() {
      child.stdin.write('peak\n');
      return next();
    },
    async stop() {
      child.stdin.end('stop\n');
      await next().catch(() => {});
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

function listening(host, port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: 1000 });
    socket.once('connect', () => resolve(true) || socket.destroy());
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => resolve(false) || socket.destroy());
  });
}
