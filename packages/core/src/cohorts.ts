// The rules of cohorts (issue 14), as pure functions over the facts the cohort service reads: a cohort's
// window and states, an application, who is in the next run's pool, a member's answer to a match, an
// extension by agreement, a rematch, and what the clock does to matches (expiry, the term-end ask, the end).
// What members and staff see of them is built here too. The matching itself is cohort-run.ts's.
import type { MentoringChange } from './adapter.ts';
import { DAY_MS, addMonths } from './clock.ts';
import { MentoringError } from './errors.ts';
import { isLive } from './lifecycle.ts';
import { notOffered } from './settings-rules.ts';
import { availablePlaces, standingOf } from './matching.ts';
import { cohortSettingsOf } from './schemas/cohort-settings.ts';
import { cohortFieldsOf, isWindowOpen, windowClosed } from './cohort-applications.ts';
import type {
  Cohort, CohortAction, CohortApplication, CohortMatch, CohortUpdate, ExtensionAsk,
  MatchAnswerInput, MatchStatus,
} from './schemas/cohort.ts';
import type { Role } from './schemas/common.ts';
import type { Member } from './schemas/member.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import type { PairInput } from './schemas/staff.ts';
import { TERM_MONTHS, type TermMonths } from './schemas/settings.ts';

export { applicationRefusal, isWindowOpen, newCohort, planApplication, windowClosed, type ApplicationFacts } from './cohort-applications.ts';

// ---------------------------------------------------------------------------------------------
// Errors, each once.

export const cohortNotFound = (what: 'cohort' | 'cohort match' | 'application', id: string): MentoringError =>
  new MentoringError('not-found', `No ${what} ${id}.`, { details: { id } });

export const stateConflict = (message: string, details: Record<string, unknown> = {}): MentoringError =>
  new MentoringError('conflict', message, { reason: 'state', details });

export const staleConflict = (what: string, version: number): MentoringError =>
  new MentoringError('conflict', `The ${what} changed in the meantime (now version ${version}).`, { reason: 'stale', details: { version } });

// ---------------------------------------------------------------------------------------------
// Cohorts.

/** Staff's edit: every field again, at the version they saw; an archived cohort is read-only. */
export function applyCohortUpdate(cohort: Cohort, update: CohortUpdate, now: Date): Cohort {
  if (update.version !== cohort.version) throw staleConflict('cohort', cohort.version);
  if (cohort.state === 'archived') throw stateConflict(`Cohort ${cohort.id} is archived.`, { state: cohort.state });
  return { ...cohort, ...cohortFieldsOf(update), version: cohort.version + 1, updatedAt: now.toISOString() };
}

/** Which states each staff action applies from, and the state it leaves. */
export const COHORT_TRANSITIONS: Record<CohortAction, { from: readonly Cohort['state'][]; to: Cohort['state'] }> = {
  close: { from: ['open'], to: 'closed' },
  reopen: { from: ['closed'], to: 'open' },
  archive: { from: ['open', 'closed'], to: 'archived' },
};

export function applyCohortAction(cohort: Cohort, action: CohortAction, version: number | undefined, now: Date): Cohort {
  if (version !== undefined && version !== cohort.version) throw staleConflict('cohort', cohort.version);
  const rule = COHORT_TRANSITIONS[action];
  if (!rule.from.includes(cohort.state)) throw stateConflict(`Cannot ${action} a cohort that is ${cohort.state}.`, { state: cohort.state });
  return { ...cohort, state: rule.to, version: cohort.version + 1, updatedAt: now.toISOString() };
}

/** Members never see an archived cohort: it is not found. */
export function visibleCohort(cohort: Cohort | undefined, id: string): Cohort {
  if (!cohort || cohort.state === 'archived') throw cohortNotFound('cohort', id);
  return cohort;
}

// ---------------------------------------------------------------------------------------------
// Applications.

export function planWithdrawal(cohort: Cohort, existing: CohortApplication | undefined, role: Role, now: Date): CohortApplication {
  if (!existing || existing.status !== 'applied') throw cohortNotFound('application', `${cohort.id}/${role}`);
  if (!isWindowOpen(cohort, now)) throw windowClosed(cohort);
  return { ...existing, status: 'withdrawn', version: existing.version + 1, updatedAt: now.toISOString() };
}

// ---------------------------------------------------------------------------------------------
// Matches: where each stands, and who is in the pool of the next run.

/** A match's status as everyone reads it: its own state until accepted, then its mentorship's. */
export function matchStatus(match: CohortMatch, mentorship: Mentorship | undefined | null): MatchStatus {
  if (match.state !== 'accepted') return match.state;
  if (mentorship?.state === 'ended') return 'ended-early';
  if (mentorship?.state === 'completed') return 'completed';
  return 'active';
}

