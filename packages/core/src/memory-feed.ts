// The in-memory store's lists of notifications (the bell) and email preferences, one list per member; the
// preferences are saved with the rest of a saved state (the demo's), the lists are not.
import { isListed, type Notification } from './notifications.ts';
import type { NotificationPreferences } from './schemas/notification.ts';
import type { StoredNotification } from './service/store.ts';

/** One member's email preferences, as a saved state holds them. */
export interface SavedPreferences {
  memberId: string;
  preferences: NotificationPreferences;
}

export class MemoryFeed {
  /** Each member's notifications, oldest first. */
  readonly #lists = new Map<string, StoredNotification[]>();
  readonly preferences = new Map<string, NotificationPreferences>();
  #nextId = 1;

  /** `saved`: the email preferences a saved state kept (the demo's, across a reload). */
  constructor(saved: readonly SavedPreferences[] = []) {
    this.takePreferences(saved);
  }

  /** The email preferences, as a state saves them. */
  savedPreferences(): SavedPreferences[] {
    return [...this.preferences].map(([memberId, preferences]) => ({ memberId, preferences }));
  }

  /** Takes another copy's saved preferences (another tab of the demo); answers the members whose changed. */
  takePreferences(saved: readonly SavedPreferences[]): string[] {
    const before = new Map(this.preferences);
    this.preferences.clear();
    for (const { memberId, preferences } of saved) this.preferences.set(memberId, preferences);
    const ids = new Set([...before.keys(), ...this.preferences.keys()]);
    return [...ids].filter((id) => JSON.stringify(before.get(id)) !== JSON.stringify(this.preferences.get(id)));
  }

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
