// Soak: the real server on PostgreSQL under a steady mixed load for 10 minutes (searches, reads, new
// requests, answers to them, mentorships completed), with a table per minute: throughput, latency, errors,
// and the server's memory, which must stay flat. `npm run bench -- soak` runs it alone.
//
// The load is open-loop: RATE requests a second on a fixed schedule whatever the answers (a closed loop
// would slow down with the server and hide it), at most MAX_IN_FLIGHT at once (beyond that a request is
// counted as skipped, not sent). The server runs in a child process (bench/lib/server-process.mjs) with
// --expose-gc: its heap is read after a full collection at the end of each minute, so the column shows what
// it keeps, not when its collector last ran. SOAK_MINUTES, SOAK_RATE and SOAK_MEMBERS change the run.
import { Agent } from 'node:http';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { URL, URLSearchParams } from 'node:url';
import { postgresUrl, refusedByRule, send, startServerProcess } from './lib/server-process.mjs';
import { ms, printTable } from './lib/table.mjs';

export const title = 'Soak: the server on PostgreSQL under a steady mixed load, minute by minute';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const RATE = Number(process.env.SOAK_RATE ?? 50);
const MEMBERS = Number(process.env.SOAK_MEMBERS ?? 10_000);
const MAX_IN_FLIGHT = 64;
const WARMUP_SECONDS = 20;
/** What the load is made of, by weight. An answer or a completion without one to make is a search or a read. */
const MIX = [['search', 50], ['read', 20], ['request', 15], ['answer', 10], ['complete', 5]];
const TEXTS = ['statistics', 'grant writing', 'lagos', 'garcia', 'senior', 'public speaking', 'data science', 'consultant'];
/** Heap (after GC) at the last minute within this of the second minute's: flat. */
const FLAT_TOLERANCE = { ratio: 0.05, mb: 3 };

export async function run({ root }) {
  const postgres = await postgresUrl(root);
  if (postgres.skip) {
    console.log(`Skipped: ${postgres.skip}.`);
    return;
  }
  const loadBefore = loadavg();
  console.error(`[bench] soak: seeding ${MEMBERS.toLocaleString('en')} members on PostgreSQL and starting the server`);
  const server = await startServerProcess(root, MEMBERS, postgres.url, { nodeArgs: ['--expose-gc'], env: { BENCH_MENTOR_TOKENS: '1' } });
  try {
    const load = new Load(server.info);
    console.error(`[bench] soak: ${WARMUP_SECONDS} s of warm-up, then ${MINUTES} min at ${RATE} requests/s`);
    await load.run(WARMUP_SECONDS * 1000);
    load.samples.length = 0;
    const start = await server.usage({ gc: true });
    const rows = [];
    const heaps = [];
    for (let minute = 1; minute <= MINUTES; minute++) {
      const began = performance.now();
      await load.run(60_000);
      await load.settle();
      const wallMs = performance.now() - began;
      const usage = await server.usage({ gc: true });
      const s = summarise(load.samples.splice(0));
      heaps.push(usage.heapMB);
      rows.push([
        minute, s.n.toLocaleString('en'), (s.n / (wallMs / 1000)).toFixed(1), ms(s.p50), ms(s.p95), ms(s.p99), s.errors, s.refused,
        load.takeSkipped(), `${Math.round((100 * usage.cpuMs) / wallMs)}%`, usage.rssMB.toFixed(0), usage.heapMB.toFixed(1),
      ]);
      console.error(`[bench] soak: minute ${minute}: ${s.n} requests, p95 ${ms(s.p95)} ms, ${s.errors} errors, heap ${usage.heapMB.toFixed(1)} MB`);
    }
    printTable(
      ['minute', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'refused', 'skipped', 'server CPU', 'RSS MB', 'heap MB'],
      rows,
    );
    console.log(`\n${MEMBERS.toLocaleString('en')} members on PostgreSQL; ${RATE} requests/s on a fixed schedule (at most ${MAX_IN_FLIGHT} in flight),`);
    console.log(`after ${WARMUP_SECONDS} s of warm-up. Mix by weight: ${MIX.map(([kind, weight]) => `${kind} ${weight}`).join(', ')}:`);
    console.log('searches (blank, a topic, text) and reads (/me, /mentorships) as 2,000 mentees; requests from them to 5,000 mentors;');
    console.log('answers (2 accepts to 1 decline) and completions by those mentors. refused: a 409 a rule gave (a full mentor,');
    console.log('the open-request limit, a cooldown); errors: anything else. heap: the server\'s, after a full GC at the minute\'s end.');
    console.log(`Server at the start of the first minute: RSS ${start.rssMB.toFixed(0)} MB, heap ${start.heapMB.toFixed(1)} MB.`);
    console.log(verdict(heaps));
    const loadAfter = loadavg();
    console.log(`Load average (1, 5, 15 min): before ${loadBefore.map((l) => l.toFixed(2)).join(', ')}; after ${loadAfter.map((l) => l.toFixed(2)).join(', ')}.`);
  } finally {
    await server.stop();
  }
}

