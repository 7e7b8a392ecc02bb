// Change notification over HTTP: changes made through this adapter are heard at once; everyone else's
// (another tab, the other member of a request, an administrator) arrive by polling `GET /changes`, and
// only while someone listens, so a page nobody watches makes no requests.
import type { ChangeListener, MentoringChange } from '@mentor-match/core/adapter';
import type { ChangesPage } from '@mentor-match/core/schemas/api';

/** Fetches the changes after a cursor; no cursor: only the current one (`last`). */
export type FetchChanges = (after: number | undefined, signal: AbortSignal) => Promise<ChangesPage>;

/** A poll that failed waits longer each time, up to this many intervals, so an outage is not hammered. */
const MAX_BACKOFF = 16;

/** How many feed positions are remembered as told (own changes, and what polls reported): the recent ones are enough. */
const REMEMBERED = 256;

const keyOf = ({ kind, id }: MentoringChange): string => `${kind}:${id}`;
/** What `#told` holds for a feed position one of this adapter's own calls recorded. */
const OWN_CHANGE = 'own';

export class ChangeFeed {
  readonly #listeners = new Set<ChangeListener>();
  readonly #fetchChanges: FetchChanges;
  readonly #intervalMs: number;
  /** Bumped on every start and stop, so the answer of a poll from an earlier run is dropped. */
  #run = 0;
  #cursor: number | undefined;
  /**
   * The oldest change-feed position of an answer read since the last poll set out: the page's data is as
   * of it, so the next poll asks from there (again, perhaps) rather than from the cursor, and nothing that
   * changed between a read and the first poll (or a slow read and a poll) goes unheard.
   */
  #floor: number | undefined;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: AbortController | undefined;
  /** A poll came due while the page was hidden; it runs when the page is shown again. */
  #dueWhileHidden = false;
  /**
   * Feed positions the listeners were already told of, with the change told: this adapter's own changes
   * (told as soon as the server answered) and what polls reported. A poll leaves the first out, and a
   * slow answer to a change a poll already reported is not told twice.
   */
  readonly #told = new Map<number, string>();

  constructor(fetchChanges: FetchChanges, intervalMs: number) {
    this.#fetchChanges = fetchChanges;
    this.#intervalMs = intervalMs;
  }

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#start();
    return () => {
      if (this.#listeners.delete(listener) && this.#listeners.size === 0) this.#stop();
    };
  }

  /**
   * Tells every listener, in a microtask: listeners run after the caller's promise has its result (as
   * with MemoryAdapter). One that unsubscribed meanwhile is skipped; one that throws silences no other.
   */
  emit(changes: readonly MentoringChange[]): void {
    if (changes.length === 0 || this.#listeners.size === 0) return;
    const listeners = [...this.#listeners];
    queueMicrotask(() => {
      for (const change of changes) {
        for (const listener of listeners) {
          if (!this.#listeners.has(listener)) continue;
          try {
            listener({ kind: change.kind, id: change.id });
          } catch (error) {
            console.error('mentor-match: a change listener threw', error);
          }
        }
      }
    });
  }

  /**
   * This adapter's own change, answered by the server, which recorded it at the feed positions `seqs`
   * (CHANGES_MADE_HEADER; none when the server does not say): told now, and not again when a poll reports it.
   */
  announce(change: MentoringChange, seqs: readonly number[]): void {
    // A poll that reported the call's records first told this change already.
    if (seqs.some((seq) => this.#told.get(seq) === keyOf(change))) return;
    // Every record the call made is told once, as this change: the others (the mentor's places when a
    // mentorship starts) are what this change already makes stale for whoever reads through the adapter.
    for (const seq of seqs) this.#remember(seq, OWN_CHANGE);
    this.emit([change]);
  }

  #remember(seq: number, key: string): void {
    this.#told.set(seq, key);
    if (this.#told.size > REMEMBERED) this.#told.delete(this.#told.keys().next().value!);
  }

  /** An answer reflected every change up to `seq` (CHANGES_SEQ_HEADER). */
  observed(seq: number): void {
    this.#floor = Math.min(seq, this.#floor ?? seq);
  }

  /**
   * What a poll reported that the listeners were not told yet, one notice per record (a page of changes may
   * name the same mentorship several times); each is remembered as told.
   */
  #untold(changes: ChangesPage['changes']): MentoringChange[] {
    const byKey = new Map<string, MentoringChange>();
    for (const { seq, kind, id } of changes) {
      const key = keyOf({ kind, id });
      const told = this.#told.get(seq);
      if (told === key || told === OWN_CHANGE) continue;
      this.#remember(seq, key);
      byKey.set(key, { kind, id });
    }
    return [...byKey.values()];
  }

  #start(): void {
    this.#run += 1;
    globalThis.document?.addEventListener('visibilitychange', this.#onVisibilityChange);
    // Without any read to start from, the first poll only learns the cursor: listeners hear of changes
    // made after they subscribed.
    void this.#poll(this.#run);
  }

  #stop(): void {
    this.#run += 1;
    clearTimeout(this.#timer);
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    this.#cursor = undefined;
    this.#failures = 0;
    this.#dueWhileHidden = false;
    globalThis.document?.removeEventListener('visibilitychange', this.#onVisibilityChange);
  }

  async #poll(run: number): Promise<void> {
    const controller = new AbortController();
    this.#inFlight = controller;
    const floor = this.#floor;
    this.#floor = undefined;
    const after = floor === undefined ? this.#cursor : Math.min(floor, this.#cursor ?? floor);
    try {
      const page = await this.#fetchChanges(after, controller.signal);
      if (run !== this.#run) return;
      if (after !== undefined) this.emit(this.#untold(page.changes));
      this.#cursor = page.last;
      this.#failures = 0;
    } catch {
      // An outage or an expired token: try again later, less often; the calls themselves report errors.
      if (floor !== undefined) this.observed(floor);
      if (run !== this.#run) return;
      this.#failures += 1;
    }
    const wait = this.#intervalMs * Math.min(2 ** this.#failures, MAX_BACKOFF);
    this.#timer = setTimeout(() => this.#due(run), wait);
    // In Node (scripts, tests, server-side rendering) a forgotten subscription must not keep the process alive.
    (this.#timer as { unref?: () => void }).unref?.();
  }

  #due(run: number): void {
    if (run !== this.#run) return;
    // A hidden tab skips its polls (battery, server load); it catches up from its cursor when shown.
    if (globalThis.document?.hidden) this.#dueWhileHidden = true;
    else void this.#poll(run);
  }

  readonly #onVisibilityChange = (): void => {
    if (!this.#dueWhileHidden || globalThis.document.hidden) return;
    this.#dueWhileHidden = false;
    void this.#poll(this.#run);
  };
}
