// Matching a cohort (issue 14): the solver's input built from the pool (cohorts.ts `poolOf`), the solver's
// answer made a draft with reasons, and staff's edits of the draft (swap, remove, add, lock). The score of a
// pair is the program's match score (matching.ts) of the mentor for the mentee, with the topics they gave in
// their applications; the assignment itself is the solver's (`assign`, below).
import { MentoringError } from './errors.ts';
import { explainMatch, prepareMember, prepareSeeker, scoreOf, type Match } from './matching.ts';
import { forbiddenPair, type MatchFacts, type PoolEntry } from './cohorts.ts';
import type { CohortDraft, ProposalEdit, ProposedPair } from './schemas/cohort.ts';
import type { Member } from './schemas/member.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { ProgramSettings } from './schemas/settings.ts';

// ---------------------------------------------------------------------------------------------
// The solver's contract. Mentors with places, mentees (one place each), and the pairs allowed with their
// scores; the answer: the pairs chosen, each mentor within their places, each mentee at most once, the total
// score as high as it can be.

export interface SolverInput {
  mentors: readonly { id: string; capacity: number }[];
  mentees: readonly { id: string }[];
  /** The allowed pairs (indices into `mentors` and `mentees`) with their scores in [0, 1]; any pair not here is forbidden. */
  edges: readonly { mentor: number; mentee: number; score: number }[];
}

export interface SolverOutput {
  pairs: { mentor: number; mentee: number }[];
}

export type Solver = (input: SolverInput) => SolverOutput;

/**
 * Greedy best-first: the highest-scoring allowed pair first while places last. Stands in until the optimal
 * solver (cohort-matching/, issue 14 item 3) is merged; the service takes whichever `assign` is.
 */
export const greedyAssign: Solver = ({ mentors, mentees, edges }) => {
  const places = mentors.map((m) => m.capacity);
  const taken = new Array<boolean>(mentees.length).fill(false);
  const pairs: SolverOutput['pairs'] = [];
  const order = [...edges].sort((a, b) => b.score - a.score || a.mentee - b.mentee || a.mentor - b.mentor);
  for (const edge of order) {
    if (taken[edge.mentee] || (places[edge.mentor] ?? 0) <= 0) continue;
    taken[edge.mentee] = true;
    places[edge.mentor] = (places[edge.mentor] ?? 0) - 1;
    pairs.push({ mentor: edge.mentor, mentee: edge.mentee });
  }
  return { pairs };
};

// ---------------------------------------------------------------------------------------------
// The facts a run and an edit read.

export interface RunFacts {
  cohortId: string;
  pool: readonly PoolEntry[];
  matches: readonly MatchFacts[];
  /** Mentorships between applicants, any state (repeat pairs). */
  history: readonly Mentorship[];
  settings: ProgramSettings;
  now: Date;
  runBy: string;
}

/** A member as the score reads them: their role's topics are those of their application. */
function withApplicationTopics(entry: PoolEntry): Member {
  const { member, application } = entry;
  const profile = member[application.role];
  return profile === null ? member : { ...member, [application.role]: { ...profile, topics: application.topics } };
}

/** Scores pairs of the pool: the mentee seeks, the mentor is found (the program's match score and reasons). */
class PairScorer {
  readonly #seekers = new Map<string, ReturnType<typeof prepareSeeker>>();
  readonly #mentors = new Map<string, ReturnType<typeof prepareMember>>();
  readonly #facts: RunFacts;
  readonly #entries: Map<string, PoolEntry>;

  constructor(facts: RunFacts) {
    this.#facts = facts;
    this.#entries = new Map(facts.pool.map((entry) => [`${entry.application.role}:${entry.member.id}`, entry]));
  }

  entry(role: 'mentor' | 'mentee', id: string): PoolEntry | undefined {
    return this.#entries.get(`${role}:${id}`);
  }

