import * as z from 'zod/mini';
import {
  Id, Instant, CalendarDate, Capacity, EmailAddress, text, SafeUrl, PhotoUrl, MeetingMode, LanguageTag, CountryCode, TimeZone,
} from './common.ts';
import { VISIBILITY_LEVELS, VISIBLE_FIELDS } from '../vocabulary.ts';

export { VISIBILITY_LEVELS, VISIBLE_FIELDS };
export type VisibleField = (typeof VISIBLE_FIELDS)[number];
export const VisibilityLevel = z.enum(VISIBILITY_LEVELS);
export type VisibilityLevel = z.infer<typeof VisibilityLevel>;

export const Visibility = z.strictObject(
  Object.fromEntries(VISIBLE_FIELDS.map((field) => [field, VisibilityLevel])) as Record<
    VisibleField,
    typeof VisibilityLevel
  >,
);
export type Visibility = z.infer<typeof Visibility>;

/** What a member offers (as mentor) or seeks (as mentee). */
export const RoleInput = z.strictObject({
  topics: z.array(Id).check(z.minLength(1), z.maxLength(20)),
  meetingModes: z.array(MeetingMode).check(z.minLength(1), z.maxLength(4)),
  statement: text(1000),
});
export type RoleInput = z.infer<typeof RoleInput>;

export const RoleProfile = z.strictObject({ ...RoleInput.shape, enrolledAt: Instant });
export type RoleProfile = z.infer<typeof RoleProfile>;

/** The longest name a profile holds (UTF-16 units, as zod counts). */
export const NAME_MAX_LENGTH = 120;

/** The profile fields a member edits. */
export const ProfileInput = z.strictObject({
  name: text(NAME_MAX_LENGTH, 1),
  headline: text(160),
  bio: text(4000),
  photoUrl: z.nullable(PhotoUrl),
  email: EmailAddress,
  phone: z.nullable(text(40, 3)),
  industry: z.nullable(Id),
  careerStage: z.nullable(Id),
  country: z.nullable(CountryCode),
  city: z.nullable(text(120)),
  timeZone: TimeZone,
  languages: z.array(LanguageTag).check(z.maxLength(20)),
  links: z.array(SafeUrl).check(z.maxLength(5)),
  /**
   * The language the member writes their profile text in (headline, bio, statements), when they say: pages
   * mark that text with it (`lang`), so it is read in its own language. null: not stated (absent: unchanged,
   * for clients that do not know the field).
   */
  textLanguage: z.optional(z.nullable(LanguageTag)),
});
export type ProfileInput = z.infer<typeof ProfileInput>;

export const AVAILABILITY_STATUSES = ['participating', 'paused'] as const;
export const AvailabilityStatus = z.enum(AVAILABILITY_STATUSES);
export type AvailabilityStatus = z.infer<typeof AvailabilityStatus>;

export const Availability = z.strictObject({
  status: AvailabilityStatus,
  /** When a paused member expects to be back; informative, nothing resumes by itself. */
  returnDate: z.nullable(CalendarDate),
  /** How many mentees this member takes as a mentor. */
  capacity: Capacity,
});
export type Availability = z.infer<typeof Availability>;

/**
 * Whether staff have approved a member as a mentor (programs where `mentorsNeedApproval`). Taking the mentor
 * role while the program asks for approval starts `pending`; staff approve or decline it, with a reason the
 * member is told. Until approved the member is not a mentor to anyone else (standing.ts).
 */
export const MENTOR_APPROVAL_STATES = ['pending', 'approved', 'declined'] as const;
export const MentorApprovalState = z.enum(MENTOR_APPROVAL_STATES);
export type MentorApprovalState = z.infer<typeof MentorApprovalState>;

export const MentorApproval = z.strictObject({
  state: MentorApprovalState,
  /** When it was asked for, or last decided. */
  at: Instant,
  /** Staff's reason for the decision (null while pending). */
  reason: z.nullable(text(500)),
});
export type MentorApproval = z.infer<typeof MentorApproval>;

