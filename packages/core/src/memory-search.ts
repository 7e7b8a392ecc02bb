// The in-memory store's search candidates, kept between searches. Ranking (matching.ts) reads each
// candidate's record prepared (`prepareMember`: topics, languages, career stage… as it compares them),
// and preparing 100,000 records, or only walking them to build candidates, costs more than ranking them.
// So the store keeps, for each stored record, its public profile prepared, and the candidates with their
// active counts as one list, which a search hands to rankCandidates as it is.
//
// Records are replaced on change, never edited: a record written is a new object, prepared when a search
// first meets it (the prepared forms are kept by record, so an undone write finds its old one again). Any
// write makes the list stale, and the next search builds it again from the prepared forms it has; new
// settings start afresh. Nothing here is shared with another store.
import { prepareMember, type Candidate, type PreparedMember } from './matching.ts';
import type { Member } from './schemas/member.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import type { ActiveCounts } from './views.ts';
import { publicProfile } from './visibility.ts';

export class SearchCandidates {
  #settings: ProgramSettings | null = null;
  /** Each record's public profile, prepared for `#settings`. */
  #prepared = new WeakMap<Member, PreparedMember>();
  #list: Candidate[] | null = null;
  /** Member id → place in `#list`. */
  #at = new Map<string, number>();

  /** A record or a mentorship was written (or put back): the list is built again on the next search. */
  stale(): void {
    this.#list = null;
  }

  /**
   * Every stored member as a search candidate as the viewer may see them: a partner (`partners`) by their
   * whole record (prepared by the search), anyone else by their public profile, prepared for `settings`.
   * `counts` gives the active counts; it is asked only when the list is built again.
   */
  candidates(
    members: ReadonlyMap<string, Member>,
    counts: () => (id: string) => ActiveCounts,
    settings: ProgramSettings,
    partners: ReadonlySet<string>,
  ): Iterable<Candidate> {
    const list = this.#listFor(members, counts, settings);
    if (partners.size === 0) return list;
    const seen = list.slice();
    for (const id of partners) {
      const at = this.#at.get(id);
      const whole = members.get(id);
      if (at === undefined || whole === undefined) continue;
      const { activeMentees, activeMentors } = list[at] as Candidate;
      seen[at] = { member: whole, activeMentees, activeMentors };
    }
    return seen;
  }

  #listFor(members: ReadonlyMap<string, Member>, counts: () => (id: string) => ActiveCounts, settings: ProgramSettings): readonly Candidate[] {
    if (settings !== this.#settings) {
      this.#settings = settings;
      this.#prepared = new WeakMap();
      this.#list = null;
    }
    if (this.#list === null) {
      const countsOf = counts();
      const list: Candidate[] = [];
      this.#at = new Map();
      for (const record of members.values()) {
        const prepared = this.#prepare(record, settings);
        const { mentees, mentors } = countsOf(record.id);
        this.#at.set(record.id, list.length);
        list.push({ member: prepared.record, activeMentees: mentees, activeMentors: mentors, prepared });
      }
      this.#list = list;
    }
    return this.#list;
  }

  #prepare(record: Member, settings: ProgramSettings): PreparedMember {
    let prepared = this.#prepared.get(record);
    if (prepared === undefined) this.#prepared.set(record, (prepared = prepareMember(publicProfile(record), settings)));
    return prepared;
  }
}
