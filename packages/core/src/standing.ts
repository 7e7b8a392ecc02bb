// A member's standing with the program office: mentor approval, suspension, the code of conduct, and the
// standing the office counts each role in. Pure, like lifecycle.ts: search (matching.ts `availablePlaces`),
// a request's and an accept's guards (request-guards.ts, lifecycle.ts) and what other members see
// (visibility.ts) ask here; the staff's view and actions on members are in staff-standing.ts.
//
// - Approval: a member who takes the mentor role while the program asks for it is `pending` until staff
//   approve (or decline) it. Until then the member is no mentor to anyone else: not found, not asked, and
//   sends no invitation as a mentor. Turning the setting off approves those still pending (the staff
//   service does it, audited); turning it on asks nothing of mentors already in the program.
// - Suspension: out of search, no request sent, received or accepted; mentorships already active go on.
//   Other members see a suspended member as paused, nothing more.
// - Code of conduct: when the program requires it, a member accepts its current version before their next
//   request (and at enrolment).
import type { RequestStanding } from './request-guards.ts';
import type { Role } from './schemas/common.ts';
import type { Member } from './schemas/member.ts';
import type { ProgramSettings } from './schemas/settings.ts';

export const isSuspended = (member: Member): boolean => member.suspension !== null;

/** The mentor role is in force: taken, and approved or never needing approval. */
export const mentorRoleApproved = (member: Member): boolean =>
  member.mentor !== null && (member.mentorApproval === null || member.mentorApproval.state === 'approved');

/**
 * The role as other members see it: taken and (mentor) approved. A mentor awaiting approval, or declined,
 * is no mentor to anyone but themself and staff.
 */
export const roleShown = (member: Member, role: Role): boolean =>
  role === 'mentor' ? mentorRoleApproved(member) : member.mentee !== null;

/** Paused as others see it: paused by choice (or by staff), or suspended. */
export const shownPaused = (member: Member): boolean => member.availability.status === 'paused' || isSuspended(member);

/** Must the member accept the code of conduct (its current version) before their next request? */
export const codeOfConductDue = (member: Member, settings: Pick<ProgramSettings, 'codeOfConduct'>): boolean =>
  settings.codeOfConduct.required && member.codeOfConductVersion !== settings.codeOfConduct.version;

/** The requester's side of a request's guards, from their own record (planRequest; a card's badge, the Viewer's). */
export function requesterStanding(
  member: Member,
  role: Role,
  settings: Pick<ProgramSettings, 'codeOfConduct'>,
): Pick<RequestStanding, 'requesterSuspended' | 'requesterEnrolled' | 'requesterAwaitingApproval' | 'codeOfConductDue' | 'requesterPaused'> {
  return {
    requesterSuspended: isSuspended(member),
    requesterEnrolled: member[role] !== null,
    requesterAwaitingApproval: role === 'mentor' && member.mentor !== null && !mentorRoleApproved(member),
    codeOfConductDue: codeOfConductDue(member, settings),
    requesterPaused: member.availability.status === 'paused',
  };
}

/** The recipient's side, as the requester sees them (a MemberView says the same: visibility.ts). */
export const recipientStanding = (member: Member, role: Role): Pick<RequestStanding, 'recipientEnrolled' | 'recipientPaused'> => ({
  recipientEnrolled: roleShown(member, role),
  recipientPaused: shownPaused(member),
});
