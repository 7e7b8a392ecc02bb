// The cohorts' operations (issue 14), written once over any store: a member's (CohortService: apply, withdraw,
// answer a match, extend, ask for a rematch) and staff's (CohortStaffService: create, edit, close, reopen and
// archive cohorts; list applicants; run the matching, edit and publish the draft; list the matches). Each reads
// the facts, calls the rules (cohorts.ts, cohort-run.ts, staff-lifecycle.ts `planPairing`), writes, tells the members
// (cohort-notifications.ts), audits staff's actions and records the change, in one unit of work.
import { auditEntry, type AuditFacts } from '../audit.ts';
import { memberRef } from '../concerns.ts';
import { composeCohortNotification } from '../cohort-notifications.ts';
import type { CohortNotificationKind } from '../notifications.ts';
import { brokenPairs, editDraft, runCohortMatching, type RunFacts } from '../cohort-run.ts';
import {
  applyCohortAction, applyCohortUpdate, applyMatchAnswer, cohortChanged, cohortChangedFor, cohortNotFound, isWindowOpen,
  latestEnd, matchStatus, newCohort, newMatch, pairingOf, planApplication, planExtension, planRematch, planWithdrawal, poolOf,
  roleInMatch, staleConflict, stateConflict, applicationRefusal, visibleCohort, withCohortTerm, cohortPlacesLeft, holdsPlace,
  type MatchFacts,
} from '../cohorts.ts';
import { parseInput } from '../errors.ts';
import { planPairing } from '../staff-lifecycle.ts';
import {
  ApplicantQuery, CohortAction, CohortApplicationInput, CohortInput, CohortListQuery, CohortUpdate, ExtensionInput, MATCH_STATUSES,
  MatchAnswerInput, MatchListQuery, ProposalEdit, PublishInput, RunMatchingInput,
  type Cohort, type CohortApplication, type CohortDraft, type CohortMatch, type CohortProposal, type MatchStatus, type MemberCohort,
  type MemberCohortMatch, type PublishResult, type StaffApplicant, type StaffCohortItem, type StaffCohortMatch,
} from '../schemas/cohort.ts';
import { Id, Role } from '../schemas/common.ts';
import type { Member } from '../schemas/member.ts';
import type { Mentorship } from '../schemas/mentorship.ts';
import type { ProgramSettings } from '../schemas/settings.ts';
import { StaffActionInput } from '../schemas/staff.ts';
import { memberViewFor } from '../views.ts';
import { mentorshipFor } from '../visibility.ts';
import { ServiceCalls, type Call, type Caller } from './calls.ts';
// Registers the cohorts' jobs with every service's runJobs.
import './cohort-jobs.ts';
import type { CohortReads } from './cohort-store.ts';
import { wait, type Awaitable, type Op } from './op.ts';
import { staffOnly } from './staff-service.ts';
import type { StoreChange, StoreReads } from './store.ts';
import { checkAction } from './change-unit.ts';
import { memberChanged, memberIn, mentorshipChanged, relationsOf, viewerRecord } from './unit.ts';

// ---------------------------------------------------------------------------------------------
// Facts every operation reads.

/** A cohort's matches, each with its mentorship (once accepted). */
function* matchFactsOf(tx: StoreReads, matches: readonly CohortMatch[]): Op<MatchFacts[]> {
  const facts: MatchFacts[] = [];
  for (const match of matches) {
    facts.push({ match, mentorship: match.mentorshipId === null ? null : ((yield* wait(tx.mentorship(match.mentorshipId))) ?? null) });
  }
  return facts;
}

function* cohortOrNotFound(records: CohortReads, id: string): Op<Cohort> {
  const cohortId = parseInput(Id, id, 'cohort id', 'id');
  const cohort = yield* wait(records.cohort(cohortId));
  if (!cohort) throw cohortNotFound('cohort', cohortId);
  return cohort;
}

