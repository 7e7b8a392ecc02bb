// What the member's adapter and the staff adapter share: one transport (http.ts) and one change feed
// (changes.ts) over `GET /changes`, fed by every answer's freshness. Their state changes are member-changes.ts's.
import { MentoringError } from '@mentor-match/core/errors';
import { ChangesPage } from '@mentor-match/core/schemas/api';
import { ChangeFeed } from './changes.ts';
import { createHttp, type RestAdapterOptions, type Send, type Start } from './http.ts';

/** Ids go into paths; an id with a slash or `..` must not reach another route. */
export const segment = (id: string): string => encodeURIComponent(id);

export class Connection {
  readonly send: Send;
  /** The exchange `send` builds on, for the staff's and the workspace's downloads (download.ts). */
  readonly start: Start;
  readonly feed: ChangeFeed;

  constructor(options: RestAdapterOptions) {
    this.feed = new ChangeFeed(
      (after, signal) =>
        this.send('GET', 'changes', ChangesPage, 'change list', {
          searchParams: new URLSearchParams(after === undefined ? {} : { after: String(after) }),
          signal,
          // A failed poll is simply made again at the next interval.
          retries: 0,
        }),
      options.pollIntervalMs ?? 5000,
    );
    // Every answer tells the feed how fresh it is, so it polls from the oldest data the page holds.
    const http = createHttp(options, (seq) => this.feed.observed(seq));
    this.send = http.send;
    this.start = http.start;
  }
}

/**
 * A part of the adapter imported at its first call (`load`), kept once it has arrived. A download that fails
 * rejects that call with `network`, as a server out of reach would (nothing was sent; the elements word it as
 * one), and the next call asks again.
 */
export function onFirstCall<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw new MentoringError('network', 'Part of the REST adapter could not be downloaded.', { cause: error });
    }));
}

/** The notifications' schemas, for the bell's reads and writes: imported at the first, so a page without the bell never downloads them. */
export const notificationSchemas = onFirstCall(() => import('@mentor-match/core/schemas/notification'));
