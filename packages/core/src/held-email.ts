// A notification held back from email for its member's digest, and when the digest job counts it as held
// from. A module of its own: MemoryStore's digests need only this, not the routing (email-routing.ts) that
// loads with the preferences.
import { NOTIFICATION_WINDOW_MS, type Notification } from './notifications.ts';

export interface HeldEmail {
  notification: Notification;
  /** Held by the member's choice of a daily or weekly digest: their digest is due then. Null: held by the cap, for a day. */
  dueAt: Date | null;
}

/**
 * The instant a held notification counts as held from, for the digest job (due once a day has passed since):
 * a capped one, when it was held; one held for the member's own digest, a day before that digest is due.
 * The server's held-notifications.ts says the same in SQL (`HELD_FROM`).
 */
export const heldFrom = ({ notification, dueAt }: HeldEmail): number =>
  dueAt === null ? Date.parse(notification.at) : dueAt.getTime() - NOTIFICATION_WINDOW_MS;
