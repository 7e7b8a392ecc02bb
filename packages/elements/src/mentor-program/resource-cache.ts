// The page's resource cache: <mentor-program> hands it to every element inside it as their adapter, so
// every read goes through it (the model is Lion's ajax cache interceptors). Identical reads in flight are
// one request (shared-read.ts); an answer is kept until a change of the matching kind makes it stale; the
// search pages and the mentorship list fill the member entries they hold, so a card never asks for a member
// the page has just read. Writes go straight to the adapter. Answers are kept only while the cache hears
// the adapter's changes, that is while some element listens.
//
// What each change makes stale (everything else is kept):
//
// | change         | stale                                                                                 |
// | -------------- | ------------------------------------------------------------------------------------- |
// | `program`      | everything: the settings, and every answer ranked, limited or worded by them          |
// | `member` X     | member X's view; every search page (X may enter, leave or move); the viewer, when X   |
// |                | is the viewer; the mentorship list, when X is a partner in it (names, headlines)      |
// | `mentorship` M | the mentorship list; the viewer (its counts); every search page (relations, places,   |
// |                | full mentors leave); the views of M's two members, known from the list, a write's     |
// |                | answer or a member's relation, or every member view while they are not known         |
// | `concern`      | the viewer's concerns, nothing else                                                   |
// | `notification` | the viewer's notifications (the bell's list), nothing else                            |
//
// A write the adapter refuses makes stale what its change would have: the refusal says that what the page
// shows is out of date (a request that expired meanwhile, places another tab filled).
//
// One change therefore refetches each resource it affects once for the whole page, however many elements
// show it: the first element to read again starts the read, the others join it or find its answer.
import type {
  CallOptions, ChangeListener, CohortAdapter, CodeOfConductAcceptance, Concern, ConcernInput, EnrolmentInput, AvailabilityInput,
  FeedbackInput, MemberView, MentoringAdapter, MentoringChange, Mentorship, MentorshipAction, MentorshipActionInput,
  MentorshipItem, MentorshipRequestInput, ProgramSettings, SearchPage, SearchQuery, Viewer,
} from '@mentor-match/core';
import type { NotificationFeed } from '@mentor-match/core';
import { isMentoringError } from '@mentor-match/core/errors';
import { loadErrorSentences } from '../i18n/localize.ts';
import { SharedRead, abortError } from './shared-read.ts';

/**
 * A failed call's error, once the English words for it are there (they download at the first failure:
 * i18n/localize.ts), so the element that shows it renders them at once. A cancelled call shows nothing.
 */
async function worded(error: unknown): Promise<never> {
  if (!isMentoringError(error) || error.reason !== 'aborted') await loadErrorSentences();
  throw error;
}

/**
 * The adapter's calls that go past the cache (the cohorts', the email preferences'), made to fail like the
 * cache's own: only once their error's words are here (`worded`), never with an empty sentence meanwhile.
 */
function wordedCalls<T extends object>(adapter: T): T {
  return new Proxy(adapter, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        return result instanceof Promise ? result.catch(worded) : result;
      };
    },
  });
}

export interface CachedCallOptions extends CallOptions {
  /** Not an answer kept from before: the member asked again (a read in flight is joined all the same). */
  fresh?: boolean;
}

/** One resource: its answer once it came, and the read while it is in flight. */
interface Entry {
  read?: SharedRead<unknown>;
  value?: unknown;
  done: boolean;
}

const PROGRAM = 'program';
const VIEWER = 'viewer';
const MENTORSHIPS = 'mentorships';
const CONCERNS = 'concerns';
const NOTIFICATIONS = 'notifications';
const MEMBER = 'member:';
const SEARCH = 'search:';
const memberKey = (id: string) => `${MEMBER}${id}`;
/** The same criteria in any order are one page. */
const searchKey = (query: SearchQuery) =>
  `${SEARCH}${JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)))}`;

export class ResourceCache implements MentoringAdapter {
  readonly #adapter: MentoringAdapter;
  readonly #entries = new Map<string, Entry>();
  /** The members of the mentorships the page has seen (the viewer is one of them). */
  readonly #pairs = new Map<string, string[]>();
  readonly #listeners = new Set<ChangeListener>();
  #unsubscribe: (() => void) | undefined;
  #viewerId: string | undefined;
  /**
   * Reads started while the adapter tells one batch of changes (one microtask): an adapter tells together
   * the changes one call made, after making them all, so a read a listener starts for the first of them
   * already reflects the rest and is not made stale by them (an accept is a change of the mentorship and of
   * the mentor: one read of the viewer, not two). `undefined`: no batch being told.
   */
  #startedInBatch: Set<string> | undefined;

