// The default program (a general professional society's taxonomy and the usual limits, the match weights) and
// a new member's visibility, apart from settings.ts and member.ts so that the schemas a member's page checks
// answers with do not bring them along: servers, MemoryBackend, the demo and tests use them (core's index
// exports all three).
import { VISIBLE_FIELDS } from '../vocabulary.ts';
import type { Visibility } from './member.ts';
import { ProgramSettings, type MatchWeights } from './settings.ts';

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  topics: 40,
  industry: 15,
  careerStage: 15,
  language: 10,
  timeZone: 10,
  meetingMode: 10,
};

/** A new member's visibility: every field to members. */
export const DEFAULT_VISIBILITY: Visibility = Object.fromEntries(
  VISIBLE_FIELDS.map((field) => [field, 'members']),
) as Visibility;

/**
 * The program a server or MemoryBackend runs when given none: a general professional society's taxonomy and
 * the usual limits. Tests start from it too (`programSettings(overrides)`); the demo names it its own.
 */
export const DEFAULT_PROGRAM_SETTINGS: ProgramSettings = {
  name: 'Mentoring Program',
  contactEmail: null,
  topics: [
    { id: 'career-planning', label: 'Career planning' },
    { id: 'leadership', label: 'Leadership' },
    { id: 'management', label: 'People management' },
    { id: 'research-methods', label: 'Research methods' },
    { id: 'statistics', label: 'Statistics' },
    { id: 'data-science', label: 'Data science' },
    { id: 'publishing', label: 'Publishing and peer review' },
    { id: 'grant-writing', label: 'Grant writing' },
    { id: 'public-speaking', label: 'Public speaking' },
    { id: 'networking', label: 'Networking' },
    { id: 'job-search', label: 'Job search' },
    { id: 'negotiation', label: 'Negotiation' },
    { id: 'work-life', label: 'Work–life balance' },
    { id: 'entrepreneurship', label: 'Entrepreneurship' },
    { id: 'regulatory', label: 'Regulatory affairs' },
    { id: 'teaching', label: 'Teaching' },
    { id: 'industry-transition', label: 'Moving between academia and industry' },
    { id: 'international-careers', label: 'Working abroad' },
  ],
  industries: [
    { id: 'academia', label: 'Academia' },
    { id: 'healthcare', label: 'Healthcare' },
    { id: 'pharma', label: 'Pharmaceuticals' },
    { id: 'government', label: 'Government' },
    { id: 'consulting', label: 'Consulting' },
    { id: 'technology', label: 'Technology' },
    { id: 'finance', label: 'Finance' },
    { id: 'nonprofit', label: 'Non-profit' },
    { id: 'manufacturing', label: 'Manufacturing' },
    { id: 'energy', label: 'Energy' },
  ],
  careerStages: [
    { id: 'student', label: 'Student', rank: 0 },
    { id: 'early', label: 'Early career', rank: 1 },
    { id: 'mid', label: 'Mid-career', rank: 2 },
    { id: 'senior', label: 'Senior', rank: 3 },
    { id: 'executive', label: 'Executive', rank: 4 },
    { id: 'retired', label: 'Retired', rank: 5 },
  ],
  termMonths: [3, 6, 9, 12],
  requestExpiryDays: 30,
  reminderDays: 7,
  mentorDefaultCapacity: 2,
  mentorsPerMentee: 2,
  openRequestsPerMember: 5,
  // A decline is the member's answer: a week lets circumstances change without letting anyone badger them.
  cooldownAfterDeclineDays: 7,
  // A withdrawal is often a correction (the wrong term, a typo): the next day, the request may go again;
  // request-withdraw-request no longer emails a member more than twice a day.
  cooldownAfterWithdrawDays: 1,
  // Enough for any real exchange between two members in a day (a request, a withdrawal, an answer, …).
  notificationsFromOneMemberPerDay: 5,
  // No host is trusted until the program names one: only photos made in the page (data: images).
  photoOrigins: [],
  mentorsNeedApproval: false,
  codeOfConduct: { required: false, version: '1', url: null, text: null },
  matchWeights: DEFAULT_MATCH_WEIGHTS,
};

/** Program settings with some values changed, checked against the schema. */
export function programSettings(overrides: Partial<ProgramSettings> = {}): ProgramSettings {
  return ProgramSettings.parse({ ...DEFAULT_PROGRAM_SETTINGS, ...overrides });
}
