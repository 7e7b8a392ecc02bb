// The words of each notification as members read them, in the five email languages: one template per kind
// (subject and body, `{{name}}` placeholders and `{{#name}}…{{/name}}` sections), the program's own where staff
// wrote one (settings `emailTemplates`), the built-in one (notification-words/*) otherwise. The same render
// gives an email's subject, plain text and HTML and the bell's line, so both say the same from one record:
// the `Notification` the service queued. A kind with no template (a new one) falls back to that record's
// own subject and text, so a new kind of notification needs no code here.
import { MentoringError } from './errors.ts';
import { ESSENTIAL_KINDS } from './essential-kinds.ts';
import type { Notification } from './notifications.ts';
import { isSafeHttpUrl } from './safe-url.ts';
import type { EmailLanguage, EmailTemplate, NotificationPage } from './schemas/notification.ts';
import type { Member } from './schemas/member.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import { EMAIL_WORDS, type EmailFrame, type KindWords } from './notification-words/index.ts';
import { programName } from './program-language.ts';

export { EMAIL_WORDS };

/**
 * Every placeholder a template may use. The frame's (member, program, contact, link) are the same for every
 * kind; the others are filled where the kind has them and empty elsewhere (a section on them then shows nothing).
 */
export const TEMPLATE_PLACEHOLDERS = [
  'member', 'other', 'program', 'contact', 'link', 'areas', 'term', 'goals', 'message', 'expires', 'ends', 'reason',
  'asMentor', 'asMentee', 'role', 'count', 'items',
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];
export type TemplateParams = Partial<Record<TemplatePlaceholder, string>>;

/** Where each kind's reader acts on it; a kind not named here: the record's own `page`, else the console. */
export const NOTIFICATION_PAGE_OF: Readonly<Record<string, NotificationPage>> = {
  declined: 'search',
  expired: 'search',
  paired: 'workspace',
  'paused-by-staff': 'enrolment',
  'resumed-by-staff': 'enrolment',
  approved: 'enrolment',
  'approval-declined': 'enrolment',
  suspended: 'enrolment',
  'suspension-lifted': 'enrolment',
};

