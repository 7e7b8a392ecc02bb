// How every operation of the services runs (service/mentoring-service.ts, service/staff-service.ts): who
// calls, and the prologue before the call's own unit of work (refuse a caller without a member; expire
// overdue requests; store a member seen for the first time), then a read unit or a unit of work that changes.
// The jobs' code (jobs.ts) is not imported here: core's index and the server load it, and the in-page demo
// when a call first finds a request overdue (or when its jobs are run), not before its first search.
import { systemClock, type Clock } from '../clock.ts';
import { newMember, type Account } from '../enrolment.ts';
import { MentoringError } from '../errors.ts';
import type { ProgramSettings } from '../schemas/settings.ts';
import { isPromiseLike, runOp, wait, type Awaitable, type Op } from './op.ts';
import type { MentoringStore, RetryKey, StoreChange, StoreReads, UnitReceipt } from './store.ts';
import { memberChanged, unauthenticated } from './unit.ts';

/** A job run after the lifecycle's and the digests, in units of its own (cohort-jobs.ts registers the cohorts'). */
export type ExtraJob = (store: MentoringStore, now: Date) => Op<unknown>;
const extraJobs = new Set<ExtraJob>();

/**
 * Adds a job every service's `runJobs` runs from now on. The cohorts' module registers its own when imported
 * (core's index imports it; a member's page loads it with its first cohort call), so a page that never
 * shows a cohort does not download the cohorts' code for jobs that would find nothing to do.
 */
export function registerJob(job: ExtraJob): void {
  extraJobs.add(job);
}

/** Who calls: the member the member site signed in, and what that site knows of them. */
export interface Caller {
  memberId: string;
  /** Name and email, used the first time the member is seen (their record is made from it). */
  account?: Account;
  /**
   * Program staff: the server decides it from the member site's token (the staff claim, or a list of staff
   * ids), MemoryBackend from its options. Staff operations refuse anyone else (`forbidden`, `staff-only`).
   */
  staff?: boolean;
  /** This call's retry key, when it may be sent again (REST's Idempotency-Key). */
  retry?: RetryKey;
  /**
   * Filled in with how the store kept the call's own unit of work (a state change's: not the sign-in or
   * the overdue requests' expiry that may run before it): replayed, and the feed positions of its changes.
   */
  receipt?: UnitReceipt;
}

/** What an operation's body works with: who calls, the program, and the instant it runs at. */
export interface Call {
  viewerId: string;
  staff: boolean;
  settings: ProgramSettings;
  now: Date;
}

export type Body<Tx, T> = (tx: Tx, call: Call) => Op<T>;

/** A job run after expiry and reminders: the nudges' (nudge-jobs.ts), counting the nudges it sent. */
export type NudgeJob = (store: MentoringStore, now: Date) => Op<number>;
let nudgeJob: NudgeJob | null = null;

/**
 * Installs the nudges' job: service/workspace-service.ts does when it is loaded (the server loads it; core's
 * index too; the in-page demo once a workspace is opened), so a page without workspaces carries none of it.
 */
export function setNudgeJob(job: NudgeJob): void {
  nudgeJob = job;
}

export interface JobRun {
  expired: number;
  reminded: number;
  /** Digests sent of notifications the cap held back. */
  digests: number;
  /** Nudges sent to pairs (nudge-jobs.ts), each counted once however many members it went to. */
  nudged: number;
}

/** Every job at `now`, in order (jobs.ts `allJobs`); the nudges' and the extra jobs as registered above. */
export type RunJobs = (store: MentoringStore, now: Date, nudges: NudgeJob | null, extra: Iterable<ExtraJob>) => Op<JobRun>;
let runJobsCode: RunJobs | null = null;

/** jobs.ts hands its `allJobs` over when it loads, so the jobs run at once (MemoryBackend.runJobs) from then on. */
export function installJobs(run: RunJobs): void {
  runJobsCode = run;
}

/** Are the jobs' code here (imported by core's index, the server, or a call that needed it)? */
export const jobsLoaded = (): boolean => runJobsCode !== null;

/**
 * The jobs' code: at once when loaded, else imported now. A download that fails rejects the call with `network`
 * (nothing was read or changed; the next call asks again), as a server out of reach would.
 */
function jobsCode(): Awaitable<RunJobs> {
  return runJobsCode ?? import('./jobs.ts').then(
    ({ allJobs }) => (runJobsCode = allJobs),
    (error: unknown) => {
      throw new MentoringError('network', 'The program\'s jobs could not be downloaded.', { cause: error });
    },
  );
}