  constructor(adapter: MentoringAdapter) {
    this.#adapter = adapter;
    // The bell's calls, offered when the adapter offers them: an element can tell a backend without a bell
    // (a society's own adapter) from one with an empty list.
    const { listNotifications: list, markNotificationsRead: mark } = adapter;
    if (list) this.listNotifications = (options) => this.#read(NOTIFICATIONS, (o) => list.call(adapter, o), options);
    if (mark) this.markNotificationsRead = (input, options) => this.#write(mark.call(adapter, input, options), { kind: 'notification', id: '' });
    // The email preferences' (<mentor-notification-preferences>), past the cache: one element on one page
    // reads them, again after each `notification` change, so there is nothing to share or keep.
    this.#past = wordedCalls(adapter);
    if (adapter.getNotificationPreferences) this.getNotificationPreferences = this.#past.getNotificationPreferences;
    if (adapter.setNotificationPreferences) this.setNotificationPreferences = this.#past.setNotificationPreferences;
  }

  /** The adapter for calls made past the cache, each failing only once its error's words are here. */
  readonly #past: MentoringAdapter;

  readonly listNotifications?: MentoringAdapter['listNotifications'];
  readonly markNotificationsRead?: MentoringAdapter['markNotificationsRead'];
  readonly getNotificationPreferences?: MentoringAdapter['getNotificationPreferences'];
  readonly setNotificationPreferences?: MentoringAdapter['setNotificationPreferences'];

  getProgram(options?: CallOptions): Promise<ProgramSettings> {
    return this.#read(PROGRAM, (o) => this.#adapter.getProgram(o), options);
  }

  getViewer(options?: CallOptions): Promise<Viewer> {
    return this.#read(VIEWER, (o) => this.#adapter.getViewer(o), options, (viewer) => (this.#viewerId = viewer.member.id));
  }

