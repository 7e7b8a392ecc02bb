// MentoringAdapter in memory: one signed-in member's (or an anonymous visitor's) connection to a
// MemoryBackend. Each call is the mentoring service's operation over the backend's in-memory store
// (service/mentoring-service.ts), after the artificial latency; what it returns is a copy, so nothing a
// page does to a result reaches the store. It decides nothing itself. The service's changes, and the rules
// only they call, are imported with a member's first change: a page that only searches never downloads them.
import type {
  AbortSignalLike, CallOptions, ChangeListener, MentoringAdapter, MentorshipAction,
} from './adapter.ts';
import type { CohortAdapter } from './cohort-adapter.ts';
import type { Account } from './enrolment.ts';
import { MentoringError } from './errors.ts';
import { deepCopy, type MemoryStore } from './memory-store.ts';
import type { Concern } from './schemas/concern.ts';
import type { ConcernInput } from './schemas/inputs.ts';
import type { MarkReadInput, NotificationFeed, NotificationPreferences } from './schemas/notification.ts';
import type { NotificationService } from './service/notification-service.ts';
import type { MemberView, Viewer } from './schemas/member.ts';
import type { AvailabilityInput, CodeOfConductAcceptance, EnrolmentInput } from './schemas/inputs.ts';
import type { Mentorship, MentorshipItem } from './schemas/mentorship.ts';
import type { FeedbackInput, MentorshipActionInput, MentorshipRequestInput } from './schemas/inputs.ts';
import type { SearchPage, SearchQuery } from './schemas/search.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import type { Caller, MentoringService } from './service/mentoring-service.ts';
import type { MentoringReads } from './service/mentoring-reads.ts';
import type { Clock } from './clock.ts';
import type { Awaitable } from './service/op.ts';
import type { CohortApplicationInput, ExtensionInput, MatchAnswerInput, MemberCohort, MemberCohortMatch } from './schemas/cohort.ts';
import type { Role } from './schemas/common.ts';
import type { CohortService } from './service/cohort-service.ts';
import { memoryCohortService } from './memory-cohort-hook.ts';