/** Flat when the last minute's heap is within the tolerance of the second's (the first may still be warming). */
function verdict(heaps) {
  if (heaps.length < 3) return 'Memory: too few minutes to judge.';
  const [from, to] = [heaps[1], heaps.at(-1)];
  const flat = Math.abs(to - from) <= Math.max(FLAT_TOLERANCE.mb, from * FLAT_TOLERANCE.ratio);
  const perMinute = (to - from) / (heaps.length - 2);
  return `Memory: heap after GC ${from.toFixed(1)} MB at minute 2, ${to.toFixed(1)} MB at minute ${heaps.length} ` +
    `(${perMinute >= 0 ? '+' : ''}${perMinute.toFixed(2)} MB a minute): ${flat ? 'flat' : 'NOT flat'}.`;
}

/** A small seeded generator (mulberry32), so two runs send the same load. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Load {
  samples = [];
  #skipped = 0;
  #inFlight = new Set();
  #next = random(7);
  #runId = Date.now().toString(36);
  #sent = 0;
  /** Requests made and not answered yet, oldest first; mentorships accepted and not completed yet. */
  #pending = [];
  #active = [];

  constructor(info) {
    this.info = info;
    this.base = new URL(info.url);
    // An idle connection is closed here before the server's keep-alive (5 s) closes it: a request sent on
    // one the server is closing at that moment would fail with ECONNRESET, which is the client's race.
    this.agent = new Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT, timeout: 4_000 });
  }

  /** Sends RATE requests a second for `durationMs`. */
  async run(durationMs) {
    const interval = 1000 / RATE;
    const began = performance.now();
    for (let i = 0; ; i++) {
      const due = began + i * interval;
      if (due >= began + durationMs) return;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      if (this.#inFlight.size >= MAX_IN_FLIGHT) {
        this.#skipped += 1;
        continue;
      }
      const call = this.#one().finally(() => this.#inFlight.delete(call));
      this.#inFlight.add(call);
    }
  }

  /** Waits for the requests still in flight, so each minute counts its own. */
  async settle() {
    await Promise.all([...this.#inFlight]);
  }

  takeSkipped() {
    const skipped = this.#skipped;
    this.#skipped = 0;
    return skipped;
  }

  #pick(list) {
    return list[Math.floor(this.#next() * list.length)];
  }

  #kind() {
    let roll = this.#next() * MIX.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [kind, weight] of MIX) if ((roll -= weight) < 0) return kind;
    return MIX[0][0];
  }

  async #one() {
    let kind = this.#kind();
    if (kind === 'answer' && this.#pending.length === 0) kind = 'search';
    if (kind === 'complete' && this.#active.length === 0) kind = 'read';
    const { viewers, mentors, topics } = this.info;
    const viewer = this.#pick(viewers);
    let spec;
    let after = () => {};
    switch (kind) {
      case 'search': {
        const query = new URLSearchParams({ find: 'mentors' });
        const roll = this.#next();
        if (roll < 1 / 3) query.set('topics', this.#pick(topics));
        else if (roll < 2 / 3) query.set('text', this.#pick(TEXTS));
        spec = { method: 'GET', path: `/api/v1/search?${query}`, token: viewer.token };
        break;
      }
      case 'read': {
        const reader = this.#next() < 0.5 ? viewer : this.#pick(mentors);
        spec = { method: 'GET', path: this.#next() < 0.5 ? '/api/v1/me' : '/api/v1/mentorships', token: reader.token };
        break;
      }
      case 'request': {
        const mentor = this.#pick(mentors);
        const body = JSON.stringify({
          recipientId: mentor.id, requesterRole: 'mentee', areas: mentor.topics.slice(0, 1), goals: 'Learn how you got where you are.',
          termMonths: 6, meetingMode: 'video', message: 'Hello! I would be glad of your guidance.',
        });
        spec = { method: 'POST', path: '/api/v1/mentorships', token: viewer.token, body, key: this.#key() };
        after = (status, text) => {
          if (status === 201) this.#pending.push({ id: JSON.parse(text).id, mentor });
        };
        break;
      }
      case 'answer': {
        const request = this.#pending.shift();
        const action = this.#next() < 2 / 3 ? 'accept' : 'decline';
        spec = { method: 'POST', path: `/api/v1/mentorships/${request.id}/${action}`, token: request.mentor.token, body: '{}', key: this.#key() };
        after = (status) => {
          if (status === 200 && action === 'accept') this.#active.push(request);
        };
        break;
      }
      case 'complete': {
        const mentorship = this.#active.shift();
        spec = { method: 'POST', path: `/api/v1/mentorships/${mentorship.id}/complete`, token: mentorship.mentor.token, body: '{}', key: this.#key() };
        break;
      }
    }
    const sentAt = performance.now();
    const { status, text } = await send(this.agent, this.base, spec);
    const elapsed = performance.now() - sentAt;
    after(status, text);
    const outcome = status >= 200 && status < 300 ? 'ok' : refusedByRule(status, text) ? 'refused' : 'error';
    if (outcome === 'error') console.error(`[bench] soak: ${kind} ${status} ${text.slice(0, 200)}`);
    this.samples.push({ kind, ms: elapsed, outcome });
  }

  #key() {
    return `soak-${this.#runId}-${++this.#sent}`;
  }
}

function summarise(samples) {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? Number.NaN;
  const count = (outcome) => samples.filter((s) => s.outcome === outcome).length;
  return { n: samples.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors: count('error'), refused: count('refused') };
}
