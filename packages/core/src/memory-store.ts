// The state behind MemoryBackend: members and mentorships, the queries the lifecycle's facts are read
// from, persistence to a StorageLike, and change notification. It knows no rule of the program:
// MemoryAdapter and MemoryBackend decide with lifecycle.ts and write the outcome here.
import * as z from 'zod/mini';
import { Member } from './schemas/member.ts';
import { Mentorship, type MentorshipState } from './schemas/mentorship.ts';
import type { ChangeListener, MentoringChange } from './adapter.ts';
import { awaitsAnswerFrom, isLive, isOpen } from './lifecycle.ts';
import { activeCountsFrom, relationsFrom, type ActiveCounts, type OpenCounts, type Relations } from './views.ts';

// Core is compiled without DOM or Node types; these globals exist in every runtime it targets.
declare const console: { warn(...data: unknown[]): void; error(...data: unknown[]): void };

/** The part of `localStorage` the demo persists to; any key-value store with this shape will do. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Persistence {
  storage: StorageLike;
  key: string;
}

/** What is saved: enough to come back to the same program state after a reload. */
const SavedState = z.object({
  members: z.array(Member),
  mentorships: z.array(Mentorship),
});
type SavedState = z.infer<typeof SavedState>;

/** JSON-only data (no dates, maps or functions), so a JSON round trip is an exact deep copy. */
export const deepCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every mentorship names members that exist, so views and emails never meet a missing one. */
function checkReferences(state: SavedState): SavedState {
  const ids = new Set(state.members.map((member) => member.id));
  for (const m of state.mentorships) {
    const missing = [m.mentorId, m.menteeId, m.requesterId].find((id) => !ids.has(id));
    if (missing !== undefined) throw new Error(`Mentorship ${m.id} names member ${missing}, who is not in the roster.`);
  }
  return state;
}

export class MemoryStore {
  readonly #members = new Map<string, Member>();
  readonly #mentorships = new Map<string, Mentorship>();
  readonly #listeners = new Set<ChangeListener>();
  readonly #persistence: Persistence | undefined;
  #nextId = 1;

  /** Loads the saved state if there is a readable one, else starts from the seed (validated, copied). */
  constructor(seed: { members: readonly Member[]; mentorships: readonly Mentorship[] }, persistence?: Persistence) {
    this.#persistence = persistence;
    const state = this.#load() ?? checkReferences(SavedState.parse(deepCopy(seed)));
    for (const member of state.members) this.#members.set(member.id, member);
    for (const mentorship of state.mentorships) this.#mentorships.set(mentorship.id, mentorship);
  }

  member(id: string): Member | undefined {
    return this.#members.get(id);
  }

  mentorship(id: string): Mentorship | undefined {
    return this.#mentorships.get(id);
  }

  members(): IterableIterator<Member> {
    return this.#members.values();
  }

  /** In creation order. */
  mentorships(): IterableIterator<Mentorship> {
    return this.#mentorships.values();
  }

  /** Stores a record as is; the caller has checked it. Call `commit` once the whole change is stored. */
  putMember(member: Member): void {
    this.#members.set(member.id, member);
  }

  putMentorship(mentorship: Mentorship): void {
    this.#mentorships.set(mentorship.id, mentorship);
  }

