// The program office's email editor, in core so that the office previews an email with the very render the
// server sends it with (notification-templates.ts): the kinds staff may word, the placeholders each fills, the
// settings with one template changed or reset, and an email of each kind rendered on sample facts. The office
// imports this lazily, when its settings are shown: it brings every language's built-in words.
import { DAY_MS } from './clock.ts';
import { EMAIL_WORDS, TEMPLATE_PLACEHOLDERS, renderEmail, renderNotification, type RenderedEmail, type TemplateParams, type TemplatePlaceholder } from './notification-templates.ts';
import type { KindWords } from './notification-words/index.ts';
import type { Notification } from './notifications.ts';
import type { EmailLanguage, ProgramSettings } from './schemas/settings.ts';

export { templateFor, templateIssue, type RenderedEmail, type TemplateIssue } from './notification-templates.ts';
export type { KindWords } from './notification-words/index.ts';

/** The kinds of email staff may word: those this release words itself, in the order of its built-in words. */
export const EMAIL_KINDS: readonly string[] = Object.keys(EMAIL_WORDS.en.kinds);

/** Filled in every email, whatever its kind. */
const EVERY_EMAIL: readonly TemplatePlaceholder[] = ['member', 'program', 'contact', 'link'];
/** A mentorship's facts, as the records of every kind about a mentorship carry them (notifications.ts, `mentorshipParams`). */
const MENTORSHIP_FACTS: readonly TemplatePlaceholder[] = ['other', 'areas', 'term', 'goals', 'message', 'expires', 'ends', 'reason', 'asMentor', 'asMentee'];
/** The office's word on a member's own standing: its reason, and no mentorship. */
const STANDING_KINDS: ReadonlySet<string> = new Set(['paused-by-staff', 'resumed-by-staff', 'approved', 'approval-declined', 'suspended', 'suspension-lifted']);
const PLACEHOLDER = /\{\{\s*[#/]?([A-Za-z]+)\s*\}\}/g;

/** The facts a record of `kind` carries (a test holds this to what notifications.ts composes). */
const factsOf = (kind: string): readonly TemplatePlaceholder[] =>
  kind === 'digest' ? ['count', 'items'] : STANDING_KINDS.has(kind) ? ['reason'] : MENTORSHIP_FACTS;

/** The placeholders an email of `kind` fills: every email's, and the facts its record carries. */
export function placeholdersOf(kind: string): TemplatePlaceholder[] {
  const filled = new Set<string>([...EVERY_EMAIL, ...factsOf(kind)]);
  return TEMPLATE_PLACEHOLDERS.filter((name) => filled.has(name));
}

/**
 * The placeholders `text` uses that an email of `kind` never fills (`{{goals}}` in a withdrawal): they would
 * render empty. Not refused (the template renders), but worth saying while staff write.
 */
export function unfilledPlaceholders(kind: string, text: string): TemplatePlaceholder[] {
  const filled = new Set<string>(placeholdersOf(kind));
  const used = new Set([...text.matchAll(PLACEHOLDER)].map(([, name]) => name!));
  return TEMPLATE_PLACEHOLDERS.filter((name) => used.has(name) && !filled.has(name));
}

/** The built-in wording of `kind` in `language` (null: a kind this release does not word). */
export const builtInTemplate = (kind: string, language: EmailLanguage): KindWords | null => EMAIL_WORDS[language].kinds[kind] ?? null;

/** Whether the program words `kind` in `language` itself. */
export const hasOwnTemplate = (settings: ProgramSettings, kind: string, language: EmailLanguage): boolean =>
  (settings.emailTemplates ?? []).some((t) => t.kind === kind && t.language === language);

/**
 * `settings` with the program's wording of `kind` in `language` set to `words`, or removed (null, or words the
 * same as the built-in ones: the record says only what is so). A template already there keeps its place, so a
 * refusal that names `emailTemplates.3` names the same one the office shows.
 */
export function withEmailTemplate(settings: ProgramSettings, kind: string, language: EmailLanguage, words: KindWords | null): ProgramSettings {
  const builtIn = builtInTemplate(kind, language);
  const keep = words !== null && !(builtIn && words.subject === builtIn.subject && words.body === builtIn.body);
  const templates = settings.emailTemplates ?? [];
  const mine = (t: { kind: string; language: string }) => t.kind === kind && t.language === language;
  const next = keep
    ? templates.some(mine)
      ? templates.map((t) => (mine(t) ? { kind, language, subject: words.subject, body: words.body } : t))
      : [...templates, { kind, language, subject: words.subject, body: words.body }]
    : templates.filter((t) => !mine(t));
  const { emailTemplates: _old, ...rest } = settings;
  return next.length > 0 ? { ...rest, emailTemplates: next } : rest;
}

/** What a member and staff would have written, for the preview's sample facts (in the office's language). */
export interface SampleTexts {
  goals: string;
  message: string;
  reason: string;
}

/** The sample members' names (names are not translated). */
export const SAMPLE_NAMES = { member: 'Sam Rivera', other: 'Alex Morgan' } as const;
const SAMPLE_UNSUBSCRIBE = 'https://example.org/unsubscribe';

/**
 * An email of `kind` as a reader in `language` gets it, on sample facts, under `settings` (the office's draft):
 * made by `renderEmail`, the function the server sends every email with.
 */
export function previewEmail(settings: ProgramSettings, kind: string, language: EmailLanguage, texts: SampleTexts, now: Date): RenderedEmail {
  const day = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
  const params: TemplateParams = {
    other: SAMPLE_NAMES.other,
    // As the service writes them: the program's own labels.
    areas: settings.topics.filter((topic) => topic.retired !== true).slice(0, 2).map((topic) => topic.label).join(', '),
    term: '6',
    goals: texts.goals,
    message: texts.message,
    expires: day(14),
    ends: day(182),
    reason: texts.reason,
    asMentor: 'yes',
    asMentee: '',
  };
  // Only what a record of the kind carries: a placeholder it never fills shows empty here as in the email.
  const sample = (k: string, p: TemplateParams, mentorshipId: string | null): Notification => ({
    to: 'member@example.org', memberId: 'sample', kind: k as Notification['kind'], mentorshipId, causedBy: null,
    subject: '', text: '', at: now.toISOString(),
    params: Object.fromEntries(factsOf(k).map((name) => [name, p[name] ?? ''])),
  });
  if (kind === 'digest') {
    const held = ['request', 'accepted'].map((k) => `- ${day(0)}: ${renderNotification(sample(k, params, 'sample'), settings, language).subject}`);
    return renderEmail(sample(kind, { count: String(held.length), items: held.join('\n') }, null), facts(settings, language));
  }
  return renderEmail(sample(kind, params, STANDING_KINDS.has(kind) ? null : 'sample'), facts(settings, language));
}

const facts = (settings: ProgramSettings, language: EmailLanguage) => ({
  settings, language, memberName: SAMPLE_NAMES.member, unsubscribeUrl: SAMPLE_UNSUBSCRIBE,
});
