// Match scoring and search ranking: one pure module. (Stub signatures; implementation in progress.)
import type { Member } from './schemas/member.ts';
import type { MatchReason, SearchQuery } from './schemas/search.ts';
import type { ProgramSettings } from './schemas/settings.ts';

/** A member with the counts search needs to leave out full members. */
export interface Candidate {
  member: Member;
  /** Active mentees (as mentor). */
  activeMentees: number;
  /** Active mentors (as mentee). */
  activeMentors: number;
}

export interface Match {
  score: number;
  reasons: MatchReason[];
}

export interface RankedCandidate extends Match {
  candidate: Candidate;
}

export interface RankInput {
  candidates: Iterable<Candidate>;
  /** The searching member; null when not enrolled, then only the criteria count. */
  viewer: Member | null;
  query: SearchQuery;
  settings: ProgramSettings;
  now: Date;
}

/**
 * Filters candidates by availability (enrolled in the role sought, participating, not full, not the
 * viewer) and by the query's criteria, scores them, sorts best first and returns the requested page
 * with the total.
 */
export declare function rankCandidates(input: RankInput): { total: number; page: RankedCandidate[] };
