// The program office's records the in-memory store saves with the rest of its state (memory-store.ts checks
// them when it loads): a module of their own, so the demo's store does not bring every staff shape to a
// member's page. schemas/staff.ts re-exports them.
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

// ---------------------------------------------------------------------------------------------
// The audit log: append-only; every staff action and settings change.

export const AUDIT_ACTIONS = [
  'pair', 'end', 'withdraw', 'pause', 'resume', 'approve', 'decline', 'suspend', 'lift-suspension',
  'concern', 'settings',
  // Cohorts (issue 14).
  'cohort-create', 'cohort-update', 'cohort-close', 'cohort-reopen', 'cohort-archive', 'cohort-run', 'cohort-edit', 'cohort-publish',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AUDIT_SUBJECTS = ['member', 'mentorship', 'concern', 'program', 'cohort'] as const;
export const AuditSubject = z.enum(AUDIT_SUBJECTS);
export type AuditSubject = z.infer<typeof AuditSubject>;

/** JSON values: the fields a change touched, as they were and as they became. */
const Fields = z.record(z.string(), z.unknown());

export const AuditEntry = z.strictObject({
  /** Its place in the log: later entries have higher numbers. */
  seq: z.int().check(z.gte(1)),
  at: Instant,
  /** The staff member who acted. */
  actorId: Id,
  action: AuditAction,
  subject: z.strictObject({ kind: AuditSubject, id: Id }),
  /** Null only for a concern update, whose reply or note says why. */
  reason: z.nullable(z.string()),
  /** The limits a pairing went past, and staff's reason for it (`pair` with `overrideLimits` only). */
  override: z.nullable(z.strictObject({ limits: z.array(z.string()), reason: z.string() })),
  /** The top-level fields the action changed (audit.ts `changedFields`); null: created (before) or none. */
  before: z.nullable(Fields),
  after: z.nullable(Fields),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