/** The facts a run, an edit and a publication read: the pool, the matches, the applicants' history. */
function* runFactsOf(tx: StoreReads, cohort: Cohort, call: Call): Op<RunFacts> {
  const records = tx.cohortRecords;
  const applications = yield* wait(records.applications(cohort.id));
  const matches = yield* matchFactsOf(tx, yield* wait(records.matches(cohort.id)));
  const ids = [...new Set(applications.map((a) => a.memberId))];
  const members = yield* wait(tx.members(ids));
  const counts = yield* wait(tx.activeCounts(ids));
  const pool = poolOf({ cohort, applications, matches, members, activeCounts: counts, settings: call.settings });
  const history = yield* wait(records.mentorshipsAmong(ids));
  return { cohortId: cohort.id, pool, matches, history, settings: call.settings, now: call.now, runBy: call.viewerId };
}

// ---------------------------------------------------------------------------------------------
// What members see.

function* memberMatchOf(tx: StoreReads, facts: MatchFacts, cohort: Cohort, viewerId: string, call: Call): Op<MemberCohortMatch> {
  const { match, mentorship } = facts;
  const role = match.mentorId === viewerId ? 'mentor' : 'mentee';
  const partnerId = role === 'mentor' ? match.menteeId : match.mentorId;
  const partner = memberIn(yield* wait(tx.members([partnerId])), partnerId);
  const relations = yield* relationsOf(tx, viewerId);
  const counts = yield* wait(tx.activeCounts([partnerId]));
  const own = role === 'mentor' ? match.mentorAnswer : match.menteeAnswer;
  const theirs = role === 'mentor' ? match.menteeAnswer : match.mentorAnswer;
  const status = matchStatus(match, mentorship);
  const actions: MemberCohortMatch['actions'] = [];
  if (status === 'proposed' && own === null && call.now.getTime() < Date.parse(match.expiresAt)) actions.push('accept', 'decline');
  if (status === 'active') actions.push('extend');
  return {
    id: match.id,
    cohortId: match.cohortId,
    version: match.version,
    status,
    role,
    partner: memberViewFor(viewerId, partner, relations, counts(partnerId), call),
    score: match.score,
    reasons: match.reasons,
    expiresAt: match.expiresAt,
    answer: own,
    partnerAnswered: theirs !== null,
    declinedBy: match.state !== 'declined' ? null : own?.accepted === false ? 'viewer' : 'partner',
    mentorship: mentorship ? mentorshipFor(mentorship, viewerId) : null,
    extension: match.extension,
    latestEnd: latestEnd(cohort, call.settings).toISOString(),
    actions,
  };
}

function* memberCohortOf(tx: StoreReads, cohort: Cohort, viewer: Member, call: Call): Op<MemberCohort> {
  const records = tx.cohortRecords;
  const applications = (yield* wait(records.applicationsOf(viewer.id))).filter((a) => a.cohortId === cohort.id);
  const mine = (yield* wait(records.matchesOf(viewer.id))).filter((m) => m.cohortId === cohort.id);
  const facts = yield* matchFactsOf(tx, mine);
  const matches: MemberCohortMatch[] = [];
  for (const f of facts) matches.push(yield* memberMatchOf(tx, f, cohort, viewer.id, call));
  const asMentee = applications.find((a) => a.role === 'mentee');
  const endedEarly = facts.some((f) => f.match.menteeId === viewer.id && matchStatus(f.match, f.mentorship) === 'ended-early');
  return {
    cohort,
    windowOpen: isWindowOpen(cohort, call.now),
    canApply: (['mentor', 'mentee'] as const).filter((role) => applicationRefusal(cohort, viewer, role, call.now) === null),
    applications,
    matches,
    canAskRematch: asMentee !== undefined && endedEarly && cohortPlacesLeft(asMentee, facts) === 0 && !facts.some((f) => f.match.menteeId === viewer.id && holdsPlace(matchStatus(f.match, f.mentorship))),
  };
}

