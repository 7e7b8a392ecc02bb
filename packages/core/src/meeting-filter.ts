// The program office's "No meeting logged" filter on mentorships (issue 15): pairs to follow up. The
// reference the SQL store's condition answers the same as (packages/server/src/store/office-lists.ts).
import type { Mentorship } from './schemas/mentorship.ts';

/**
 * `withoutMeeting: true`: active, and no meeting logged in the workspace; `false`: at least one meeting
 * logged (any state); left out: no filter. `meetings`: how many the workspace holds (none without one).
 */
export const meetingMatches = (m: Pick<Mentorship, 'state'>, meetings: number, withoutMeeting: boolean | undefined): boolean =>
  withoutMeeting === undefined || (withoutMeeting ? m.state === 'active' && meetings === 0 : meetings > 0);
