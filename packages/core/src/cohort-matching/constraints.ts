// The limits on a cohort's pairs, in one place: the input checked and put in id order, which pairs are
// ruled out (self, avoided by either side, made before unless repeats are allowed, removed by staff), the
// locked pairs and the places they leave, and the candidate pairs both the solver and the greedy baseline
// choose from. Everything is by index into the id-sorted lists, so ties fall by id and reruns reproduce.
import { MentoringError } from '../errors.ts';
import type { CohortMatchInput, CohortMentee, CohortMentor, MentorBounds, UnmatchedMember, UnmatchedReason } from './types.ts';

/**
 * Candidates kept per mentee when the input does not say. The solver needs a mentee's candidates to reach
 * past the mentors that others will take: in the bench, 16 gave the same total as every pair to within
 * 0.1% at 2,000 applicants while keeping 20,000 applicants to 20k × 16 edges; members left unmatched by the
 * cut get a second chance (`withFreePlaces`).
 */
export const DEFAULT_CANDIDATES_PER_MENTEE = 16;

/** A score's integer units: the solver's costs are exact integers, so ties are ties. */
export const SCORE_UNITS = 1_000_000;
export const scoreUnits = (score: number): number => Math.round(score * SCORE_UNITS);

/** Scores a part of the program's score may round differently: a floor is lowered by it before pruning. */
const ROUNDING = 1e-9;

export interface Cohort<Mentee extends CohortMentee, Mentor extends CohortMentor> {
  input: CohortMatchInput<Mentee, Mentor>;
  /** By id. */
  mentees: Mentee[];
  mentors: Mentor[];
  /** Places after the locked pairs. */
  menteePlaces: Int32Array;
  mentorPlaces: Int32Array;
  /** Places before them. */
  menteeAsked: Int32Array;
  mentorAsked: Int32Array;
  locked: { mentee: number; mentor: number }[];
  minScore: number;
  perMentee: number;
  /** Is this pair one matching may propose (not counting places or score)? */
  allowed(mentee: number, mentor: number): boolean;
  /** The scorer's bounds over these mentors, once asked (null: it has none). */
  bounds?: ((mentee: Mentee) => MentorBounds) | null;
}

const invalid = (message: string, field: string, details: Record<string, unknown> = {}): MentoringError =>
  new MentoringError('validation', message, { field, details });

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function indexOf(list: readonly { id: string }[], role: string): Map<string, number> {
  const index = new Map<string, number>();
  list.forEach(({ id }, i) => {
    if (index.has(id)) throw invalid(`${role} ${id} applies twice`, `${role}s`, { id });
    index.set(id, i);
  });
  return index;
}

const count = (value: number, field: string, id: string): number => {
  if (!Number.isInteger(value) || value < 0) throw invalid(`${field} of ${id} must be a whole number, 0 or more`, field, { id, value });
  return value;
};