// Core is compiled without DOM or Node types; these exist in every runtime it targets.
declare function setTimeout(handler: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;

/** What the adapters of one backend share. */
export interface MemoryConnection {
  /** The service's reads; its changes are made with the first change (`changeService`). */
  readonly service: MentoringReads;
  /** The backend's clock (the staff service, made when first asked for, runs on it). */
  readonly clock: Clock;
  readonly store: MemoryStore;
  /** An artificial delay before each call (ms). */
  readonly latencyMs: number;
}

export class MemoryAdapter implements MentoringAdapter, CohortAdapter {
  readonly viewerId: string | null;
  readonly #connection: MemoryConnection;
  readonly #caller: Caller | null;
  /** Loaded with the first call for notifications. */
  #notifications: Promise<NotificationService> | undefined;

  /** Made by `MemoryBackend.adapterFor` and `MemoryBackend.anonymous`; `staff`: the member is program staff. */
  constructor(connection: MemoryConnection, viewerId: string | null, account: Account = {}, staff = false) {
    this.#connection = connection;
    this.viewerId = viewerId;
    this.#caller = viewerId === null ? null : { memberId: viewerId, account, staff };
  }

  getViewer(options?: CallOptions): Promise<Viewer> {
    return this.#call(options, (service, caller) => service.getViewer(caller));
  }

  getProgram(options?: CallOptions): Promise<ProgramSettings> {
    return this.#call(options, (service) => service.getProgram());
  }

  getMember(id: string, options?: CallOptions): Promise<MemberView> {
    return this.#call(options, (service, caller) => service.getMember(caller, id));
  }

  search(query: SearchQuery, options?: CallOptions): Promise<SearchPage> {
    return this.#call(options, (service, caller) => service.search(caller, query));
  }

  enrol(input: EnrolmentInput, options?: CallOptions): Promise<Viewer> {
    return this.#change(options, (service, caller) => service.enrol(caller, input));
  }

  setAvailability(input: AvailabilityInput, options?: CallOptions): Promise<Viewer> {
    return this.#change(options, (service, caller) => service.setAvailability(caller, input));
  }

  requestMentorship(input: MentorshipRequestInput, options?: CallOptions): Promise<Mentorship> {
    return this.#change(options, (service, caller) => service.requestMentorship(caller, input));
  }

  act(id: string, action: MentorshipAction, input: MentorshipActionInput = {}, options?: CallOptions): Promise<Mentorship> {
    return this.#change(options, (service, caller) => service.act(caller, id, action, input));
  }

  giveFeedback(id: string, input: FeedbackInput, options?: CallOptions): Promise<Mentorship> {
    return this.#change(options, (service, caller) => service.giveFeedback(caller, id, input));
  }

  listMentorships(options?: CallOptions): Promise<MentorshipItem[]> {
    return this.#call(options, (service, caller) => service.listMentorships(caller));
  }

  acceptCodeOfConduct(input: CodeOfConductAcceptance, options?: CallOptions): Promise<Viewer> {
    return this.#change(options, (service, caller) => service.acceptCodeOfConduct(caller, input));
  }

  raiseConcern(input: ConcernInput, options?: CallOptions): Promise<Concern> {
    return this.#change(options, (service, caller) => service.raiseConcern(caller, input));
  }

  listConcerns(options?: CallOptions): Promise<Concern[]> {
    return this.#call(options, (service, caller) => service.listConcerns(caller));
  }

  // Cohorts (issue 14): the cohort service, loaded with the first cohort call.

  listCohorts(options?: CallOptions): Promise<MemberCohort[]> {
    return this.#cohortCall(options, (service, caller) => service.listCohorts(caller));
  }

  applyToCohort(cohortId: string, role: Role, input: CohortApplicationInput, options?: CallOptions): Promise<MemberCohort> {
    return this.#cohortCall(options, (service, caller) => service.applyToCohort(caller, cohortId, role, input));
  }

  withdrawApplication(cohortId: string, role: Role, options?: CallOptions): Promise<MemberCohort> {
    return this.#cohortCall(options, (service, caller) => service.withdrawApplication(caller, cohortId, role));
  }

  answerMatch(matchId: string, input: MatchAnswerInput, options?: CallOptions): Promise<MemberCohortMatch> {
    return this.#cohortCall(options, (service, caller) => service.answerMatch(caller, matchId, input));
  }

  extendMentorship(mentorshipId: string, input: ExtensionInput, options?: CallOptions): Promise<MemberCohortMatch> {
    return this.#cohortCall(options, (service, caller) => service.extendMentorship(caller, mentorshipId, input));
  }

  requestRematch(cohortId: string, options?: CallOptions): Promise<MemberCohort> {
    return this.#cohortCall(options, (service, caller) => service.requestRematch(caller, cohortId));
  }

  /**
   * Every change made through any adapter of this backend that this member may see (members shown to them,
   * their own mentorships: service/unit.ts), delivered in a microtask after it is stored.
   */
  subscribe(listener: ChangeListener): () => void {
    return this.#connection.store.subscribe(listener, this.viewerId);
  }

  listNotifications(options?: CallOptions): Promise<NotificationFeed> {
    return this.#notificationCall(options, (service, caller) => service.listNotifications(caller));
  }

  markNotificationsRead(input: MarkReadInput, options?: CallOptions): Promise<NotificationFeed> {
    return this.#notificationCall(options, (service, caller) => service.markNotificationsRead(caller, input));
  }

  getNotificationPreferences(options?: CallOptions): Promise<NotificationPreferences> {
    return this.#notificationCall(options, (service, caller) => service.getNotificationPreferences(caller));
  }

  setNotificationPreferences(input: NotificationPreferences, options?: CallOptions): Promise<NotificationPreferences> {
    return this.#notificationCall(options, (service, caller) => service.setNotificationPreferences(caller, input));
  }

  /** The notification service is loaded on first use: a member's page without the bell never downloads it. */
  async #notificationCall<T>(options: CallOptions | undefined, operation: (service: NotificationService, caller: Caller | null) => Awaitable<T>): Promise<T> {
    const { store, clock } = this.#connection;
    // With the email preferences (memory-email.ts): until a page asks for notifications, nobody has chosen.
    this.#notifications ??= import('./memory-notifications.ts')
      .then(({ NotificationService, MemoryEmail }) => (store.useEmail(MemoryEmail), new NotificationService(store, clock)));
    const service = await this.#notifications;
    return memoryCall(this.#connection, options, () => operation(service, this.#caller));
  }

  #call<T>(options: CallOptions | undefined, operation: (service: MentoringReads, caller: Caller | null) => Awaitable<T>): Promise<T> {
    return memoryCall(this.#connection, options, () => operation(this.#connection.service, this.#caller));
  }

  /**
   * A change: the service's changing half, downloaded with the first (`changeService`). Once it is here a change
   * runs as a read does, so calls made one after the other still run in that order.
   */
  #change<T>(options: CallOptions | undefined, operation: (service: MentoringService, caller: Caller | null) => Awaitable<T>): Promise<T> {
    return memoryCall(this.#connection, options, () => {
      const service = changeService(this.#connection);
      return service instanceof Promise ? service.then((loaded) => operation(loaded, this.#caller)) : operation(service, this.#caller);
    });
  }

  #cohortCall<T>(options: CallOptions | undefined, operation: (service: CohortService, caller: Caller | null) => Awaitable<T>): Promise<T> {
    return memoryCall(this.#connection, options, async () => operation(await memoryCohortService(this.#connection), this.#caller));
  }
}

/** Each backend's whole service: its download while under way, then the service (a failed download is tried again by the next change). */
const changeServices = new WeakMap<MemoryConnection, MentoringService | Promise<MentoringService>>();

/**
 * The backend's service with its changes (service/mentoring-service.ts), imported with the first change. A
 * download that fails rejects the change with `network` (the member is told the service could not be
 * reached, and may try again): nothing was changed.
 */
function changeService(connection: MemoryConnection): MentoringService | Promise<MentoringService> {
  let service = changeServices.get(connection);
  if (!service) {
    service = import('./service/mentoring-service.ts').then(
      ({ MentoringService }) => {
        const loaded = new MentoringService(connection.store, connection.clock);
        changeServices.set(connection, loaded);
        return loaded;
      },
      (error: unknown) => {
        changeServices.delete(connection);
        throw new MentoringError('network', 'The mentoring service\'s code could not be downloaded.', { cause: error });
      },
    );
    changeServices.set(connection, service);
  }
  return service;
}

/**
 * Every call of a memory adapter: wait out the artificial latency (an abort rejects at once), then run the
 * operation, which over the in-memory store finishes without giving way, so no other call interleaves with
 * it; the answer is a copy. There is a wait even without latency, so an abort right after the call rejects
 * it, as over a network.
 */
export async function memoryCall<T>(connection: MemoryConnection, options: CallOptions | undefined, operation: () => Awaitable<T>): Promise<T> {
  const signal = options?.signal;
  throwIfAborted(signal);
  await delay(connection.latencyMs, signal);
  throwIfAborted(signal);
  return deepCopy(await operation());
}

function abortError(signal: AbortSignalLike): MentoringError {
  return new MentoringError('network', 'The call was aborted.', { reason: 'aborted', cause: signal.reason });
}

export function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** Waits `ms` (0: a microtask); an abort during the wait rejects at once. */
function delay(ms: number, signal: AbortSignalLike | undefined): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort(this: void) {
      clearTimeout(timer);
      if (signal) reject(abortError(signal));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