// ---------------------------------------------------------------------------------------------
// Telling members, auditing staff.

interface Told {
  settings: ProgramSettings;
  now: Date;
  cohort: Cohort;
}

/** Tells `to` (about `other`) what happened; the program's word. */
function tell(tx: StoreChange, kind: CohortNotificationKind, to: Member, other: Member, told: Told, extra: { mentorshipId?: string | null; date?: string | null; next?: Cohort | null } = {}): void {
  tx.notify(composeCohortNotification(kind, { ...told, to, other, ...extra }));
}

function* audit(tx: StoreChange, facts: AuditFacts): Op<void> {
  yield* wait(tx.appendAudit(auditEntry(facts)));
}

// ---------------------------------------------------------------------------------------------
// The member's operations.

export class CohortService extends ServiceCalls {
  listCohorts(caller: Caller | null): Awaitable<MemberCohort[]> {
    return this.read(caller, function* (tx, call) {
      const viewer = yield* viewerRecord(tx, call.viewerId);
      const cohorts = (yield* wait(tx.cohortRecords.cohorts())).filter((c) => c.state !== 'archived');
      const views: MemberCohort[] = [];
      for (const cohort of cohorts) views.push(yield* memberCohortOf(tx, cohort, viewer, call));
      return views;
    });
  }

  applyToCohort(caller: Caller | null, cohortId: string, role: Role, input: CohortApplicationInput): Awaitable<MemberCohort> {
    return this.change(caller, function* (tx, call) {
      const parsedRole = parseInput(Role, role, 'role', 'role');
      const parsed = parseInput(CohortApplicationInput, input, 'application');
      const member = memberIn(yield* wait(tx.lockMembers([call.viewerId])), call.viewerId);
      const records = tx.cohortRecords;
      const cohort = visibleCohort(yield* wait(records.lockCohort(parseInput(Id, cohortId, 'cohort id', 'id'))), cohortId);
      const existing = (yield* wait(records.applicationsOf(member.id))).find((a) => a.cohortId === cohort.id && a.role === parsedRole);
      const application = planApplication(parsed, { cohort, member, role: parsedRole, existing, settings: call.settings, now: call.now });
      yield* wait(records.putApplication(application));
      tx.recordChange(cohortChangedFor(cohort.id, [member.id]));
      return yield* memberCohortOf(tx, cohort, member, call);
    });
  }

  withdrawApplication(caller: Caller | null, cohortId: string, role: Role): Awaitable<MemberCohort> {
    return this.change(caller, function* (tx, call) {
      const parsedRole = parseInput(Role, role, 'role', 'role');
      const member = memberIn(yield* wait(tx.lockMembers([call.viewerId])), call.viewerId);
      const records = tx.cohortRecords;
      const cohort = visibleCohort(yield* wait(records.lockCohort(parseInput(Id, cohortId, 'cohort id', 'id'))), cohortId);
      const existing = (yield* wait(records.applicationsOf(member.id))).find((a) => a.cohortId === cohort.id && a.role === parsedRole);
      yield* wait(records.putApplication(planWithdrawal(cohort, existing, parsedRole, call.now)));
      tx.recordChange(cohortChangedFor(cohort.id, [member.id]));
      return yield* memberCohortOf(tx, cohort, member, call);
    });
  }