/** The calls of a service: its store and clock, the prologue every call runs, and the jobs. */
export abstract class ServiceCalls {
  protected readonly store: MentoringStore;
  protected readonly clock: Clock;
  /** The jobs' run a call is waiting for, shared by the calls that arrive meanwhile. */
  #catchingUp: Promise<void> | null = null;

  constructor(store: MentoringStore, clock: Clock = systemClock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * A member signs in: the first time, their record is stored, unenrolled, from what the member site says
   * of them (`newMember`). True if it was stored now. Every other operation does this first.
   */
  signIn(caller: Caller): Awaitable<boolean> {
    return runOp(this.#signIn(caller));
  }

  /**
   * Expires overdue requests (telling the requester), reminds recipients of requests about to expire, and
   * sends the digests of notifications the cap held back a day ago.
   */
  runJobs(): Awaitable<JobRun> {
    return runOp(this.#jobs(this.clock.now()));
  }

  /** Runs a read-only operation for `caller`: the prologue (`#call`), then `body` in a read unit. */
  protected read<T>(caller: Caller | null, body: Body<StoreReads, T>): Awaitable<T> {
    return runOp(this.#call(caller, (call) => this.store.read((tx) => body(tx, call))));
  }

  /** Runs a changing operation for `caller`: the prologue, then `body` in one unit of work (with the call's retry key and receipt). */
  protected change<T>(caller: Caller | null, body: Body<StoreChange, T>): Awaitable<T> {
    return runOp(this.#call(caller, (call) => this.store.change((tx) => body(tx, call), { retry: caller?.retry, receipt: caller?.receipt })));
  }

  /**
   * Every member's call: refused without a member; then overdue requests are expired and a member seen for
   * the first time is stored, each in a unit of work of its own (so a refused call still leaves them done),
   * and only then the call's own unit runs.
   */
  *#call<T>(caller: Caller | null, unit: (call: Call) => Awaitable<T>): Op<T> {
    if (caller === null) throw unauthenticated();
    this.admit(caller);
    const now = this.clock.now();
    yield* this.#catchUp(now);
    yield* this.#signIn(caller);
    const settings = yield* wait(this.store.read((tx) => wait(tx.program())));
    return yield* wait(unit({ viewerId: caller.memberId, staff: caller.staff === true, settings, now }));
  }

  /** The prologue alone, for an operation that runs several units itself (a CSV export's pages): the call's facts. */
  protected begin(caller: Caller | null): Awaitable<Call> {
    return runOp(this.#call(caller, (call) => call));
  }

  /** Refuses a caller before anything is read or written (the staff service: anyone but staff). */
  protected admit(caller: Caller): void {
    void caller;
  }

  *#signIn(caller: Caller): Op<boolean> {
    // A lookup first: a member is new only once, and a lookup costs less than a unit of work that writes.
    if (yield* wait(this.store.read((tx) => wait(tx.member(caller.memberId))))) return false;
    return yield* wait(this.store.change((tx) => provision(tx, caller)));
  }

  /**
   * Expires overdue requests before a member's call is answered, so nothing stale is read or acted on: the
   * jobs' timer may be a minute away (and in memory there is none). One probe, and at most one run of the
   * jobs at a time per service; calls that arrive during a run wait for it.
   */
  *#catchUp(now: Date): Op<void> {
    if (this.#catchingUp === null) {
      const run = runOp(this.#expireOverdue(now));
      // Done at once (in memory): there is nothing for another call to wait for.
      if (!isPromiseLike(run)) return;
      this.#catchingUp = run.finally(() => {
        this.#catchingUp = null;
      });
    }
    yield* wait(this.#catchingUp);
  }

  *#expireOverdue(now: Date): Op<void> {
    if (yield* wait(this.store.read((tx) => wait(tx.anyOverdue(now))))) yield* this.#jobs(now);
  }

  *#jobs(now: Date): Op<JobRun> {
    const run = yield* wait(jobsCode());
    return yield* run(this.store, now, nudgeJob, extraJobs);
  }
}

/** Stores a member seen for the first time, and records the change; false if they were stored already. */
function* provision(tx: StoreChange, caller: Caller): Op<boolean> {
  const member = newMember(caller.memberId, caller.account ?? {}, yield* wait(tx.program()));
  const added = yield* wait(tx.addMember(member));
  if (added) tx.recordChange(yield* memberChanged(tx, member));
  return added;
}
