// What a kept unit of work does with the emails of the notifications it queued, by what each member chose
// (notification preferences): the one rule both stores follow (MemoryStore's outbox and the server's
// email outbox and held_notifications table), so the in-page demo emails exactly what the server would. A
// module of its own: the in-page demo loads it with the notification service (memory-email.ts).
import { DAY_MS } from './clock.ts';
import { ESSENTIAL_KINDS } from './essential-kinds.ts';
import type { Notification } from './notifications.ts';
import type { HeldEmail } from './held-email.ts';
import type { EmailFrequency } from './schemas/notification.ts';

export * from './held-email.ts';

/**
 * When a notification is emailed, by what its member chose (`immediately` when they chose nothing): now, held
 * for their digest a day or a week on (`delayMs`), or not at all (it is in their list all the same).
 */
export function emailTiming(kind: string, frequency: EmailFrequency | undefined): { send: 'now' } | { send: 'later'; delayMs: number } | { send: 'never' } {
  if (ESSENTIAL_KINDS.has(kind) || frequency === undefined || frequency === 'immediately') return { send: 'now' };
  if (frequency === 'never') return { send: 'never' };
  return { send: 'later', delayMs: (frequency === 'daily' ? 1 : 7) * DAY_MS };
}

export interface EmailRouting {
  /** Emailed now (in memory: put in the outbox). */
  send: Notification[];
  /** Kept for the member's digest (jobs.ts `digestBatch` sends it). */
  hold: HeldEmail[];
}

/**
 * `notifications`: what the unit would send; `capped`: what the cap on one member's notifications to another
 * already held back (service/unit.ts). Each goes by its member's frequency (`emailTiming`): an essential one,
 * or any for a member who chose `immediately` (or nothing), is emailed now (a capped one waits a day, as
 * before); a daily or weekly digest holds it until a day or a week after it was sent; `never` emails it not
 * at all, not even in a digest. Every one is in the member's list (the bell) whatever they chose.
 */
export function routeEmails(
  notifications: readonly Notification[],
  capped: readonly Notification[],
  frequencyOf: (memberId: string) => EmailFrequency | undefined,
): EmailRouting {
  const routing: EmailRouting = { send: [], hold: [] };
  const route = (notification: Notification, wasCapped: boolean) => {
    const timing = emailTiming(notification.kind, frequencyOf(notification.memberId));
    if (timing.send === 'never') return;
    if (timing.send === 'later') routing.hold.push({ notification, dueAt: new Date(Date.parse(notification.at) + timing.delayMs) });
    else if (wasCapped) routing.hold.push({ notification, dueAt: null });
    else routing.send.push(notification);
  };
  for (const notification of notifications) route(notification, false);
  for (const notification of capped) route(notification, true);
  return routing;
}