  /** Accept or decline; the second accept makes the mentorship (the program's limits checked again now). */
  answerMatch(caller: Caller | null, matchId: string, input: MatchAnswerInput): Awaitable<MemberCohortMatch> {
    return this.change(caller, function* (tx, call) {
      const id = parseInput(Id, matchId, 'match id', 'id');
      const parsed = parseInput(MatchAnswerInput, input, 'answer');
      const records = tx.cohortRecords;
      const seen = roleInMatch(yield* wait(records.match(id)), call.viewerId, id).match;
      // Members first, then the match: the order every unit locks in.
      const members = yield* wait(tx.lockMembers([seen.mentorId, seen.menteeId]));
      const { match, role } = roleInMatch(yield* wait(records.lockMatch(id)), call.viewerId, id);
      const cohort = yield* cohortOrNotFound(records, match.cohortId);
      let next = applyMatchAnswer(match, role, parsed, call.now);
      const mentor = memberIn(members, match.mentorId);
      const mentee = memberIn(members, match.menteeId);
      const told: Told = { settings: call.settings, now: call.now, cohort };
      if (next.state === 'accepted') {
        const application = (yield* wait(records.applicationsOf(mentee.id))).find((a) => a.cohortId === cohort.id && a.role === 'mentee');
        const active = yield* wait(tx.activeCounts([mentor.id, mentee.id]));
        const planned = planPairing(pairingOf(cohort, match, application, mentee, call.settings), {
          settings: call.settings,
          now: call.now,
          mentor,
          mentee,
          pairHasLiveMentorship: yield* wait(tx.pairHasLiveMentorship(mentor.id, mentee.id)),
          mentorActiveMentees: active(mentor.id).mentees,
          menteeActiveMentors: active(mentee.id).mentors,
        });
        const created: Mentorship = withCohortTerm({ id: tx.newMentorshipId(), ...planned.mentorship }, cohort);
        yield* wait(tx.addMentorship(created));
        next = { ...next, mentorshipId: created.id };
        tx.recordChange(mentorshipChanged(created));
        tx.recordChange(yield* memberChanged(tx, mentor));
        for (const [to, other] of [[mentor, mentee], [mentee, mentor]] as const) {
          tell(tx, 'cohort-match-accepted', to, other, told, { mentorshipId: created.id, date: created.endsAt });
        }
      } else if (next.state === 'declined') {
        const [to, other] = role === 'mentor' ? [mentee, mentor] : [mentor, mentee];
        tell(tx, 'cohort-match-declined', to, other, told);
      }
      yield* wait(records.updateMatch(next));
      tx.recordChange(cohortChangedFor(cohort.id, [match.mentorId, match.menteeId]));
      return yield* memberMatchOf(tx, { match: next, mentorship: next.mentorshipId === null ? null : ((yield* wait(tx.mentorship(next.mentorshipId))) ?? null) }, cohort, call.viewerId, call);
    });
  }

  /** Ask for a new end date, or agree to the partner's: the end moves once both asked for the same date. */
  extendMentorship(caller: Caller | null, mentorshipId: string, input: ExtensionInput): Awaitable<MemberCohortMatch> {
    return this.change(caller, function* (tx, call) {
      const id = parseInput(Id, mentorshipId, 'mentorship id', 'id');
      const parsed = parseInput(ExtensionInput, input, 'extension');
      const records = tx.cohortRecords;
      const seen = yield* wait(records.matchOfMentorship(id));
      if (!seen || (seen.mentorId !== call.viewerId && seen.menteeId !== call.viewerId)) throw cohortNotFound('cohort match', id);
      const members = yield* wait(tx.lockMembers([seen.mentorId, seen.menteeId]));
      const m = yield* wait(tx.lockMentorship(id));
      const match = (yield* wait(records.lockMatch(seen.id))) ?? seen;
      if (!m) throw cohortNotFound('cohort match', id);
      const cohort = yield* cohortOrNotFound(records, match.cohortId);
      const outcome = planExtension(match, m, cohort, call.viewerId, parsed.endsAt, call.settings, call.now);
      let mentorship = m;
      if (outcome.endsAt !== null) {
        mentorship = { ...m, endsAt: outcome.endsAt, version: m.version + 1 };
        yield* wait(tx.updateMentorship(mentorship));
        tx.recordChange(mentorshipChanged(mentorship));
      }
      yield* wait(records.updateMatch(outcome.match));
      const partnerId = match.mentorId === call.viewerId ? match.menteeId : match.mentorId;
      const told: Told = { settings: call.settings, now: call.now, cohort };
      if (outcome.told === 'cohort-extension-asked') {
        tell(tx, 'cohort-extension-asked', memberIn(members, partnerId), memberIn(members, call.viewerId), told, { mentorshipId: m.id, date: outcome.match.extension?.endsAt ?? null });
      } else if (outcome.told === 'cohort-extended') {
        for (const [to, other] of [[call.viewerId, partnerId], [partnerId, call.viewerId]] as const) {
          tell(tx, 'cohort-extended', memberIn(members, to), memberIn(members, other), told, { mentorshipId: m.id, date: mentorship.endsAt });
        }
      }
      tx.recordChange(cohortChangedFor(cohort.id, [match.mentorId, match.menteeId]));
      return yield* memberMatchOf(tx, { match: outcome.match, mentorship }, cohort, call.viewerId, call);
    });
  }

