// What a member sends (`PUT /me/…`, `POST /mentorships…`, `POST /me/concerns`): checked by the server and the
// in-memory program's service before a change, and by the enrolment form before it sends. Apart from the
// records and answers (member.ts, mentorship.ts, concern.ts) because a page reads long before it sends, and
// most pages never send some of these: the CDN build leaves this module out of the runtime every page loads.
import * as z from 'zod/mini';
import { refine } from './refine.ts';
import { Capacity, CalendarDate, Id, MeetingMode, Role, text } from './common.ts';
import { AvailabilityStatus, ProfileInput, RoleInput, Visibility } from './member.ts';
import { Areas, Rating } from './mentorship.ts';
import { TermMonths } from './settings.ts';

/** `PUT /me/availability`: capacity may be left out to keep the current one. */
export const AvailabilityInput = z.strictObject({
  status: AvailabilityStatus,
  returnDate: z.nullable(CalendarDate),
  capacity: z.optional(Capacity),
});
export type AvailabilityInput = z.infer<typeof AvailabilityInput>;

/** `PUT /me/enrolment`: enrol, or edit an enrolment. A role left null is not (or no longer) taken. */
export const EnrolmentInput = z
  .strictObject({
    profile: ProfileInput,
    mentor: z.nullable(RoleInput),
    mentee: z.nullable(RoleInput),
    visibility: Visibility,
    acceptCodeOfConduct: z.boolean(),
  })
  .check(
    refine((input) => input.mentor !== null || input.mentee !== null, {
      message: 'enrol as a mentor, a mentee or both',
      path: ['mentor'],
    }),
  );
export type EnrolmentInput = z.infer<typeof EnrolmentInput>;

/** `PUT /me/code-of-conduct`: the member accepts the version shown to them (a newer one is a `conflict`). */
export const CodeOfConductAcceptance = z.strictObject({ version: text(40, 1) });
export type CodeOfConductAcceptance = z.infer<typeof CodeOfConductAcceptance>;

/** `POST /mentorships`: the viewer asks `recipientId`. `requesterRole: 'mentee'` asks a mentor; `'mentor'` invites a mentee. */
export const MentorshipRequestInput = z.strictObject({
  recipientId: Id,
  requesterRole: Role,
  areas: Areas,
  goals: text(2000, 1),
  termMonths: TermMonths,
  meetingMode: MeetingMode,
  message: text(2000),
});
export type MentorshipRequestInput = z.infer<typeof MentorshipRequestInput>;

/** Accept, decline, save, withdraw, complete, end. `version`: the one the member saw; a newer one means someone acted first. */
export const MentorshipActionInput = z.strictObject({
  version: z.optional(z.int().check(z.gte(1))),
  /** Decline or end-early reason (optional for decline, required for ending early). */
  reason: z.optional(text(500)),
});
export type MentorshipActionInput = z.infer<typeof MentorshipActionInput>;

export const FeedbackInput = z.strictObject({
  rating: Rating,
  comment: text(2000),
});
export type FeedbackInput = z.infer<typeof FeedbackInput>;

/** `POST /me/concerns`: about one of the member's own mentorships (in any state) or requests. */
export const ConcernInput = z.strictObject({
  mentorshipId: Id,
  text: text(4000, 1),
});
export type ConcernInput = z.infer<typeof ConcernInput>;