  #seeker(mentee: PoolEntry) {
    let seeker = this.#seekers.get(mentee.member.id);
    if (!seeker) {
      const { settings, now } = this.#facts;
      seeker = prepareSeeker({ viewer: withApplicationTopics(mentee), query: { find: 'mentors' }, settings, now });
      this.#seekers.set(mentee.member.id, seeker);
    }
    return seeker;
  }

  #mentor(mentor: PoolEntry) {
    let prepared = this.#mentors.get(mentor.member.id);
    if (!prepared) this.#mentors.set(mentor.member.id, (prepared = prepareMember(withApplicationTopics(mentor), this.#facts.settings)));
    return prepared;
  }

  allowed(mentor: PoolEntry, mentee: PoolEntry): boolean {
    return !forbiddenPair(mentor.application, mentee.application, this.#facts);
  }

  score(mentor: PoolEntry, mentee: PoolEntry): number {
    const prepared = this.#mentor(mentor);
    const seeker = this.#seeker(mentee);
    if (seeker.totalWeight === 0 || prepared.mentor === null) return 0;
    return Math.max(0, Math.min(1, scoreOf(seeker, prepared, prepared.mentor)));
  }

  explain(mentor: PoolEntry, mentee: PoolEntry): Match {
    const prepared = this.#mentor(mentor);
    const seeker = this.#seeker(mentee);
    if (seeker.totalWeight === 0 || prepared.mentor === null) return { score: 0, reasons: [] };
    const match = explainMatch(seeker, prepared);
    return { score: Math.max(0, Math.min(1, match.score)), reasons: match.reasons };
  }
}

const pairOf = (scorer: PairScorer, mentor: PoolEntry, mentee: PoolEntry, locked: boolean): ProposedPair => {
  const { score, reasons } = scorer.explain(mentor, mentee);
  return { mentorId: mentor.member.id, menteeId: mentee.member.id, score, reasons, locked };
};

/** Who of the pool the pairs leave without a partner: mentees unpaired, mentors with no mentee. */
function unmatchedOf(pool: readonly PoolEntry[], pairs: readonly ProposedPair[]): CohortDraft['unmatched'] {
  const mentors = new Set(pairs.map((p) => p.mentorId));
  const mentees = new Set(pairs.map((p) => p.menteeId));
  return pool
    .filter(({ application: a }) => !(a.role === 'mentor' ? mentors : mentees).has(a.memberId))
    .map(({ application: a }) => ({ memberId: a.memberId, role: a.role }));
}

/** Pairs of a draft that still hold: both in the pool, allowed, within the mentor's places, each mentee once. */
function stillValid(scorer: PairScorer, pairs: readonly ProposedPair[]): ProposedPair[] {
  const used = new Map<string, number>();
  const mentees = new Set<string>();
  const kept: ProposedPair[] = [];
  for (const pair of pairs) {
    const mentor = scorer.entry('mentor', pair.mentorId);
    const mentee = scorer.entry('mentee', pair.menteeId);
    if (!mentor || !mentee || mentees.has(pair.menteeId) || !scorer.allowed(mentor, mentee)) continue;
    const count = used.get(pair.mentorId) ?? 0;
    if (count >= mentor.places) continue;
    used.set(pair.mentorId, count + 1);
    mentees.add(pair.menteeId);
    kept.push(pairOf(scorer, mentor, mentee, pair.locked));
  }
  return kept;
}

/**
 * A run: the draft's locked pairs kept (those that still hold), the rest of the pool assigned by `solver` over
 * every allowed pair and its score, each pair chosen given its reasons.
 */
export function runCohortMatching(facts: RunFacts, previous: CohortDraft | undefined, solver: Solver): CohortDraft {
  const scorer = new PairScorer(facts);
  const locked = stillValid(scorer, (previous?.pairs ?? []).filter((p) => p.locked));
  const lockedCount = new Map<string, number>();
  for (const p of locked) lockedCount.set(p.mentorId, (lockedCount.get(p.mentorId) ?? 0) + 1);
  const lockedMentees = new Set(locked.map((p) => p.menteeId));
  const mentors = facts.pool
    .filter((e) => e.application.role === 'mentor')
    .map((e) => ({ entry: e, capacity: e.places - (lockedCount.get(e.member.id) ?? 0) }))
    .filter((m) => m.capacity > 0);
  const mentees = facts.pool.filter((e) => e.application.role === 'mentee' && !lockedMentees.has(e.member.id));
  const edges: SolverInput['edges'][number][] = [];
  mentors.forEach((mentor, i) => {
    mentees.forEach((mentee, j) => {
      if (scorer.allowed(mentor.entry, mentee)) edges.push({ mentor: i, mentee: j, score: scorer.score(mentor.entry, mentee) });
    });
  });
  const input: SolverInput = { mentors: mentors.map((m) => ({ id: m.entry.member.id, capacity: m.capacity })), mentees: mentees.map((e) => ({ id: e.member.id })), edges };
  const chosen = checkSolution(input, solver(input));
  const pairs = [...locked, ...chosen.map(({ mentor, mentee }) => pairOf(scorer, (mentors[mentor] as (typeof mentors)[number]).entry, mentees[mentee] as PoolEntry, false))];
  return {
    cohortId: facts.cohortId,
    version: (previous?.version ?? 0) + 1,
    pairs,
    unmatched: unmatchedOf(facts.pool, pairs),
    runAt: facts.now.toISOString(),
    runBy: facts.runBy,
  };
}

