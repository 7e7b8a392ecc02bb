// The notification calls of the REST adapter (`/me/notifications`), in a module of their own that the
// adapter imports on the first such call: a page without the bell never downloads them.
import type { CallOptions } from '@mentor-match/core/adapter';
import {
  NotificationFeed, NotificationPreferences, type MarkReadInput,
} from '@mentor-match/core/schemas/notification';
import type { Connection } from './connection.ts';

export class NotificationCalls {
  readonly #connection: Connection;
  readonly #viewerId: () => Promise<string>;

  /** `viewerId`: the signed-in member's id, named by the change a write tells its page about. */
  constructor(connection: Connection, viewerId: () => Promise<string>) {
    this.#connection = connection;
    this.#viewerId = viewerId;
  }

  list(options?: CallOptions): Promise<NotificationFeed> {
    return this.#connection.send('GET', 'me/notifications', NotificationFeed, 'notification list', options);
  }

  async markRead(input: MarkReadInput, options?: CallOptions): Promise<NotificationFeed> {
    const id = await this.#viewerId();
    return this.#connection.change('POST', 'me/notifications/read', NotificationFeed, 'notification list', input, options, () => ({ kind: 'notification', id }));
  }

  preferences(options?: CallOptions): Promise<NotificationPreferences> {
    return this.#connection.send('GET', 'me/notifications/preferences', NotificationPreferences, 'notification preferences', options);
  }

  async setPreferences(input: NotificationPreferences, options?: CallOptions): Promise<NotificationPreferences> {
    const id = await this.#viewerId();
    return this.#connection.change('PUT', 'me/notifications/preferences', NotificationPreferences, 'notification preferences', input, options, () => ({ kind: 'notification', id }));
  }
}
