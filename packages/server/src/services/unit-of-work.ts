// One state change = one transaction: the caller locks and reads what the core rule needs, calls the rule,
// and writes its result; emails and change records collected on the way are written in the same
// transaction, and an Idempotency-Key's answer with them. Nothing is stored when anything throws.
import { MentoringError, type Clock, type Member, type Mentorship, type ProgramSettings } from '@mentor-match/core';
import { composeEmail, type EmailKind, type EmailMessage } from '@mentor-match/core/memory-emails';
import type { Database, Queryable } from '../db/database.ts';
import { recordChanges, type ChangeRecord } from '../store/changes.ts';
import { lockIdempotencyKey, storeIdempotentAnswer } from '../store/idempotency.ts';
import { enqueueEmail } from '../store/outbox.ts';

export interface WorkDeps {
  db: Database;
  clock: Clock;
  readonly settings: ProgramSettings;
  /** Called after a commit that wrote emails or changes (wakes the mail sender). */
  afterCommit?(summary: { emails: number; changes: number }): void;
}

/** Deps whose settings are the program's current ones at each change. */
export function workDeps(db: Database, clock: Clock, program: { readonly settings: ProgramSettings }, afterCommit?: WorkDeps['afterCommit']): WorkDeps {
  return {
    db,
    clock,
    get settings() {
      return program.settings;
    },
    afterCommit,
  };
}

/** What one transaction has to work with, and collects on the way. */
export class Work {
  readonly tx: Queryable;
  readonly now: Date;
  readonly settings: ProgramSettings;
  readonly changes: ChangeRecord[] = [];
  readonly emails: EmailMessage[] = [];

  constructor(tx: Queryable, now: Date, settings: ProgramSettings) {
    this.tx = tx;
    this.now = now;
    this.settings = settings;
  }

  /** A member's own record changed: everyone may see it (search, profiles). */
  memberChanged(id: string): void {
    this.changes.push({ kind: 'member', id, audience: null });
  }

  /** A mentorship changed: only its two members hear of it. */
  mentorshipChanged(m: Mentorship): void {
    this.changes.push({ kind: 'mentorship', id: m.id, audience: [m.mentorId, m.menteeId] });
  }

  /** The email core words for this event, to the member core says (`members` must hold both partners). */
  email(kind: EmailKind, m: Mentorship, actorId: string | null, members: ReadonlyMap<string, Member>): void {
    this.emails.push(composeEmail(kind, m, actorId, { settings: this.settings, now: this.now, member: (id) => members.get(id) }));
  }
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
}

export interface IdempotencyRequest {
  memberId: string;
  key: string;
  /** Method, path and body: the same key with anything else is refused. */
  fingerprint: string;
}

/**
 * Runs one state change in a transaction; with a key, a repeat gets the stored answer (`replayed`).
 * `changeSeqs`: the change-feed positions of the changes it recorded (none on a replay).
 */
export async function commitChange<T>(
  deps: WorkDeps,
  change: (work: Work) => Promise<Answer<T>>,
  idempotency?: IdempotencyRequest,
): Promise<Answer<T> & { replayed: boolean; changeSeqs: number[] }> {
  let summary = { emails: 0, changes: 0 };
  const result = await deps.db.transaction(async (tx) => {
    if (idempotency) {
      const stored = await lockIdempotencyKey(tx, idempotency.memberId, idempotency.key);
      if (stored) {
        if (stored.fingerprint !== idempotency.fingerprint) {
          throw new MentoringError('conflict', 'This Idempotency-Key was already used for a different request.', {
            field: 'Idempotency-Key',
            details: { key: idempotency.key },
          });
        }
        summary = { emails: 0, changes: 0 };
        return { status: stored.status, body: stored.body as T, replayed: true, changeSeqs: [] };
      }
    }
    const work = new Work(tx, deps.clock.now(), deps.settings);
    const answer = await change(work);
    for (const email of work.emails) await enqueueEmail(tx, email);
    const changeSeqs = await recordChanges(tx, work.changes);
    if (idempotency) {
      await storeIdempotentAnswer(tx, idempotency.memberId, idempotency.key, { fingerprint: idempotency.fingerprint, ...answer }, work.now);
    }
    summary = { emails: work.emails.length, changes: work.changes.length };
    return { ...answer, replayed: false, changeSeqs };
  });
  if (summary.emails > 0 || summary.changes > 0) deps.afterCommit?.(summary);
  return result;
}
