// The guards of a new mentorship request, in the one order the program checks them, over flags and counts:
// planRequest (lifecycle-changes.ts) asks them with two stored members, a profile card's badge with the MemberView
// and the Viewer it holds, so the badge says what the adapter would refuse, in the adapter's order. Part of
// the lifecycle (which exports it); a module of its own so that a page showing cards loads only this.
import type { Role } from './schemas/common.ts';
import type { ProgramSettings } from './schemas/settings.ts';

/**
 * Places a member has left in a role: a mentor's capacity less their active mentees; as a mentee, the
 * program's limit of mentors per mentee less their active mentors. Zero or less: full (the guards below).
 */
export const placesLeft = (
  role: Role,
  capacity: number,
  activeMentees: number,
  activeMentors: number,
  settings: Pick<ProgramSettings, 'mentorsPerMentee'>,
): number => (role === 'mentor' ? capacity - activeMentees : settings.mentorsPerMentee - activeMentors);

/** The counts the capacity limits of a new pair read. */
export interface PairCounts {
  /** Of whichever of the two would be the mentor. */
  mentorActiveMentees: number;
  mentorCapacity: number;
  /** Of whichever of the two would be the mentee. */
  menteeActiveMentors: number;
}

/**
 * The capacity limits on a new pair, checked when it is asked for (in `requestRefusal`'s order) and again
 * at accept: the mentor has a place left, and so has the mentee. The first that refuses; null when neither.
 */
export const placesRefusal = (
  counts: PairCounts,
  settings: Pick<ProgramSettings, 'mentorsPerMentee'>,
): 'mentor-full' | 'mentors-per-mentee' | null =>
  placesLeft('mentor', counts.mentorCapacity, counts.mentorActiveMentees, 0, settings) <= 0 ? 'mentor-full'
  : placesLeft('mentee', 0, 0, counts.menteeActiveMentors, settings) <= 0 ? 'mentors-per-mentee'
  : null;

/** A request's guards, by the reason each refuses with; `requestRefusal` checks them in this order. */
export type RequestRefusal =
  | 'self' | 'suspended' | 'requester-not-enrolled' | 'awaiting-approval' | 'not-enrolled' | 'code-of-conduct'
  | 'requester-paused' | 'paused' | 'duplicate' | 'cooldown' | 'mentor-full' | 'mentors-per-mentee' | 'open-request-limit';

/**
 * What a would-be request's guards read, as flags and counts: a pair of stored members tells it (planRequest),
 * and so do the MemberView and the Viewer a page holds (a profile card's badge asks before the member writes).
 */
export interface RequestStanding extends PairCounts {
  self: boolean;
  /** Staff suspended the requester. */
  requesterSuspended: boolean;
  /** The requester is enrolled in the role they ask as; the recipient in the other one, as others see it. */
  requesterEnrolled: boolean;
  /** The requester asks as a mentor whose role staff have not approved. */
  requesterAwaitingApproval: boolean;
  recipientEnrolled: boolean;
  /** The program's code of conduct has a version the requester has not accepted. */
  codeOfConductDue: boolean;
  requesterPaused: boolean;
  /** Paused, as others see it (a suspended member shows as paused). */
  recipientPaused: boolean;
  /** An open or active mentorship between the two already, either way round. */
  pairHasLiveMentorship: boolean;
  /** The requester's cooldown towards this member (`requestAgainAt`) has not run out yet. */
  coolingDown: boolean;
  requesterOpenRequests: number;
}

/**
 * The first guard that refuses a request, in the one order the program checks them; null when none does.
 * `checkInput` checks the request's own fields where they come in that order (after availability): it
 * throws, and a caller without a request yet (a badge) leaves it out.
 */
export function requestRefusal(
  standing: RequestStanding,
  settings: Pick<ProgramSettings, 'mentorsPerMentee' | 'openRequestsPerMember'>,
  checkInput?: () => void,
): RequestRefusal | null {
  if (standing.self) return 'self';
  if (standing.requesterSuspended) return 'suspended';
  if (!standing.requesterEnrolled) return 'requester-not-enrolled';
  if (standing.requesterAwaitingApproval) return 'awaiting-approval';
  if (!standing.recipientEnrolled) return 'not-enrolled';
  if (standing.codeOfConductDue) return 'code-of-conduct';
  if (standing.requesterPaused) return 'requester-paused';
  if (standing.recipientPaused) return 'paused';
  checkInput?.();
  if (standing.pairHasLiveMentorship) return 'duplicate';
  if (standing.coolingDown) return 'cooldown';
  return placesRefusal(standing, settings)
    ?? (standing.requesterOpenRequests >= settings.openRequestsPerMember ? 'open-request-limit' : null);
}
