// The demo program as `npm start` seeds it and the in-page demo starts it: the roster of the day with the
// program office's work (mentors awaiting approval, concerns), the member who has not enrolled yet, and the office.
import type { ConcernRecord, Notification, ProgramSettings, SavedCohorts, WorkspaceRecord } from '@mentor-match/core';
import { RosterIds } from './ids.ts';
import { DEMO_ROSTER_SEED, DEMO_ROSTER_SIZE, generateRoster, startOfUtcDay, type Roster } from './roster.ts';
import { seededConcerns, withMentorsAwaitingApproval } from './roster-office.ts';
import { seededCohort } from './roster-cohort.ts';
import { seededWorkspaces } from './roster-workspaces.ts';
import { demoNotifications } from './notifications.ts';
import { DEMO_PROGRAM_SETTINGS } from './settings.ts';

export { DEMO_PROGRAM_SETTINGS };

/**
 * The demo's member who has not enrolled yet ("A new member" under "Signed in as"), for trying enrolment
 * from scratch. Not in the roster: the in-page demo and the demo server create them on first sign-in.
 */
export const DEMO_NEWCOMER = Object.freeze({ id: 'demo-new-member', name: 'Alex Newcomer', email: 'alex.newcomer@members.example.org' });

/**
 * The demo's program office ("Program office" under "Signed in as"): a staff member, not enrolled, who opens
 * the office page. The in-page demo names them staff; the demo server marks their session's token staff.
 */
export const DEMO_STAFF = Object.freeze({ id: 'demo-program-office', name: 'Program office', email: 'mentoring@northbridge.example.org' });

export interface DemoRosterOptions {
  /** Any instant of the day the roster is for. */
  now: Date;
  /** Default: DEMO_ROSTER_SIZE. */
  size?: number;
  /** Default: DEMO_ROSTER_SEED. */
  seed?: number;
  /** Default: DEMO_PROGRAM_SETTINGS. */
  settings?: ProgramSettings;
}

/**
 * The demo roster as of the start of `now`'s UTC day: the server seeding its database and a page starting
 * the in-page demo on the same day tell the same story (the same members, mentorships and dates).
 */
export function demoRoster({ now, size = DEMO_ROSTER_SIZE, seed = DEMO_ROSTER_SEED, settings = DEMO_PROGRAM_SETTINGS }: DemoRosterOptions): DemoRoster {
  const day = startOfUtcDay(now);
  const { members: generated, mentorships } = generateRoster({ size, seed, settings, now: day });
  const members = withMentorsAwaitingApproval(generated, mentorships);
  const ids = new RosterIds(seed);
  return {
    members,
    mentorships,
    concerns: seededConcerns(mentorships, day, ids, DEMO_STAFF.id),
    cohorts: seededCohort(members, mentorships, day, ids, settings),
    workspaces: seededWorkspaces(mentorships, day),
    notifications: demoNotifications(members, mentorships, settings),
  };
}

/** The roster, the concerns its members have raised with the program office, and the open cohort they applied to. */
export interface DemoRoster extends Roster {
  concerns: ConcernRecord[];
  cohorts: SavedCohorts;
  /** The active mentorships' workspaces: goals, a cadence, meetings (roster-workspaces.ts). */
  workspaces: WorkspaceRecord[];
  /** What the mentorships told their members, oldest first: each member's bell starts with it (notifications.ts). */
  notifications: Notification[];
}
