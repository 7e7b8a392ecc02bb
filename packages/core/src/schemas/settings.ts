import * as z from 'zod/mini';
import { refine } from './refine.ts';
import { Capacity, EmailAddress, Id, LanguageTag, ORIGIN_PATTERN, text, SafeUrl } from './common.ts';
import { CohortSettings, ProgramMode } from './cohort-settings.ts';

/**
 * The pages of the society's site a notification sends a member to. The program settings hold each one's
 * absolute URL (`pages`); a notification names the page where its reader acts on it.
 */
export const NOTIFICATION_PAGES = ['console', 'search', 'workspace', 'enrolment', 'office', 'preferences'] as const;
type PageName = (typeof NOTIFICATION_PAGES)[number];

/** Each page's absolute http(s) URL on the society's site; a page left out is not linked to. */
export const ProgramPages = z.strictObject(
  Object.fromEntries(NOTIFICATION_PAGES.map((page) => [page, z.optional(SafeUrl)])) as Record<PageName, z.ZodMiniOptional<typeof SafeUrl>>,
);
export type ProgramPages = z.infer<typeof ProgramPages>;

/** The languages emails are written in. */
export const EMAIL_LANGUAGES = ['en', 'fr', 'es', 'de', 'ar'] as const;
export const EmailLanguage = z.enum(EMAIL_LANGUAGES);
export type EmailLanguage = z.infer<typeof EmailLanguage>;

/**
 * A program's own wording of one kind of email in one language, replacing the built-in one: `{{name}}`
 * placeholders and `{{#name}}…{{/name}}` sections (shown when `name` is not empty). Checked when saved
 * (notification-templates.ts, `templateProblem`): an unknown placeholder or an unbalanced section is refused.
 */
export const EmailTemplate = z.strictObject({
  kind: Id,
  language: EmailLanguage,
  subject: text(300, 1),
  body: text(8000, 1),
});
export type EmailTemplate = z.infer<typeof EmailTemplate>;

export const TERM_MONTHS = [3, 6, 9, 12] as const;
export const TermMonths = z.union([z.literal(3), z.literal(6), z.literal(9), z.literal(12)]);
export type TermMonths = z.infer<typeof TermMonths>;

/**
 * One of the program's words or texts in languages other than the program's own, by language tag
 * (`{ fr: 'Leadership', ar: 'القيادة' }`): each optional; where one is missing a page shows the program's own.
 */
export const translations = (max: number) => z.record(LanguageTag, text(max, 1));
export type Translations = Record<string, string>;

/**
 * An entry of one of the program's lists (topics, industries, career stages). Staff rename an entry by its
 * label and retire it rather than remove it: records that use a retired entry keep it, and it still shows
 * by its label there, but nobody chooses it anew (settings-rules.ts).
 */
export const TaxonomyEntry = z.strictObject({
  id: Id,
  /** The label in the program's own language (`ProgramSettings.language`): required, and the fallback. */
  label: text(120, 1),
  retired: z.optional(z.boolean()),
  /** The label in other languages, where staff gave one (program-words.ts picks one for a page). */
  labels: z.optional(translations(120)),
});
export type TaxonomyEntry = z.infer<typeof TaxonomyEntry>;

/** Career stages are ordered from earliest (rank 0) to latest; matching uses the order. */
export const CareerStage = z.strictObject({ ...TaxonomyEntry.shape, rank: z.int().check(z.gte(0)) });
export type CareerStage = z.infer<typeof CareerStage>;

const weight = z.number().check(z.gte(0), z.lte(100));

/** How much each part of a match counts. Zero leaves a part out. */
export const MatchWeights = z.strictObject({
  topics: weight,
  industry: weight,
  careerStage: weight,
  language: weight,
  timeZone: weight,
  meetingMode: weight,
});
export type MatchWeights = z.infer<typeof MatchWeights>;

/** The code of conduct: a link or a text (or both), with a version members accept. */
export const CodeOfConduct = z
  .strictObject({
    /** Must members accept it: at enrolment, and each new version before their next request. */
    required: z.boolean(),
    /** Changes whenever the text or the link does (settings-rules.ts checks it); members accept a version. */
    version: text(40, 1),
    url: z.nullable(SafeUrl),
    text: z.nullable(text(20000, 1)),
    /**
     * The text in other languages. A translation alone needs no new version (it renders the version's text);
     * staff give a new version when the meaning changes.
     */
    texts: z.optional(translations(20000)),
  })
  .check(
    refine((code) => !code.required || code.url !== null || code.text !== null, {
      message: 'a required code of conduct needs a text or a link',
      path: ['text'],
    }),
  );
export type CodeOfConduct = z.infer<typeof CodeOfConduct>;

