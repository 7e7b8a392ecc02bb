// Concerns: a member reports a problem with one of their mentorships or requests (IBS's oversight
// committee); only staff see it, in a queue, answer it and move it on. The member sees its status and the
// replies, never staff's notes. concerns.ts holds the rules.
import * as z from 'zod/mini';
import { Id, Instant } from './common.ts';

export const CONCERN_STATUSES = ['new', 'in-progress', 'resolved'] as const;
export const ConcernStatus = z.enum(CONCERN_STATUSES);
export type ConcernStatus = z.infer<typeof ConcernStatus>;

/** A staff reply, as the member reads it. */
export const ConcernReply = z.strictObject({ at: Instant, text: z.string() });
export type ConcernReply = z.infer<typeof ConcernReply>;

/** A concern as the member who raised it sees it: its status and staff's replies, oldest first. */
export const Concern = z.strictObject({
  id: Id,
  mentorshipId: Id,
  text: z.string(),
  status: ConcernStatus,
  createdAt: Instant,
  updatedAt: Instant,
  replies: z.array(ConcernReply),
});
export type Concern = z.infer<typeof Concern>;

/** `GET /me/concerns`: the member's concerns, newest first. */
export const ConcernList = z.strictObject({ items: z.array(Concern) });
export type ConcernList = z.infer<typeof ConcernList>;
