import * as z from 'zod/mini';
import { Id, Instant, text, MeetingMode } from './common.ts';
import { TermMonths } from './settings.ts';
import { MemberView } from './member.ts';

/** `saved` is still pending (saved for later by the recipient). See lifecycle.ts for the transitions. */
export const MENTORSHIP_STATES = [
  'pending', 'saved', 'active', 'declined', 'withdrawn', 'expired', 'completed', 'ended',
] as const;
export const MentorshipState = z.enum(MENTORSHIP_STATES);
export type MentorshipState = z.infer<typeof MentorshipState>;

/** One to five stars. */
export const Rating = z.int().check(z.gte(1), z.lte(5));
/** Areas of guidance: topic ids. */
export const Areas = z.array(Id).check(z.minLength(1), z.maxLength(10));

export const Feedback = z.strictObject({
  memberId: Id,
  rating: Rating,
  comment: text(2000),
  givenAt: Instant,
});
export type Feedback = z.infer<typeof Feedback>;

/** A request and the relationship it becomes are one record whose state moves. */
export const Mentorship = z.strictObject({
  id: Id,
  /** Goes up by one on every change; a write naming an older version is refused (`conflict`). */
  version: z.int().check(z.gte(1)),
  state: MentorshipState,
  requesterId: Id,
  mentorId: Id,
  menteeId: Id,
  areas: Areas,
  goals: text(2000),
  termMonths: TermMonths,
  meetingMode: MeetingMode,
  message: text(2000),
  createdAt: Instant,
  respondedAt: z.nullable(Instant),
  expiresAt: Instant,
  remindedAt: z.nullable(Instant),
  startedAt: z.nullable(Instant),
  endsAt: z.nullable(Instant),
  endedAt: z.nullable(Instant),
  declineReason: z.nullable(z.string()),
  endReason: z.nullable(z.string()),
  /**
   * The feedback the reader may see: staff, every partner's; a member, only their own (evaluations go to the
   * program office; visibility.ts `mentorshipFor`).
   */
  feedback: z.array(Feedback),
  /** The partners who have given feedback, in the order they gave it: what each sees of the other's. */
  feedbackGivenBy: z.array(Id),
  /** Staff paired the two directly (active at once; `requesterId` is then the mentee). */
  pairedByStaff: z.boolean(),
  /** Staff ended it or withdrew the request, for the members (the reason is `endReason`). */
  closedByStaff: z.boolean(),
});
export type Mentorship = z.infer<typeof Mentorship>;

/** A mentorship as listed in the viewer's console, with the other member. */
export const MentorshipItem = z.strictObject({ mentorship: Mentorship, partner: MemberView });
export type MentorshipItem = z.infer<typeof MentorshipItem>;

