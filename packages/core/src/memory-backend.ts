// The whole program in memory: one MemoryBackend is the "server" (the mentoring service over an in-memory
// store), and each MemoryAdapter it hands out is one signed-in member's (or an anonymous visitor's)
// connection to it, for Storybook, tests and the demo.
import { systemClock, type Clock } from './clock.ts';
import type { Account } from './enrolment.ts';
import { parseInput } from './errors.ts';
import { MemoryAdapter, type MemoryConnection } from './memory-adapter.ts';
import { MemoryStore, deepCopy, type StorageLike } from './memory-store.ts';
import type { Notification } from './notifications.ts';
import { Id } from './schemas/common.ts';
import type { Member } from './schemas/member.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { ConcernRecord } from './schemas/staff-records.ts';
import { ProgramSettings } from './schemas/settings.ts';
import { DEFAULT_PROGRAM_SETTINGS } from './schemas/default-settings.ts';
import { jobsLoaded, type JobRun } from './service/calls.ts';
import { memoryStaffMaker } from './memory-staff-hook.ts';
import { MentoringReads } from './service/mentoring-reads.ts';
import type { WorkspaceRecord } from './schemas/workspace.ts';
import type { StaffWorkspaceAdapter, WorkspaceAdapter } from './workspace-adapter.ts';
import { atOnce } from './service/op.ts';
import type { StaffAdapter } from './staff-adapter.ts';
import type { SavedCohorts } from './memory-cohort-tables.ts';

export type { StorageLike } from './memory-store.ts';

export const DEFAULT_STORAGE_KEY = 'mentor-match:demo';

export interface MemoryBackendOptions {
  /** Default: DEFAULT_PROGRAM_SETTINGS. */
  settings?: ProgramSettings;
  /** Default: the system clock. A ManualClock lets tests and the demo move to expiry and reminders. */
  clock?: Clock;
  /** The roster to start from when nothing is saved in `storage`. */
  members?: Member[];
  mentorships?: Mentorship[];
  /** The concerns members have raised, to start from with the roster (e.g. the demo's). */
  concerns?: ConcernRecord[];
  /** The workspaces of seeded mentorships (the demo's goals and meetings). */
  workspaces?: WorkspaceRecord[];
  /**
   * What the members had been told before the backend started (the demo's history): each in its member's
   * list (the bell), unread. The lists are not saved, so these are there again after a reload.
   */
  notifications?: Notification[];
  /** Where to save the state after each change (e.g. `localStorage`), and load it from on start. */
  storage?: StorageLike;
  /** Default: `mentor-match:demo`. */
  storageKey?: string;
  /** An artificial delay on every call, so demos and stories show loading states. Default 0. */
  latencyMs?: number;
  /** The members who are program staff (the server tells them by the member site's token). Default none. */
  staff?: readonly string[];
  /** Cohorts, applications, drafts and matches to start from (issue 14; e.g. the demo's open cohort). */
  cohorts?: SavedCohorts;
}

export class MemoryBackend {
  readonly clock: Clock;
  readonly #connection: MemoryConnection;
  readonly #staff: ReadonlySet<string>;

  constructor(options: MemoryBackendOptions = {}) {
    const settings = ProgramSettings.parse(deepCopy(options.settings ?? DEFAULT_PROGRAM_SETTINGS));
    this.clock = options.clock ?? systemClock;
    this.#staff = new Set(options.staff ?? []);
    const store = new MemoryStore(
      {
        members: options.members ?? [], mentorships: options.mentorships ?? [], concerns: options.concerns ?? [],
        ...(options.cohorts ? { cohorts: options.cohorts } : {}), workspaces: options.workspaces ?? [],
        notifications: options.notifications,
      },
      settings,
      options.storage && { storage: options.storage, key: options.storageKey ?? DEFAULT_STORAGE_KEY },
    );
    this.#connection = {
      store,
      service: new MentoringReads(store, this.clock),
      clock: this.clock,
      latencyMs: Math.max(0, options.latencyMs ?? 0),
    };
  }

  /** The program's settings now (staff may have changed them since the backend started). */
  get settings(): ProgramSettings {
    return atOnce(this.#connection.service.getProgram());
  }

  /**
   * Reads the state saved in `storage` again (another tab of the demo changed it: call this on the
   * window's `storage` event) and tells every adapter's listeners what changed. At once where core's index is
   * imported; on a page that imports this module alone, a promise the first time, as its code downloads
   * (memory-store.ts `reload`).
   */
  reloadFromStorage(): void | Promise<void> {
    return this.#connection.store.reload();
  }

  /**
   * A member signs in: provisions an unenrolled account on first sight (name `Member <id>`, email
   * `<id>@members.example.org` unless `account` says otherwise). Throws `validation` for a bad id or account.
   */
  adapterFor(memberId: string, account: Account = {}): MemoryAdapter {
    const id = this.#signIn(memberId, account);
    return new MemoryAdapter(this.#connection, id, account, this.#staff.has(id));
  }

  /**
   * The program office's adapter, signed in as this member (provisioned like `adapterFor`). Every call of a
   * member who is not in the `staff` option is refused (`forbidden`, `staff-only`), as the server refuses them.
   * The staff half is a module of its own (memory-staff-hook.ts): core's index imports it; a page that imports
   * only this module imports `@mentor-match/core/memory-staff-adapter` before calling this.
   */
  staffAdapterFor(memberId: string, account: Account = {}): StaffAdapter {
    const make = memoryStaffMaker();
    const id = this.#signIn(memberId, account);
    return make(this.#connection, id, account, this.#staff.has(id));
  }

  #signIn(memberId: string, account: Account): string {
    const id = parseInput(Id, memberId, 'member id');
    atOnce(this.#connection.service.signIn({ memberId: id, account }));
    return id;
  }

  /**
   * The member's workspaces (signed in as `adapterFor` does): a promise, as its module loads on first use
   * (memory-workspace-adapter.ts).
   */
  async workspaceAdapterFor(memberId: string, account: Account = {}): Promise<WorkspaceAdapter & StaffWorkspaceAdapter> {
    const { MemoryWorkspaceAdapter } = await import('./memory-staff-adapter.ts');
    const id = this.#signIn(memberId, account);
    return new MemoryWorkspaceAdapter(this.#connection, id, account, this.#staff.has(id));
  }

  /** Not signed in: every call but getProgram (and subscribe) rejects with `unauthenticated`. */
  anonymous(): MemoryAdapter {
    return new MemoryAdapter(this.#connection, null);
  }

  /**
   * Expires overdue requests (telling the requester) and reminds recipients of requests about to expire.
   * Each adapter call first expires what is overdue, so a request past its date is never shown as pending.
   * Answers at once once the jobs' code is loaded: core's index imports it (`@mentor-match/core`, as the
   * testkit and Storybook do), and so does `@mentor-match/core/service/jobs`; a page that imports this module
   * alone (the in-page demo) loads it when an adapter's call first finds a request overdue.
   */
  runJobs(): JobRun {
    if (!jobsLoaded()) throw new Error('MemoryBackend.runJobs needs the jobs\' code: import @mentor-match/core/service/jobs first.');
    return atOnce(this.#connection.service.runJobs());
  }

  /** Every notification sent so far, oldest first (a copy). */
  get outbox(): readonly Notification[] {
    return deepCopy(this.#connection.store.outbox);
  }

  /** Every member's whole record (a copy), for demos, tests and benchmarks. */
  members(): readonly Member[] {
    return deepCopy([...this.#connection.store.members()]);
  }
}
