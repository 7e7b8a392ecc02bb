// The search directory: every enrolled member and the active-mentorship counts, kept in this instance's
// memory so a search ranks 100,000 members with core's rankCandidates in milliseconds instead of shipping
// them from the database each time. It follows the changes feed: before each search it reads the head
// sequence (one index lookup) and reloads only the members and mentorships changed since, so a search
// always sees every change committed before it started, made by any instance.
import type { Member } from '@mentor-match/core';
import type { Queryable } from '../db/database.ts';
import { changesAfter, headSeq } from '../store/changes.ts';
import { enrolledMembers } from '../store/members.ts';
import { activePairs } from '../store/mentorships.ts';

/** Past this many changes a full reload is cheaper than catching up. */
const FULL_RELOAD_AFTER = 20_000;

export interface ActiveCounts {
  mentees: number;
  mentors: number;
}

const NONE: ActiveCounts = Object.freeze({ mentees: 0, mentors: 0 });

export class MemberDirectory {
  readonly #db: Queryable;
  /** Enrolled members; records are replaced on change, never edited, so core's per-record caches stay right. */
  #members = new Map<string, Member>();
  /** Active mentorships: id → the pair. */
  #active = new Map<string, { mentorId: string; menteeId: string }>();
  #counts = new Map<string, ActiveCounts>();
  /** The change sequence this state reflects; -1 before the first load. */
  #seq = -1;
  #catchingUp: Promise<void> | null = null;
  /** Bumped by reset, so a catch-up that started before it does not write old data back. */
  #generation = 0;

  constructor(db: Queryable) {
    this.#db = db;
  }

  /** Brings the directory up to every change committed before this call. */
  async refresh(): Promise<void> {
    const head = await headSeq(this.#db);
    while (this.#seq < head) {
      // One catch-up at a time; a caller that arrives during one waits for it, then checks again.
      this.#catchingUp ??= this.#catchUp().finally(() => {
        this.#catchingUp = null;
      });
      await this.#catchingUp;
    }
  }

  /** Forgets everything; the next refresh loads it all again (after the database was emptied or restored). */
  reset(): void {
    this.#members = new Map();
    this.#active = new Map();
    this.#counts = new Map();
    this.#seq = -1;
    this.#generation += 1;
  }

  members(): Iterable<Member> {
    return this.#members.values();
  }

  member(id: string): Member | undefined {
    return this.#members.get(id);
  }

  countsOf(id: string): ActiveCounts {
    return this.#counts.get(id) ?? NONE;
  }

  get size(): number {
    return this.#members.size;
  }

  async #catchUp(): Promise<void> {
    const generation = this.#generation;
    const head = await headSeq(this.#db);
    if (this.#seq < 0 || head - this.#seq > FULL_RELOAD_AFTER) {
      await this.#loadAll(generation);
    } else {
      const changes = await changesAfter(this.#db, this.#seq, head, FULL_RELOAD_AFTER + 1);
      const memberIds = [...new Set(changes.filter((c) => c.kind === 'member').map((c) => c.id))];
      const mentorshipIds = [...new Set(changes.filter((c) => c.kind === 'mentorship').map((c) => c.id))];
      if (memberIds.length > 0) {
        const fresh = new Map((await enrolledMembers(this.#db, memberIds)).map((m) => [m.id, m]));
        if (generation !== this.#generation) return;
        for (const id of memberIds) {
          const member = fresh.get(id);
          if (member) this.#members.set(id, member);
          else this.#members.delete(id);
        }
      }
      if (mentorshipIds.length > 0) {
        const pairs = await activePairs(this.#db, mentorshipIds);
        if (generation !== this.#generation) return;
        for (const pair of pairs) {
          if (pair.active) this.#active.set(pair.id, pair);
          else this.#active.delete(pair.id);
        }
        this.#recount();
      }
    }
    // Reloading is idempotent, so changes committed between reading `head` and the loads are harmless:
    // they are read again on the next catch-up.
    if (generation === this.#generation) this.#seq = head;
  }

  async #loadAll(generation: number): Promise<void> {
    const [members, pairs] = [await enrolledMembers(this.#db), await activePairs(this.#db)];
    if (generation !== this.#generation) return;
    this.#members = new Map(members.map((m) => [m.id, m]));
    this.#active = new Map(pairs.map((p) => [p.id, p]));
    this.#recount();
  }

  #recount(): void {
    const counts = new Map<string, ActiveCounts>();
    const entry = (id: string) => {
      let found = counts.get(id);
      if (!found) counts.set(id, (found = { mentees: 0, mentors: 0 }));
      return found;
    };
    for (const { mentorId, menteeId } of this.#active.values()) {
      entry(mentorId).mentees += 1;
      entry(menteeId).mentors += 1;
    }
    this.#counts = counts;
  }
}
