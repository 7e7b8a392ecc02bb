// The audit log's entries: what a staff action changed, as the top-level fields it touched before and
// after. The log is append-only (the store's `appendAudit`); staff read and export it.
import type { AuditAction, AuditEntry, AuditSubject } from './schemas/staff.ts';

type Fields = Record<string, unknown>;

/**
 * The top-level fields that differ between two versions of a record (compared as JSON), as they were and
 * as they became; a record created has no `before` and all its fields `after`.
 */
export function changedFields(before: object | null, after: object | null): { before: Fields | null; after: Fields | null } {
  if (before === null || after === null) return { before: before && { ...before }, after: after && { ...after } };
  const was: Fields = {};
  const is: Fields = {};
  const old = before as Fields;
  const next = after as Fields;
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
    if (JSON.stringify(old[key]) === JSON.stringify(next[key])) continue;
    if (key in old) was[key] = old[key];
    if (key in next) is[key] = next[key];
  }
  return { before: was, after: is };
}

export interface AuditFacts {
  actorId: string;
  action: AuditAction;
  subject: { kind: AuditSubject; id: string };
  reason: string | null;
  now: Date;
  before: object | null;
  after: object | null;
  override?: { limits: string[]; reason: string } | null;
}

/** The entry a staff action appends (the store numbers it). */
export function auditEntry(facts: AuditFacts): Omit<AuditEntry, 'seq'> {
  return {
    at: facts.now.toISOString(),
    actorId: facts.actorId,
    action: facts.action,
    subject: { ...facts.subject },
    reason: facts.reason,
    override: facts.override ?? null,
    ...changedFields(facts.before, facts.after),
  };
}
