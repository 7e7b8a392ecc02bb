// The program office's share of the seeded roster (issue 11): a few mentors awaiting approval and a few
// concerns, so the Program office opens on work to do. Built with core's own rules (newConcern,
// applyConcernUpdate), so every record is one the program could have produced; the same roster in → the
// same out. The mentors awaiting approval come from the roster's tail and have no mentorship: the head of the
// roster, which tests and the in-page demo pick from, keeps its participating mentors.
import { DAY_MS, applyConcernUpdate, newConcern, type ConcernRecord, type Member, type Mentorship } from '@mentor-match/core';
import type { RosterIds } from './ids.ts';

/** How many mentors await approval, and how many concerns are raised. */
export const AWAITING_APPROVAL = 3;
export const SEEDED_CONCERNS = 3;

const CONCERN_TEXTS = [
  'We have not managed to meet for six weeks; my messages go unanswered.',
  'Our meetings keep being moved at the last minute. Could the office help us agree a rhythm?',
  'I am not sure the goals we set still fit. Who can I talk to about this?',
];

/** The roster with its last mentor-only members, who mentor nobody yet, awaiting approval since enrolling. */
export function withMentorsAwaitingApproval(members: Member[], mentorships: readonly Mentorship[]): Member[] {
  const involved = new Set(mentorships.flatMap((m) => [m.mentorId, m.menteeId]));
  const waiting = new Set(
    members
      .filter((m) => m.mentor !== null && m.mentee === null && m.availability.status === 'participating' && !involved.has(m.id))
      .slice(-AWAITING_APPROVAL)
      .map((m) => m.id),
  );
  return members.map((m) =>
    waiting.has(m.id) && m.mentor ? { ...m, mentorApproval: { state: 'pending', at: m.mentor.enrolledAt, reason: null } } : m,
  );
}

/**
 * Concerns raised by the mentees of the first active mentorships, a few days before `now`: the first still
 * new, the second answered by `staffId` (in progress, with a reply to the member), the third new.
 */
export function seededConcerns(mentorships: readonly Mentorship[], now: Date, ids: RosterIds, staffId: string): ConcernRecord[] {
  const active = mentorships.filter((m) => m.state === 'active').slice(0, SEEDED_CONCERNS);
  return active.map((m, index) => {
    const raised = new Date(now.getTime() - (index + 2) * DAY_MS);
    const concern = newConcern(ids.concern(index), { mentorshipId: m.id, text: CONCERN_TEXTS[index]! }, m, m.menteeId, raised);
    if (index !== 1) return concern;
    const update = { status: 'in-progress', reply: 'Thank you for telling us. We will call you both this week.' } as const;
    return applyConcernUpdate(concern, update, staffId, new Date(raised.getTime() + DAY_MS));
  });
}