  async getMember(id: string, options: CallOptions = {}): Promise<MemberView> {
    const key = memberKey(id);
    if (!this.#holds(key)) {
      // The search pages and the list a change made stale are read again as the change is told (this is
      // asked after): wait for them, they may hold this member.
      await null;
      await Promise.all(this.#reading((entryKey) => entryKey.startsWith(SEARCH) || entryKey === MENTORSHIPS));
      if (options.signal?.aborted) throw abortError(options.signal);
    }
    return this.#read(key, (o) => this.#adapter.getMember(id, o), options, (view) => this.#learnRelation(view));
  }

  search(query: SearchQuery, options?: CachedCallOptions): Promise<SearchPage> {
    return this.#read(searchKey(query), (o) => this.#adapter.search(query, o), options, (page) =>
      this.#fill(page.hits.map((hit) => hit.member)));
  }

  listMentorships(options?: CallOptions): Promise<MentorshipItem[]> {
    return this.#read(MENTORSHIPS, (o) => this.#adapter.listMentorships(o), options, (items) => {
      for (const { mentorship } of items) this.#learnPair(mentorship);
      this.#fill(items.map((item) => item.partner));
    });
  }

  enrol(input: EnrolmentInput, options?: CallOptions): Promise<Viewer> {
    return this.#write(this.#adapter.enrol(input, options), { kind: 'member', id: this.#viewerId ?? '' });
  }

  setAvailability(input: AvailabilityInput, options?: CallOptions): Promise<Viewer> {
    return this.#write(this.#adapter.setAvailability(input, options), { kind: 'member', id: this.#viewerId ?? '' });
  }

  requestMentorship(input: MentorshipRequestInput, options?: CallOptions): Promise<Mentorship> {
    return this.#write(this.#adapter.requestMentorship(input, options), { kind: 'mentorship', id: '' }, [input.recipientId]);
  }

  act(id: string, action: MentorshipAction, input?: MentorshipActionInput, options?: CallOptions): Promise<Mentorship> {
    return this.#write(this.#adapter.act(id, action, input, options), { kind: 'mentorship', id });
  }

  giveFeedback(id: string, input: FeedbackInput, options?: CallOptions): Promise<Mentorship> {
    return this.#write(this.#adapter.giveFeedback(id, input, options), { kind: 'mentorship', id });
  }

  acceptCodeOfConduct(input: CodeOfConductAcceptance, options?: CallOptions): Promise<Viewer> {
    return this.#write(this.#adapter.acceptCodeOfConduct(input, options), { kind: 'member', id: this.#viewerId ?? '' });
  }

  listConcerns(options?: CallOptions): Promise<Concern[]> {
    return this.#read(CONCERNS, (o) => this.#adapter.listConcerns(o), options);
  }

  raiseConcern(input: ConcernInput, options?: CallOptions): Promise<Concern> {
    return this.#write(this.#adapter.raiseConcern(input, options), { kind: 'concern', id: '' });
  }

  /**
   * The adapter's cohort operations (issue 14), when it offers them (`hasCohorts`), read and written past the
   * cache: only the cohort parts use them, and their changes reach the page as `cohort` changes like any other.
   */
  get cohorts(): (MentoringAdapter & CohortAdapter) | undefined {
    const adapter = this.#past as MentoringAdapter & Partial<CohortAdapter>;
    return typeof adapter.listCohorts === 'function' ? (adapter as MentoringAdapter & CohortAdapter) : undefined;
  }

  /**
   * Listeners hear each change after the cache has made stale what it affects, so whatever they read
   * again is read afresh, once.
   */
  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    this.#unsubscribe ??= this.#adapter.subscribe((change) => this.#changed(change));
    return () => {
      if (!this.#listeners.delete(listener) || this.#listeners.size > 0) return;
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      // Nobody hears the adapter's changes any more: nothing kept could be trusted.
      this.#entries.clear();
    };
  }

  /** A kept answer, or the shared read in flight (started now if there is none). */
  #read<T>(key: string, read: (options: CallOptions) => Promise<T>, options: CachedCallOptions = {}, learn?: (value: T) => void): Promise<T> {
    const kept = this.#entries.get(key);
    if (kept?.done && !options.fresh) return Promise.resolve(kept.value as T);
    if (kept?.read && !kept.read.stopped) return kept.read.join(options.signal) as Promise<T>;
    if (options.signal?.aborted) return Promise.reject(abortError(options.signal));
    const shared = new SharedRead((signal) => read({ signal }).catch(worded));
    const entry: Entry = { read: shared, done: false };
    this.#entries.set(key, entry);
    this.#startedInBatch?.add(key);
    shared.answer.then(
      (value) => {
        // Made stale while in flight: its callers have it, but it is not kept.
        if (this.#entries.get(key) !== entry) return;
        if (!this.#unsubscribe) return void this.#entries.delete(key);
        Object.assign(entry, { read: undefined, value, done: true });
        learn?.(value);
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return shared.join(options.signal);
  }

  /** An answer is kept for `key`, or a read of it is under way. */
  #holds(key: string): boolean {
    const entry = this.#entries.get(key);
    return Boolean(entry && (entry.done || (entry.read && !entry.read.stopped)));
  }

  /** The reads in flight whose key passes `test`, settled either way. */
  #reading(test: (key: string) => boolean): Promise<unknown>[] {
    const reads: Promise<unknown>[] = [];
    for (const [key, { read }] of this.#entries) {
      if (read && !read.stopped && test(key)) reads.push(read.answer.catch(() => undefined));
    }
    return reads;
  }

  /** Members a search page or the list just brought: kept as if read one by one. */
  #fill(views: MemberView[]): void {
    for (const view of views) {
      const key = memberKey(view.id);
      if (!this.#holds(key) || this.#entries.get(key)!.done) this.#entries.set(key, { value: view, done: true });
      this.#learnRelation(view);
    }
  }

  #learnRelation(view: MemberView): void {
    if (view.relation) this.#pairs.set(view.relation.mentorshipId, [view.id, ...(this.#viewerId ? [this.#viewerId] : [])]);
  }

  #learnPair(mentorship: Mentorship): void {
    this.#pairs.set(mentorship.id, [mentorship.mentorId, mentorship.menteeId]);
  }

  async #write<T extends Viewer | Mentorship | Concern | NotificationFeed>(call: Promise<T>, change: MentoringChange, members?: string[]): Promise<T> {
    try {
      const answer = await call;
      if ('mentorId' in answer) this.#learnPair(answer);
      return answer;
    } catch (error) {
      this.#stale(change, members);
      return worded(error);
    }
  }

  #changed(change: MentoringChange): void {
    if (!this.#startedInBatch) {
      this.#startedInBatch = new Set();
      queueMicrotask(() => (this.#startedInBatch = undefined));
    }
    this.#stale(change, undefined, this.#startedInBatch);
    for (const listener of [...this.#listeners]) {
      if (!this.#listeners.has(listener)) continue;
      try {
        listener(change);
      } catch (error) {
        console.error('mentor-match: a change listener threw', error);
      }
    }
  }

  /** Forgets what `change` makes stale (the table at the top); `members`: a mentorship's, when known otherwise. */
  #stale({ kind, id }: MentoringChange, members = this.#pairs.get(id), fresh?: ReadonlySet<string>): void {
    const viewer = this.#viewerId;
    for (const [key, entry] of [...this.#entries]) {
      if (fresh?.has(key)) continue;
      let stale: boolean;
      if (kind === 'concern') stale = key === CONCERNS;
      else if (kind === 'notification') stale = key === NOTIFICATIONS;
      else if (kind === 'program' || key.startsWith(SEARCH)) stale = true;
      else if (kind === 'member') {
        stale =
          key === memberKey(id) ||
          (key === VIEWER && (viewer === undefined || id === viewer)) ||
          (key === MENTORSHIPS && (!entry.done || (entry.value as MentorshipItem[]).some((item) => item.partner.id === id)));
      } else {
        stale =
          key === MENTORSHIPS ||
          key === VIEWER ||
          (key.startsWith(MEMBER) && (!members || [...members, viewer].some((member) => member !== undefined && key === memberKey(member))));
      }
      if (stale) this.#entries.delete(key);
    }
  }
}