/** Does the match hold its members (a proposal waiting, or a mentorship that did not end early)? */
export const holdsPlace = (status: MatchStatus): boolean => status === 'proposed' || status === 'active' || status === 'completed';

/** A cohort's matches with their mentorships, as the pool and the views read them. */
export interface MatchFacts {
  match: CohortMatch;
  mentorship: Mentorship | null;
}

export interface PoolFacts {
  cohort: Cohort;
  applications: readonly CohortApplication[];
  matches: readonly MatchFacts[];
  members: ReadonlyMap<string, Member>;
  /** Active mentorships of each applicant (program-wide): the program's limits. */
  activeCounts: (memberId: string) => { mentees: number; mentors: number };
  settings: ProgramSettings;
}

export interface PoolEntry {
  application: CohortApplication;
  member: Member;
  /** Places the next run may fill (mentees: 1). */
  places: number;
}

/** Places an applicant has left in this cohort: a mentee's is 1 until matched (again after a rematch ask). */
export function cohortPlacesLeft(application: CohortApplication, matches: readonly MatchFacts[]): number {
  const own = matches.filter(({ match }) => (application.role === 'mentor' ? match.mentorId : match.menteeId) === application.memberId);
  const held = own.filter(({ match, mentorship }) => holdsPlace(matchStatus(match, mentorship))).length;
  if (application.role === 'mentor') return Math.max(0, application.capacity - held);
  if (held > 0) return 0;
  // After an early end the mentee waits until they ask for a new match.
  const endedAt = own
    .filter(({ match, mentorship }) => matchStatus(match, mentorship) === 'ended-early')
    .map(({ mentorship }) => Date.parse(mentorship?.endedAt ?? ''))
    .reduce((latest, at) => Math.max(latest, at), Number.NEGATIVE_INFINITY);
  if (endedAt === Number.NEGATIVE_INFINITY) return 1;
  return application.rematchAskedAt !== null && Date.parse(application.rematchAskedAt) >= endedAt ? 1 : 0;
}

/**
 * The applicants the next run matches, each with the places it may fill: applied, enrolled and taking part in
 * their role (not paused, suspended, or a mentor awaiting approval), with places left in the cohort and under
 * the program's limits (a mentor's capacity, mentors per mentee).
 */
export function poolOf(facts: PoolFacts): PoolEntry[] {
  const { applications, matches, members, settings } = facts;
  const entries: PoolEntry[] = [];
  for (const application of applications) {
    if (application.status !== 'applied') continue;
    const member = members.get(application.memberId);
    if (!member) continue;
    const counts = facts.activeCounts(member.id);
    // Enrolled and shown in the role, taking part (standing.ts): not paused, suspended or awaiting approval.
    const standing = standingOf(member);
    const proposed = matches.filter(({ match }) => match.state === 'proposed' && (application.role === 'mentor' ? match.mentorId : match.menteeId) === member.id).length;
    const programPlaces = availablePlaces(application.role, standing, { activeMentees: counts.mentees, activeMentors: counts.mentors }, settings) - proposed;
    const places = Math.min(cohortPlacesLeft(application, matches), programPlaces);
    if (places > 0) entries.push({ application, member, places });
  }
  return entries;
}

/**
 * Pairs a run must never propose: the same member twice, pairs either member avoids, pairs this cohort
 * proposed before (declined, expired, ended), and (unless the program allows repeats) pairs who had a
 * mentorship before. `history`: the mentorships between applicants (any state).
 */
export function forbiddenPair(
  mentor: CohortApplication,
  mentee: CohortApplication,
  facts: { matches: readonly MatchFacts[]; history: readonly Mentorship[]; settings: ProgramSettings },
): boolean {
  if (mentor.memberId === mentee.memberId) return true;
  if (mentor.avoid.includes(mentee.memberId) || mentee.avoid.includes(mentor.memberId)) return true;
  if (facts.matches.some(({ match }) => match.mentorId === mentor.memberId && match.menteeId === mentee.memberId)) return true;
  const allowRepeats = cohortSettingsOf(facts.settings).allowRepeatPairs;
  return facts.history.some((m) => {
    const same = (m.mentorId === mentor.memberId && m.menteeId === mentee.memberId) || (m.mentorId === mentee.memberId && m.menteeId === mentor.memberId);
    if (!same) return false;
    if (isLive(m.state)) return true;
    return !allowRepeats && (m.state === 'completed' || m.state === 'ended');
  });
}

// ---------------------------------------------------------------------------------------------
// Publishing and answering.

