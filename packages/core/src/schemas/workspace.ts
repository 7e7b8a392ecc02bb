// A mentorship's workspace: what its two partners agreed and did (goals with milestones, the meetings they
// logged, the cadence they meet at, the next meeting), and the nudges the program's clock has sent the pair.
// Only the two partners see what it holds; staff see only its counts (`WorkspaceSummary`).
import * as z from 'zod/mini';
import { CalendarDate, Id, Instant, TimeZone, text } from './common.ts';

export const CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;
export const Cadence = z.enum(CADENCES);
export type Cadence = z.infer<typeof Cadence>;

export const GOAL_STATUSES = ['open', 'in-progress', 'achieved', 'dropped'] as const;
export const GoalStatus = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const Milestone = z.strictObject({
  id: Id,
  title: text(300, 1),
  done: z.boolean(),
});
export type Milestone = z.infer<typeof Milestone>;

export const Goal = z.strictObject({
  id: Id,
  title: text(500, 1),
  status: GoalStatus,
  milestones: z.array(Milestone).check(z.maxLength(20)),
  /** The partner who added it; null: seeded from the request's goals. */
  addedBy: z.nullable(Id),
  addedAt: Instant,
});
export type Goal = z.infer<typeof Goal>;

export const Meeting = z.strictObject({
  id: Id,
  /** The day it was held (a day, not an instant: the partners may live on different days). */
  date: CalendarDate,
  minutes: z.int().check(z.gte(1), z.lte(24 * 60)),
  notes: text(4000),
  nextSteps: text(2000),
  loggedBy: Id,
  loggedAt: Instant,
});
export type Meeting = z.infer<typeof Meeting>;

/** The next meeting: when it starts (an instant), how long it lasts, and the time zone it was planned in. */
export const NextMeeting = z.strictObject({
  start: Instant,
  minutes: z.int().check(z.gte(5), z.lte(24 * 60)),
  timeZone: TimeZone,
  setBy: Id,
});
export type NextMeeting = z.infer<typeof NextMeeting>;

/** The nudges the program's clock sends a pair (nudges.ts decides when); `follow-up` is the requester's own. */
export const NUDGE_KINDS = ['first-meeting', 'check-in', 'term-end', 'follow-up'] as const;
export type NudgeKind = (typeof NUDGE_KINDS)[number];

/** The workspace as stored: one per mentorship, made the first time it is written. */
export const WorkspaceRecord = z.strictObject({
  /** Its mentorship's id: a mentorship has one workspace. */
  id: Id,
  /** Goes up by one on every change. */
  version: z.int().check(z.gte(1)),
  cadence: z.nullable(Cadence),
  nextMeeting: z.nullable(NextMeeting),
  goals: z.array(Goal).check(z.maxLength(50)),
  /** Newest first. */
  meetings: z.array(Meeting).check(z.maxLength(500)),
  /** Each nudge sent, once, by its key (nudges.ts `nudgeKey`), with when. */
  nudges: z.record(z.string(), Instant),
  updatedAt: z.nullable(Instant),
});
export type WorkspaceRecord = z.infer<typeof WorkspaceRecord>;

/** What a partner sees: the record without the nudges' bookkeeping, and whether it may still change. */
export const Workspace = z.strictObject({
  mentorshipId: Id,
  version: z.int().check(z.gte(1)),
  /** The mentorship has ended (completed or ended): kept with its history, read only. */
  readOnly: z.boolean(),
  cadence: z.nullable(Cadence),
  nextMeeting: z.nullable(NextMeeting),
  goals: z.array(Goal),
  meetings: z.array(Meeting),
  updatedAt: z.nullable(Instant),
});
export type Workspace = z.infer<typeof Workspace>;

/** What staff may know of a workspace: that it exists, and whether the pair has met, never what it holds. */
export const WorkspaceSummary = z.strictObject({
  mentorshipId: Id,
  mentorId: Id,
  menteeId: Id,
  startedAt: z.nullable(Instant),
  meetingCount: z.int().check(z.gte(0)),
  lastMeetingOn: z.nullable(CalendarDate),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>;

/** One change a partner makes to the workspace. `version`: the one they saw; a newer one is a `conflict`. */
export const WorkspaceChange = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('add-goal'),
    title: text(500, 1),
    milestones: z.optional(z.array(text(300, 1)).check(z.maxLength(20))),
  }),
  z.strictObject({ type: z.literal('set-goal-status'), goalId: Id, status: GoalStatus }),
  z.strictObject({ type: z.literal('add-milestone'), goalId: Id, title: text(300, 1) }),
  z.strictObject({ type: z.literal('set-milestone'), goalId: Id, milestoneId: Id, done: z.boolean() }),
  z.strictObject({
    type: z.literal('log-meeting'),
    date: CalendarDate,
    minutes: z.int().check(z.gte(1), z.lte(24 * 60)),
    notes: text(4000),
    nextSteps: text(2000),
  }),
  z.strictObject({ type: z.literal('set-cadence'), cadence: z.nullable(Cadence) }),
  z.strictObject({
    type: z.literal('set-next-meeting'),
    start: z.nullable(Instant),
    minutes: z.optional(z.int().check(z.gte(5), z.lte(24 * 60))),
    timeZone: z.optional(TimeZone),
  }),
]);
export type WorkspaceChange = z.infer<typeof WorkspaceChange>;
export const WORKSPACE_CHANGE_TYPES = ['add-goal', 'set-goal-status', 'add-milestone', 'set-milestone', 'log-meeting', 'set-cadence', 'set-next-meeting'] as const;

/** `POST /mentorships/{id}/follow-up`'s answer: the follow-up went, at `sentAt`. */
export const FollowUpSent = z.strictObject({ mentorshipId: Id, sentAt: Instant });
export type FollowUpSent = z.infer<typeof FollowUpSent>;

/** `GET /staff/workspaces`: every active pair's summary, or (`withoutMeeting`) those with no meeting logged. */
export const WorkspaceSummaryQuery = z.strictObject({ withoutMeeting: z.optional(z.boolean()) });
export type WorkspaceSummaryQuery = z.infer<typeof WorkspaceSummaryQuery>;
export const WorkspaceSummaryList = z.strictObject({ items: z.array(WorkspaceSummary) });
export type WorkspaceSummaryList = z.infer<typeof WorkspaceSummaryList>;
