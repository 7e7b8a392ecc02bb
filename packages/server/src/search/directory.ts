// The search directory: every enrolled member and the active-mentorship counts, kept in this instance's
// memory so a search ranks 100,000 members in milliseconds instead of shipping them from the database each
// time. It follows the changes feed: before each search it reads the head sequence (one index lookup) and
// reloads only the members and mentorships changed since, so a search always sees every change committed
// before it started, made by any instance.
//
// For each role it keeps the candidates core's `isAvailable` admits (public profiles, counts) in a
// CandidatePool (pool.ts), the columns the engine (ranking.ts) reads, updated in place for the members a
// change touched: building 100,000 candidates per search would cost more than ranking them. `candidates()`
// hands a pool to core's rankCandidates as a RankingIndex, which the engine then ranks. The pools and the
// vocabularies numbering their values belong to this directory: nothing is shared with another one, and
// a reset (or new settings) starts them afresh.
import {
  isAvailable, publicProfile, type ActiveCounts, type Candidate, type Member, type ProgramSettings, type Role,
} from '@mentor-match/core';
import type { Queryable } from '../db/database.ts';
import { changesAfter, headSeq } from '../store/changes.ts';
import { enrolledMembers } from '../store/members.ts';
import { activePairs } from '../store/mentorships.ts';
import { CandidatePool } from './pool.ts';
import { PoolIndex } from './ranking.ts';
import { Vocabularies } from './vocabulary.ts';

/** Past this many changes a full reload is cheaper than catching up. */
const FULL_RELOAD_AFTER = 20_000;

const NONE: ActiveCounts = Object.freeze({ mentees: 0, mentors: 0 });
const ROLES: readonly Role[] = ['mentor', 'mentee'];

export class MemberDirectory {
  readonly #db: Queryable;
  /** Enrolled members; records are replaced on change, never edited, so core's per-record caches stay right. */
  #members = new Map<string, Member>();
  /** Active mentorships: id → the pair. */
  #active = new Map<string, { mentorId: string; menteeId: string }>();
  #counts = new Map<string, ActiveCounts>();
  /** Built for these settings (availability depends on the program's mentors-per-mentee); null: to build. */
  #pools: { settings: ProgramSettings; byRole: Record<Role, CandidatePool> } | null = null;
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
    this.#pools = null;
    this.#seq = -1;
    this.#generation += 1;
  }

  /**
   * The members available in `role`, as search candidates by their public profiles; those in `whole` (the
   * viewer's partners) by their whole record: a RankingIndex for core's rankCandidates, over a pool that is
   * shared (callers must not change it).
   */
  candidates(role: Role, settings: ProgramSettings, whole: ReadonlySet<string> = new Set()): PoolIndex {
    const pool = this.#poolsFor(settings)[role];
    const replacements: Candidate[] = [];
    for (const id of whole) {
      const candidate = pool.get(id);
      const member = this.#members.get(id);
      if (candidate !== undefined && member !== undefined) replacements.push({ ...candidate, member });
    }
    return new PoolIndex(pool, replacements);
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
      const fresh = memberIds.length > 0 ? await enrolledMembers(this.#db, memberIds) : [];
      const pairs = mentorshipIds.length > 0 ? await activePairs(this.#db, mentorshipIds) : [];
      if (generation !== this.#generation) return;
      const touched = new Set(memberIds);
      const byId = new Map(fresh.map((m) => [m.id, m]));
      for (const id of memberIds) {
        const member = byId.get(id);
        if (member) this.#members.set(id, member);
        else this.#members.delete(id);
      }
      for (const pair of pairs) {
        // Counts change for the pair the mentorship had before and has now (the same two members).
        const before = this.#active.get(pair.id);
        if (pair.active) this.#active.set(pair.id, pair);
        else this.#active.delete(pair.id);
        if (Boolean(before) !== pair.active) {
          this.#count(pair.mentorId, 'mentees', pair.active ? 1 : -1);
          this.#count(pair.menteeId, 'mentors', pair.active ? 1 : -1);
          touched.add(pair.mentorId).add(pair.menteeId);
        }
      }
      for (const id of touched) this.#place(id);
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
    this.#counts = new Map();
    for (const { mentorId, menteeId } of this.#active.values()) {
      this.#count(mentorId, 'mentees', 1);
      this.#count(menteeId, 'mentors', 1);
    }
    this.#pools = null;
  }

  #count(id: string, which: 'mentees' | 'mentors', by: number): void {
    const current = this.#counts.get(id) ?? NONE;
    this.#counts.set(id, { ...current, [which]: current[which] + by });
  }

  #candidate(member: Member): Candidate {
    const { mentees, mentors } = this.countsOf(member.id);
    return { member: publicProfile(member), activeMentees: mentees, activeMentors: mentors };
  }

  #poolsFor(settings: ProgramSettings): Record<Role, CandidatePool> {
    if (this.#pools?.settings !== settings) {
      // Fresh vocabularies too: numbers of members long gone are not kept.
      const vocabularies = new Vocabularies();
      const byRole = { mentor: new CandidatePool('mentor', vocabularies), mentee: new CandidatePool('mentee', vocabularies) };
      for (const member of this.#members.values()) {
        const candidate = this.#candidate(member);
        for (const role of ROLES) if (isAvailable(candidate, role, settings)) byRole[role].set(candidate);
      }
      this.#pools = { settings, byRole };
    }
    return this.#pools.byRole;
  }

  /** Puts a member whose record or counts changed into, out of, or back in each pool. */
  #place(id: string): void {
    if (this.#pools === null) return;
    const { settings, byRole } = this.#pools;
    const member = this.#members.get(id);
    const candidate = member && this.#candidate(member);
    for (const role of ROLES) {
      if (candidate !== undefined && isAvailable(candidate, role, settings)) byRole[role].set(candidate);
      else byRole[role].delete(id);
    }
  }
}