/** The match a published pair becomes, unanswered until its expiry (the program's proposal expiry). */
export function newMatch(id: string, cohortId: string, pair: { mentorId: string; menteeId: string; score: number; reasons: CohortMatch['reasons'] }, settings: ProgramSettings, now: Date): CohortMatch {
  return {
    id,
    cohortId,
    version: 1,
    state: 'proposed',
    mentorId: pair.mentorId,
    menteeId: pair.menteeId,
    score: pair.score,
    reasons: pair.reasons,
    publishedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + cohortSettingsOf(settings).proposalExpiryDays * DAY_MS).toISOString(),
    mentorAnswer: null,
    menteeAnswer: null,
    mentorshipId: null,
    termEndAskedAt: null,
    extension: null,
  };
}

/** The viewer's role in a match, or `not-found` (they must not learn it exists). */
export function roleInMatch(match: CohortMatch | undefined, viewerId: string, id: string): { match: CohortMatch; role: Role } {
  if (match?.mentorId === viewerId) return { match, role: 'mentor' };
  if (match?.menteeId === viewerId) return { match, role: 'mentee' };
  throw cohortNotFound('cohort match', id);
}

export const isMatchPastExpiry = (match: CohortMatch, now: Date): boolean => match.state === 'proposed' && now.getTime() >= Date.parse(match.expiresAt);

/** The match after the viewer's answer; `accepted` once both have accepted (the service then makes the mentorship). */
export function applyMatchAnswer(match: CohortMatch, role: Role, input: MatchAnswerInput, now: Date): CohortMatch {
  if (input.version !== undefined && input.version !== match.version) throw staleConflict('match', match.version);
  if (match.state !== 'proposed') throw stateConflict(`The match is ${match.state}.`, { state: match.state });
  if (isMatchPastExpiry(match, now)) throw new MentoringError('expired', 'This proposed match has expired.', { details: { expiresAt: match.expiresAt } });
  const own = role === 'mentor' ? 'mentorAnswer' : 'menteeAnswer';
  if (match[own] !== null) throw stateConflict('You have answered this match already.', { state: match.state });
  const answer = { accepted: input.accept, at: now.toISOString(), reason: input.accept ? null : (input.reason ?? null) };
  const next: CohortMatch = { ...match, [own]: answer, version: match.version + 1 };
  if (!input.accept) next.state = 'declined';
  else if (next.mentorAnswer?.accepted && next.menteeAnswer?.accepted) next.state = 'accepted';
  return next;
}

/** The program term closest to the cohort's (a mentorship names one); its end is the cohort's all the same. */
export function cohortTermMonths(cohort: Cohort, settings: ProgramSettings): TermMonths {
  const months = (Date.parse(cohort.termEndsAt) - Date.parse(cohort.termStartsAt)) / (30.44 * DAY_MS);
  const offered = settings.termMonths.length > 0 ? settings.termMonths : [...TERM_MONTHS];
  return offered.reduce((best, t) => (Math.abs(t - months) < Math.abs(best - months) ? t : best));
}

/** What staff's pairing of an accepted match would be: the mentee's topics and words, the cohort's term. */
export function pairingOf(cohort: Cohort, match: CohortMatch, menteeApplication: CohortApplication | undefined, mentee: Member, settings: ProgramSettings): PairInput {
  const topics = menteeApplication?.topics.filter((id) => notOffered([id], settings.topics).length === 0) ?? [];
  const areas = topics.length > 0 ? topics : (mentee.mentee?.topics ?? []).slice(0, 10);
  const fallback = settings.topics.find((topic) => topic.retired !== true)?.id;
  return {
    mentorId: match.mentorId,
    menteeId: match.menteeId,
    areas: areas.length > 0 ? areas : fallback === undefined ? [] : [fallback],
    goals: menteeApplication?.statement ?? '',
    termMonths: cohortTermMonths(cohort, settings),
    meetingMode: mentee.mentee?.meetingModes[0] ?? 'video',
    reason: `Matched in the cohort ${cohort.name}`,
  };
}

/** The mentorship a pairing made, given the cohort's term: active from now until the cohort's term end. */
export const withCohortTerm = <M extends Pick<Mentorship, 'endsAt' | 'pairedByStaff'>>(m: M, cohort: Cohort): M => ({ ...m, endsAt: cohort.termEndsAt });

// ---------------------------------------------------------------------------------------------
// Extension, rematch, and the clock.

/** The latest end an extension may ask for: the cohort's term end plus the program's maximum. */
export const latestEnd = (cohort: Cohort, settings: ProgramSettings): Date =>
  addMonths(new Date(cohort.termEndsAt), cohortSettingsOf(settings).maxExtensionMonths);

