// Recognition (issue 15): a mentor's completed mentorships, the number behind the ribbon "Mentor · 3
// mentorships completed" on their card. Only `completed` counts (a mentorship ended early does not), and
// only as mentor. It travels in a member's ActiveCounts (`completedAsMentor`) so every view of a member,
// wherever it is built, carries it; visibility.ts shows it only with the mentor role it belongs to.
import type { ActiveCounts } from './views.ts';

/** How many mentorships each mentor completed, from any mentorships (others' states are skipped). */
export function completedAsMentorFrom(mentorships: Iterable<{ mentorId: string; state: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { mentorId, state } of mentorships) {
    if (state === 'completed') counts.set(mentorId, (counts.get(mentorId) ?? 0) + 1);
  }
  return counts;
}

/** `counts` with each member's completed mentorships as mentor added (none: left as they were). */
export const withCompleted = (
  counts: (memberId: string) => ActiveCounts,
  completed: ReadonlyMap<string, number>,
): ((memberId: string) => ActiveCounts) =>
  (memberId) => {
    const found = completed.get(memberId);
    return found ? { ...counts(memberId), completedAsMentor: found } : counts(memberId);
  };