/** Staff suspended the member: out of search, no requests sent, received or accepted until it is lifted. */
export const Suspension = z.strictObject({ since: Instant, reason: text(500, 1) });
export type Suspension = z.infer<typeof Suspension>;

/** A member as stored: the whole record, seen only by the member themself, staff and the adapter. */
export const Member = z.strictObject({
  id: Id,
  ...ProfileInput.shape,
  mentor: z.nullable(RoleProfile),
  mentee: z.nullable(RoleProfile),
  availability: Availability,
  visibility: Visibility,
  codeOfConductAcceptedAt: z.nullable(Instant),
  /** The version of the code of conduct accepted at `codeOfConductAcceptedAt`; null: none accepted. */
  codeOfConductVersion: z.nullable(text(40, 1)),
  /** Null: the mentor role needs no approval (taken while the program asked none), or no mentor role. */
  mentorApproval: z.nullable(MentorApproval),
  suspension: z.nullable(Suspension),
});
export type Member = z.infer<typeof Member>;

/** The signed-in member: their own whole record, and counts the elements show. */
export const Viewer = z.strictObject({
  member: Member,
  /** Is this member enrolled in any role yet? */
  enrolled: z.boolean(),
  activeAsMentor: z.int().check(z.gte(0)),
  activeAsMentee: z.int().check(z.gte(0)),
  openRequestsSent: z.int().check(z.gte(0)),
  /** Requests waiting for this member's answer (pending or saved): the number a navigation badge shows. */
  awaitingResponse: z.int().check(z.gte(0)),
  /** Program staff (the member site's token says so): the staff adapter answers them, `forbidden` anyone else. */
  staff: z.boolean(),
});
export type Viewer = z.infer<typeof Viewer>;

/** The open or accepted mentorship between the viewer and the member shown, if any. */
export const Relation = z.strictObject({
  mentorshipId: Id,
  state: z.enum(['pending', 'saved', 'active']),
  viewerIsRequester: z.boolean(),
  expiresAt: Instant,
});
export type Relation = z.infer<typeof Relation>;

/**
 * Another member as the viewer sees them: hidden fields are absent; contact details only for partners. A
 * suspended member shows as paused, and a mentor role not (yet) approved shows as none (standing.ts).
 */
export const MemberView = z.strictObject({
  id: Id,
  name: text(NAME_MAX_LENGTH, 1),
  photoUrl: z.optional(z.nullable(PhotoUrl)),
  headline: z.optional(z.string()),
  bio: z.optional(z.string()),
  industry: z.optional(z.nullable(Id)),
  careerStage: z.optional(z.nullable(Id)),
  country: z.optional(z.nullable(CountryCode)),
  city: z.optional(z.nullable(z.string())),
  timeZone: z.optional(TimeZone),
  languages: z.optional(z.array(LanguageTag)),
  links: z.optional(z.array(SafeUrl)),
  /** The language of the member's profile text, when they stated it (shown with that text). */
  textLanguage: z.optional(LanguageTag),
  mentor: z.nullable(
    z.strictObject({
      topics: z.array(Id),
      meetingModes: z.array(MeetingMode),
      statement: z.string(),
      capacity: z.int().check(z.gte(0)),
      activeMentees: z.int().check(z.gte(0)),
      /** Mentorships completed as mentor (the card's ribbon); absent when none. */
      completedMentorships: z.optional(z.int().check(z.gte(1))),
    }),
  ),
  mentee: z.nullable(
    z.strictObject({
      topics: z.array(Id),
      meetingModes: z.array(MeetingMode),
      statement: z.string(),
      activeMentors: z.int().check(z.gte(0)),
    }),
  ),
  availability: z.strictObject({ status: AvailabilityStatus, returnDate: z.nullable(CalendarDate) }),
  contact: z.nullable(z.strictObject({ email: z.string(), phone: z.nullable(z.string()) })),
  relation: z.nullable(Relation),
  /**
   * Present while the viewer may not send this member a request: their latest one to them was declined or
   * withdrawn, and the program's cooldown runs until this instant.
   */
  requestAgainAt: z.optional(Instant),
});
export type MemberView = z.infer<typeof MemberView>;