  requestRematch(caller: Caller | null, cohortId: string): Awaitable<MemberCohort> {
    return this.change(caller, function* (tx, call) {
      const member = memberIn(yield* wait(tx.lockMembers([call.viewerId])), call.viewerId);
      const records = tx.cohortRecords;
      const cohort = visibleCohort(yield* wait(records.lockCohort(parseInput(Id, cohortId, 'cohort id', 'id'))), cohortId);
      const application = (yield* wait(records.applicationsOf(member.id))).find((a) => a.cohortId === cohort.id && a.role === 'mentee');
      const matches = yield* matchFactsOf(tx, (yield* wait(records.matchesOf(member.id))).filter((m) => m.cohortId === cohort.id));
      yield* wait(records.putApplication(planRematch(application, matches, member.id, call.now)));
      tx.recordChange(cohortChangedFor(cohort.id, [member.id]));
      return yield* memberCohortOf(tx, cohort, member, call);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Staff's operations.

function* staffItemOf(tx: StoreReads, cohort: Cohort, call: Call): Op<StaffCohortItem> {
  const facts = yield* runFactsOf(tx, cohort, call);
  const applications = yield* wait(tx.cohortRecords.applications(cohort.id));
  const applied = applications.filter((a) => a.status === 'applied');
  const matches = Object.fromEntries(MATCH_STATUSES.map((s) => [s, 0])) as Record<MatchStatus, number>;
  for (const f of facts.matches) matches[matchStatus(f.match, f.mentorship)] += 1;
  const draft = yield* wait(tx.cohortRecords.draft(cohort.id));
  return {
    cohort,
    applicants: { mentors: applied.filter((a) => a.role === 'mentor').length, mentees: applied.filter((a) => a.role === 'mentee').length },
    pool: { mentors: facts.pool.filter((e) => e.application.role === 'mentor').length, mentees: facts.pool.filter((e) => e.application.role === 'mentee').length },
    matches,
    draftVersion: draft?.version ?? null,
  };
}

function* proposalOf(tx: StoreReads, draft: CohortDraft): Op<CohortProposal> {
  const ids = [...new Set([...draft.pairs.flatMap((p) => [p.mentorId, p.menteeId]), ...draft.unmatched.map((u) => u.memberId)])];
  const members = yield* wait(tx.members(ids));
  const ref = (id: string) => memberRef(memberIn(members, id));
  return {
    cohortId: draft.cohortId,
    version: draft.version,
    pairs: draft.pairs.map((p) => ({ mentor: ref(p.mentorId), mentee: ref(p.menteeId), score: p.score, reasons: p.reasons, locked: p.locked })),
    unmatched: draft.unmatched.map((u) => ({ member: ref(u.memberId), role: u.role, ...(u.reason ? { reason: u.reason } : {}) })),
    totalScore: Math.round(draft.pairs.reduce((sum, p) => sum + p.score, 0) * 1e6) / 1e6,
    runAt: draft.runAt,
    runBy: draft.runBy,
  };
}

/** A cohort staff may still work on: not archived. */
function notArchived(cohort: Cohort): Cohort {
  if (cohort.state === 'archived') throw stateConflict(`Cohort ${cohort.id} is archived.`, { state: cohort.state });
  return cohort;
}

const COHORT_AUDIT = { close: 'cohort-close', reopen: 'cohort-reopen', archive: 'cohort-archive' } as const;

export class CohortStaffService extends ServiceCalls {
  protected override admit(caller: Caller): void {
    if (caller.staff !== true) throw staffOnly();
  }

  listCohorts(caller: Caller | null, query: CohortListQuery): Awaitable<StaffCohortItem[]> {
    return this.read(caller, function* (tx, call) {
      const { includeArchived = false } = parseInput(CohortListQuery, query, 'cohort query');
      const items: StaffCohortItem[] = [];
      for (const cohort of yield* wait(tx.cohortRecords.cohorts())) {
        if (includeArchived || cohort.state !== 'archived') items.push(yield* staffItemOf(tx, cohort, call));
      }
      return items;
    });
  }

  getCohort(caller: Caller | null, id: string): Awaitable<StaffCohortItem> {
    return this.read(caller, function* (tx, call) {
      return yield* staffItemOf(tx, yield* cohortOrNotFound(tx.cohortRecords, id), call);
    });
  }

  createCohort(caller: Caller | null, input: CohortInput): Awaitable<StaffCohortItem> {
    return this.change(caller, function* (tx, call) {
      const parsed = parseInput(CohortInput, input, 'cohort');
      const cohort = newCohort(tx.cohortRecords.newCohortId(), parsed, call.now);
      yield* wait(tx.cohortRecords.addCohort(cohort));
      tx.recordChange(cohortChanged(cohort));
      yield* audit(tx, { actorId: call.viewerId, action: 'cohort-create', subject: { kind: 'cohort', id: cohort.id }, reason: parsed.reason ?? null, now: call.now, before: null, after: cohort });
      return yield* staffItemOf(tx, cohort, call);
    });
  }

  updateCohort(caller: Caller | null, id: string, update: CohortUpdate): Awaitable<StaffCohortItem> {
    return this.change(caller, function* (tx, call) {
      const parsed = parseInput(CohortUpdate, update, 'cohort');
      const before = yield* lockedCohort(tx, id);
      const cohort = applyCohortUpdate(before, parsed, call.now);
      yield* wait(tx.cohortRecords.updateCohort(cohort));
      tx.recordChange(cohortChanged(cohort));
      yield* audit(tx, { actorId: call.viewerId, action: 'cohort-update', subject: { kind: 'cohort', id: cohort.id }, reason: parsed.reason ?? null, now: call.now, before, after: cohort });
      return yield* staffItemOf(tx, cohort, call);
    });
  }

  actOnCohort(caller: Caller | null, id: string, action: CohortAction, input: StaffActionInput): Awaitable<StaffCohortItem> {
    return this.change(caller, function* (tx, call) {
      checkAction(CohortAction.options, action);
      const parsed = parseInput(StaffActionInput, input, 'staff action');
      const before = yield* lockedCohort(tx, id);
      const cohort = applyCohortAction(before, action, parsed.version, call.now);
      yield* wait(tx.cohortRecords.updateCohort(cohort));
      if (action === 'archive') yield* wait(tx.cohortRecords.deleteDraft(cohort.id));
      tx.recordChange(cohortChanged(cohort));
      yield* audit(tx, { actorId: call.viewerId, action: COHORT_AUDIT[action], subject: { kind: 'cohort', id: cohort.id }, reason: parsed.reason, now: call.now, before, after: cohort });
      return yield* staffItemOf(tx, cohort, call);
    });
  }

  listApplicants(caller: Caller | null, cohortId: string, query: ApplicantQuery): Awaitable<StaffApplicant[]> {
    return this.read(caller, function* (tx, call) {
      const { role, status } = parseInput(ApplicantQuery, query, 'applicant query');
      const cohort = yield* cohortOrNotFound(tx.cohortRecords, cohortId);
      const facts = yield* runFactsOf(tx, cohort, call);
      const applications = (yield* wait(tx.cohortRecords.applications(cohort.id)))
        .filter((a) => (role === undefined || a.role === role) && (status === undefined || a.status === status));
      const members = yield* wait(tx.members(applications.map((a) => a.memberId)));
      const byRoleThenName = (a: CohortApplication, b: CohortApplication) =>
        (a.role === b.role ? 0 : a.role === 'mentor' ? -1 : 1) ||
        memberIn(members, a.memberId).name.localeCompare(memberIn(members, b.memberId).name, 'en') ||
        a.memberId.localeCompare(b.memberId);
      return applications.sort(byRoleThenName).map((application) => {
        const entry = facts.pool.find((e) => e.application.memberId === application.memberId && e.application.role === application.role);
        return {
          application,
          member: memberRef(memberIn(members, application.memberId)),
          inPool: entry !== undefined,
          placesLeft: entry?.places ?? 0,
        };
      });
    });
  }

  runMatching(caller: Caller | null, cohortId: string, input: RunMatchingInput): Awaitable<CohortProposal> {
    return this.change(caller, function* (tx, call) {
      const parsed = parseInput(RunMatchingInput, input, 'run');
      const cohort = notArchived(yield* lockedCohort(tx, cohortId));
      const previous = yield* wait(tx.cohortRecords.draft(cohort.id));
      const draft = runCohortMatching(yield* runFactsOf(tx, cohort, call), previous);
      yield* wait(tx.cohortRecords.saveDraft(draft));
      tx.recordChange({ kind: 'cohort', id: cohort.id, audience: [] });
      yield* audit(tx, {
        actorId: call.viewerId, action: 'cohort-run', subject: { kind: 'cohort', id: cohort.id }, reason: parsed.reason ?? null, now: call.now,
        before: previous ? { version: previous.version, pairs: previous.pairs.length } : null,
        after: { version: draft.version, pairs: draft.pairs.length, unmatched: draft.unmatched.length },
      });
      return yield* proposalOf(tx, draft);
    });
  }

  getProposal(caller: Caller | null, cohortId: string): Awaitable<CohortProposal | null> {
    return this.read(caller, function* (tx) {
      const cohort = yield* cohortOrNotFound(tx.cohortRecords, cohortId);
      const draft = yield* wait(tx.cohortRecords.draft(cohort.id));
      return draft ? yield* proposalOf(tx, draft) : null;
    });
  }

  editProposal(caller: Caller | null, cohortId: string, edit: ProposalEdit): Awaitable<CohortProposal> {
    return this.change(caller, function* (tx, call) {
      const parsed = parseInput(ProposalEdit, edit, 'proposal edit');
      const cohort = notArchived(yield* lockedCohort(tx, cohortId));
      const draft = yield* draftAt(tx, cohort, parsed.version);
      const next = editDraft(draft, parsed, yield* runFactsOf(tx, cohort, call));
      yield* wait(tx.cohortRecords.saveDraft(next));
      tx.recordChange({ kind: 'cohort', id: cohort.id, audience: [] });
      const { reason = null, ...what } = parsed;
      yield* audit(tx, { actorId: call.viewerId, action: 'cohort-edit', subject: { kind: 'cohort', id: cohort.id }, reason, now: call.now, before: { version: draft.version }, after: { version: next.version, edit: what } });
      return yield* proposalOf(tx, next);
    });
  }

  /** Exactly once: the cohort is locked, and the draft of that version is gone once published. */
  publishProposal(caller: Caller | null, cohortId: string, input: PublishInput): Awaitable<PublishResult> {
    return this.change(caller, function* (tx, call) {
      const parsed = parseInput(PublishInput, input, 'publication');
      const before = notArchived(yield* lockedCohort(tx, cohortId));
      const draft = yield* draftAt(tx, before, parsed.version);
      const facts = yield* runFactsOf(tx, before, call);
      const broken = brokenPairs(draft, facts);
      if (broken.length > 0) {
        throw stateConflict('Some pairs of the draft no longer hold (a member withdrew, paused or was matched meanwhile): run the matching again.', {
          pairs: broken.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId })),
        });
      }
      const members = yield* wait(tx.members(draft.pairs.flatMap((p) => [p.mentorId, p.menteeId])));
      const cohort: Cohort = { ...before, publishedAt: call.now.toISOString(), version: before.version + 1, updatedAt: call.now.toISOString() };
      const told: Told = { settings: call.settings, now: call.now, cohort };
      for (const pair of draft.pairs) {
        const match = newMatch(tx.cohortRecords.newMatchId(), cohort.id, pair, call.settings, call.now);
        yield* wait(tx.cohortRecords.addMatch(match));
        const mentor = memberIn(members, pair.mentorId);
        const mentee = memberIn(members, pair.menteeId);
        tell(tx, 'cohort-match-proposed', mentor, mentee, told, { date: match.expiresAt });
        tell(tx, 'cohort-match-proposed', mentee, mentor, told, { date: match.expiresAt });
      }
      yield* wait(tx.cohortRecords.deleteDraft(cohort.id));
      yield* wait(tx.cohortRecords.updateCohort(cohort));
      tx.recordChange(cohortChangedFor(cohort.id, draft.pairs.flatMap((p) => [p.mentorId, p.menteeId])));
      yield* audit(tx, {
        actorId: call.viewerId, action: 'cohort-publish', subject: { kind: 'cohort', id: cohort.id }, reason: parsed.reason ?? null, now: call.now,
        before: { version: draft.version }, after: { published: draft.pairs.length },
      });
      return { cohort, published: draft.pairs.length };
    });
  }

  listCohortMatches(caller: Caller | null, cohortId: string, query: MatchListQuery): Awaitable<StaffCohortMatch[]> {
    return this.read(caller, function* (tx) {
      const { status } = parseInput(MatchListQuery, query, 'match query');
      const cohort = yield* cohortOrNotFound(tx.cohortRecords, cohortId);
      const facts = yield* matchFactsOf(tx, yield* wait(tx.cohortRecords.matches(cohort.id)));
      const members = yield* wait(tx.members(facts.flatMap(({ match }) => [match.mentorId, match.menteeId])));
      return facts
        .map(({ match, mentorship }) => ({
          match,
          status: matchStatus(match, mentorship),
          mentor: memberRef(memberIn(members, match.mentorId)),
          mentee: memberRef(memberIn(members, match.menteeId)),
          mentorship,
        }))
        .filter((item) => status === undefined || item.status === status);
    });
  }
}

function* lockedCohort(tx: StoreChange, id: string): Op<Cohort> {
  const cohortId = parseInput(Id, id, 'cohort id', 'id');
  const cohort = yield* wait(tx.cohortRecords.lockCohort(cohortId));
  if (!cohort) throw cohortNotFound('cohort', cohortId);
  return cohort;
}

/** The cohort's draft at the version staff reviewed: `conflict` (`state`) without one, (`stale`) for another version. */
function* draftAt(tx: StoreReads, cohort: Cohort, version: number): Op<CohortDraft> {
  const draft = yield* wait(tx.cohortRecords.draft(cohort.id));
  if (!draft) throw stateConflict(`Cohort ${cohort.id} has no draft to edit or publish (published already, or never run).`, { state: 'no-draft' });
  if (draft.version !== version) throw staleConflict('draft', draft.version);
  return draft;
}
