// The records the in-memory store saves with the rest of its state and checks when it loads (memory-store.ts)
// that member pages never read: the program's settings as stored, and concerns with their history (staff's
// notes among it; a member reads a concern as concern.ts's `Concern`). A module of its own, so the demo's store
// does not bring every staff shape to a member's page; schemas/staff.ts re-exports it. The audit log it saves
// too is checked entry by entry when the office first reads it (memory-staff-reads.ts), so its shape is staff.ts's.
import * as z from 'zod/mini';
import { Id, Instant, text } from './common.ts';
import { ConcernStatus } from './concern.ts';
import { ProgramSettings } from './settings.ts';

/** The program's settings as stored: each change makes a new version. */
export const ProgramRecord = z.strictObject({
  settings: ProgramSettings,
  version: z.int().check(z.gte(1)),
  /** Null: never changed since the program started (the settings it was configured with). */
  updatedAt: z.nullable(Instant),
  updatedBy: z.nullable(Id),
});
export type ProgramRecord = z.infer<typeof ProgramRecord>;

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
