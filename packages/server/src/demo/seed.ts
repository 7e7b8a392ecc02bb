// The demo roster: on the first start of an empty database, the demo package's roster of the day (the same
// members, mentorships, concerns and open cohort the in-page demo shows) is stored, with the notifications those
// mentorships sent, so `npm start` opens on a living program.
import type { Clock, ProgramSettings } from '@mentor-match/core';
import { demoRoster } from '@mentor-match/demo';
import type { Database } from '../db/database.ts';
import { ADVISORY_SEED, advisoryLock } from '../store/locks.ts';
import { countMembers, insertMembers } from '../store/members.ts';
import { insertMentorships } from '../store/mentorships.ts';
import { insertConcern } from '../store/concerns.ts';
import { SqlCohortRecords } from '../store/cohorts.ts';
import { insertWorkspaces } from '../store/workspace.ts';
import { listNotifications } from '../store/notifications.ts';

export interface SeedOptions {
  settings: ProgramSettings;
  clock: Clock;
  size: number;
  seed: number;
}

/** Seeds the roster if there are no members yet; returns how many members were stored (0: already had some). */
export async function seedDemoRoster(db: Database, options: SeedOptions): Promise<number> {
  return db.transaction(async (tx) => {
    // Instances starting together: one seeds, the others then find members and do nothing.
    await advisoryLock(tx, ADVISORY_SEED, 0);
    if ((await countMembers(tx)) > 0) return 0;
    const now = options.clock.now();
    const roster = demoRoster({ now, size: options.size, seed: options.seed, settings: options.settings });
    await insertMembers(tx, roster.members, now);
    await insertMentorships(tx, roster.mentorships);
    for (const concern of roster.concerns) await insertConcern(tx, concern);
    // The open cohort with its applicants (issue 14).
    const cohorts = new SqlCohortRecords(tx);
    for (const cohort of roster.cohorts.cohorts) await cohorts.addCohort(cohort);
    for (const application of roster.cohorts.applications) await cohorts.putApplication(application);
    await insertWorkspaces(tx, roster.workspaces);
    // Each member's bell opens on what they were told so far (not emailed again).
    await listNotifications(tx, roster.notifications);
    return roster.members.length;
  }, { unbounded: true });
}