/** The input checked, in id order, with the locked pairs placed and every limit ready to test. */
export function prepareCohort<Mentee extends CohortMentee, Mentor extends CohortMentor>(input: CohortMatchInput<Mentee, Mentor>): Cohort<Mentee, Mentor> {
  const maxMentors = input.maxMentorsPerMentee ?? 1;
  if (!Number.isInteger(maxMentors) || maxMentors < 1) throw invalid('maxMentorsPerMentee must be a whole number, 1 or more', 'maxMentorsPerMentee');
  const minScore = input.minScore ?? 0;
  if (!(minScore >= 0 && minScore <= 1)) throw invalid('minScore must be between 0 and 1', 'minScore');
  const perMentee = input.candidatesPerMentee ?? DEFAULT_CANDIDATES_PER_MENTEE;
  if (!(perMentee >= 1) || (perMentee !== Number.POSITIVE_INFINITY && !Number.isInteger(perMentee))) {
    throw invalid('candidatesPerMentee must be a whole number, 1 or more, or Infinity', 'candidatesPerMentee');
  }
  const mentees = [...input.mentees].sort(byId);
  const mentors = [...input.mentors].sort(byId);
  const menteeIndex = indexOf(mentees, 'mentee');
  const mentorIndex = indexOf(mentors, 'mentor');
  const m = mentors.length;
  const key = (mentee: number, mentor: number) => mentee * m + mentor;
  const menteeAsked = Int32Array.from(mentees, (x) => count(x.places ?? maxMentors, 'places', x.id));
  const mentorAsked = Int32Array.from(mentors, (x) => count(x.capacity, 'capacity', x.id));

  // Ruled out, with why (for a locked pair's error).
  const ruledOut = new Map<number, string>();
  const rule = (menteeId: string, mentorId: string, why: string) => {
    const i = menteeIndex.get(menteeId);
    const j = mentorIndex.get(mentorId);
    if (i !== undefined && j !== undefined && !ruledOut.has(key(i, j))) ruledOut.set(key(i, j), why);
  };
  for (const x of mentees) {
    rule(x.id, x.id, 'self');
    for (const other of x.avoid ?? []) rule(x.id, other, 'avoided');
  }
  for (const y of mentors) for (const other of y.avoid ?? []) rule(other, y.id, 'avoided');
  if (!input.allowRepeats) for (const pair of input.earlierPairs ?? []) rule(pair.menteeId, pair.mentorId, 'earlier');
  for (const pair of input.removed ?? []) rule(pair.menteeId, pair.mentorId, 'removed');

  const menteePlaces = menteeAsked.slice();
  const mentorPlaces = mentorAsked.slice();
  const locked: { mentee: number; mentor: number }[] = [];
  const lockedKeys = new Set<number>();
  for (const [n, pair] of (input.locked ?? []).entries()) {
    const field = `locked.${n}`;
    const i = menteeIndex.get(pair.menteeId);
    const j = mentorIndex.get(pair.mentorId);
    if (i === undefined || j === undefined) throw invalid(`locked pair ${pair.menteeId}–${pair.mentorId}: both must be applicants`, field, { ...pair });
    const why = ruledOut.get(key(i, j));
    if (why !== undefined) throw invalid(`locked pair ${pair.menteeId}–${pair.mentorId} is ruled out (${why})`, field, { ...pair, why });
    if (lockedKeys.has(key(i, j))) throw invalid(`locked pair ${pair.menteeId}–${pair.mentorId} is given twice`, field, { ...pair });
    if (menteePlaces[i] === 0 || mentorPlaces[j] === 0) throw invalid(`locked pair ${pair.menteeId}–${pair.mentorId} goes past a member's places`, field, { ...pair });
    menteePlaces[i]! -= 1;
    mentorPlaces[j]! -= 1;
    lockedKeys.add(key(i, j));
    locked.push({ mentee: i, mentor: j });
  }
  return {
    input, mentees, mentors, menteePlaces, mentorPlaces, menteeAsked, mentorAsked, locked, minScore, perMentee,
    allowed: (i, j) => !ruledOut.has(key(i, j)) && !lockedKeys.has(key(i, j)),
  };
}

/** Candidate pairs by mentee: `mentors[offsets[i]..offsets[i+1]]`, best first (ties by mentor id), with their scores. */
export interface Candidates {
  offsets: Int32Array;
  mentors: Int32Array;
  scores: Float64Array;
}

/**
 * Each mentee's best `limit` mentors among those `eligible` (allowed, with places, scoring at least the
 * minimum), found with a small heap whose worst score is the scorer's floor, so most pairs are given up
 * after a part or two of the score. With the scorer's bounds, mentors are scored by tiers of their bound,
 * best first, and the scan ends at the first tier that cannot reach the heap: the same lists, sooner.
 */
