// The settings tab's "Emails" part (issue 15): staff choose an email (its kind) and a language, see the words
// it goes with (the program's own, else the built-in ones) and the placeholders it fills, change them, reset
// them, and see the email as a member would get it, rendered on sample facts by core's `renderEmail`, the
// function the server sends every email with (core/email-preview.ts). That module carries every language's
// built-in words, so it is imported here lazily, the first time the settings are shown.
//
// The preview is text: the subject, the plain-text part and the HTML part's source, each in an element of its
// own, never parsed as HTML in the office (a sandboxed iframe's `srcdoc` is a Trusted Types sink, which the
// strict pages the elements promise to run on refuse). A template that would not render shows why beside its
// field, by the same rule the server refuses it with (`templateIssue`); the words typed stay in the draft.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { EmailLanguage, ProgramSettings } from '@mentor-match/core';
import type { TemplateIssue } from '@mentor-match/core/email-preview';
import { EMAIL_LANGUAGES } from '@mentor-match/core/schemas/settings';
import { programLanguage } from '@mentor-match/core/program-words';
import type { Localize } from '../../i18n/localize.ts';
import { addMessages } from '../../i18n/localize.ts';
import { officeEmailsEn } from '../../i18n/office-emails-en.ts';
import { describedBy } from '../../internal/form-controller.ts';
import type { FieldState } from './pages-fields.ts';

addMessages('en', officeEmailsEn);

type PreviewModule = typeof import('@mentor-match/core/email-preview');

let loaded: PreviewModule | undefined;
let loading: Promise<PreviewModule> | undefined;

