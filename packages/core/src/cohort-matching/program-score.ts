// A cohort pair scored as the program scores a search (matching.ts): the mentee is the seeker finding
// mentors, with what their application seeks, and the mentor the candidate, with what theirs offers. The
// same weights, parts, rounding and reasons as a search, so a proposal reads like a search hit.
import { explainMatch, prepareMember, prepareSeeker, scoreOf, type Match, type PreparedMember, type PreparedProfile, type Seeker } from '../matching.ts';
import type { MeetingMode } from '../schemas/common.ts';
import type { Member, RoleProfile } from '../schemas/member.ts';
import type { ProgramSettings } from '../schemas/settings.ts';
import type { CohortMentee, CohortMentor, CohortScorer, MentorBounds } from './types.ts';

/** An applicant as the program's score reads them: their record, and what the application seeks or offers. */
export interface CohortApplicantProfile {
  member: Member;
  /** Topics the application seeks (mentee) or offers (mentor); the member's role profile's when left out. */
  topics?: readonly string[];
  /** Meeting modes the application accepts; the role profile's when left out. */
  meetingModes?: readonly MeetingMode[];
}

export type ProgramCohortMentee = CohortMentee & CohortApplicantProfile;
export type ProgramCohortMentor = CohortMentor & CohortApplicantProfile;

const NO_PROFILE: RoleProfile = { topics: [], meetingModes: [], statement: '', enrolledAt: '1970-01-01T00:00:00.000Z' };

/** The record with the role's profile replaced by what the application says. */
function applied(applicant: CohortApplicantProfile, role: 'mentor' | 'mentee'): Member {
  const profile = applicant.member[role] ?? NO_PROFILE;
  return {
    ...applicant.member,
    [role]: { ...profile, topics: [...(applicant.topics ?? profile.topics)], meetingModes: [...(applicant.meetingModes ?? profile.meetingModes)] },
  };
}

const seekerOf = (mentee: CohortApplicantProfile, settings: ProgramSettings, now: Date): Seeker =>
  prepareSeeker({ viewer: applied(mentee, 'mentee'), query: { find: 'mentors' }, settings, now });

/** The mentor prepared as a search candidate: their offer stands whatever their standing (staff chose the applicants). */
function candidateOf(mentor: CohortApplicantProfile, settings: ProgramSettings): PreparedMember {
  const record = applied(mentor, 'mentor');
  const offer = record.mentor as RoleProfile;
  const profile: PreparedProfile = { topics: [...new Set(offer.topics)], modes: offer.meetingModes, text: null };
  return { ...prepareMember(record, settings), mentor: profile };
}

/** The program's score of a cohort pair with its reasons, as a search by the mentee would give the mentor. */
export function scoreCohortPair(mentee: CohortApplicantProfile, mentor: CohortApplicantProfile, settings: ProgramSettings, now: Date): Match {
  return explainMatch(seekerOf(mentee, settings, now), candidateOf(mentor, settings));
}

/**
 * `scoreCohortPair` for the solver: each applicant is prepared once (by object), then every pair only
 * compares, giving up below the floor it is asked for.
 */
export function programCohortScorer<Mentee extends ProgramCohortMentee, Mentor extends ProgramCohortMentor>(settings: ProgramSettings, now: Date): CohortScorer<Mentee, Mentor> {
  const seekers = new WeakMap<Mentee, Seeker>();
  const candidates = new WeakMap<Mentor, PreparedMember>();
  const seeker = (mentee: Mentee): Seeker => {
    let found = seekers.get(mentee);
    if (!found) seekers.set(mentee, (found = seekerOf(mentee, settings, now)));
    return found;
  };
  const candidate = (mentor: Mentor): PreparedMember => {
    let found = candidates.get(mentor);
    if (!found) candidates.set(mentor, (found = candidateOf(mentor, settings)));
    return found;
  };
  return {
    score(mentee, mentor, floor) {
      const prepared = candidate(mentor);
      return scoreOf(seeker(mentee), prepared, prepared.mentor as PreparedProfile, floor);
    },
    explain: (mentee, mentor) => explainMatch(seeker(mentee), candidate(mentor)),
    boundsFor(mentors) {
      return topicAndIndustryBounds(mentors.map(candidate), seeker);
    },
  };
}

/**
 * Upper bounds on the program's score from the two parts an index answers cheaply: shared topics (the
 * topics part is shared / wanted, matching.ts) and the same industry (1 or 0); every other part counted at
 * its full weight. A mentor sharing neither is bounded by the other parts alone (`rest`): with the default
 * weights 0.45, so a mentee's best mentors are found among those sharing a topic or the industry, and the
 * others are never scored. `cohort-matching.node.test.ts` holds the lists found this way to a full scan's.
 */
function topicAndIndustryBounds<Mentee extends ProgramCohortMentee>(mentors: readonly PreparedMember[], seekerOf: (mentee: Mentee) => Seeker): (mentee: Mentee) => MentorBounds {
  const byTopic = new Map<string, number[]>();
  const byIndustry = new Map<string, number[]>();
  const listIn = (index: Map<string, number[]>, key: string, j: number) => {
    const list = index.get(key);
    if (list) list.push(j);
    else index.set(key, [j]);
  };
  mentors.forEach((mentor, j) => {
    for (const topic of (mentor.mentor as PreparedProfile).topics) listIn(byTopic, topic, j);
    if (mentor.record.industry !== null) listIn(byIndustry, mentor.record.industry, j);
  });
  const shared = new Int32Array(mentors.length);
  const sameIndustry = new Uint8Array(mentors.length);
  const listed = new Int32Array(mentors.length);
  const tiers = new Int32Array(mentors.length);
  return (mentee) => {
    const seeker = seekerOf(mentee);
    let topicsWeight = 0;
    let industryWeight = 0;
    for (const { part, weight } of seeker.parts) {
      if (part.weight === 'topics') topicsWeight = weight;
      else if (part.weight === 'industry') industryWeight = weight;
    }
    const total = seeker.totalWeight;
    if (total === 0) return { count: 0, mentors: listed, tiers, tierBounds: [], rest: 0 };
    const others = total - topicsWeight - industryWeight;
    let count = 0;
    if (topicsWeight > 0) {
      for (const topic of seeker.topics) {
        for (const j of byTopic.get(topic) ?? []) {
          if (shared[j] === 0) listed[count++] = j;
          shared[j]! += 1;
        }
      }
    }
    if (industryWeight > 0 && seeker.industry !== null) {
      for (const j of byIndustry.get(seeker.industry) ?? []) {
        if (shared[j] === 0 && sameIndustry[j] === 0) listed[count++] = j;
        sameIndustry[j] = 1;
      }
    }
    // Tier 2 × shared topics + same industry: its bound is the same for every mentor in it.
    const wanted = seeker.topics.length;
    for (let k = 0; k < count; k++) {
      const j = listed[k] as number;
      tiers[k] = 2 * (shared[j] as number) + (sameIndustry[j] as number);
      shared[j] = 0;
      sameIndustry[j] = 0;
    }
    const tierBounds = Array.from({ length: 2 * wanted + 2 }, (_, tier) =>
      Math.min(1, (topicsWeight * Math.min(1, (tier >> 1) / Math.max(1, wanted)) + industryWeight * (tier & 1) + others) / total));
    return { count, mentors: listed, tiers, tierBounds, rest: others / total };
  };
}
