// The in-memory store's lists of notifications (the bell), one list per member (the email preferences are
// memory-email.ts's).
import { isListed, type Notification } from './notifications.ts';
import type { StoredNotification } from './service/store.ts';

export class MemoryFeed {
  /** Each member's notifications, oldest first. */
  readonly #lists = new Map<string, StoredNotification[]>();
  #nextId = 1;

  /** Puts each listed notification in its member's list, unread. */
  add(notifications: readonly Notification[]): void {
    for (const notification of notifications.filter(isListed)) {
      const list = this.#lists.get(notification.memberId) ?? [];
      list.push({ id: String(this.#nextId++), notification, readAt: null });
      this.#lists.set(notification.memberId, list);
    }
  }

  list(memberId: string, limit: number): { items: StoredNotification[]; unread: number } {
    const list = this.#lists.get(memberId) ?? [];
    return { items: list.slice(-limit).reverse(), unread: list.filter((item) => item.readAt === null).length };
  }

  /** Marks them read; returns what undoes it. */
  markRead(memberId: string, ids: readonly string[] | null, at: Date): () => void {
    const marked = (this.#lists.get(memberId) ?? []).filter((item) => item.readAt === null && (ids === null || ids.includes(item.id)));
    for (const item of marked) item.readAt = at.toISOString();
    return () => {
      for (const item of marked) item.readAt = null;
    };
  }
}
