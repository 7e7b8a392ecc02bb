// What the member's adapter and the staff adapter share: one transport (http.ts) and one change feed
// (changes.ts) over `GET /changes`, fed by every answer's freshness, and state changes that tell the page
// at once what they changed (not again when the poll reports them).
import type { CallOptions, MentoringChange } from '@mentor-match/core/adapter';
import { MentoringError } from '@mentor-match/core/errors';
import { ChangesPage } from '@mentor-match/core/schemas/api';
import type * as z from 'zod/mini';
import { ChangeFeed } from './changes.ts';
import { createHttp, type Method, type RestAdapterOptions, type Send, type Start } from './http.ts';

/** Ids go into paths; an id with a slash or `..` must not reach another route. */
export const segment = (id: string): string => encodeURIComponent(id);

/**
 * Typed callers cannot pass an unknown action, but page scripts are plain JavaScript, and an unknown action
 * would reach an unknown route, whose 404 would read as an unknown id.
 */
export function checkAction<A extends string>(actions: readonly A[], action: A): void {
  if (!actions.includes(action)) throw new MentoringError('validation', `Unknown action ${String(action)}.`, { field: 'action' });
}

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

  /** Sends a state change, then tells the listeners what changed (with the feed positions the server gave it). */
  async change<T>(
    method: Exclude<Method, 'GET'>,
    path: string,
    schema: z.ZodMiniType<T>,
    what: string,
    input: unknown,
    options: CallOptions | undefined,
    changed: (answer: T) => MentoringChange,
  ): Promise<T> {
    let made: number[] = [];
    const answer = await this.send(method, path, schema, what, { ...options, json: input, onChangesMade: (seqs) => (made = seqs) });
    this.feed.announce(changed(answer), made);
    return answer;
  }
}