export interface ExtensionOutcome {
  match: CohortMatch;
  /** The new end, when both agreed now. */
  endsAt: string | null;
  /** What the partner is told: asked, agreed (extended), or nothing. */
  told: 'cohort-extension-asked' | 'cohort-extended' | null;
}

/** The viewer asks for `endsAt` (or withdraws / refuses with null); the partner's ask of the same date makes it. */
export function planExtension(match: CohortMatch, mentorship: Mentorship, cohort: Cohort, viewerId: string, endsAt: string | null, settings: ProgramSettings, now: Date): ExtensionOutcome {
  if (mentorship.state !== 'active') throw stateConflict('Only an active mentorship can be extended.', { state: mentorship.state });
  const bump = (extension: ExtensionAsk | null): CohortMatch => ({ ...match, extension, version: match.version + 1 });
  if (endsAt === null) return { match: bump(null), endsAt: null, told: null };
  const latest = latestEnd(cohort, settings);
  const at = Date.parse(endsAt);
  if (at <= Date.parse(mentorship.endsAt ?? cohort.termEndsAt) || at > latest.getTime()) {
    throw new MentoringError('validation', `The end may move to a date after the current end and no later than ${latest.toISOString()}.`, {
      field: 'endsAt',
      reason: 'extension-limit',
      details: { latestEnd: latest.toISOString(), endsAt: mentorship.endsAt },
    });
  }
  const ask = match.extension;
  if (ask && ask.askedBy !== viewerId && Date.parse(ask.endsAt) === at) {
    return { match: { ...bump(null), termEndAskedAt: null }, endsAt: new Date(at).toISOString(), told: 'cohort-extended' };
  }
  return { match: bump({ endsAt: new Date(at).toISOString(), askedBy: viewerId, at: now.toISOString() }), endsAt: null, told: 'cohort-extension-asked' };
}

/** The mentee's application after asking for a new match; `conflict` (`state`) without an early end in the cohort. */
export function planRematch(application: CohortApplication | undefined, matches: readonly MatchFacts[], viewerId: string, now: Date): CohortApplication {
  const endedEarly = matches.some(({ match, mentorship }) => match.menteeId === viewerId && matchStatus(match, mentorship) === 'ended-early');
  if (!application || !endedEarly) throw stateConflict('A new match can be asked for after a mentorship in this cohort ended early.');
  return { ...application, status: 'applied', rematchAskedAt: now.toISOString(), version: application.version + 1, updatedAt: now.toISOString() };
}

/** What the clock does to a match now: expire a proposal, ask both before the term's end, complete at the end. */
export type MatchDue = 'expire' | 'ask' | 'complete' | null;

export function matchDue(match: CohortMatch, mentorship: Mentorship | null | undefined, settings: ProgramSettings, now: Date): MatchDue {
  if (match.state === 'proposed') return isMatchPastExpiry(match, now) ? 'expire' : null;
  if (match.state !== 'accepted' || mentorship?.state !== 'active' || mentorship.endsAt === null) return null;
  const end = Date.parse(mentorship.endsAt);
  if (now.getTime() >= end) return 'complete';
  const notice = cohortSettingsOf(settings).termEndNoticeDays * DAY_MS;
  return match.termEndAskedAt === null && now.getTime() >= end - notice ? 'ask' : null;
}

/** The mentorship the end of its term completes (the program's clock, no member acting). */
export function completeAtTermEnd(m: Mentorship, now: Date): Mentorship {
  return { ...m, state: 'completed', endedAt: now.toISOString(), version: m.version + 1 };
}

/** The cohort a member who finished one is invited to: the next one open for applications (or opening), soonest first. */
export function nextCohort(cohorts: readonly Cohort[], after: Cohort, now: Date): Cohort | null {
  const candidates = cohorts
    .filter((c) => c.id !== after.id && c.state === 'open' && Date.parse(c.applicationsCloseAt) > now.getTime())
    .sort((a, b) => a.applicationsOpenAt.localeCompare(b.applicationsOpenAt) || a.id.localeCompare(b.id));
  return candidates[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Change records.

/** A cohort itself changed: every member hears it (they see every cohort not archived). */
export const cohortChanged = (cohort: Pick<Cohort, 'id'>): MentoringChange & { audience: null } => ({ kind: 'cohort', id: cohort.id, audience: null });

/** What members have in a cohort changed (an application, a match): only they hear it. */
export const cohortChangedFor = (cohortId: string, memberIds: readonly string[]): MentoringChange & { audience: string[] } => ({
  kind: 'cohort',
  id: cohortId,
  audience: [...new Set(memberIds)],
});
