// Valid records for the lifecycle, visibility and memory adapter tests: each built record is checked
// against its schema, so a test never passes because of a fixture the real code could not receive.
import { expect } from '@open-wc/testing';
import {
  DEFAULT_VISIBILITY, Member, Mentorship, MentoringError, type EnrolmentInput, type ErrorCode, type ErrorReason,
  type MentorshipRequestInput, type RoleInput,
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

export interface ExpectedError {
  code: ErrorCode;
  reason?: ErrorReason;
  field?: string;
}

function checkError(caught: unknown, expected: ExpectedError): MentoringError {
  expect(caught, 'expected a MentoringError').to.be.instanceOf(MentoringError);
  const error = caught as MentoringError;
  const actual = { code: error.code, reason: error.reason, field: error.field };
  expect(actual, error.message).to.deep.equal({ reason: undefined, field: undefined, ...expected });
  return error;
}

/** Runs `fn` and checks it throws a MentoringError with exactly this code, reason and field. */
export function expectThrows(fn: () => unknown, expected: ExpectedError): MentoringError {
  let caught: unknown = new Error('did not throw');
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  return checkError(caught, expected);
}

/** Awaits `promise` and checks it rejects with a MentoringError with exactly this code, reason and field. */
export async function expectRejects(promise: Promise<unknown>, expected: ExpectedError): Promise<MentoringError> {
  let caught: unknown = new Error('did not reject');
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  return checkError(caught, expected);
}
