// The cohort rules a cohort's first records are made with: a new cohort, its application window, and a member's
// application. Apart from cohorts.ts (whose other rules run only where cohorts are in use) because the in-page
// demo's seeded roster builds its open cohort with them before the first search (demo/src/roster-cohort.ts),
// so the demo's first paint downloads these, not every cohort rule. cohorts.ts re-exports them.
import { MentoringError } from './errors.ts';
import { notOffered } from './settings-rules.ts';
import { isSuspended, mentorRoleApproved } from './standing.ts';
import type { Cohort, CohortApplication, CohortApplicationInput, CohortInput, CohortUpdate } from './schemas/cohort.ts';
import type { Role } from './schemas/common.ts';
import type { Member } from './schemas/member.ts';
import type { ProgramSettings } from './schemas/settings.ts';

export const windowClosed = (cohort: Cohort): MentoringError =>
  new MentoringError('unavailable', `Cohort ${cohort.id} takes no applications now.`, {
    reason: 'window-closed',
    details: { cohortId: cohort.id, opensAt: cohort.applicationsOpenAt, closesAt: cohort.applicationsCloseAt, state: cohort.state },
  });

/** Applications are taken: the cohort is open and `now` is inside its window. */
export const isWindowOpen = (cohort: Cohort, now: Date): boolean =>
  cohort.state === 'open' && Date.parse(cohort.applicationsOpenAt) <= now.getTime() && now.getTime() < Date.parse(cohort.applicationsCloseAt);

/** A cohort's own fields, from staff's input (a new cohort's, an edit's). */
export const cohortFieldsOf = (input: CohortInput | CohortUpdate) => ({
  name: input.name,
  roles: [...input.roles],
  applicationsOpenAt: input.applicationsOpenAt,
  applicationsCloseAt: input.applicationsCloseAt,
  matchAt: input.matchAt,
  termStartsAt: input.termStartsAt,
  termEndsAt: input.termEndsAt,
});

export function newCohort(id: string, input: CohortInput, now: Date): Cohort {
  const at = now.toISOString();
  return { id, version: 1, state: 'open', ...cohortFieldsOf(input), createdAt: at, updatedAt: at, publishedAt: null };
}

export interface ApplicationFacts {
  cohort: Cohort;
  member: Member;
  role: Role;
  existing: CohortApplication | undefined;
  settings: ProgramSettings;
  now: Date;
}

/** Why a member may not apply in `role` now, or null: the cohort's roles, its window, their enrolment and standing. */
export function applicationRefusal(cohort: Cohort, member: Member, role: Role, now: Date): MentoringError | null {
  if (!cohort.roles.includes(role)) {
    return new MentoringError('validation', `Cohort ${cohort.id} does not take ${role}s.`, { field: 'role', details: { roles: cohort.roles } });
  }
  if (!isWindowOpen(cohort, now)) return windowClosed(cohort);
  if (member[role] === null) {
    return new MentoringError('unavailable', `You are not enrolled as a ${role}.`, { reason: 'not-enrolled', details: { memberId: member.id, role } });
  }
  if (isSuspended(member)) return new MentoringError('forbidden', 'Your participation is suspended.', { reason: 'suspended' });
  if (role === 'mentor' && !mentorRoleApproved(member)) {
    return new MentoringError('forbidden', 'The program office has not approved you as a mentor yet.', { reason: 'awaiting-approval' });
  }
  return null;
}

/** The application as it is after the member applies (or edits it, or applies again after withdrawing). */
export function planApplication(input: CohortApplicationInput, facts: ApplicationFacts): CohortApplication {
  const { cohort, member, role, existing, settings, now } = facts;
  const refusal = applicationRefusal(cohort, member, role, now);
  if (refusal) throw refusal;
  const unknown = notOffered(input.topics, settings.topics, existing?.topics ?? []);
  if (unknown.length > 0) throw new MentoringError('validation', `Topics not offered: ${unknown.join(', ')}.`, { field: 'topics', details: { unknown } });
  if (input.avoid.includes(member.id)) throw new MentoringError('validation', 'You cannot avoid yourself.', { field: 'avoid' });
  const at = now.toISOString();
  return {
    cohortId: cohort.id,
    memberId: member.id,
    role,
    version: (existing?.version ?? 0) + 1,
    status: 'applied',
    topics: [...new Set(input.topics)],
    statement: input.statement,
    capacity: role === 'mentor' ? (input.capacity ?? member.availability.capacity) : 1,
    avoid: [...new Set(input.avoid)],
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    rematchAskedAt: existing?.rematchAskedAt ?? null,
  };
}
