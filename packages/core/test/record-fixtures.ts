// Valid records for the tests (members, mentorships, requests, enrolments): each built record is checked
// against its schema, so a test never passes because of a fixture the real code could not receive. No test
// framework here, so Node's tests (node:test) use them as the browser's do.
import {
  DEFAULT_VISIBILITY, Member, Mentorship, type EnrolmentInput, type MentorshipRequestInput, type RoleInput,
} from '../src/index.ts';

export const ENROLLED = '2025-06-01T09:00:00.000Z';

export interface MemberSpec extends Partial<Omit<Member, 'mentor' | 'mentee'>> {
  mentor?: Partial<RoleInput> | null;
  mentee?: Partial<RoleInput> | null;
}

/** A valid member, enrolled in both roles on `leadership` unless told otherwise. */
export function member(id: string, spec: MemberSpec = {}): Member {
  const { mentor = {}, mentee = {}, ...rest } = spec;
  const role = (input: Partial<RoleInput> | null) =>
    input === null ? null : { topics: ['leadership'], meetingModes: ['video'], statement: '', enrolledAt: ENROLLED, ...input };
  return Member.parse({
    id,
    name: `Member ${id}`,
    headline: '',
    bio: '',
    photoUrl: null,
    email: `${id}@members.example.org`,
    phone: null,
    industry: null,
    careerStage: null,
    country: null,
    city: null,
    timeZone: 'UTC',
    languages: [],
    links: [],
    availability: { status: 'participating', returnDate: null, capacity: 2 },
    visibility: { ...DEFAULT_VISIBILITY },
    codeOfConductAcceptedAt: null,
    codeOfConductVersion: null,
    mentorApproval: null,
    suspension: null,
    ...rest,
    mentor: role(mentor),
    mentee: role(mentee),
  });
}

/** A request from mentee `mee` to mentor `mor`, unless told otherwise. */
export function requestInput(overrides: Partial<MentorshipRequestInput> = {}): MentorshipRequestInput {
  return {
    recipientId: 'mor',
    requesterRole: 'mentee',
    areas: ['leadership'],
    goals: 'Lead my first team',
    termMonths: 6,
    meetingMode: 'video',
    message: 'Hello!',
    ...overrides,
  };
}

/** A stored mentorship: mentee `mee` asked mentor `mor` on 1 March 2026, pending, version 1. */
export function mentorship(overrides: Partial<Mentorship> = {}): Mentorship {
  return Mentorship.parse({
    id: 'ms-1',
    version: 1,
    state: 'pending',
    requesterId: 'mee',
    mentorId: 'mor',
    menteeId: 'mee',
    areas: ['leadership'],
    goals: 'Lead my first team',
    termMonths: 6,
    meetingMode: 'video',
    message: '',
    createdAt: '2026-03-01T12:00:00.000Z',
    respondedAt: null,
    expiresAt: '2026-03-31T12:00:00.000Z',
    remindedAt: null,
    startedAt: null,
    endsAt: null,
    endedAt: null,
    declineReason: null,
    endReason: null,
    feedback: [],
    feedbackGivenBy: [],
    pairedByStaff: false,
    closedByStaff: false,
    ...overrides,
  });
}

/** An enrolment as the enrolment form sends it. */
export function enrolment(overrides: Partial<EnrolmentInput> = {}, profile: Partial<EnrolmentInput['profile']> = {}): EnrolmentInput {
  return {
    profile: {
      name: 'Ada Lovelace',
      headline: 'Analyst',
      bio: 'Notes on the engine.',
      photoUrl: null,
      email: 'ada@members.example.org',
      phone: '+44 20 7946 0000',
      industry: 'technology',
      careerStage: 'senior',
      country: 'GB',
      city: 'London',
      timeZone: 'Europe/London',
      languages: ['en', 'fr'],
      links: ['https://example.org/ada'],
      ...profile,
    },
    mentor: { topics: ['leadership', 'statistics'], meetingModes: ['video', 'email'], statement: 'Happy to help.' },
    mentee: null,
    visibility: { ...DEFAULT_VISIBILITY },
    acceptCodeOfConduct: true,
    ...overrides,
  };
}
