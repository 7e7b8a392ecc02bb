// Core's `roleStanding` (standing.ts) as a SQL expression over a members row, for the lists' standing filter
// and the dashboard's counts. The stores test holds it to core's: the same members, the same standings.
import { MEMBER_STANDINGS, type MemberStanding, type Role } from '@mentor-match/core';

const name = (standing: MemberStanding): string => {
  if (!MEMBER_STANDINGS.includes(standing)) throw new Error(`Unknown standing ${standing}`);
  return `'${standing}'`;
};

/**
 * The member's standing in `role`, for a row (alias `m`) enrolled in it, the first that applies: suspended,
 * (mentor) awaiting approval or declined, paused, full (no place left), participating. `mentorsPerMentee`
 * is the program's limit (a whole number: written into the SQL).
 */
export function standingOf(role: Role, m: string, mentorsPerMentee: number): string {
  if (!Number.isInteger(mentorsPerMentee)) throw new Error(`mentorsPerMentee must be a whole number, not ${mentorsPerMentee}`);
  const placesLeft = role === 'mentor' ? `${m}.capacity - ${m}.active_mentees` : `${mentorsPerMentee} - ${m}.active_mentors`;
  return `CASE WHEN ${m}.suspended THEN ${name('suspended')}
    ${role === 'mentor'
      ? `WHEN ${m}.mentor_approval = 'pending' THEN ${name('awaiting-approval')} WHEN ${m}.mentor_approval = 'declined' THEN ${name('declined')}`
      : ''}
    WHEN NOT ${m}.participating THEN ${name('paused')}
    WHEN ${placesLeft} <= 0 THEN ${name('full')}
    ELSE ${name('participating')} END`;
}
