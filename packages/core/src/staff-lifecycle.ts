// What staff do to mentorships, by the lifecycle's rules (lifecycle.ts): pair two members (a mentee's request
// accepted at once) and end or withdraw a mentorship for its members. A module of its own so that the member
// pages that carry the lifecycle (the console, the in-page demo) do not carry the staff's part.
import { addMonths } from './clock.ts';
import { MentoringError } from './errors.ts';
import { duplicateMentorship } from './lifecycle.ts';
import { checkRequestInput, placesError } from './lifecycle-changes.ts';
import { placesLeft, type PairCounts } from './request-guards.ts';
import type { Member } from './schemas/member.ts';
import type { Mentorship, MentorshipState } from './schemas/mentorship.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import type { PairInput, StaffActionInput, StaffMentorshipAction } from './schemas/staff.ts';
import { isSuspended, mentorRoleApproved } from './standing.ts';

/** Facts a staff pairing is checked against: the two members as stored, and what the store counts. */
export interface PairingFacts {
  settings: ProgramSettings;
  now: Date;
  mentor: Member;
  mentee: Member;
  pairHasLiveMentorship: boolean;
  mentorActiveMentees: number;
  menteeActiveMentors: number;
}

/** A pairing and the limits it went past (with staff's override). */
export interface PlannedPairing {
  mentorship: Omit<Mentorship, 'id'>;
  limitsPassed: ('mentor-full' | 'mentors-per-mentee')[];
}

/**
 * Staff pair two members (`input` parsed with `PairInput`): the mentorship, active at once. Refused for the
 * same member twice (`validation`, `menteeId`), a member not enrolled in the role, suspended, a mentor not
 * approved, a member paused (`unavailable` with the reason and details.memberId), areas or a term the
 * program does not offer (`validation`), a pair with a live mentorship (`conflict`, `duplicate`); the limits
 * (`capacity-reached`) only without `overrideLimits`. Staff's pairing is the mentee's request accepted at once:
 * `requesterId` is the mentee's, `respondedAt` and `startedAt` now.
 */
export function planPairing(input: PairInput, facts: PairingFacts): PlannedPairing {
  const { settings, now, mentor, mentee } = facts;
  if (mentor.id === mentee.id) {
    throw new MentoringError('validation', 'A member cannot be paired with themself.', { field: 'menteeId' });
  }
  for (const [member, role] of [[mentor, 'mentor'], [mentee, 'mentee']] as const) {
    const unavailable = (reason: 'not-enrolled' | 'suspended' | 'awaiting-approval' | 'paused', why: string) =>
      new MentoringError('unavailable', `Member ${member.id} ${why}.`, { reason, details: { memberId: member.id, role } });
    if (member[role] === null) throw unavailable('not-enrolled', `is not enrolled as a ${role}`);
    if (isSuspended(member)) throw unavailable('suspended', 'is suspended');
    if (role === 'mentor' && !mentorRoleApproved(member)) throw unavailable('awaiting-approval', 'is not approved as a mentor');
    if (member.availability.status === 'paused') throw unavailable('paused', 'is temporarily not participating');
  }
  checkRequestInput(input, settings);
  if (facts.pairHasLiveMentorship) throw duplicateMentorship(mentee.id);
  const counts: PairCounts = {
    mentorActiveMentees: facts.mentorActiveMentees,
    mentorCapacity: mentor.availability.capacity,
    menteeActiveMentors: facts.menteeActiveMentors,
  };
  const limitsPassed: PlannedPairing['limitsPassed'] = [];
  if (placesLeft('mentor', counts.mentorCapacity, counts.mentorActiveMentees, 0, settings) <= 0) limitsPassed.push('mentor-full');
  if (placesLeft('mentee', 0, 0, counts.menteeActiveMentors, settings) <= 0) limitsPassed.push('mentors-per-mentee');
  const [first] = limitsPassed;
  if (first !== undefined && !input.overrideLimits) throw placesError(first, mentor.id, mentee.id, counts, settings);

  const at = now.toISOString();
  return {
    limitsPassed,
    mentorship: {
      version: 1,
      state: 'active',
      requesterId: mentee.id,
      mentorId: mentor.id,
      menteeId: mentee.id,
      areas: [...new Set(input.areas)],
      goals: input.goals,
      termMonths: input.termMonths,
      meetingMode: input.meetingMode,
      message: '',
      createdAt: at,
      respondedAt: at,
      expiresAt: at,
      remindedAt: null,
      startedAt: at,
      endsAt: addMonths(now, input.termMonths).toISOString(),
      endedAt: null,
      declineReason: null,
      endReason: null,
      feedback: [],
      feedbackGivenBy: [],
      pairedByStaff: true,
      closedByStaff: false,
    },
  };
}

/** Which mentorships staff end or withdraw for their members, and what it makes them. */
const STAFF_TRANSITIONS: Record<StaffMentorshipAction, { from: readonly MentorshipState[]; to: MentorshipState }> = {
  end: { from: ['active'], to: 'ended' },
  withdraw: { from: ['pending', 'saved'], to: 'withdrawn' },
};

/**
 * Staff end an active mentorship or withdraw an open request for its members (`input` parsed with
 * `StaffActionInput`): `closedByStaff`, the reason as `endReason`. Throws `conflict` (`stale`) for an older
 * version, (`state`) for a mentorship the action does not apply to.
 */
export function applyStaffMentorshipAction(m: Mentorship, action: StaffMentorshipAction, input: StaffActionInput, now: Date): Mentorship {
  if (input.version !== undefined && input.version !== m.version) {
    throw new MentoringError('conflict', `Mentorship ${m.id} changed since version ${input.version}.`, {
      reason: 'stale',
      details: { id: m.id, expected: input.version, actual: m.version, state: m.state },
    });
  }
  const rule = STAFF_TRANSITIONS[action];
  if (!rule.from.includes(m.state)) {
    throw new MentoringError('conflict', `Cannot ${action} a mentorship that is ${m.state}.`, {
      reason: 'state',
      details: { id: m.id, state: m.state, action },
    });
  }
  const at = now.toISOString();
  return { ...m, version: m.version + 1, state: rule.to, endedAt: at, endReason: input.reason, closedByStaff: true };
}
