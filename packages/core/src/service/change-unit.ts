// What a changing operation does inside its unit of work beyond calling a rule, each in one place: refuse an
// unknown action, lock a mentorship with its two members, store the viewer's changed record, tell of a mentor
// whose places changed, queue a notification (or hold it for the digest). Apart from unit.ts (what reads need too) so that the in-page demo downloads them with
// a member's first change (mentoring-service.ts), and the office's and the cohorts' services with theirs.
import { MentoringError, notFound } from '../errors.ts';
import { NOTIFICATION_WINDOW_MS, composeNotification, isOverNotificationCap, type NotificationKind } from '../notifications.ts';
import type { Member, Viewer } from '../schemas/member.ts';
import type { Mentorship } from '../schemas/mentorship.ts';
import type { ProgramSettings } from '../schemas/settings.ts';
import { wait, type Op } from './op.ts';
import type { StoreChange } from './store.ts';
import { memberChanged, viewerOf } from './unit.ts';

/**
 * A mentorship that starts or stops being active is also a change of its mentor: their open places are part
 * of how every member sees them (a card's places, its "full" badge), and only the pair hears of the mentorship.
 */
export function* mentorActiveChange(tx: StoreChange, before: Mentorship | null, after: Mentorship, mentor: Member): Op<void> {
  if ((before?.state === 'active') !== (after.state === 'active')) tx.recordChange(yield* memberChanged(tx, mentor));
}

/** `validation` (`action`) for an action not among `actions`: typed callers cannot pass one, page scripts can. */
export function checkAction(actions: readonly string[], action: string): void {
  if (!actions.includes(action)) throw new MentoringError('validation', `Unknown action ${String(action)}.`, { field: 'action' });
}

/**
 * Mentorship `id` and its two members, locked in the order every unit locks: the members first, then the
 * mentorship. What is read of them cannot change until the unit ends (so limits checked at accept hold).
 */
export function* lockMentorshipWithMembers(tx: StoreChange, id: string): Op<{ m: Mentorship; members: ReadonlyMap<string, Member> }> {
  const seen = yield* wait(tx.mentorship(id));
  if (!seen) throw notFound('mentorship', id);
  const members = yield* wait(tx.lockMembers([seen.mentorId, seen.menteeId]));
  return { m: (yield* wait(tx.lockMentorship(id))) ?? seen, members };
}

/** Stores the viewer's changed record, records the change, and returns the viewer as they now are. */
export function* saveViewer(tx: StoreChange, member: Member, staff: boolean): Op<Viewer> {
  yield* wait(tx.updateMember(member));
  tx.recordChange(yield* memberChanged(tx, member));
  return yield* viewerOf(tx, member, staff);
}

export interface NotifyFacts {
  settings: ProgramSettings;
  now: Date;
  /** Both members of the mentorship. */
  members: ReadonlyMap<string, Member>;
}

/**
 * Queues the notification of `kind` about `m` (`actorId`: the member who acted; null for the program's
 * clock). What one member's actions send another is capped per day: past the cap it is held for the
 * recipient's digest (jobs.ts) instead of sent.
 */
export function* notify(tx: StoreChange, kind: NotificationKind | null, m: Mentorship, actorId: string | null, facts: NotifyFacts): Op<void> {
  if (kind === null) return;
  const { settings, now } = facts;
  const notification = composeNotification(kind, m, actorId, { settings, now, member: (id) => facts.members.get(id) });
  if (actorId !== null) {
    const since = new Date(now.getTime() - NOTIFICATION_WINDOW_MS);
    if (isOverNotificationCap(yield* wait(tx.notificationsCaused(actorId, notification.memberId, since)), settings)) {
      tx.holdForDigest(notification);
      return;
    }
  }
  tx.notify(notification);
}
