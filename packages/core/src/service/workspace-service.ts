// The workspace service: a mentorship's workspace (goals, meetings, cadence, next meeting and its calendar
// file), a requester's follow-up, and staff's view of which pairs have met, written once over any store, as
// the mentoring service's operations are (calls.ts runs each call's prologue and unit of work). Only the two
// partners read or change what a workspace holds: anyone else gets `not-found`, as for the mentorship
// itself, except staff, who may know it exists and get `forbidden` (`partners-only`).
import { MentoringError, notFound, parseInput } from '../errors.ts';
import { meetingIcs } from '../ics.ts';
import { isParticipant, partnerOf } from '../lifecycle.ts';
import { checkFollowUp, composeNudge } from '../nudges.ts';
import { Id } from '../schemas/common.ts';
import type { Mentorship } from '../schemas/mentorship.ts';
import { WorkspaceChange, type FollowUpSent, type Workspace, type WorkspaceSummary, type WorkspaceSummaryQuery } from '../schemas/workspace.ts';
import { applyWorkspaceChange, emptyWorkspace, hasWorkspace, workspaceFor, workspaceSummary } from '../workspace.ts';
import { ServiceCalls, setNudgeJob, type Caller } from './calls.ts';
import { runNudges } from './nudge-jobs.ts';
import { wait, type Awaitable, type Op } from './op.ts';
import type { StoreReads } from './store.ts';
import { memberIn, mentorshipChanged } from './unit.ts';

setNudgeJob(runNudges);

/** The most pairs staff's list of workspaces shows, the longest running first. */
export const WORKSPACE_SUMMARY_LIMIT = 500;


export class WorkspaceService extends ServiceCalls {
  getWorkspace(caller: Caller | null, mentorshipId: string): Awaitable<Workspace> {
    return this.read(caller, function* (tx, { viewerId, staff }) {
      const m = yield* partnersMentorship(tx, mentorshipId, viewerId, staff);
      return workspaceFor((yield* wait(tx.workspace(m.id))) ?? emptyWorkspace(m), m);
    });
  }

  /** One change by a partner; `conflict` (`read-only`) once the mentorship has ended. Both partners hear of it. */
  changeWorkspace(caller: Caller | null, mentorshipId: string, input: WorkspaceChange): Awaitable<Workspace> {
    return this.change(caller, function* (tx, { viewerId, staff, now }) {
      const seen = yield* partnersMentorship(tx, mentorshipId, viewerId, staff);
      const change = parseInput(WorkspaceChange, input, 'workspace change');
      // The mentorship's lock orders the partners' changes: both are kept, neither overwrites the other.
      const m = (yield* wait(tx.lockMentorship(seen.id))) ?? seen;
      const record = (yield* wait(tx.workspace(m.id))) ?? emptyWorkspace(m);
      const next = applyWorkspaceChange(record, change, { m, actorId: viewerId, now });
      yield* wait(tx.saveWorkspace(next));
      tx.recordChange(mentorshipChanged(m));
      return workspaceFor(next, m);
    });
  }

  /** The next meeting as an iCalendar file (ics.ts); `not-found` when none is planned. */
  nextMeetingIcs(caller: Caller | null, mentorshipId: string): Awaitable<string> {
    return this.read(caller, function* (tx, { viewerId, staff, settings, now }) {
      const m = yield* partnersMentorship(tx, mentorshipId, viewerId, staff);
      const meeting = ((yield* wait(tx.workspace(m.id))) ?? emptyWorkspace(m)).nextMeeting;
      if (!meeting) throw new MentoringError('not-found', 'No next meeting is planned in this workspace.', { details: { id: m.id } });
      const members = yield* wait(tx.members([m.mentorId, m.menteeId]));
      const partners = [m.mentorId, m.menteeId].map((id) => {
        const member = memberIn(members, id);
        return { name: member.name, timeZone: member.timeZone };
      });
      return meetingIcs({ mentorshipId: m.id, meeting, partners, programName: settings.name, now });
    });
  }

  /**
   * The requester of a request unanswered for the program's days sends its recipient one follow-up
   * (nudges.ts `checkFollowUp`); not-found for a request the viewer is not part of.
   */
  followUp(caller: Caller | null, mentorshipId: string): Awaitable<FollowUpSent> {
    return this.change(caller, function* (tx, { viewerId, settings, now }) {
      const id = parseInput(Id, mentorshipId, 'mentorship id', 'id');
      const seen = yield* wait(tx.mentorship(id));
      if (!seen || !isParticipant(seen, viewerId)) throw notFound('mentorship', id);
      const members = yield* wait(tx.lockMembers([seen.mentorId, seen.menteeId]));
      const m = (yield* wait(tx.lockMentorship(id))) ?? seen;
      const record = (yield* wait(tx.workspace(id))) ?? emptyWorkspace(m);
      checkFollowUp(m, record, viewerId, settings, now);
      const sentAt = now.toISOString();
      yield* wait(tx.saveWorkspace({ ...record, nudges: { ...record.nudges, 'follow-up': sentAt } }));
      const recipientId = partnerOf(m, viewerId);
      tx.notify(composeNudge('follow-up', m, memberIn(members, recipientId), memberIn(members, viewerId), settings, now));
      tx.recordChange(mentorshipChanged(m));
      return { mentorshipId: id, sentAt };
    });
  }

  /** Staff: every active pair, whether and when it last met (never what its workspace holds). */
  workspaceSummaries(caller: Caller | null, options: WorkspaceSummaryQuery = {}): Awaitable<WorkspaceSummary[]> {
    return this.read(caller, function* (tx, { staff }) {
      if (!staff) throw new MentoringError('forbidden', 'Only program staff may use the program office.', { reason: 'staff-only' });
      const pairs = yield* wait(tx.activeWithWorkspaces(WORKSPACE_SUMMARY_LIMIT));
      const summaries = pairs.map(({ mentorship, workspace }) => workspaceSummary(mentorship, workspace))
        .sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? '') || a.mentorshipId.localeCompare(b.mentorshipId));
      return options.withoutMeeting ? summaries.filter((summary) => summary.meetingCount === 0) : summaries;
    });
  }
}

/**
 * The mentorship whose workspace the viewer asks for: `not-found` for an unknown id, a request not yet
 * accepted, and anyone outside the pair (as for the mentorship itself); staff outside the pair may know it
 * exists: `forbidden` (`partners-only`).
 */
function* partnersMentorship(tx: StoreReads, mentorshipId: string, viewerId: string, staff: boolean): Op<Mentorship> {
  const id = parseInput(Id, mentorshipId, 'mentorship id', 'id');
  const m = yield* wait(tx.mentorship(id));
  if (!m || !hasWorkspace(m) || (!staff && !isParticipant(m, viewerId))) throw notFound('mentorship', id);
  if (!isParticipant(m, viewerId)) {
    throw new MentoringError('forbidden', 'A workspace is its two partners\' alone.', { reason: 'partners-only' });
  }
  return m;
}
