// A member's standing as staff see and change it (the office's member list and dashboard, the staff
// service): the rules are standing.ts's; this module is apart so that member pages, which use those rules,
// do not carry the staff's.
import { MentoringError } from './errors.ts';
import { placesLeft } from './request-guards.ts';
import { isSuspended } from './standing.ts';
import type { Role } from './schemas/common.ts';
import type { Member } from './schemas/member.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import type { MemberStanding, StaffMemberAction } from './schemas/staff.ts';

/**
 * Where the member stands in `role` (null: not enrolled in it), the first that applies: suspended, (mentor)
 * awaiting approval or declined, paused, full (no place left: placesLeft), participating.
 */
export function roleStanding(
  member: Member,
  role: Role,
  /** The member's active mentees and mentors (views.ts ActiveCounts). */
  counts: { mentees: number; mentors: number },
  settings: Pick<ProgramSettings, 'mentorsPerMentee'>,
): MemberStanding | null {
  if (member[role] === null) return null;
  if (isSuspended(member)) return 'suspended';
  if (role === 'mentor' && member.mentorApproval !== null && member.mentorApproval.state !== 'approved') {
    return member.mentorApproval.state === 'pending' ? 'awaiting-approval' : 'declined';
  }
  if (member.availability.status === 'paused') return 'paused';
  return placesLeft(role, member.availability.capacity, counts.mentees, counts.mentors, settings) <= 0 ? 'full' : 'participating';
}

/**
 * The member after a staff action (`STAFF_MEMBER_RULES` says from which standing each applies; `conflict`,
 * `state` otherwise). Pausing sets no return date; approval and suspension keep staff's reason, which the
 * member is told.
 */
export function applyStaffMemberAction(member: Member, action: StaffMemberAction, reason: string, now: Date): Member {
  const rule = STAFF_MEMBER_RULES[action];
  if (!rule.applies(member)) {
    throw new MentoringError('conflict', `Cannot ${action} member ${member.id}: only ${rule.requirement}.`, {
      reason: 'state',
      details: { id: member.id, action },
    });
  }
  const at = now.toISOString();
  switch (action) {
    case 'pause':
    case 'resume':
      return { ...member, availability: { ...member.availability, status: action === 'pause' ? 'paused' : 'participating', returnDate: null } };
    case 'approve':
    case 'decline':
      return { ...member, mentorApproval: { state: action === 'approve' ? 'approved' : 'declined', at, reason } };
    case 'suspend':
      return { ...member, suspension: { since: at, reason } };
    case 'lift-suspension':
      return { ...member, suspension: null };
  }
}

/** Which staff action applies to a member in which standing: the member's record decides, never the caller. */
export const STAFF_MEMBER_RULES: Record<StaffMemberAction, { applies: (member: Member) => boolean; requirement: string }> = {
  pause: { applies: (m) => m.availability.status === 'participating', requirement: 'participating' },
  resume: { applies: (m) => m.availability.status === 'paused', requirement: 'paused' },
  approve: {
    applies: (m) => m.mentor !== null && m.mentorApproval !== null && m.mentorApproval.state !== 'approved',
    requirement: 'a mentor awaiting approval or declined',
  },
  decline: { applies: (m) => m.mentor !== null && m.mentorApproval?.state === 'pending', requirement: 'a mentor awaiting approval' },
  suspend: { applies: (m) => !isSuspended(m), requirement: 'not suspended' },
  'lift-suspension': { applies: isSuspended, requirement: 'suspended' },
};
