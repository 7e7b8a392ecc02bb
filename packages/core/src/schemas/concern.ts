// Concerns: a member reports a problem with one of their mentorships or requests (IBS's oversight
// committee); only staff see it, in a queue, answer it and move it on. The member sees its status and the
// replies, never staff's notes. concerns.ts holds the rules.
import * as z from 'zod/mini';
import { Id, Instant, text } from './common.ts';

export const CONCERN_STATUSES = ['new', 'in-progress', 'resolved'] as const;
export const ConcernStatus = z.enum(CONCERN_STATUSES);
export type ConcernStatus = z.infer<typeof ConcernStatus>;

/** `POST /me/concerns`: about one of the member's own mentorships (in any state) or requests. */
export const ConcernInput = z.strictObject({
  mentorshipId: Id,
  text: text(4000, 1),
});
export type ConcernInput = z.infer<typeof ConcernInput>;

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

/**
 * One step of a concern's history: raised by the member (`staffId` null), or a staff member's update with
 * the status it left the concern in, and a reply to the member and/or a note only staff read.
 */
export const ConcernEvent = z.strictObject({
  at: Instant,
  staffId: z.nullable(Id),
  status: ConcernStatus,
  reply: z.nullable(z.string()),
  note: z.nullable(z.string()),
});
export type ConcernEvent = z.infer<typeof ConcernEvent>;

/** A concern as stored (staff read it with the two members' names: `StaffConcern`). */
export const ConcernRecord = z.strictObject({
  id: Id,
  /** Goes up by one on every update; an update naming an older version is refused (`conflict`, `stale`). */
  version: z.int().check(z.gte(1)),
  mentorshipId: Id,
  /** The member who raised it, and the other member of the mentorship. */
  raisedById: Id,
  aboutId: Id,
  text: text(4000, 1),
  status: ConcernStatus,
  createdAt: Instant,
  updatedAt: Instant,
  /** Oldest first; the first entry is the member raising it. */
  history: z.array(ConcernEvent),
});
export type ConcernRecord = z.infer<typeof ConcernRecord>;

/** `GET /me/concerns`: the member's concerns, newest first. */
export const ConcernList = z.strictObject({ items: z.array(Concern) });
export type ConcernList = z.infer<typeof ConcernList>;
