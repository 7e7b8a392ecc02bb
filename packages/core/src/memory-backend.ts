// The whole program in memory: one MemoryBackend is the "server", and each MemoryAdapter it hands out is
// one signed-in member's (or an anonymous visitor's) connection to it, for Storybook, tests and the demo.
import type { MentoringChange } from './adapter.ts';
import { systemClock, type Clock } from './clock.ts';
import { newMember, type Account } from './enrolment.ts';
import { parseInput } from './errors.ts';
import { expireIfDue, isReminderDue } from './lifecycle.ts';
import { MemoryAdapter } from './memory-adapter.ts';
import { composeEmail, type EmailKind, type EmailMessage } from './memory-emails.ts';
import { MemoryStore, deepCopy, type StorageLike } from './memory-store.ts';
import { Id } from './schemas/common.ts';
import type { Member } from './schemas/member.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import { DEFAULT_PROGRAM_SETTINGS, ProgramSettings } from './schemas/settings.ts';

export type { StorageLike } from './memory-store.ts';
export type { EmailKind, EmailMessage } from './memory-emails.ts';

export const DEFAULT_STORAGE_KEY = 'mentor-match:demo';

export interface MemoryBackendOptions {
  /** Default: DEFAULT_PROGRAM_SETTINGS. */
  settings?: ProgramSettings;
  /** Default: the system clock. A ManualClock lets tests and the demo move to expiry and reminders. */
  clock?: Clock;
  /** The roster to start from when nothing is saved in `storage`. */
  members?: Member[];
  mentorships?: Mentorship[];
  /** Where to save the state after each change (e.g. `localStorage`), and load it from on start. */
  storage?: StorageLike;
  /** Default: `mentor-match:demo`. */
  storageKey?: string;
  /** An artificial delay on every call, so demos and stories show loading states. Default 0. */
  latencyMs?: number;
}

/** What the adapters of one backend share; handed to each adapter, not part of the public API. */
export interface BackendShared {
  readonly store: MemoryStore;
  readonly latencyMs: number;
  /** Puts the email of `kind` about `m` in the outbox (`actorId`: who acted, for completed / ended). */
  send(kind: EmailKind, m: Mentorship, actorId: string | null): void;
}

export class MemoryBackend {
  readonly settings: ProgramSettings;
  readonly clock: Clock;
  readonly #store: MemoryStore;
  readonly #outbox: EmailMessage[] = [];
  readonly #shared: BackendShared;

  constructor(options: MemoryBackendOptions = {}) {
    this.settings = ProgramSettings.parse(deepCopy(options.settings ?? DEFAULT_PROGRAM_SETTINGS));
    this.clock = options.clock ?? systemClock;
    this.#store = new MemoryStore(
      { members: options.members ?? [], mentorships: options.mentorships ?? [] },
      options.storage && { storage: options.storage, key: options.storageKey ?? DEFAULT_STORAGE_KEY },
    );
    const store = this.#store;
    this.#shared = {
      store,
      latencyMs: Math.max(0, options.latencyMs ?? 0),
      send: (kind, m, actorId) => {
        const context = { settings: this.settings, now: this.clock.now(), member: (id: string) => store.member(id) };
        this.#outbox.push(composeEmail(kind, m, actorId, context));
      },
    };
  }

  /**
   * Reads the state saved in `storage` again (another tab of the demo changed it: call this on the
   * window's `storage` event) and tells every adapter's listeners what changed.
   */
  reloadFromStorage(): void {
    this.#store.reload();
  }

  /**
   * A member signs in: provisions an unenrolled account on first sight (name `Member <id>`, email
   * `<id>@members.example.org` unless `account` says otherwise). Throws `validation` for a bad id or account.
   */
  adapterFor(memberId: string, account: Account = {}): MemoryAdapter {
    const id = parseInput(Id, memberId, 'member id');
    if (!this.#store.member(id)) {
      this.#store.putMember(newMember(id, account, this.settings));
      this.#store.commit([{ kind: 'member', id }]);
    }
    return new MemoryAdapter(this, id, this.#shared);
  }

  /** Not signed in: every call but getProgram (and subscribe) rejects with `unauthenticated`. */
  anonymous(): MemoryAdapter {
    return new MemoryAdapter(this, null, this.#shared);
  }

  /**
   * Expires overdue requests (telling the requester) and reminds recipients of requests about to expire.
   * Adapters run it before every call, so a request past its date is never shown as pending.
   */
  runJobs(): { expired: number; reminded: number } {
    const now = this.clock.now();
    const changes: MentoringChange[] = [];
    let expired = 0;
    let reminded = 0;
    for (const m of this.#store.mentorships()) {
      const lapsed = expireIfDue(m, now);
      if (lapsed) {
        this.#store.putMentorship(lapsed);
        this.#shared.send('expired', lapsed, null);
        expired += 1;
      } else if (isReminderDue(m, now, this.settings)) {
        // Bookkeeping, not a change of the request: the version stays, so the recipient's open answer
        // form does not turn stale just because they were reminded to use it.
        const remindedNow = { ...m, remindedAt: now.toISOString() };
        this.#store.putMentorship(remindedNow);
        this.#shared.send('reminder', remindedNow, null);
        reminded += 1;
      } else {
        continue;
      }
      changes.push({ kind: 'mentorship', id: m.id });
    }
    this.#store.commit(changes);
    return { expired, reminded };
  }

  /** Every email sent so far, oldest first (a copy). */
  get outbox(): readonly EmailMessage[] {
    return deepCopy(this.#outbox);
  }

  /** Every member's whole record (a copy), for demos, tests and benchmarks. */
  members(): readonly Member[] {
    return deepCopy([...this.#store.members()]);
  }
}