  /** `ms-1`, `ms-2`, …: readable in demos, and never one a seeded or reloaded record already has. */
  newMentorshipId(): string {
    let id: string;
    do id = `ms-${this.#nextId++}`;
    while (this.#mentorships.has(id));
    return id;
  }

  /** One pass over the mentorships, for search over many members. */
  activeCounts(): (memberId: string) => ActiveCounts {
    return activeCountsFrom([...this.#mentorships.values()].filter((m) => m.state === 'active'));
  }

  activeCountsOf(memberId: string): ActiveCounts {
    const { asMentor, asMentee } = this.#countsByRole(memberId, (state) => state === 'active');
    return { mentees: asMentor, mentors: asMentee };
  }

  /** Open or active mentorships this member has as mentor and as mentee. */
  liveCountsOf(memberId: string): { asMentor: number; asMentee: number } {
    return this.#countsByRole(memberId, isLive);
  }

  /** Open requests this member has sent, and open requests waiting for their answer. */
  openCountsOf(memberId: string): OpenCounts {
    let sent = 0;
    let awaiting = 0;
    for (const m of this.#mentorships.values()) {
      if (isOpen(m.state) && m.requesterId === memberId) sent += 1;
      else if (awaitsAnswerFrom(m, memberId)) awaiting += 1;
    }
    return { sent, awaiting };
  }

  /**
   * How `memberId` stands with every member they share a mentorship with: partners (an accepted
   * mentorship, current or past) and the live (open or active) mentorship between them, if any.
   */
  relationsOf(memberId: string): Relations {
    return relationsFrom(this.#mentorships.values(), memberId);
  }

  /**
   * Takes the saved state again, when another copy of the program saved to the same storage (another
   * tab of the demo), and tells the listeners of every record that is not as it was. Unreadable or no
   * saved state: nothing changes.
   */
  reload(): void {
    const state = this.#load();
    if (!state) return;
    const changes: MentoringChange[] = [];
    const replace = <T extends { id: string }>(records: Map<string, T>, next: readonly T[], kind: MentoringChange['kind']) => {
      const before = new Map(records);
      records.clear();
      for (const record of next) {
        records.set(record.id, record);
        const old = before.get(record.id);
        if (!old || JSON.stringify(old) !== JSON.stringify(record)) changes.push({ kind, id: record.id });
        before.delete(record.id);
      }
      for (const id of before.keys()) changes.push({ kind, id });
    };
    replace(this.#members, state.members, 'member');
    replace(this.#mentorships, state.mentorships, 'mentorship');
    this.#notify(changes);
  }

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * Saves the state, then tells every listener of every adapter about each change, in a microtask:
   * listeners run after the caller's promise has its result, never in the middle of a write.
   */
  commit(changes: readonly MentoringChange[]): void {
    if (changes.length === 0) return;
    this.#save();
    this.#notify(changes);
  }

  #notify(changes: readonly MentoringChange[]): void {
    if (changes.length === 0) return;
    const listeners = [...this.#listeners];
    void Promise.resolve().then(() => {
      for (const change of changes) {
        for (const listener of listeners) {
          // One that unsubscribed in the meantime is not called; one that throws does not silence the others.
          if (!this.#listeners.has(listener)) continue;
          try {
            listener({ ...change });
          } catch (error) {
            console.error('mentor-match: a change listener threw', error);
          }
        }
      }
    });
  }

  /** This member's mentorships in the states `counted` accepts, as mentor and as mentee. */
  #countsByRole(memberId: string, counted: (state: MentorshipState) => boolean): { asMentor: number; asMentee: number } {
    let asMentor = 0;
    let asMentee = 0;
    for (const m of this.#mentorships.values()) {
      if (!counted(m.state)) continue;
      if (m.mentorId === memberId) asMentor += 1;
      if (m.menteeId === memberId) asMentee += 1;
    }
    return { asMentor, asMentee };
  }

  #load(): SavedState | null {
    if (!this.#persistence) return null;
    const { storage, key } = this.#persistence;
    try {
      const saved = storage.getItem(key);
      return saved === null ? null : checkReferences(SavedState.parse(JSON.parse(saved)));
    } catch (error) {
      console.warn(`mentor-match: ignoring unreadable saved state under "${key}"; starting from the seed.`, error);
      return null;
    }
  }

  #save(): void {
    if (!this.#persistence) return;
    const { storage, key } = this.#persistence;
    const state: SavedState = { members: [...this.#members.values()], mentorships: [...this.#mentorships.values()] };
    try {
      storage.setItem(key, JSON.stringify(state));
    } catch (error) {
      // A full or blocked storage must not fail a change that is already made: the demo runs on in memory.
      console.warn(`mentor-match: could not save the state under "${key}".`, error);
    }
  }
}