export function candidateLists<Mentee extends CohortMentee, Mentor extends CohortMentor>(
  cohort: Cohort<Mentee, Mentor>,
  limit: number,
  eligible: (mentee: number, mentor: number) => boolean,
  mentees: Iterable<number> = cohort.mentees.keys(),
): Map<number, { mentor: number; score: number }[]> {
  const { scorer } = cohort.input;
  const boundsOf = (cohort.bounds ??= scorer.boundsFor?.(cohort.mentors) ?? null);
  const seen = new Uint8Array(cohort.mentors.length);
  const order = new Int32Array(cohort.mentors.length);
  const lists = new Map<number, { mentor: number; score: number }[]>();
  for (const i of mentees) {
    if (cohort.menteePlaces[i] === 0) continue;
    const mentee = cohort.mentees[i] as Mentee;
    const best = new WorstFirst(limit);
    const consider = (j: number) => {
      if (cohort.mentorPlaces[j] === 0 || !eligible(i, j)) return;
      const score = scorer.score(mentee, cohort.mentors[j] as Mentor, Math.max(cohort.minScore, best.floor) - ROUNDING);
      if (score >= cohort.minScore) best.offer(j, score);
    };
    /** Can a mentor bounded by `bound` still be a candidate? */
    const reachable = (bound: number) => bound + ROUNDING >= Math.max(cohort.minScore, best.floor);
    if (boundsOf === null) {
      for (let j = 0; j < cohort.mentors.length; j++) consider(j);
    } else {
      const { count, mentors, tiers: tierOf, tierBounds, rest } = boundsOf(mentee);
      const tiers = byTier(count, tierOf, tierBounds, order);
      let open = true;
      for (let t = 0, k = 0; t < tiers.length && open; t++) {
        const tier = tiers[t] as { bound: number; end: number };
        if (!(open = reachable(tier.bound))) break;
        for (; k < tier.end; k++) {
          const j = mentors[order[k] as number] as number;
          seen[j] = 1;
          consider(j);
        }
      }
      if (open && reachable(rest)) for (let j = 0; j < cohort.mentors.length; j++) if (!seen[j]) consider(j);
      for (let k = 0; k < count; k++) seen[mentors[k] as number] = 0;
    }
    lists.set(i, best.bestFirst());
  }
  return lists;
}

/**
 * The listed mentors' positions in `order`, grouped by tier, highest bound first (a counting sort), with
 * each tier's bound and where it ends in `order`.
 */
function byTier(count: number, tierOf: ArrayLike<number>, tierBounds: readonly number[], order: Int32Array): { bound: number; end: number }[] {
  const ranked = tierBounds.map((_, t) => t).sort((a, b) => (tierBounds[b] as number) - (tierBounds[a] as number));
  const rankOf = new Int32Array(tierBounds.length);
  ranked.forEach((t, r) => (rankOf[t] = r));
  const place = new Int32Array(tierBounds.length + 1);
  for (let k = 0; k < count; k++) place[(rankOf[tierOf[k] as number] as number) + 1]! += 1;
  for (let r = 0; r < ranked.length; r++) place[r + 1]! += place[r] as number;
  const tiers = ranked.map((t, r) => ({ bound: tierBounds[t] as number, end: place[r + 1] as number }));
  for (let k = 0; k < count; k++) order[place[rankOf[tierOf[k] as number] as number]!++] = k;
  return tiers;
}

/** Lists in mentee order as compressed rows. */
export function toCandidates(menteeCount: number, lists: ReadonlyMap<number, readonly { mentor: number; score: number }[]>): Candidates {
  const offsets = new Int32Array(menteeCount + 1);
  for (let i = 0; i < menteeCount; i++) offsets[i + 1] = (offsets[i] as number) + (lists.get(i)?.length ?? 0);
  const total = offsets[menteeCount] as number;
  const mentors = new Int32Array(total);
  const scores = new Float64Array(total);
  for (let i = 0; i < menteeCount; i++) {
    let k = offsets[i] as number;
    for (const c of lists.get(i) ?? []) {
      mentors[k] = c.mentor;
      scores[k++] = c.score;
    }
  }
  return { offsets, mentors, scores };
}

/** The first candidate lists: every mentee's best `perMentee` allowed mentors. */
export const firstCandidates = <Mentee extends CohortMentee, Mentor extends CohortMentor>(cohort: Cohort<Mentee, Mentor>): Map<number, { mentor: number; score: number }[]> =>
  candidateLists(cohort, cohort.perMentee, cohort.allowed);

/**
 * Mentees left without a pair because the cut kept only mentors others took get, added to their list, the
 * best allowed mentors who still have places in the assignment found (`placesLeft`). Null when nobody gains.
 */
