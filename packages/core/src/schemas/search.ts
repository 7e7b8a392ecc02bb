import * as z from 'zod/mini';
import { Id, text, MeetingMode, LanguageTag, CountryCode } from './common.ts';
import { MemberView } from './member.ts';
import { FIND, MAX_PAGE_SIZE, roleSought, seekerRoleFor } from '../vocabulary.ts';

export { FIND, MAX_PAGE_SIZE, roleSought, seekerRoleFor };

export const Find = z.enum(FIND);
export type Find = z.infer<typeof Find>;

/** Criteria left out do not filter: blank criteria list everyone available, ranked. */
export const SearchQuery = z.strictObject({
  find: Find,
  topics: z.optional(z.array(Id).check(z.maxLength(20))),
  industry: z.optional(Id),
  careerStage: z.optional(Id),
  language: z.optional(LanguageTag),
  country: z.optional(CountryCode),
  /** At most this many hours between the viewer's time zone and theirs. */
  maxHoursApart: z.optional(z.number().check(z.gte(0), z.lte(26))),
  meetingMode: z.optional(MeetingMode),
  /** Words that must all appear in the name, headline, statement, bio or topics. */
  text: z.optional(text(200)),
  offset: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(MAX_PAGE_SIZE))),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

const Entry = z.strictObject({ id: Id, label: z.string() });

/** Why a member matches, as data: the elements word it in the member's language. */
export const MatchReason = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('topics'), topics: z.array(Entry) }),
  z.strictObject({ kind: z.literal('industry'), industry: Entry }),
  z.strictObject({
    kind: z.literal('career-stage'),
    stage: Entry,
    /** How the candidate's stage relates to the seeker's. */
    relation: z.enum(['more-experienced', 'same', 'less-experienced']),
  }),
  z.strictObject({ kind: z.literal('languages'), languages: z.array(LanguageTag) }),
  z.strictObject({ kind: z.literal('time-zone'), hoursApart: z.number().check(z.gte(0)) }),
  z.strictObject({ kind: z.literal('meeting-modes'), modes: z.array(MeetingMode) }),
]);
export type MatchReason = z.infer<typeof MatchReason>;

export const SearchHit = z.strictObject({
  member: MemberView,
  score: z.number().check(z.gte(0), z.lte(1)),
  reasons: z.array(MatchReason),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchPage = z.strictObject({
  total: z.int().check(z.gte(0)),
  offset: z.int().check(z.gte(0)),
  limit: z.int().check(z.gte(1)),
  hits: z.array(SearchHit),
});
export type SearchPage = z.infer<typeof SearchPage>;
