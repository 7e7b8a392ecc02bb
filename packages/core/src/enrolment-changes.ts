// The rules of a member's changes to their own record: enrolment, the code of conduct, availability. Pure,
// like lifecycle.ts, so MemoryAdapter and the server apply the same ones: the code of conduct, the program's
// taxonomy, keeping enrolment dates, and not leaving a role while mentorships in it are still open or active.
// Apart from enrolment.ts (a member's first record, which every call may make) so that the in-page demo
// downloads them with a member's first change (service/mentoring-service.ts).
import { MentoringError } from './errors.ts';
import { ROLES, isAllowedPhoto } from './schemas/common.ts';
import type { Member, RoleInput, RoleProfile } from './schemas/member.ts';
import type { AvailabilityInput, CodeOfConductAcceptance, EnrolmentInput } from './schemas/inputs.ts';
import type { ProgramSettings, TaxonomyEntry } from './schemas/settings.ts';
import { notOffered } from './settings-rules.ts';

export interface EnrolmentFacts {
  settings: ProgramSettings;
  now: Date;
  /** Open or active mentorships the member has in each role. */
  liveAsMentor: number;
  liveAsMentee: number;
}

/**
 * Checks an enrolment (already parsed with `EnrolmentInput`) against the program and returns the
 * member to store. Throws `validation` (code of conduct, a photo from a host the program does not allow,
 * unknown or retired topic, industry or career stage, naming the field: one the member already has may stay)
 * or `conflict` (`state`) for leaving a role that still has open or active mentorships. Taking the mentor role
 * while the program asks for approval makes it wait for staff's (mentorApprovalOnEnrolment, below).
 */
export function planEnrolment(member: Member, input: EnrolmentInput, facts: EnrolmentFacts): Member {
  const { settings, now } = facts;
  if (settings.codeOfConduct.required && !input.acceptCodeOfConduct && member.codeOfConductAcceptedAt === null) {
    throw new MentoringError('validation', 'The program asks members to accept its code of conduct.', {
      field: 'acceptCodeOfConduct',
      reason: 'code-of-conduct',
    });
  }
  const photo = input.profile.photoUrl;
  if (photo !== null && photo !== member.photoUrl && !isAllowedPhoto(photo, settings.photoOrigins)) {
    throw new MentoringError('validation', `A photo may only come from: ${settings.photoOrigins.join(', ')}.`, {
      field: 'profile.photoUrl',
      details: { allowed: [...settings.photoOrigins] },
    });
  }
  checkListed('profile.industry', input.profile.industry, settings.industries, member.industry);
  checkListed('profile.careerStage', input.profile.careerStage, settings.careerStages, member.careerStage);
  for (const role of ROLES) {
    const unknown = notOffered(input[role]?.topics ?? [], settings.topics, member[role]?.topics);
    if (unknown.length > 0) {
      throw new MentoringError('validation', `Unknown or retired topics: ${unknown.join(', ')}.`, {
        field: `${role}.topics`,
        details: { unknown },
      });
    }
    const live = role === 'mentor' ? facts.liveAsMentor : facts.liveAsMentee;
    if (input[role] === null && member[role] !== null && live > 0) {
      throw new MentoringError('conflict', `Cannot stop being a ${role} with ${live} open or active mentorship(s).`, {
        reason: 'state',
        field: role,
        details: { role, live },
      });
    }
  }

  const at = now.toISOString();
  return {
    ...member,
    ...input.profile,
    mentor: roleProfile(input.mentor, member.mentor, at),
    mentee: roleProfile(input.mentee, member.mentee, at),
    visibility: { ...input.visibility },
    mentorApproval: mentorApprovalOnEnrolment(member, input.mentor !== null, settings, now),
    // The first acceptance of a version is the one on record; editing later does not ask again.
    ...(input.acceptCodeOfConduct ? conductAccepted(member, settings, now) : {}),
  };
}

/** The member having accepted the code of conduct's current version: the first acceptance of it stays on record. */
function conductAccepted(member: Member, settings: ProgramSettings, now: Date): Pick<Member, 'codeOfConductAcceptedAt' | 'codeOfConductVersion'> {
  const { version } = settings.codeOfConduct;
  if (member.codeOfConductVersion === version && member.codeOfConductAcceptedAt !== null) {
    return { codeOfConductAcceptedAt: member.codeOfConductAcceptedAt, codeOfConductVersion: version };
  }
  return { codeOfConductAcceptedAt: now.toISOString(), codeOfConductVersion: version };
}

/**
 * The member accepting the code of conduct in the version they were shown (`input` parsed with
 * `CodeOfConductAcceptance`). `conflict` (`stale`, details.version the current one) when the program has
 * another version now: the member has not read it.
 */
export function acceptCodeOfConduct(member: Member, input: CodeOfConductAcceptance, settings: ProgramSettings, now: Date): Member {
  const current = settings.codeOfConduct.version;
  if (input.version !== current) {
    throw new MentoringError('conflict', `The code of conduct is at version ${current}, not ${input.version}.`, {
      reason: 'stale',
      field: 'version',
      details: { version: current },
    });
  }
  return { ...member, ...conductAccepted(member, settings, now) };
}

/** A role keeps the date it was first taken; leaving and taking it again starts a new one. */
function roleProfile(input: RoleInput | null, current: RoleProfile | null, now: string): RoleProfile | null {
  if (input === null) return null;
  return {
    topics: [...new Set(input.topics)],
    meetingModes: [...new Set(input.meetingModes)],
    statement: input.statement,
    enrolledAt: current?.enrolledAt ?? now,
  };
}

function checkListed(field: string, id: string | null, entries: readonly TaxonomyEntry[], kept: string | null): void {
  if (id !== null && notOffered([id], entries, kept === null ? [] : [kept]).length > 0) {
    throw new MentoringError('validation', `${id} is not one of the program's choices for ${field}.`, {
      field,
      details: { unknown: id },
    });
  }
}

/**
 * Availability (already parsed with `AvailabilityInput`). Capacity left out keeps the current one; a
 * capacity below the current number of mentees is allowed: active mentorships continue, and no new
 * one is accepted until there is room again.
 */
export function applyAvailability(member: Member, input: AvailabilityInput): Member {
  return {
    ...member,
    availability: {
      status: input.status,
      returnDate: input.returnDate,
      capacity: input.capacity ?? member.availability.capacity,
    },
  };
}

/**
 * The approval a mentor role starts with: `pending` when the member takes it while the program asks for
 * approval, none otherwise; kept while the role is kept, dropped with it.
 */
function mentorApprovalOnEnrolment(
  before: Member,
  takesMentorRole: boolean,
  settings: Pick<ProgramSettings, 'mentorsNeedApproval'>,
  now: Date,
): Member['mentorApproval'] {
  if (!takesMentorRole) return null;
  if (before.mentor !== null) return before.mentorApproval;
  return settings.mentorsNeedApproval ? { state: 'pending', at: now.toISOString(), reason: null } : null;
}