/** The nudges' program settings (nudges.ts `nudgeSettings` fills in the defaults; a schema here, not in workspace.ts, so the settings do not bring the workspace's). */
const days = (min: number) => z.int().check(z.gte(min), z.lte(365));
export const NudgeSettings = z.strictObject({
  /** Both partners are reminded when no meeting is logged this many days after the accept. */
  firstMeetingDays: days(1),
  /** A requester whose request is unanswered this many days may send the recipient one follow-up. */
  followUpDays: days(1),
  /** Both partners are asked to complete or extend this many days before the term ends (0: never). */
  termEndDays: days(0),
});
export type NudgeSettings = z.infer<typeof NudgeSettings>;

export const ProgramSettings = z.strictObject({
  name: text(200, 1),
  /**
   * The language the program's own words are written in (`name`, every `label`, the code's `text`): what a
   * page shows, marked with this language, where a word has no translation in the page's. Absent: English.
   */
  language: z.optional(LanguageTag),
  /** The program's name in other languages. */
  names: z.optional(translations(200)),
  /** Where members write to the program office (shown on pages and in emails); null: nowhere given. */
  contactEmail: z.nullable(EmailAddress),
  topics: z.array(TaxonomyEntry).check(z.minLength(1)),
  industries: z.array(TaxonomyEntry),
  careerStages: z.array(CareerStage),
  /** Terms a request may ask for, in months. */
  termMonths: z.array(TermMonths).check(z.minLength(1)),
  /** An unanswered request expires after this many days. */
  requestExpiryDays: z.int().check(z.gte(1), z.lte(365)),
  /** The recipient is reminded this many days before a request expires. */
  reminderDays: z.int().check(z.gte(0), z.lte(365)),
  /** How many mentees a mentor takes unless they say otherwise. */
  mentorDefaultCapacity: Capacity,
  /** How many active mentors one mentee may have at once. */
  mentorsPerMentee: z.int().check(z.gte(1), z.lte(50)),
  /** How many open (pending or saved) requests one member may have sent at once. */
  openRequestsPerMember: z.int().check(z.gte(1), z.lte(100)),
  /**
   * Days a requester waits before asking the same member again after that member declined their request
   * (0: no wait). The member who declined is not held back.
   */
  cooldownAfterDeclineDays: z.int().check(z.gte(0), z.lte(365)),
  /** Days a requester waits before asking the same member again after withdrawing a request to them (0: no wait). */
  cooldownAfterWithdrawDays: z.int().check(z.gte(0), z.lte(365)),
  /**
   * How many notifications one member's actions may send another member in any 24 hours; the others are
   * held and sent as one digest a day after the first of them was held.
   */
  notificationsFromOneMemberPerDay: z.int().check(z.gte(1), z.lte(1000)),
  /**
   * The origins members' photos may come from (`https://photos.example.org`): a photo elsewhere is refused at
   * enrolment and never shown, so no other host learns who views a card. `data:` images are always allowed.
   */
  photoOrigins: z.array(z.string().check(z.regex(ORIGIN_PATTERN))).check(z.maxLength(20)),
  /** New mentors appear in search, and take or send requests as mentors, once staff approve them. */
  mentorsNeedApproval: z.boolean(),
  codeOfConduct: CodeOfConduct,
  matchWeights: MatchWeights,
  /** Self-serve, cohorts or both (issue 14); absent: self-serve (cohort-settings.ts `programMode`). */
  mode: z.optional(ProgramMode),
  /** Cohort term ends, extensions, repeat pairs, proposal expiry; absent: the defaults (`cohortSettingsOf`). */
  cohorts: z.optional(CohortSettings),
  /** The nudges' days (defaults: nudges.ts `nudgeSettings`); absent in settings saved before there were any. */
  nudges: z.optional(NudgeSettings),
  /** The absolute URL of each page of the society's site that notifications link to (search, console, workspace, …). */
  pages: z.optional(ProgramPages),
  /** Staff's own wording of emails, per kind and language, in place of the built-in one (checked when saved). */
  emailTemplates: z.optional(z.array(EmailTemplate).check(z.maxLength(200))),
}).check(
  refine((settings) => settings.topics.some((topic) => topic.retired !== true), {
    message: 'at least one topic must not be retired',
    path: ['topics'],
  }),
  refine((settings) => [settings.topics, settings.industries, settings.careerStages].every(uniqueIds), {
    message: 'an id appears twice in one of the program\'s lists',
    path: ['topics'],
  }),
);
export type ProgramSettings = z.infer<typeof ProgramSettings>;

function uniqueIds(entries: readonly { id: string }[]): boolean {
  return new Set(entries.map((entry) => entry.id)).size === entries.length;
}