/** Loads the preview's module once for the page; a failed load may be tried again. */
export function loadEmailPreview(): Promise<PreviewModule> {
  loading ??= import('@mentor-match/core/email-preview').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Which email is shown for editing. */
export interface EmailsDraft {
  kind: string;
  language: EmailLanguage;
}

export type EmailField = 'email.kind' | 'email.subject' | 'email.body';
export type EmailProblem =
  | { key: 'office.emails.issue'; issue: TemplateIssue }
  | { key: 'office.emails.empty' }
  | { key: 'office.emails.brokenElsewhere'; kind: string; language: EmailLanguage };

/** The first email shown: a request, in the program's language where emails speak it. */
export function emailsDraftOf(settings: ProgramSettings): EmailsDraft {
  const own = programLanguage(settings).split('-')[0];
  const language = EMAIL_LANGUAGES.find((lang) => lang === own) ?? 'en';
  return { kind: 'request', language };
}

type Part = 'subject' | 'body';

/**
 * What is wrong with the program's own templates in `settings`: the shown one's subject or text (empty, or why
 * it would not render), else the first other one that would not render, on the choice of email.
 */
export function emailProblems(settings: ProgramSettings, shown: EmailsDraft): Partial<Record<EmailField, EmailProblem>> {
  const problems: Partial<Record<EmailField, EmailProblem>> = {};
  if (!loaded) return problems;
  const { templateIssue } = loaded;
  const partProblem = (text: string): EmailProblem | undefined => {
    if (!text.trim()) return { key: 'office.emails.empty' };
    const issue = templateIssue(text);
    return issue ? { key: 'office.emails.issue', issue } : undefined;
  };
  for (const template of settings.emailTemplates ?? []) {
    const isShown = template.kind === shown.kind && template.language === shown.language;
    for (const part of ['subject', 'body'] as const) {
      const problem = partProblem(template[part]);
      if (!problem) continue;
      if (isShown) problems[`email.${part}`] = problem;
      else problems['email.kind'] ??= { key: 'office.emails.brokenElsewhere', kind: template.kind, language: template.language };
    }
  }
  return problems;
}

/** The field and problem of a refusal naming `emailTemplates.3.subject` (the schema's or core's check). */
export function emailRefusal(settings: ProgramSettings, shown: EmailsDraft, path: string): [EmailField, EmailProblem] | undefined {
  const match = /^emailTemplates(?:\.(\d+)(?:\.(subject|body))?)?/.exec(path);
  if (!match) return undefined;
  const template = settings.emailTemplates?.[Number(match[1])];
  const part = match[2] as Part | undefined;
  if (template && part && template.kind === shown.kind && template.language === shown.language) {
    const problems = emailProblems(settings, shown);
    return [`email.${part}`, problems[`email.${part}`] ?? { key: 'office.emails.empty' }];
  }
  const about = template ?? shown;
  return ['email.kind', { key: 'office.emails.brokenElsewhere', kind: about.kind, language: about.language }];
}

/** An email's name for staff (its kind's, in the office's language), or its kind as written. */
const kindLabel = (i18n: Localize, kind: string): string => {
  const key = `office.emails.kind.${kind}`;
  return i18n.has(key) ? i18n.t(key) : kind;
};

/** A problem of this part in words. */
export function emailProblemText(i18n: Localize, problem: EmailProblem): string {
  switch (problem.key) {
    case 'office.emails.empty':
      return i18n.t(problem.key);
    case 'office.emails.brokenElsewhere':
      return i18n.t(problem.key, kindLabel(i18n, problem.kind), i18n.languageName(problem.language));
    case 'office.emails.issue': {
      const issue = problem.issue;
      switch (issue.code) {
        case 'unknown':
          return i18n.t('office.emails.issue.unknown', issue.token);
        case 'not-opened':
          return i18n.t('office.emails.issue.not-opened', issue.name);
        case 'closed-early':
          return i18n.t('office.emails.issue.closed-early', issue.name, issue.open);
        case 'not-closed':
          return i18n.t('office.emails.issue.not-closed', issue.name);
        case 'stray':
          return i18n.t('office.emails.issue.stray', issue.text);
      }
    }
  }
}

export interface EmailsContext {
  i18n: Localize;
  settings: ProgramSettings;
  emails: EmailsDraft;
  /** The preview's module could not be loaded. */
  failed: boolean;
  form: FieldState<EmailField>;
  /** The day the sample facts count from. */
  now: Date;
  onSettings(change: (current: ProgramSettings) => ProgramSettings, field: EmailField): void;
  onEmails(emails: EmailsDraft): void;
  announce(message: string): void;
  /** Tries loading the preview's module again. */
  retry(): void;
}

export const emailsStyles = css`
  /* A fieldset is at least as wide as its content: the list of emails, each named in full, would make the
     part scroll sideways on a phone. Its select shrinks to the part instead. */
  fieldset[part='emails'] {
    min-inline-size: 0;
  }
  .email-choice {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gap);
  }
  .email-choice > .field {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .email-choice select {
    max-inline-size: 100%;
  }
  #email-subject {
    inline-size: min(100%, 40rem);
  }
  #email-body {
    inline-size: min(100%, 40rem);
  }
  .placeholders {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  .placeholders code,
  .built-in pre,
  .email-preview pre {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  .email-preview {
    margin-block-start: var(--_gap);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .email-preview h4,
  .email-preview h5 {
    margin: 0.5em 0 0.25em;
  }
  .built-in pre,
  .email-preview pre {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }
`;

export function renderEmails(context: EmailsContext): TemplateResult {
  const { i18n } = context;
  const t = i18n.t.bind(i18n);
  let body: TemplateResult;
  if (loaded) body = renderEditor(context, loaded);
  else if (context.failed) {
    body = html`<div class="notice error" role="alert">
      <p>${t('office.emails.loadFailed')}</p>
      <button type="button" class="button" @click=${() => context.retry()}>${t('action.retry')}</button>
    </div>`;
  } else body = html`<p class="muted" role="status">${t('office.emails.loading')}</p>`;
  return html`<fieldset part="emails" aria-describedby="emails-hint">
    <legend>${t('office.emails.legend')}</legend>
    <p class="hint" id="emails-hint">${t('office.emails.hint')}</p>
    ${body}
  </fieldset>`;
}

function renderEditor(context: EmailsContext, preview: PreviewModule): TemplateResult {
  const { i18n, settings, emails, form } = context;
  const t = i18n.t.bind(i18n);
  const { kind, language } = emails;
  const own = preview.hasOwnTemplate(settings, kind, language);
  const words = preview.templateFor(settings, kind, language) ?? { subject: '', body: '' };
  const builtIn = preview.builtInTemplate(kind, language);
  const problems = emailProblems(settings, emails);
  const edit = (part: Part, text: string) =>
    context.onSettings((current) => {
      const now = preview.templateFor(current, kind, language) ?? { subject: '', body: '' };
      return preview.withEmailTemplate(current, kind, language, { subject: now.subject, body: now.body, [part]: text });
    }, `email.${part}`);
  const reset = () => {
    context.onSettings((current) => preview.withEmailTemplate(current, kind, language, null), 'email.subject');
    // The button goes with the program's words: focus stays in the part, on the subject now built-in again.
    form.focusField('email.subject');
    context.announce(t('office.emails.resetDone', kindLabel(i18n, kind), i18n.languageName(language)));
  };
  const renders = !problems['email.subject'] && !problems['email.body'];
  const unfilled = preview.unfilledPlaceholders(kind, `${words.subject} ${words.body}`);
  const email = renders ? preview.previewEmail(settings, kind, language, sampleTexts(i18n), context.now) : null;
  const dir = language === 'ar' ? 'rtl' : 'ltr';

  return html`<div class="email-choice">
      <div class="field">
        <label for="email-kind">${t('office.emails.kind')}</label>
        <select id="email-kind" aria-invalid=${form.invalid('email.kind')} aria-describedby=${describedBy(form.errorId('email.kind'))}
          @change=${(e: Event) => context.onEmails({ kind: (e.target as HTMLSelectElement).value, language })}>
          ${preview.EMAIL_KINDS.map((k) => {
            const label = kindLabel(i18n, k);
            return html`<option value=${k} .selected=${k === kind}>${preview.hasOwnTemplate(settings, k, language) ? t('office.emails.kindOwn', label) : label}</option>`;
          })}
        </select>
        ${form.error('email.kind')}
      </div>
      <div class="field">
        <label for="email-language">${t('office.emails.language')}</label>
        <select id="email-language"
          @change=${(e: Event) => context.onEmails({ kind, language: (e.target as HTMLSelectElement).value as EmailLanguage })}>
          ${EMAIL_LANGUAGES.map((lang) => html`<option value=${lang} .selected=${lang === language}>${i18n.languageName(lang)}</option>`)}
        </select>
      </div>
    </div>
    <p class="muted" id="email-state" part="email-state">${t(own ? 'office.emails.own' : 'office.emails.builtIn')}</p>
    <div class="field">
      <label for="email-subject">${t('office.emails.subject')}</label>
      <input id="email-subject" type="text" lang=${language} dir="auto" maxlength="300" .value=${words.subject}
        aria-invalid=${form.invalid('email.subject')} aria-describedby=${describedBy('email-state', form.errorId('email.subject'))}
        @input=${(e: Event) => edit('subject', (e.target as HTMLInputElement).value)} />
      ${form.error('email.subject')}
    </div>
    <div class="field">
      <label for="email-body">${t('office.emails.body')}</label>
      <textarea id="email-body" lang=${language} dir="auto" rows="10" maxlength="8000" .value=${words.body}
        aria-invalid=${form.invalid('email.body')} aria-describedby=${describedBy('email-body-hint', 'email-placeholders', unfilled.length > 0 && 'email-unfilled', form.errorId('email.body'))}
        @input=${(e: Event) => edit('body', (e.target as HTMLTextAreaElement).value)}></textarea>
      <p class="hint" id="email-body-hint">${t('office.emails.bodyHint')}</p>
      ${form.error('email.body')}
    </div>
    <div class="hint" id="email-placeholders">
      <p>${t('office.emails.placeholders')}</p>
      <ul class="placeholders">
        ${preview.placeholdersOf(kind).map((name) => {
          const key = `office.emails.ph.${name}`;
          return html`<li><code dir="ltr">{{${name}}}</code> ${i18n.has(key) ? t(key) : nothing}</li>`;
        })}
      </ul>
      <p>${t('office.emails.sections')}</p>
    </div>
    ${unfilled.length > 0
      ? html`<p class="notice" id="email-unfilled" part="email-unfilled">
          ${t('office.emails.unfilled', i18n.list(unfilled.map((name) => `{{${name}}}`)))}
        </p>`
      : nothing}
    ${own && builtIn
      ? html`<details class="built-in" part="email-built-in">
          <summary>${t('office.emails.builtInWords')}</summary>
          <p lang=${language} dir="auto">${builtIn.subject}</p>
          <pre lang=${language} dir="auto">${builtIn.body}</pre>
        </details>
        <button type="button" class="button" id="email-reset" @click=${reset}>${t('office.emails.reset')}</button>`
      : nothing}
    <section class="email-preview" part="email-preview" aria-labelledby="email-preview-title">
      <h4 id="email-preview-title">${t('office.emails.preview')}</h4>
      ${email
        ? html`<h5 id="email-preview-subject">${t('office.emails.previewSubject')}</h5>
            <p lang=${language} dir=${dir} part="preview-subject">${email.subject}</p>
            <h5 id="email-preview-text">${t('office.emails.previewText')}</h5>
            <pre lang=${language} dir=${dir} part="preview-text">${email.text}</pre>
            <details>
              <summary>${t('office.emails.previewHtml')}</summary>
              <pre dir="ltr" part="preview-html">${email.html}</pre>
            </details>`
        : html`<p class="muted">${t('office.emails.previewBlocked')} ${emailProblemText(i18n, (problems['email.subject'] ?? problems['email.body'])!)}</p>`}
    </section>`;
}

const sampleTexts = (i18n: Localize) => ({
  goals: i18n.t('office.emails.sample.goals'),
  message: i18n.t('office.emails.sample.message'),
  reason: i18n.t('office.emails.sample.reason'),
});
