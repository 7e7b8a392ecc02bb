// What a kept unit of work does with the emails of the notifications it queued, by what each member chose
// (notification preferences): the one rule both stores follow (MemoryStore's outbox and the server's
// email outbox and held_notifications table), so the in-page demo emails exactly what the server would.
import { NOTIFICATION_WINDOW_MS, emailTiming, type Notification } from './notifications.ts';
import type { EmailFrequency } from './schemas/notification.ts';

/** A notification kept back from email for its member's digest. */
export interface HeldEmail {
  notification: Notification;
  /** Held by the member's choice of a daily or weekly digest: their digest is due then. Null: held by the cap, for a day. */
  dueAt: Date | null;
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

/**
 * The instant a held notification counts as held from, for the digest job (due once a day has passed since):
 * a capped one, when it was held; one held for the member's own digest, a day before that digest is due.
 * The server's held-notifications.ts says the same in SQL (`HELD_FROM`).
 */
export const heldFrom = ({ notification, dueAt }: HeldEmail): number =>
  dueAt === null ? Date.parse(notification.at) : dueAt.getTime() - NOTIFICATION_WINDOW_MS;
