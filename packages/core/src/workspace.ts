// A mentorship's workspace, as pure rules: the record a mentorship starts with (goals seeded from the
// request's), each change a partner makes, what the partners and staff see of it, and when it is read only.
// The workspace service (service/workspace-service.ts) reads the facts and calls these.
import { MentoringError } from './errors.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type {
  Goal, Workspace, WorkspaceChange, WorkspaceRecord, WorkspaceSummary,
} from './schemas/workspace.ts';

/** The most goals a request's text seeds: one per line (or sentence list item), the rest stay in the text. */
const SEEDED_GOALS = 10;

/** A request's goals, one per non-empty line, list markers removed; the whole text when it has one line. */
export function goalsFromRequest(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/u, '').trim())
    .filter((line) => line.length > 0)
    .slice(0, SEEDED_GOALS)
    .map((line) => [...line].slice(0, 500).join(''));
}

/** The workspace a mentorship has before either partner writes in it: the request's goals, open. */
export function emptyWorkspace(m: Mentorship): WorkspaceRecord {
  const at = m.startedAt ?? m.createdAt;
  return {
    id: m.id,
    version: 1,
    cadence: null,
    nextMeeting: null,
    goals: goalsFromRequest(m.goals).map((title, index): Goal => ({
      id: `goal-${index + 1}`, title, status: 'open', milestones: [], addedBy: null, addedAt: at,
    })),
    meetings: [],
    nudges: {},
    updatedAt: null,
  };
}

/** Only an active mentorship's workspace changes; after it ends it is kept, with its history, read only. */
export const isWorkspaceReadOnly = (m: Mentorship): boolean => m.state !== 'active';

/** Has the workspace a place at all: once the request was accepted (active, then completed or ended). */
export const hasWorkspace = (m: Mentorship): boolean => m.startedAt !== null && ['active', 'completed', 'ended'].includes(m.state);

export interface ChangeFacts {
  m: Mentorship;
  actorId: string;
  now: Date;
}

/** The record after `change` by one of the partners; `conflict` (`read-only`) once the mentorship has ended. */
export function applyWorkspaceChange(record: WorkspaceRecord, change: WorkspaceChange, { m, actorId, now }: ChangeFacts): WorkspaceRecord {
  if (isWorkspaceReadOnly(m)) {
    throw new MentoringError('conflict', 'This mentorship has ended: its workspace is read only.', { reason: 'read-only' });
  }
  const at = now.toISOString();
  const next: WorkspaceRecord = { ...record, version: record.version + 1, updatedAt: at };
  switch (change.type) {
    case 'add-goal':
      if (record.goals.length >= 50) throw tooMany('goals', 50);
      next.goals = [...record.goals, {
        id: nextId('goal', record.goals),
        title: change.title,
        status: 'open',
        milestones: (change.milestones ?? []).map((title, index) => ({ id: `ms-${index + 1}`, title, done: false })),
        addedBy: actorId,
        addedAt: at,
      }];
      break;
    case 'set-goal-status':
      next.goals = withGoal(record.goals, change.goalId, (goal) => ({ ...goal, status: change.status }));
      break;
    case 'add-milestone':
      next.goals = withGoal(record.goals, change.goalId, (goal) => {
        if (goal.milestones.length >= 20) throw tooMany('milestones', 20);
        return { ...goal, milestones: [...goal.milestones, { id: nextId('ms', goal.milestones), title: change.title, done: false }] };
      });
      break;
    case 'set-milestone':
      next.goals = withGoal(record.goals, change.goalId, (goal) => {
        if (!goal.milestones.some((milestone) => milestone.id === change.milestoneId)) throw unknown('milestoneId', change.milestoneId);
        return { ...goal, milestones: goal.milestones.map((milestone) => (milestone.id === change.milestoneId ? { ...milestone, done: change.done } : milestone)) };
      });
      break;
    case 'log-meeting': {
      if (record.meetings.length >= 500) throw tooMany('meetings', 500);
      const started = (m.startedAt ?? m.createdAt).slice(0, 10);
      // A day either side of UTC's: the partners may be a day apart, and a meeting is logged by its local day.
      const today = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
      const startedBefore = new Date(Date.parse(started) - 86_400_000).toISOString().slice(0, 10);
      if (change.date < startedBefore || change.date > today) {
        throw new MentoringError('validation', 'A meeting is logged on a day of the mentorship, not in the future.', { field: 'date' });
      }
      const meeting = {
        id: nextId('meeting', record.meetings), date: change.date, minutes: change.minutes, notes: change.notes,
        nextSteps: change.nextSteps, loggedBy: actorId, loggedAt: at,
      };
      // Newest first by the day it was held; a later-logged one of the same day first.
      next.meetings = [meeting, ...record.meetings].sort((a, b) => (a.date === b.date ? b.loggedAt.localeCompare(a.loggedAt) : b.date.localeCompare(a.date)));
      break;
    }
    case 'set-cadence':
      next.cadence = change.cadence;
      break;
    case 'set-next-meeting':
      if (change.start === null) next.nextMeeting = null;
      else {
        if (change.timeZone === undefined) throw new MentoringError('validation', 'A next meeting needs its time zone.', { field: 'timeZone' });
        next.nextMeeting = { start: change.start, minutes: change.minutes ?? 60, timeZone: change.timeZone, setBy: actorId };
      }
      break;
  }
  return next;
}

/** What a partner sees. */
export const workspaceFor = (record: WorkspaceRecord, m: Mentorship): Workspace => ({
  mentorshipId: record.id,
  version: record.version,
  readOnly: isWorkspaceReadOnly(m),
  cadence: record.cadence,
  nextMeeting: record.nextMeeting,
  goals: record.goals,
  meetings: record.meetings,
  updatedAt: record.updatedAt,
});

/** What staff may know: that it exists and whether the pair has met. */
export const workspaceSummary = (m: Mentorship, record: WorkspaceRecord | undefined): WorkspaceSummary => ({
  mentorshipId: m.id,
  mentorId: m.mentorId,
  menteeId: m.menteeId,
  startedAt: m.startedAt,
  meetingCount: record?.meetings.length ?? 0,
  lastMeetingOn: record?.meetings[0]?.date ?? null,
});

/** `prefix-N`, one more than the highest N in use, so an id is never given twice. */
function nextId(prefix: string, items: readonly { id: string }[]): string {
  let highest = 0;
  for (const { id } of items) {
    const n = Number(id.slice(prefix.length + 1));
    if (id.startsWith(`${prefix}-`) && Number.isInteger(n)) highest = Math.max(highest, n);
  }
  return `${prefix}-${highest + 1}`;
}

function withGoal(goals: readonly Goal[], goalId: string, change: (goal: Goal) => Goal): Goal[] {
  if (!goals.some((goal) => goal.id === goalId)) throw unknown('goalId', goalId);
  return goals.map((goal) => (goal.id === goalId ? change(goal) : goal));
}

const unknown = (field: string, id: string): MentoringError =>
  new MentoringError('validation', `No ${field.replace(/Id$/, '')} ${id} in this workspace.`, { field });

const tooMany = (field: string, max: number): MentoringError =>
  new MentoringError('validation', `A workspace holds at most ${max} ${field}.`, { field });
