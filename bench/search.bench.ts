// Browser side of the search benchmark (driven by bench/10-search.mjs): a MemoryBackend over a generated
// roster, and MentoringAdapter.search timed end to end for a series of queries, each from a different
// viewer. The same queries also go straight to rankCandidates over a prebuilt candidate list, each
// candidate carrying their record prepared (prepareMember) as the memory store keeps them, which separates
// the cost of matching from the adapter's own work (counts, views, copies).
import {
  DEFAULT_PROGRAM_SETTINGS, MemoryBackend, prepareMember, rankCandidates, type Candidate, type Member, type SearchQuery,
} from '@mentor-match/core';
import { DEMO_ROSTER_SEED, generateRoster } from '@mentor-match/demo';

export const CRITERIA = ['blank', 'one topic', 'text'] as const;
export type Criteria = (typeof CRITERIA)[number];

/** Words members would type: places, names, topics, job titles (some accented, some two words). */
const TEXTS = ['statistics', 'grant writing', 'lagos', 'garcia', 'senior', 'public speaking', 'são paulo', 'data science', 'müller', 'consultant'];
const TOPICS = DEFAULT_PROGRAM_SETTINGS.topics.map((topic) => topic.id);

const QUERIES: Record<Criteria, (i: number) => Omit<SearchQuery, 'find'>> = {
  blank: () => ({}),
  'one topic': (i) => ({ topics: [TOPICS[i % TOPICS.length] as string] }),
  text: (i) => ({ text: TEXTS[i % TEXTS.length] as string }),
};

export interface SetupResult {
  members: number;
  mentorships: number;
  generateMs: number;
  backendMs: number;
}

export interface Timing {
  /** The very first query, before any warm-up (caches and JIT cold). */
  coldMs: number;
  medianMs: number;
  p95Ms: number;
  meanTotal: number;
}

export interface RunResult {
  criteria: Criteria;
  queries: number;
  adapter: Timing;
  rank: Timing;
}

interface State {
  backend: MemoryBackend;
  /** Members enrolled as mentees: the viewers, in turn. */
  viewers: Member[];
  candidates: Candidate[];
}
let state: State | null = null;

async function setup(size: number): Promise<SetupResult> {
  state = null; // let the previous roster go before building the next
  const started = performance.now();
  const roster = generateRoster({ size, seed: DEMO_ROSTER_SEED });
  const generated = performance.now();
  const backend = new MemoryBackend({ members: roster.members, mentorships: roster.mentorships });
  const built = performance.now();
  const mentees = new Map<string, number>();
  const mentors = new Map<string, number>();
  for (const m of roster.mentorships) {
    if (m.state !== 'active') continue;
    mentees.set(m.mentorId, (mentees.get(m.mentorId) ?? 0) + 1);
    mentors.set(m.menteeId, (mentors.get(m.menteeId) ?? 0) + 1);
  }
  state = {
    backend,
    viewers: roster.members.filter((m) => m.mentee !== null),
    candidates: roster.members.map((member) => ({
      member, activeMentees: mentees.get(member.id) ?? 0, activeMentors: mentors.get(member.id) ?? 0,
      prepared: prepareMember(member, backend.settings),
    })),
  };
  return { members: size, mentorships: roster.mentorships.length, generateMs: generated - started, backendMs: built - generated };
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** Times `search(i)` once cold, then `warmup` times untimed, then `queries` times. */
async function time(search: (i: number) => Promise<number>, queries: number, warmup: number): Promise<Timing> {
  const timed = async (i: number) => {
    const started = performance.now();
    const total = await search(i);
    return { ms: performance.now() - started, total };
  };
  const cold = await timed(0);
  for (let i = 1; i <= warmup; i++) await timed(i);
  const times: number[] = [];
  let totals = 0;
  for (let i = 0; i < queries; i++) {
    const { ms, total } = await timed(warmup + 1 + i);
    times.push(ms);
    totals += total;
  }
  times.sort((a, b) => a - b);
  return { coldMs: cold.ms, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), meanTotal: totals / queries };
}

async function run(criteria: Criteria, queries: number, warmup: number): Promise<RunResult> {
  if (!state) throw new Error('call setup first');
  const { backend, viewers, candidates } = state;
  const viewer = (i: number) => viewers[(i * 7919) % viewers.length] as Member;
  const query = (i: number): SearchQuery => ({ find: 'mentors', ...QUERIES[criteria](i) });
  const rank = await time(
    async (i) => rankCandidates({ candidates, viewer: viewer(i), query: query(i), settings: backend.settings, now: new Date() }).total,
    queries,
    warmup,
  );
  const adapter = await time(async (i) => (await backend.adapterFor(viewer(i).id).search(query(i))).total, queries, warmup);
  return { criteria, queries, adapter, rank };
}

declare global {
  interface Window {
    mentorBench: { setup: typeof setup; run: typeof run };
  }
}
window.mentorBench = { setup, run };
