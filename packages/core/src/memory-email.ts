// MemoryStore's email preferences and the rule its outbox follows with them (email-routing.ts, the server's
// rule too). A module of its own, loaded with the notification service (MemoryAdapter, when a member's page
// first asks for its notifications or preferences): until then nobody has chosen, and a demo page that
// never shows them downloads none of it. The preferences are saved beside the store's state (`…:email`).
import * as z from 'zod/mini';
import { routeEmails } from './email-routing.ts';
import { heldFrom, type HeldEmail } from './held-email.ts';
import type { Notification } from './notifications.ts';
import { NotificationPreferences } from './schemas/notification.ts';

/** As saved: each member's id and choice (zod's object and array only: a tuple would add to every page's zod). */
const Saved = z.array(z.object({ memberId: z.string(), preferences: NotificationPreferences }));

declare const console: { warn(...data: unknown[]): void };

/** Where MemoryStore saves its state (memory-store.ts `Persistence`, restated: the store imports this module's type). */
interface Persistence {
  storage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  key: string;
}

export class MemoryEmail {
  /** Each member's choice; a member who never chose has none (`immediately`). */
  readonly preferences: Map<string, NotificationPreferences>;
  readonly #persistence: Persistence | undefined;
  /** When each notification held for its member's own digest is due (the cap's have none): `heldFrom`. */
  readonly #held = new WeakMap<Notification, HeldEmail>();

  constructor(persistence?: Persistence) {
    this.#persistence = persistence && { storage: persistence.storage, key: `${persistence.key}:email` };
    this.preferences = new Map(this.#load());
  }

  /** A unit's emails as each member chose: `[sent now, held for a digest]`; the rest are not emailed. */
  route(notifications: readonly Notification[], capped: readonly Notification[]): [Notification[], Notification[]] {
    const { send, hold } = routeEmails(notifications, capped, (id) => this.preferences.get(id)?.frequency);
    for (const held of hold) this.#held.set(held.notification, held);
    return [send, hold.map((held) => held.notification)];
  }

  /** The instant a member's held notifications count as held from: the earliest of theirs. */
  heldFrom(notifications: readonly Notification[]): number {
    return Math.min(...notifications.map((n) => heldFrom(this.#held.get(n) ?? { notification: n, dueAt: null })));
  }

  /** Keeps a member's choice, and saves them all; returns what undoes it (a unit of work that fails). */
  save(memberId: string, preferences: NotificationPreferences): () => void {
    const before = this.preferences.get(memberId);
    this.#set(memberId, preferences);
    return () => this.#set(memberId, before);
  }

  #set(memberId: string, preferences: NotificationPreferences | undefined): void {
    if (preferences) this.preferences.set(memberId, preferences);
    else this.preferences.delete(memberId);
    if (!this.#persistence) return;
    try {
      this.#persistence.storage.setItem(this.#persistence.key, JSON.stringify([...this.preferences].map(([memberId, chosen]) => ({ memberId, preferences: chosen }))));
    } catch (error) {
      console.warn('mentor-match: could not save the email preferences.', error);
    }
  }

  #load(): [string, NotificationPreferences][] {
    try {
      const saved = this.#persistence?.storage.getItem(this.#persistence.key);
      return saved ? Saved.parse(JSON.parse(saved)).map((entry) => [entry.memberId, entry.preferences]) : [];
    } catch (error) {
      console.warn('mentor-match: ignoring unreadable saved email preferences.', error);
      return [];
    }
  }
}