export function withFreePlaces<Mentee extends CohortMentee, Mentor extends CohortMentor>(
  cohort: Cohort<Mentee, Mentor>,
  lists: Map<number, { mentor: number; score: number }[]>,
  unmatched: readonly number[],
  placesLeft: Int32Array,
): Map<number, { mentor: number; score: number }[]> | null {
  if (cohort.perMentee === Number.POSITIVE_INFINITY || unmatched.length === 0) return null;
  const listed = (i: number, j: number) => (lists.get(i) ?? []).some((c) => c.mentor === j);
  const more = candidateLists(cohort, cohort.perMentee, (i, j) => placesLeft[j]! > 0 && cohort.allowed(i, j) && !listed(i, j), unmatched);
  let gained = false;
  const next = new Map(lists);
  for (const [i, extra] of more) {
    if (extra.length === 0) continue;
    gained = true;
    next.set(i, [...(lists.get(i) ?? []), ...extra].sort((a, b) => b.score - a.score || a.mentor - b.mentor));
  }
  return gained ? next : null;
}

/** Why each member with no pair has none (types.ts `UnmatchedReason`). */
export function unmatchedMembers<Mentee extends CohortMentee, Mentor extends CohortMentor>(
  cohort: Cohort<Mentee, Mentor>,
  menteePairs: Int32Array,
  mentorPairs: Int32Array,
): UnmatchedMember[] {
  const { scorer } = cohort.input;
  const reaches = (i: number, j: number) =>
    cohort.minScore === 0 || scorer.score(cohort.mentees[i] as Mentee, cohort.mentors[j] as Mentor, cohort.minScore - ROUNDING) >= cohort.minScore;
  const reasonFor = (asked: number, others: number, open: (other: number) => boolean, scores: (other: number) => boolean): UnmatchedReason => {
    if (asked === 0) return 'no-places';
    let allowed = false;
    for (let k = 0; k < others; k++) {
      if (!open(k)) continue;
      allowed = true;
      if (scores(k)) return 'partners-taken';
    }
    return allowed ? 'below-minimum-score' : 'no-allowed-partner';
  };
  const out: UnmatchedMember[] = [];
  cohort.mentees.forEach((mentee, i) => {
    if (menteePairs[i] !== 0) return;
    const reason = reasonFor(cohort.menteeAsked[i] as number, cohort.mentors.length, (j) => cohort.mentorPlaces[j]! > 0 && cohort.allowed(i, j), (j) => reaches(i, j));
    out.push({ id: mentee.id, role: 'mentee', reason });
  });
  cohort.mentors.forEach((mentor, j) => {
    if (mentorPairs[j] !== 0) return;
    const reason = reasonFor(cohort.mentorAsked[j] as number, cohort.mentees.length, (i) => cohort.menteePlaces[i]! > 0 && cohort.allowed(i, j), (i) => reaches(i, j));
    out.push({ id: mentor.id, role: 'mentor', reason });
  });
  return out;
}

/** The `limit` best (score, index) offered, worst on top; ties go to the lower index. */
class WorstFirst {
  readonly #limit: number;
  readonly #heap: { mentor: number; score: number }[] = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  get floor(): number {
    return this.#heap.length < this.#limit ? Number.NEGATIVE_INFINITY : (this.#heap[0] as { score: number }).score;
  }

  offer(mentor: number, score: number): void {
    const heap = this.#heap;
    const entry = { mentor, score };
    if (heap.length < this.#limit) {
      heap.push(entry);
      this.#up(heap.length - 1);
    } else if (worse(heap[0] as typeof entry, entry)) {
      heap[0] = entry;
      this.#down(0);
    }
  }

  bestFirst(): { mentor: number; score: number }[] {
    return [...this.#heap].sort((a, b) => b.score - a.score || a.mentor - b.mentor);
  }

  #up(i: number): void {
    const heap = this.#heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) return;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  }

  #down(i: number): void {
    const heap = this.#heap;
    for (;;) {
      let worst = i;
      for (const child of [2 * i + 1, 2 * i + 2]) if (child < heap.length && worse(heap[child]!, heap[worst]!)) worst = child;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
      i = worst;
    }
  }
}

/** Does `a` rank after `b` (lower score, or the same score and a higher index)? */
const worse = (a: { mentor: number; score: number }, b: { mentor: number; score: number }): boolean =>
  a.score < b.score || (a.score === b.score && a.mentor > b.mentor);
