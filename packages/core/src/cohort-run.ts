// Matching a cohort (issue 14): the solver's input built from the pool (cohorts.ts `poolOf`), its answer made
// a draft, and staff's edits of the draft (swap, remove, add, lock). The assignment and the score of a pair
// (the program's match score, with the topics the applications give) are cohort-matching's
// (`proposeCohortAssignment`, `scoreCohortPair`: minimum-cost maximum flow, see cohort-matching.ts).
import { programCohortScorer, proposeCohortAssignment, scoreCohortPair, type CohortPair, type ProgramCohortMentee, type ProgramCohortMentor } from './cohort-matching.ts';
import { MentoringError } from './errors.ts';
import { isLive } from './lifecycle.ts';
import type { Match } from './matching.ts';
import { cohortSettingsOf } from './schemas/cohort-settings.ts';
import { forbiddenPair, type MatchFacts, type PoolEntry } from './cohorts.ts';
import type { CohortDraft, ProposalEdit, ProposedPair } from './schemas/cohort.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { ProgramSettings } from './schemas/settings.ts';

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

/** An applicant as cohort-matching reads them: their record, the topics of their application, their places. */
const applicantOf = (entry: PoolEntry) => ({
  id: entry.member.id,
  member: entry.member,
  topics: entry.application.topics,
  avoid: entry.application.avoid,
});

/** The pool by role and id, the pairs it allows (cohorts.ts `forbiddenPair`) and their scores with reasons. */
class PairScorer {
  readonly #facts: RunFacts;
  readonly #entries: Map<string, PoolEntry>;

  constructor(facts: RunFacts) {
    this.#facts = facts;
    this.#entries = new Map(facts.pool.map((entry) => [`${entry.application.role}:${entry.member.id}`, entry]));
  }

  entry(role: 'mentor' | 'mentee', id: string): PoolEntry | undefined {
    return this.#entries.get(`${role}:${id}`);
  }

  allowed(mentor: PoolEntry, mentee: PoolEntry): boolean {
    return !forbiddenPair(mentor.application, mentee.application, this.#facts);
  }

  explain(mentor: PoolEntry, mentee: PoolEntry): Match {
    return scoreCohortPair(applicantOf(mentee), applicantOf(mentor), this.#facts.settings, this.#facts.now);
  }
}

const pairOf = (scorer: PairScorer, mentor: PoolEntry, mentee: PoolEntry, locked: boolean): ProposedPair => {
  const { score, reasons } = scorer.explain(mentor, mentee);
  return { mentorId: mentor.member.id, menteeId: mentee.member.id, score, reasons, locked };
};

/** Who of the pool the pairs leave without a partner: mentees unpaired, mentors with no mentee. */
function unmatchedOf(pool: readonly PoolEntry[], pairs: readonly ProposedPair[], before: CohortDraft['unmatched']): CohortDraft['unmatched'] {
  const mentors = new Set(pairs.map((p) => p.mentorId));
  const mentees = new Set(pairs.map((p) => p.menteeId));
  // The run's reason stays with whoever it left out; an edit gives none to those it unpairs.
  const reasonOf = (memberId: string, role: string) => before.find((u) => u.memberId === memberId && u.role === role)?.reason;
  return pool
    .filter(({ application: a }) => !(a.role === 'mentor' ? mentors : mentees).has(a.memberId))
    .map(({ application: a }) => {
      const reason = reasonOf(a.memberId, a.role);
      return { memberId: a.memberId, role: a.role, ...(reason ? { reason } : {}) };
    });
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
 * The pairs a run must never propose (this cohort's earlier matches, open or active mentorships) and those it
 * proposes again only when the program allows repeats (completed or ended mentorships): cohorts.ts
 * `forbiddenPair` says the same of one pair.
 */
function pairHistory(facts: RunFacts): { removed: CohortPair[]; earlier: CohortPair[] } {
  const removed: CohortPair[] = facts.matches.map(({ match }) => ({ mentorId: match.mentorId, menteeId: match.menteeId }));
  const earlier: CohortPair[] = [];
  for (const m of facts.history) {
    const both = [{ mentorId: m.mentorId, menteeId: m.menteeId }, { mentorId: m.menteeId, menteeId: m.mentorId }];
    if (isLive(m.state)) removed.push(...both);
    else if (m.state === 'completed' || m.state === 'ended') earlier.push(...both);
  }
  return { removed, earlier };
}

/**
 * A run: the draft's locked pairs kept (those that still hold), the rest of the pool assigned by
 * cohort-matching (the most pairs, then the highest total score, under every limit). Its answer is checked
 * again against the limits before it becomes a draft: a wrong answer is a bug, never published.
 */
export function runCohortMatching(facts: RunFacts, previous: CohortDraft | undefined): CohortDraft {
  const scorer = new PairScorer(facts);
  const locked = stillValid(scorer, (previous?.pairs ?? []).filter((p) => p.locked));
  const { removed, earlier } = pairHistory(facts);
  const mentees: ProgramCohortMentee[] = [];
  const mentors: ProgramCohortMentor[] = [];
  for (const entry of facts.pool) {
    if (entry.application.role === 'mentee') mentees.push({ ...applicantOf(entry), places: entry.places });
    else mentors.push({ ...applicantOf(entry), capacity: entry.places });
  }
  const assignment = proposeCohortAssignment<ProgramCohortMentee, ProgramCohortMentor>({
    mentees,
    mentors,
    scorer: programCohortScorer(facts.settings, facts.now),
    maxMentorsPerMentee: 1,
    earlierPairs: earlier,
    allowRepeats: cohortSettingsOf(facts.settings).allowRepeatPairs,
    locked: locked.map(({ mentorId, menteeId }) => ({ mentorId, menteeId })),
    removed,
  });
  const pairs: ProposedPair[] = assignment.pairs.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, score: p.score, reasons: p.reasons, locked: p.locked }));
  if (stillValid(scorer, pairs).length !== pairs.length) throw new Error('The cohort solver proposed a pair that breaks a limit.');
  return {
    cohortId: facts.cohortId,
    version: (previous?.version ?? 0) + 1,
    pairs,
    unmatched: assignment.unmatched.map((u) => ({ memberId: u.id, role: u.role, reason: u.reason })),
    runAt: facts.now.toISOString(),
    runBy: facts.runBy,
  };
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
  return { ...draft, version: draft.version + 1, pairs, unmatched: unmatchedOf(facts.pool, pairs, draft.unmatched) };
}

/** A draft's pairs that no longer hold (someone withdrew, paused, or was matched meanwhile): publishing refuses them. */
export function brokenPairs(draft: CohortDraft, facts: RunFacts): ProposedPair[] {
  const valid = stillValid(new PairScorer(facts), draft.pairs);
  return draft.pairs.filter((p) => !valid.some((v) => v.mentorId === p.mentorId && v.menteeId === p.menteeId));
}