const TOKEN = /\{\{\s*([#/]?)([A-Za-z]+)\s*\}\}/g;

/**
 * Why a template would not render, as data (the office words it in the staff's language): a placeholder not
 * in TEMPLATE_PLACEHOLDERS (`token` as written, `{{#nmae}}`), a section closed that was never opened, closed
 * while another is open (`open`), never closed, or a stray `{{` / `}}`.
 */
export type TemplateIssue =
  | { code: 'unknown'; token: string }
  | { code: 'not-opened'; name: string }
  | { code: 'closed-early'; name: string; open: string }
  | { code: 'not-closed'; name: string }
  | { code: 'stray'; text: string };

/** Why `template` would not render, or null: the one rule the server's check and the office's preview share. */
export function templateIssue(template: string): TemplateIssue | null {
  const open: string[] = [];
  for (const [, mark, name] of template.matchAll(TOKEN)) {
    if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name!)) return { code: 'unknown', token: `{{${mark}${name}}}` };
    if (mark === '#') open.push(name!);
    else if (mark === '/') {
      const last = open.pop();
      if (last !== name) return last === undefined ? { code: 'not-opened', name: name! } : { code: 'closed-early', name: name!, open: last };
    }
  }
  if (open.length > 0) return { code: 'not-closed', name: open.at(-1)! };
  const stray = template.replace(TOKEN, '').match(/\{\{|\}\}/);
  return stray ? { code: 'stray', text: stray[0] } : null;
}

/** Why `template` would not render (an unknown placeholder, a section not closed or closed out of turn), or null. */
export function templateProblem(template: string): string | null {
  const issue = templateIssue(template);
  return issue && issueText(issue);
}

/** A template issue in English (the server's refusal, for developers; the office words it in its own language). */
function issueText(issue: TemplateIssue): string {
  switch (issue.code) {
    case 'unknown':
      return `Unknown placeholder ${issue.token}.`;
    case 'not-opened':
      return `{{/${issue.name}}} closes a section that was never opened.`;
    case 'closed-early':
      return `{{/${issue.name}}} closes {{#${issue.open}}}, which needs {{/${issue.open}}} first.`;
    case 'not-closed':
      return `The section {{#${issue.name}}} is never closed.`;
    case 'stray':
      return `A stray "${issue.text}" that is not a placeholder.`;
  }
}

/** Staff's templates checked as they are saved: `validation` naming the template and why it would not render. */
export function checkTemplates(templates: readonly EmailTemplate[]): void {
  for (const [index, template] of templates.entries()) {
    for (const part of ['subject', 'body'] as const) {
      const issue = templateIssue(template[part]);
      if (issue) {
        const problem = issueText(issue);
        throw new MentoringError('validation', `The ${template.language} ${part} of the "${template.kind}" email would not render: ${problem}`, {
          field: `emailTemplates.${index}.${part}`,
          details: { kind: template.kind, language: template.language, part, problem, issue },
        });
      }
    }
  }
}

/** `template` with its sections kept or dropped and its placeholders filled (as text: the HTML part escapes it all). */
export function renderTemplate(template: string, params: TemplateParams): string {
  const value = (name: string) => params[name as TemplatePlaceholder] ?? '';
  let out = template;
  // Innermost sections first, until none is left.
  const section = /\{\{\s*#([A-Za-z]+)\s*\}\}((?:(?!\{\{\s*[#/])[\s\S])*?)\{\{\s*\/\1\s*\}\}/;
  for (let match = section.exec(out); match; match = section.exec(out)) {
    out = out.slice(0, match.index) + (value(match[1]!) === '' ? '' : match[2]!) + out.slice(match.index + match[0].length);
  }
  return out.replace(TOKEN, (_, _mark: string, name: string) => value(name));
}

/** The member's email language: what they chose, else their profile text's language when it is one of the five, else English. */
export function emailLanguageOf(member: Pick<Member, 'textLanguage'> | undefined, chosen: EmailLanguage | null): EmailLanguage {
  if (chosen) return chosen;
  const primary = member?.textLanguage?.split('-')[0];
  return primary && primary in EMAIL_WORDS ? (primary as EmailLanguage) : 'en';
}

/** Where the reader of `n` acts on it. */
export const pageOf = (n: Pick<Notification, 'kind' | 'page'>): NotificationPage => NOTIFICATION_PAGE_OF[n.kind] ?? n.page ?? 'console';

/**
 * The absolute address of `page` on the society's site (the console when that page is not configured), with the
 * mentorship named in the fragment; null when the program configured neither.
 */
export function pageLink(settings: ProgramSettings, page: NotificationPage, mentorshipId: string | null): string | null {
  const base = settings.pages?.[page] ?? settings.pages?.console;
  if (!base) return null;
  const link = mentorshipId === null ? base : `${base.split('#')[0]}#mentorship=${encodeURIComponent(mentorshipId)}`;
  return isSafeHttpUrl(link) ? link : null;
}

/** The template for `kind` in `language`: the program's own, else the built-in one, else none (a kind this release does not word). */
export function templateFor(settings: ProgramSettings, kind: string, language: EmailLanguage): KindWords | null {
  const own = settings.emailTemplates?.find((t) => t.kind === kind && t.language === language);
  return own ?? EMAIL_WORDS[language].kinds[kind] ?? null;
}

export interface RenderedNotification {
  subject: string;
  /** The body alone, without greeting or signature (the bell shows the subject). */
  body: string;
  link: string | null;
  page: NotificationPage;
  language: EmailLanguage;
}

/**
 * The placeholders that hold a member's own words, a name, or words that may be in another language (the program's
 * name and topics fall back to its default language): where text is shown on a page, each is isolated, so that a
 * Latin name in an Arabic sentence (or the reverse) cannot reorder the sentence or move its punctuation.
 */
const ISOLATED_PLACEHOLDERS: readonly TemplatePlaceholder[] = ['member', 'other', 'program', 'areas', 'goals', 'message', 'reason', 'contact'];

/**
 * `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: its own direction, whatever surrounds it. The bell
 * (elements' internal/isolate.ts `isolatedContent`) turns each such span back into a `<bdi>`.
 */
const isolated = (text: string): string => (text === '' ? '' : `\u2068${text}\u2069`);

function isolatedParams(params: TemplateParams): TemplateParams {
  const out = { ...params };
  for (const name of ISOLATED_PLACEHOLDERS) if (out[name] !== undefined) out[name] = isolated(out[name]);
  return out;
}

/**
 * The notification as its reader reads it: the subject and body of its template, and where to act on it. With
 * `isolate` (the bell, which shows it inside a page), member text and names are bidi-isolated; emails stay plain.
 */
export function renderNotification(
  n: Notification, settings: ProgramSettings, language: EmailLanguage, memberName = '', { isolate = false } = {},
): RenderedNotification {
  const page = pageOf(n);
  const link = pageLink(settings, page, n.mentorshipId);
  const template = templateFor(settings, n.kind, language);
  if (!template) return { subject: n.subject, body: n.text, link, page, language };
  const plain: TemplateParams = { ...n.params, member: memberName, ...frameParams(settings, language), link: link ?? '' };
  const params = isolate ? isolatedParams(plain) : plain;
  return { subject: oneLine(renderTemplate(template.subject, params)), body: renderTemplate(template.body, params).trim(), link, page, language };
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What every email says of the program: its name in the reader's language (issue 13's words), its contact. */
const frameParams = (settings: ProgramSettings, language: EmailLanguage): TemplateParams => ({
  program: programName(settings, language).text,
  contact: settings.contactEmail ?? '',
});

/** An email ready for the mail server: both parts, and the headers that let a member stop what is not essential. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  language: EmailLanguage;
  /** List-Unsubscribe's address (the signed link), when the email is not essential and the server can sign one. */
  unsubscribe: string | null;
}

export interface EmailFacts {
  settings: ProgramSettings;
  language: EmailLanguage;
  /** The member's name (the greeting). */
  memberName: string;
  /** The signed one-click link that stops the member's non-essential emails (server), or null. */
  unsubscribeUrl: string | null;
}

/** The whole email of `n`: greeting, body, the link to act, the program's contact and name, and where to choose what is sent. */
export function renderEmail(n: Notification, facts: EmailFacts): RenderedEmail {
  const { settings, language } = facts;
  const frame: EmailFrame = EMAIL_WORDS[language].frame;
  const rendered = renderNotification(n, settings, language, facts.memberName);
  const params: TemplateParams = { member: facts.memberName, ...frameParams(settings, language), link: rendered.link ?? '' };
  const preferences = settings.pages?.preferences ?? null;
  const unsubscribe = ESSENTIAL_KINDS.has(n.kind) ? null : facts.unsubscribeUrl;
  const blocks: { text: string; link?: string }[] = [
    { text: renderTemplate(frame.greeting, params) },
    ...rendered.body.split(/\n{2,}/).map((paragraph) => ({ text: paragraph })),
    ...(rendered.link ? [{ text: frame.act, link: rendered.link }] : []),
    ...(settings.contactEmail ? [{ text: frame.contact, link: `mailto:${settings.contactEmail}` }] : []),
    { text: renderTemplate(frame.signature, params) },
    ...(preferences ? [{ text: frame.preferences, link: preferences }] : []),
    ...(unsubscribe ? [{ text: frame.unsubscribe, link: unsubscribe }] : []),
  ];
  const shown = (link: string) => link.replace(/^mailto:/, '');
  const textPart = blocks.map((b) => (b.link ? `${b.text} ${shown(b.link)}` : b.text)).join('\n\n');
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  const htmlPart = [
    `<!doctype html><html lang="${language}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(rendered.subject)}</title></head><body>`,
    ...blocks.map((b) => `<p>${escapeHtml(b.text).replace(/\n/g, '<br>')}${b.link ? ` <a href="${escapeHtml(b.link)}">${escapeHtml(shown(b.link))}</a>` : ''}</p>`),
    '</body></html>',
  ].join('\n');
  return { subject: rendered.subject, text: textPart, html: htmlPart, language, unsubscribe };
}

/** Text made safe inside HTML text and quoted attributes: no member's words ever become markup. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
