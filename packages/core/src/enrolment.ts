// A member's record before they enrol: who counts as enrolled, the account a member site says a member has,
// and the record of a member seen for the first time (every call may make one). The rules of their changes
// to it (enrolment, the code of conduct, availability) are enrolment-changes.ts's.
import { parseInput } from './errors.ts';
import { EMAIL_MAX_LENGTH } from './schemas/common.ts';
import { DEFAULT_VISIBILITY } from './schemas/default-settings.ts';
import { Member, NAME_MAX_LENGTH, ProfileInput } from './schemas/member.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import { cleanText } from './schemas/text.ts';

/** Enrolled in at least one role: part of the program, findable (when participating) and able to request. */
export const isEnrolled = (member: Member): boolean => member.mentor !== null || member.mentee !== null;

/** What the member site knows about a member signing in for the first time (a token's `name` and `email` claims). */
export interface Account {
  name?: string;
  email?: string;
}

/**
 * What a member site says of a member (a token's `name` and `email` claims) as an account `newMember` takes.
 * Never refused, since what a member site puts in its tokens must not lock the member out of every call:
 * text the rule refuses is dropped and the rest shortened to the profile's limits (whole code points:
 * text.ts); a name left empty, or an address the profile would refuse, is as none.
 */
export function storableAccount(account: { name?: unknown; email?: unknown }): Account {
  const name = typeof account.name === 'string' ? cleanText(account.name, NAME_MAX_LENGTH) : '';
  const email = typeof account.email === 'string' ? cleanText(account.email, EMAIL_MAX_LENGTH) : '';
  return {
    ...(name && ProfileInput.shape.name.safeParse(name).success ? { name } : {}),
    ...(email && ProfileInput.shape.email.safeParse(email).success ? { email } : {}),
  };
}

/**
 * The record of a member seen for the first time: not enrolled, participating, with the program's
 * default capacity and every field visible to members. Throws `validation` for an unusable id or account
 * (what comes from a token is made usable first: `storableAccount`).
 */
export function newMember(id: string, account: Account, settings: ProgramSettings): Member {
  // An id may hold characters an email's local part may not (`:`, `@`); the default address must stay valid.
  const local = id.replace(/[^A-Za-z0-9._-]/g, '-');
  return parseInput(
    Member,
    {
      id,
      name: account.name ?? `Member ${id}`,
      headline: '',
      bio: '',
      photoUrl: null,
      email: account.email ?? `${local}@members.example.org`,
      phone: null,
      industry: null,
      careerStage: null,
      country: null,
      city: null,
      timeZone: 'UTC',
      languages: [],
      links: [],
      mentor: null,
      mentee: null,
      availability: { status: 'participating', returnDate: null, capacity: settings.mentorDefaultCapacity },
      visibility: { ...DEFAULT_VISIBILITY },
      codeOfConductAcceptedAt: null,
      codeOfConductVersion: null,
      mentorApproval: null,
      suspension: null,
    },
    'account',
  );
}
