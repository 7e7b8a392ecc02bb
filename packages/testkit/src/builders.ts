// Quick ways to enrol members and send requests through the adapter's own calls, with valid inputs drawn
// from the default program (topics such as `leadership`, `statistics`, `grant-writing`).
import {
  DEFAULT_VISIBILITY,
  type EnrolmentInput, type MentoringAdapter, type Mentorship, type MentorshipRequestInput, type ProfileInput,
  type Role, type RoleInput, type Visibility,
} from '@mentor-match/core';
import type { ConformanceHarness } from './harness.ts';

/** What a test changes from the default enrolment. */
export interface MemberOverrides {
  profile?: Partial<ProfileInput>;
  /** Changes to the mentor role (only used when the member enrols as a mentor). */
  mentor?: Partial<RoleInput>;
  /** Changes to the mentee role (only used when the member enrols as a mentee). */
  mentee?: Partial<RoleInput>;
  visibility?: Partial<Visibility>;
  /** Defaults to true, so members enrol in programs that require the code of conduct too. */
  acceptCodeOfConduct?: boolean;
}

/** `ann` → `Ann`, `mentee-2` → `Mentee 2`. */
export function displayName(id: string): string {
  const words = id.split(/[-_.:@]+/).filter(Boolean);
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ') || id;
}

/** `<id>@example.org`, with characters an address may not hold replaced. */
export function emailOf(id: string): string {
  return `${id.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}@example.org`;
}

/** The default profile: a mid-career academic in Abidjan (UTC+0 all year, so time-zone distances never move). */
export function profileInput(id: string, overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    name: displayName(id),
    headline: '',
    bio: '',
    photoUrl: null,
    email: emailOf(id),
    phone: null,
    industry: 'academia',
    careerStage: 'mid',
    country: 'CI',
    city: 'Abidjan',
    timeZone: 'Africa/Abidjan',
    languages: ['en'],
    links: [],
    ...overrides,
  };
}

const DEFAULT_ROLES: Record<Role, RoleInput> = {
  mentor: { topics: ['leadership', 'statistics', 'grant-writing'], meetingModes: ['video', 'email'], statement: '' },
  mentee: { topics: ['statistics', 'leadership'], meetingModes: ['video', 'email'], statement: '' },
};

/** A valid enrolment in these roles, with the overrides applied. */
export function enrolmentInput(id: string, roles: readonly Role[], overrides: MemberOverrides = {}): EnrolmentInput {
  const role = (name: Role): RoleInput | null =>
    roles.includes(name) ? { ...DEFAULT_ROLES[name], ...overrides[name] } : null;
  return {
    profile: profileInput(id, overrides.profile),
    mentor: role('mentor'),
    mentee: role('mentee'),
    visibility: { ...DEFAULT_VISIBILITY, ...overrides.visibility },
    acceptCodeOfConduct: overrides.acceptCodeOfConduct ?? true,
  };
}

async function enrolAs(h: ConformanceHarness, id: string, roles: readonly Role[], overrides?: MemberOverrides) {
  const adapter = h.as(id);
  await adapter.enrol(enrolmentInput(id, roles, overrides));
  return adapter;
}

/** Enrols `id` as a mentor through the adapter's own `enrol`; returns the adapter signed in as them. */
export const enrolMentor = (h: ConformanceHarness, id: string, overrides?: MemberOverrides): Promise<MentoringAdapter> =>
  enrolAs(h, id, ['mentor'], overrides);

/** Enrols `id` as a mentee; returns the adapter signed in as them. */
export const enrolMentee = (h: ConformanceHarness, id: string, overrides?: MemberOverrides): Promise<MentoringAdapter> =>
  enrolAs(h, id, ['mentee'], overrides);

/** Enrols `id` as both mentor and mentee; returns the adapter signed in as them. */
export const enrolBoth = (h: ConformanceHarness, id: string, overrides?: MemberOverrides): Promise<MentoringAdapter> =>
  enrolAs(h, id, ['mentor', 'mentee'], overrides);

/** A valid request to `recipientId`: areas `statistics`, a 6-month term by video. */
export function requestInput(
  recipientId: string,
  requesterRole: Role,
  overrides: Partial<MentorshipRequestInput> = {},
): MentorshipRequestInput {
  return {
    recipientId,
    requesterRole,
    areas: ['statistics'],
    goals: 'Learn to plan and analyse a clinical study.',
    termMonths: 6,
    meetingMode: 'video',
    message: 'Would you have time to mentor me?',
    ...overrides,
  };
}

/** The mentee signed in on `mentee` asks `mentorId` to mentor them. */
export const askMentor = (
  mentee: MentoringAdapter,
  mentorId: string,
  overrides?: Partial<MentorshipRequestInput>,
): Promise<Mentorship> => mentee.requestMentorship(requestInput(mentorId, 'mentee', overrides));

/** The mentor signed in on `mentor` invites `menteeId` to be their mentee. */
export const inviteMentee = (
  mentor: MentoringAdapter,
  menteeId: string,
  overrides?: Partial<MentorshipRequestInput>,
): Promise<Mentorship> => mentor.requestMentorship(requestInput(menteeId, 'mentor', overrides));

/** Mentee `menteeId` asks mentor `mentorId`, who accepts: returns the active mentorship (both must be enrolled). */
export async function activeMentorship(h: ConformanceHarness, mentorId: string, menteeId: string): Promise<Mentorship> {
  const request = await askMentor(h.as(menteeId), mentorId);
  return h.as(mentorId).act(request.id, 'accept', { version: request.version });
}