/** The solver's answer, checked against every limit before it becomes a draft: a wrong answer is a bug, never published. */
export function checkSolution(input: SolverInput, output: SolverOutput): SolverOutput['pairs'] {
  const allowed = new Set(input.edges.map((e) => `${e.mentor}:${e.mentee}`));
  const used = new Array<number>(input.mentors.length).fill(0);
  const mentees = new Set<number>();
  for (const { mentor, mentee } of output.pairs) {
    const over = (used[mentor] = (used[mentor] ?? 0) + 1) > (input.mentors[mentor]?.capacity ?? 0);
    if (!allowed.has(`${mentor}:${mentee}`) || mentees.has(mentee) || over) {
      throw new Error(`The cohort solver broke a limit (mentor ${mentor}, mentee ${mentee}).`);
    }
    mentees.add(mentee);
  }
  return output.pairs;
}

const invalidEdit = (message: string, field: string): MentoringError => new MentoringError('validation', message, { field });

/** Staff's edit of the draft (its version checked by the service), every pair still within the limits. */
export function editDraft(draft: CohortDraft, edit: ProposalEdit, facts: RunFacts): CohortDraft {
  const scorer = new PairScorer(facts);
  const find = (mentorId: string, menteeId: string) => draft.pairs.findIndex((p) => p.mentorId === mentorId && p.menteeId === menteeId);
  let pairs = [...draft.pairs];
  switch (edit.kind) {
    case 'swap': {
      const [a, b] = edit.menteeIds.map((id) => pairs.findIndex((p) => p.menteeId === id));
      if (a === undefined || b === undefined || a < 0 || b < 0 || a === b) throw invalidEdit('Swap two different mentees paired in the draft.', 'menteeIds');
      const pa = pairs[a] as ProposedPair;
      const pb = pairs[b] as ProposedPair;
      pairs[a] = { ...pa, mentorId: pb.mentorId, locked: false };
      pairs[b] = { ...pb, mentorId: pa.mentorId, locked: false };
      break;
    }
    case 'remove': {
      const at = find(edit.mentorId, edit.menteeId);
      if (at < 0) throw invalidEdit('The draft has no such pair.', 'menteeId');
      pairs.splice(at, 1);
      break;
    }
    case 'add': {
      if (pairs.some((p) => p.menteeId === edit.menteeId)) throw invalidEdit('The mentee is paired in the draft already.', 'menteeId');
      pairs.push({ mentorId: edit.mentorId, menteeId: edit.menteeId, score: 0, reasons: [], locked: false });
      break;
    }
    case 'lock': {
      const at = find(edit.mentorId, edit.menteeId);
      if (at < 0) throw invalidEdit('The draft has no such pair.', 'menteeId');
      pairs[at] = { ...(pairs[at] as ProposedPair), locked: edit.locked };
      break;
    }
  }
  const valid = stillValid(scorer, pairs);
  if (valid.length !== pairs.length) {
    throw invalidEdit('That pair is not allowed: a member not in the pool, a pair avoided or matched before, or a mentor with no place left.', edit.kind === 'swap' ? 'menteeIds' : 'mentorId');
  }
  pairs = valid;
  return { ...draft, version: draft.version + 1, pairs, unmatched: unmatchedOf(facts.pool, pairs) };
}

/** A draft's pairs that no longer hold (someone withdrew, paused, or was matched meanwhile): publishing refuses them. */
export function brokenPairs(draft: CohortDraft, facts: RunFacts): ProposedPair[] {
  const valid = stillValid(new PairScorer(facts), draft.pairs);
  return draft.pairs.filter((p) => !valid.some((v) => v.mentorId === p.mentorId && v.menteeId === p.menteeId));
}
