// The program office's record the in-memory store saves with the rest of its state and checks when it loads
// (memory-store.ts): the program's settings as stored. A module of its own, so the demo's store does not bring
// every staff shape to a member's page; schemas/staff.ts re-exports it. The audit log it saves too is checked
// entry by entry when the office first reads it (memory-staff-reads.ts), so its shape is staff.ts's.
import * as z from 'zod/mini';
import { Id, Instant } from './common.ts';
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
