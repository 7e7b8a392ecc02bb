// A cohort pair scored as the program scores a search (matching.ts): the mentee is the seeker finding
// mentors, with what their application seeks, and the mentor the candidate, with what theirs offers. The
// same weights, parts, rounding and reasons as a search, so a proposal reads like a search hit.
import { explainMatch, prepareMember, prepareSeeker, scoreOf, type Match, type PreparedMember, type PreparedProfile, type Seeker } from '../matching.ts';
import type { MeetingMode } from '../schemas/common.ts';
import type { Member, RoleProfile } from '../schemas/member.ts';
import type { ProgramSettings } from '../schemas/settings.ts';
import type { CohortMentee, CohortMentor, CohortScorer } from './types.ts';

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
  };
}
