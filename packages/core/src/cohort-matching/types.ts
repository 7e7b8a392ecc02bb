// The shapes going in and out of cohort matching (cohort-matching.ts documents the whole API).
import type { MatchReason } from '../schemas/search.ts';

/** A mentee's application, as matching reads it. Ids are member ids: one person may apply in both roles. */
export interface CohortMentee {
  id: string;
  /** Mentors this mentee may have at most; the input's `maxMentorsPerMentee` when left out. */
  places?: number;
  /** Members this mentee would rather not be matched with. */
  avoid?: readonly string[];
}

/** A mentor's application, as matching reads it. */
export interface CohortMentor {
  id: string;
  /** Mentees this mentor takes in this cohort (0 or more). */
  capacity: number;
  /** Members this mentor would rather not be matched with. */
  avoid?: readonly string[];
}

/** A pair by member ids. */
export interface CohortPair {
  menteeId: string;
  mentorId: string;
}

/** A pair's score in [0, 1] with the reasons behind it (matching.ts `Match`). */
export interface PairMatch {
  score: number;
  reasons: MatchReason[];
}

/**
 * How pairs are scored. `score` is called for (nearly) every allowed pair, so it must be cheap; `explain`
 * only for the pairs proposed, and must give the same score. `programCohortScorer` is the program's.
 */
export interface CohortScorer<Mentee extends CohortMentee = CohortMentee, Mentor extends CohortMentor = CohortMentor> {
  /**
   * The pair's score in [0, 1]. Given a `floor`, it may return any value below the floor (e.g. -1) as soon
   * as it knows the pair cannot reach it: candidates are picked best first and most pairs are out early.
   */
  score(mentee: Mentee, mentor: Mentor, floor: number): number;
  explain(mentee: Mentee, mentor: Mentor): PairMatch;
  /**
   * Optional, for speed at scale: an index of these mentors that gives, for a mentee, an upper bound on the
   * score with each mentor (`MentorBounds`). Candidates are then scored in the order of their bound, and
   * mentors whose bound cannot reach a mentee's best ones are never scored.
   */
  boundsFor?(mentors: readonly Mentor[]): (mentee: Mentee) => MentorBounds;
}

/**
 * Upper bounds on one mentee's scores, by tiers: mentor index `mentors[k]` (k < `count`) is in tier
 * `tiers[k]`, whose bound is `tierBounds[tiers[k]]`; every mentor not listed is bounded by `rest`. Tiers
 * are small whole numbers (a few dozen at most), so grouping mentors by tier is a counting sort. The
 * arrays may be reused by the next call.
 */
export interface MentorBounds {
  count: number;
  mentors: ArrayLike<number>;
  tiers: ArrayLike<number>;
  tierBounds: readonly number[];
  rest: number;
}

export interface CohortMatchInput<Mentee extends CohortMentee = CohortMentee, Mentor extends CohortMentor = CohortMentor> {
  mentees: readonly Mentee[];
  mentors: readonly Mentor[];
  scorer: CohortScorer<Mentee, Mentor>;
  /** Default 1 (ISPE: one mentor for every mentee). */
  maxMentorsPerMentee?: number;
  /** Pairs made before (earlier cohorts, declined or ended proposals): never proposed again unless `allowRepeats`. */
  earlierPairs?: readonly CohortPair[];
  allowRepeats?: boolean;
  /** Pairs staff locked: kept as they are, consuming both sides' places, whatever their score. */
  locked?: readonly CohortPair[];
  /** Pairs staff removed: never proposed. */
  removed?: readonly CohortPair[];
  /** Pairs scoring less are never proposed. Default 0: any allowed pair may be proposed. */
  minScore?: number;
  /**
   * Candidates kept per mentee, best first (ties by mentor id), before solving (default
   * `DEFAULT_CANDIDATES_PER_MENTEE`). Infinity keeps every allowed pair: exact, but O(mentees × mentors) edges.
   */
  candidatesPerMentee?: number;
}

export interface ProposedPair extends CohortPair, PairMatch {
  /** Kept from the input's `locked`. */
  locked: boolean;
}

/**
 * Why a member has no pair:
 * - `no-places`: a mentor whose capacity is 0, or a mentee allowed 0 mentors;
 * - `no-allowed-partner`: every member of the other side is ruled out (themself, a pair to avoid, an earlier
 *   pair, a removed pair) or has no places left after the locked pairs;
 * - `below-minimum-score`: partners are allowed but none reaches the program's minimum score;
 * - `partners-taken`: partners were possible, but their places went to others in the best assignment.
 */
export type UnmatchedReason = 'no-places' | 'no-allowed-partner' | 'below-minimum-score' | 'partners-taken';

export interface UnmatchedMember {
  id: string;
  role: 'mentee' | 'mentor';
  reason: UnmatchedReason;
}

export interface CohortAssignment {
  /** Every pair, locked ones included, by mentee id then mentor id. */
  pairs: ProposedPair[];
  /** Mentees and mentors left with no pair, mentees first, each by id. */
  unmatched: UnmatchedMember[];
  /** The pairs' scores added up. */
  totalScore: number;
  /** Pairs considered (the candidate graph's edges), for the bench and for staff curious why. */
  candidatePairs: number;
}
