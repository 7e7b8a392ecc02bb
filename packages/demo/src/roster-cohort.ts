// The cohorts' share of the seeded roster (issue 14): one cohort open for applications, with mentors and
// mentees of the roster's head already applied, so a newcomer can play the program office (run the matching,
// review it, publish it) and then, signed in as each side of a pair, accept. Built with core's own rules
// (newCohort, planApplication), so every record is one the program could have produced.
import {
  DAY_MS, newCohort, planApplication, standingOf, type CohortApplication, type Member, type Mentorship, type ProgramSettings,
  type SavedCohorts,
} from '@mentor-match/core';
import type { RosterIds } from './ids.ts';

/** How many of each role have applied. */
export const COHORT_MENTORS = 6;
export const COHORT_MENTEES = 8;

/** Applications opened a week before `now` and close in two weeks; the year-long term starts three weeks on. */
export function seededCohort(members: readonly Member[], mentorships: readonly Mentorship[], now: Date, ids: RosterIds, settings: ProgramSettings): SavedCohorts {
  const day = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString();
  const cohort = newCohort(ids.cohort(0), {
    name: 'Spring mentoring cohort',
    roles: ['mentor', 'mentee'],
    applicationsOpenAt: day(-7),
    applicationsCloseAt: day(14),
    matchAt: day(15),
    termStartsAt: day(21),
    termEndsAt: day(21 + 365),
  }, new Date(now.getTime() - 7 * DAY_MS));
  const active = new Map<string, number>();
  for (const m of mentorships) if (m.state === 'active') for (const id of [m.mentorId, m.menteeId]) active.set(id, (active.get(id) ?? 0) + 1);
  // Taking part and with room: the head of the roster, whom the in-page demo signs in first.
  const free = (m: Member) => standingOf(m).participating && (active.get(m.id) ?? 0) === 0;
  const mentors = members.filter((m) => m.mentor !== null && standingOf(m).mentor !== null && free(m)).slice(0, COHORT_MENTORS);
  const mentees = members.filter((m) => m.mentee !== null && free(m)).slice(0, COHORT_MENTEES);
  const applications: CohortApplication[] = [];
  const applyAs = (member: Member, role: 'mentor' | 'mentee', daysAgo: number) => {
    const profile = member[role];
    if (!profile) return;
    const topics = profile.topics.filter((id) => settings.topics.some((topic) => topic.id === id && topic.retired !== true)).slice(0, 10);
    if (topics.length === 0) return;
    applications.push(planApplication(
      { topics, statement: profile.statement, capacity: Math.min(2, member.availability.capacity), avoid: [] },
      { cohort, member, role, existing: undefined, settings, now: new Date(now.getTime() - daysAgo * DAY_MS) },
    ));
  };
  mentors.forEach((m, i) => applyAs(m, 'mentor', 6 - (i % 6)));
  mentees.forEach((m, i) => applyAs(m, 'mentee', 6 - (i % 6)));
  return { cohorts: [cohort], applications, drafts: [], matches: [] };
}
