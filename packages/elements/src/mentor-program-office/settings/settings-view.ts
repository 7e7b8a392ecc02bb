import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { MentoringChange, ProgramRecord, ProgramSettings, StaffAdapter, TermMonths } from '@mentor-match/core';
import { isMentoringError } from '@mentor-match/core/errors';
import { TERM_MONTHS } from '@mentor-match/core/schemas/settings';
import { OfficeView, isStaffOnly } from '../office-view.ts';
import { FormController, describedBy } from '../../internal/form-controller.ts';
import { formSummary, summaryStyles } from '../../internal/form-summary.ts';
import { MentorStaffActionEvent } from '../../events/staff-action.ts';
import type { TextKey } from '../../i18n/localize.ts';
import { addMessages } from '../../i18n/localize.ts';
import { officeSettingsEn } from '../../i18n/en.ts';
import { programModeFields } from '../cohorts/program-mode.ts';
import { renderWords, wordsDraftOf, wordsStyles, type WordsDraft } from './words-fields.ts';
import { isolate } from '../../internal/isolate.ts';
import {
  emailProblemText, emailProblems, emailRefusal, emailsDraftOf, emailsStyles, loadEmailPreview, renderEmails,
  type EmailField, type EmailProblem, type EmailsDraft,
} from './email-fields.ts';
import { pageField, pageProblems, pagesStyles, renderPages, type PageField, type PageProblem } from './pages-fields.ts';

addMessages('en', officeSettingsEn);

/** The program's numbers staff set here, with the bounds the settings schema gives them. */
const NUMBERS = {
  mentorDefaultCapacity: [1, 50],
  mentorsPerMentee: [1, 50],
  openRequestsPerMember: [1, 100],
  requestExpiryDays: [1, 365],
  reminderDays: [0, 365],
} as const satisfies Record<string, readonly [number, number]>;
type NumberField = keyof typeof NUMBERS;
const NUMBER_FIELDS = Object.keys(NUMBERS) as NumberField[];

type Field =
  | 'name' | 'contactEmail' | 'topics' | `topics.${number}.label` | 'newTopic' | NumberField | 'termMonths'
  | 'codeOfConduct.version' | 'codeOfConduct.url' | 'codeOfConduct.text' | 'reason' | EmailField | PageField;

type Problem = { key: TextKey } | { key: 'office.settings.between'; min: number; max: number } | EmailProblem | PageProblem;

interface Draft {
  settings: ProgramSettings;
  /** The numbers as typed (checked on submit, never lost). */
  numbers: Record<NumberField, string>;
  newTopic: string;
  reason: string;
  /** The program's words in other languages: which language is being translated into. */
  words: WordsDraft;
  /** Which email is shown in the Emails part. */
  emails: EmailsDraft;
}

/** A draft of `settings`; the email shown stays the one staff chose (`emails`), through a save or a reload. */
function draftOf(settings: ProgramSettings, emails?: EmailsDraft): Draft {
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((field) => [field, String(settings[field])])) as Record<NumberField, string>;
  return { settings: structuredClone(settings), numbers, newTopic: '', reason: '', words: wordsDraftOf(settings), emails: emails ?? emailsDraftOf(settings) };
}

/** The settings the draft makes, numbers read from what was typed. */
function settingsOf(draft: Draft): ProgramSettings {
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((field) => [field, Number(draft.numbers[field])]));
  return { ...draft.settings, ...numbers };
}

/** An id for a new topic from its label: `Machine learning` → `machine-learning`, unique in the list. */
export function topicId(label: string, taken: readonly string[]): string {
  const base = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'topic';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The program's settings, edited at runtime: name and contact address; topics (add, rename, retire: a
 * retired topic stays on the records that use it); limits; request expiry and reminder days; the terms
 * offered; whether mentors need approval; the code of conduct (text or link, with a version members accept
 * before their next request); the program's words in other languages (words-fields.ts); each email's words
 * per kind and language with its preview (email-fields.ts); the pages emails link to (pages-fields.ts). Saved
 * with a reason; every open page hears the change. The settings rules'
 * refusals show on the fields they name.
 *
 * @summary The settings of `<mentor-program-office>` (one of its views).
 */
export class MentorOfficeSettings extends OfficeView {
  static override properties: PropertyDeclarations = {
    draft: { state: true, attribute: false },
    saving: { state: true, attribute: false },
    changedElsewhere: { state: true, attribute: false },
    emailsFailed: { state: true, attribute: false },
  };

  static override styles = [
    ...OfficeView.styles,
    summaryStyles,
    wordsStyles,
    emailsStyles,
    pagesStyles,
    css`
      form.settings fieldset {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75em var(--_space) var(--_space);
        margin: 0 0 var(--_gap);
      }
      form.settings legend {
        font-weight: 700;
        padding-inline: 0.25em;
      }
      .field {
        margin-block: 0.5em;
      }
      .field > label {
        display: block;
        font-weight: 600;
      }
      .field input:not([type='checkbox'], [type='radio']),
      .field textarea {
        inline-size: min(100%, 36rem);
      }
      .field input[type='number'] {
        inline-size: 8rem;
      }
      .topics {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.4em;
      }
      .topics li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
      }
      .topics input {
        inline-size: min(100%, 24rem);
      }
    `,
  ];

  private draft: Draft | undefined;
  private saving = false;
  /** Someone else changed the settings while this draft was being edited. */
  private changedElsewhere = false;
  /** The Emails part's preview module could not be loaded. */
  private emailsFailed = false;

  #record: ProgramRecord | undefined;

  readonly #task = new Task<[StaffAdapter], ProgramRecord>(this, {
    autoRun: false,
    task: ([staff], { signal }) => staff.getSettings({ signal }),
    onComplete: (record) => {
      this.#record = record;
      this.draft = draftOf(record.settings, this.draft?.emails);
      this.changedElsewhere = false;
      this.#form.clear();
    },
  });

  readonly #form = new FormController<Field, Problem>(this, {
    summary: true,
    check: () => this.#check(),
    message: (_field, problem) => {
      if (problem.key === 'office.settings.between') return this.i18n.t(problem.key, problem.min, problem.max);
      if (problem.key === 'office.emails.issue' || problem.key === 'office.emails.brokenElsewhere') return emailProblemText(this.i18n, problem);
      return this.i18n.t(problem.key);
    },
    refusal: (_error, path) => {
      const at = path.replace(/^settings\./, '');
      const d = this.draft;
      const email = d && emailRefusal(d.settings, d.emails, at);
      if (email) return email;
      const page = pageField(at);
      if (page) return [page, { key: 'office.pages.bad' }];
      const field = fieldOf(at, d?.settings.topics.length ?? 0);
      return field && [field, { key: 'form.checkField' }];
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#loadEmails();
  }

  /** The Emails part's preview module (core's render), loaded once the settings are shown. */
  #loadEmails(): void {
    this.emailsFailed = false;
    loadEmailPreview().then(
      () => {
        this.requestUpdate();
        this.#form.recheck();
      },
      () => (this.emailsFailed = true),
    );
  }

  protected override staffReady(staff: StaffAdapter): void {
    void this.#task.run([staff]);
  }

  protected override onStaffChange(change: MentoringChange): void {
    if (change.kind !== 'program' || this.saving || !this.#record) return;
    // Nothing typed yet: show the new settings. Else keep what was typed, and say so.
    if (this.#dirty) this.changedElsewhere = true;
    else if (this.staff) void this.#task.run([this.staff]);
  }

  get #dirty(): boolean {
    const d = this.draft;
    return !!d && !!this.#record && (JSON.stringify(settingsOf(d)) !== JSON.stringify(this.#record.settings) || d.reason.trim() !== '');
  }

  protected override render() {
    if (!this.program?.settings) return this.renderProgramGate();
    const t = this.i18n.t.bind(this.i18n);
    const retry = () => this.staff && void this.#task.run([this.staff]);
    let body: unknown;
    if (this.#task.status === TaskStatus.ERROR && (isStaffOnly(this.#task.error) || !this.draft)) body = this.renderFailure(this.#task.error, retry);
    else if (!this.draft) body = this.renderLoading();
    else body = this.#renderForm(this.draft);
    return html`<h3 id="settings-title" tabindex="-1">${t('office.settings.title')}</h3>
      <div aria-busy=${this.#task.status === TaskStatus.PENDING ? 'true' : 'false'}>${body}</div>
      ${this.renderAnnouncement()}`;
  }

  #renderForm(d: Draft): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const form = this.#form;
    const s = d.settings;
    const record = this.#record!;
    const code = s.codeOfConduct;
    return html`<p class="muted">${record.updatedAt
        ? t('office.settings.version', record.version, this.i18n.date(record.updatedAt, 'medium'), isolate(record.updatedBy ?? ''))
        : t('office.settings.versionFirst', record.version)}</p>
      ${this.changedElsewhere
        ? html`<div class="notice" role="alert" part="changed-elsewhere">
            <p>${t('office.settings.changedElsewhere')}</p>
            <button type="button" class="button" @click=${() => this.staff && void this.#task.run([this.staff])}>${t('office.settings.loadLatest')}</button>
          </div>`
        : nothing}
      <form class="settings" novalidate @submit=${this.#save} @focusout=${() => form.recheck()} @change=${() => form.recheck()}>
        ${formSummary(form, (count) => t('office.settings.problems', count))}
        ${form.failure ? this.#renderFailure(form.failure) : nothing}
        <fieldset>
          <legend>${t('office.settings.program')}</legend>
          ${this.#text('name', t('office.settings.name'), s.name, (name) => this.#setSettings({ name }, 'name'), 200)}
          ${this.#text('contactEmail', t('office.settings.contactEmail'), s.contactEmail ?? '',
            (email) => this.#setSettings({ contactEmail: email.trim() || null }, 'contactEmail'), 254, 'email', t('office.settings.contactHint'))}
        </fieldset>

        ${programModeFields(this.i18n, s.mode ?? 'self-serve', (mode) => this.#setSettings({ mode }))}

        <fieldset>
          <legend id="topics">${t('office.settings.topics')}</legend>
          <p class="hint" id="topics-hint">${t('office.settings.topicsHint')}</p>
          ${form.error('topics')}
          <ul class="topics" aria-labelledby="topics">
            ${s.topics.map((topic, index) => {
              const field = `topics.${index}.label` as const;
              return html`<li>
                <label class="visually-hidden" for=${`topics-${index}-label`}>${t('office.settings.topicLabel', index + 1)}</label>
                <input id=${`topics-${index}-label`} type="text" maxlength="120" .value=${topic.label}
                  aria-invalid=${form.invalid(field)} aria-describedby=${describedBy('topics-hint', form.errorId(field))}
                  @input=${(e: Event) => this.#setTopic(index, { label: value(e) })} />
                ${topic.retired ? html`<span class="tag">${t('office.topic.retiredTag')}</span>` : nothing}
                <button type="button" class="button" aria-describedby=${`topics-${index}-label`}
                  @click=${() => this.#setTopic(index, { retired: !topic.retired })}>
                  ${t(topic.retired ? 'office.settings.restore' : 'office.settings.retire')}
                </button>
                ${form.error(field)}
              </li>`;
            })}
          </ul>
          <div class="field">
            <label for="newTopic">${t('office.settings.newTopic')}</label>
            <input id="newTopic" type="text" maxlength="120" .value=${d.newTopic}
              aria-invalid=${form.invalid('newTopic')} aria-describedby=${describedBy(form.errorId('newTopic'))}
              @input=${(e: Event) => this.#set({ newTopic: value(e) }, 'newTopic')}
              @keydown=${(e: KeyboardEvent) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  this.#addTopic();
                }
              }} />
            <button type="button" class="button" @click=${() => this.#addTopic()}>${t('office.settings.addTopic')}</button>
            ${form.error('newTopic')}
          </div>
        </fieldset>

        <fieldset>
          <legend>${t('office.settings.limits')}</legend>
          ${this.#number('mentorDefaultCapacity', t('office.settings.capacity'))}
          ${this.#number('mentorsPerMentee', t('office.settings.mentorsPerMentee'))}
          ${this.#number('openRequestsPerMember', t('office.settings.openRequests'))}
        </fieldset>

        <fieldset>
          <legend>${t('office.settings.requests')}</legend>
          ${this.#number('requestExpiryDays', t('office.settings.expiry'))}
          ${this.#number('reminderDays', t('office.settings.reminder'))}
          <fieldset id="termMonths" tabindex="-1" aria-describedby=${describedBy(form.errorId('termMonths'))}>
            <legend>${t('office.settings.terms')}</legend>
            <div class="checks">
              ${TERM_MONTHS.map(
                (n) => html`<label><input type="checkbox" .checked=${s.termMonths.includes(n)} aria-invalid=${form.invalid('termMonths')}
                  @change=${() => this.#toggleTerm(n)} />${t('months', n)}</label>`,
              )}
            </div>
            ${form.error('termMonths')}
          </fieldset>
          <div class="field">
            <label><input type="checkbox" .checked=${s.mentorsNeedApproval}
              @change=${(e: Event) => this.#setSettings({ mentorsNeedApproval: checked(e) })} />
              ${t('office.settings.approval')}</label>
            <p class="hint">${t('office.settings.approvalHint')}</p>
          </div>
        </fieldset>

        <fieldset>
          <legend>${t('office.settings.code')}</legend>
          <div class="field">
            <label><input type="checkbox" .checked=${code.required}
              @change=${(e: Event) => this.#setCode({ required: checked(e) }, 'codeOfConduct.text')} />
              ${t('office.settings.codeRequired')}</label>
          </div>
          ${this.#text('codeOfConduct.url', t('office.settings.codeUrl'), code.url ?? '',
            (url) => this.#setCode({ url: url.trim() || null }, 'codeOfConduct.url'), 2000, 'url')}
          <div class="field">
            <label for="codeOfConduct-text">${t('office.settings.codeText')}</label>
            <textarea id="codeOfConduct-text" rows="6" maxlength="20000" .value=${code.text ?? ''}
              aria-invalid=${form.invalid('codeOfConduct.text')} aria-describedby=${describedBy(form.errorId('codeOfConduct.text'))}
              @input=${(e: Event) => this.#setCode({ text: value(e).trim() ? value(e) : null }, 'codeOfConduct.text')}></textarea>
            ${form.error('codeOfConduct.text')}
          </div>
          ${this.#text('codeOfConduct.version', t('office.settings.codeVersion'), code.version,
            (version) => this.#setCode({ version }, 'codeOfConduct.version'), 40, 'text', t('office.settings.codeVersionHint'))}
          <button type="button" class="button" @click=${() => this.#setCode({ version: new Date().toISOString().slice(0, 10) }, 'codeOfConduct.version')}>
            ${t('office.settings.newVersion')}
          </button>
        </fieldset>

        ${renderWords({
          i18n: this.i18n,
          settings: s,
          words: d.words,
          onSettings: (change) => this.#setSettings(change(this.draft!.settings)),
          onWords: (words) => this.#set({ words }),
          announce: (message) => void this.announce(message),
        })}

        ${renderEmails({
          i18n: this.i18n,
          settings: s,
          emails: d.emails,
          failed: this.emailsFailed,
          form,
          now: this.today,
          onSettings: (change, field) => {
            this.#replaceSettings(change, field);
            // Once problems show, the template's follows each key: it says why it would not render.
            form.recheck();
          },
          onEmails: (emails) => {
            this.#set({ emails });
            form.recheck();
          },
          announce: (message) => void this.announce(message),
          retry: () => this.#loadEmails(),
        })}

        ${renderPages({ i18n: this.i18n, settings: s, form, onSettings: (change, field) => this.#replaceSettings(change, field) })}

        <div class="field">
          <label for="reason">${t('office.reason')}</label>
          <textarea id="reason" rows="2" maxlength="500" required .value=${d.reason}
            aria-invalid=${form.invalid('reason')} aria-describedby=${describedBy('settings-reason-hint', form.errorId('reason'))}
            @input=${(e: Event) => this.#set({ reason: value(e) }, 'reason')}></textarea>
          <p class="hint" id="settings-reason-hint">${t('office.settings.reasonHint')}</p>
          ${form.error('reason')}
        </div>
        <div class="row-actions">
          <button type="submit" class="button primary" aria-disabled=${this.saving ? 'true' : nothing}>
            ${this.saving ? t('office.busy') : t('office.settings.save')}
          </button>
          <button type="button" class="button" @click=${() => this.#discard()}>${t('office.settings.discard')}</button>
        </div>
      </form>`;
  }

  /** A refusal naming no field: a stale version offers the latest settings. */
  #renderFailure(error: unknown): TemplateResult {
    if (isMentoringError(error) && error.code === 'conflict' && error.reason === 'stale') {
      return html`<div class="notice error" role="alert" part="error">
        <p>${this.i18n.t('office.settings.stale')}</p>
        <button type="button" class="button" @click=${() => this.staff && void this.#task.run([this.staff])}>${this.i18n.t('office.settings.loadLatest')}</button>
      </div>`;
    }
    return this.renderError(error);
  }

  #text(field: Field, label: string, current: string, onValue: (value: string) => void, max: number, type = 'text', hint?: string): TemplateResult {
    const form = this.#form;
    const id = field.replaceAll('.', '-');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type=${type} maxlength=${max} .value=${current}
        aria-invalid=${form.invalid(field)} aria-describedby=${describedBy(hint && `${id}-hint`, form.errorId(field))}
        @input=${(e: Event) => onValue(value(e))} />
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${form.error(field)}
    </div>`;
  }

  #number(field: NumberField, label: string): TemplateResult {
    const form = this.#form;
    const [min, max] = NUMBERS[field];
    return html`<div class="field">
      <label for=${field}>${label}</label>
      <input id=${field} type="number" inputmode="numeric" min=${min} max=${max} step="1" .value=${this.draft!.numbers[field]}
        aria-invalid=${form.invalid(field)} aria-describedby=${describedBy(form.errorId(field))}
        @input=${(e: Event) => this.#set({ numbers: { ...this.draft!.numbers, [field]: value(e) } }, field)} />
      ${form.error(field)}
    </div>`;
  }

  #check(): Partial<Record<Field, Problem>> {
    const d = this.draft;
    if (!d) return {};
    const s = d.settings;
    const problems: Partial<Record<Field, Problem>> = {};
    if (!s.name.trim()) problems.name = { key: 'office.settings.nameMissing' };
    if (s.contactEmail !== null && !EMAIL.test(s.contactEmail)) problems.contactEmail = { key: 'office.settings.emailBad' };
    s.topics.forEach((topic, index) => {
      if (!topic.label.trim()) problems[`topics.${index}.label`] = { key: 'office.settings.topicMissing' };
    });
    for (const field of NUMBER_FIELDS) {
      const [min, max] = NUMBERS[field];
      const n = Number(d.numbers[field]);
      if (d.numbers[field].trim() === '' || !Number.isInteger(n) || n < min || n > max) problems[field] = { key: 'office.settings.between', min, max };
    }
    if (s.termMonths.length === 0) problems.termMonths = { key: 'office.settings.termsMissing' };
    Object.assign(problems, emailProblems(s, d.emails), pageProblems(s));
    if (!d.reason.trim()) problems.reason = { key: 'office.reason.missing' };
    return problems;
  }

  #set(change: Partial<Draft>, field?: Field): void {
    this.draft = { ...this.draft!, ...change };
    if (field) this.#form.edited(field);
  }

  #setSettings(change: Partial<ProgramSettings>, field?: Field): void {
    this.#set({ settings: { ...this.draft!.settings, ...change } }, field);
  }

  /** The settings replaced whole by `change` (which may leave a key out: no template, no page left). */
  #replaceSettings(change: (current: ProgramSettings) => ProgramSettings, field: Field): void {
    this.#set({ settings: change(this.draft!.settings) }, field);
  }

  #setCode(change: Partial<ProgramSettings['codeOfConduct']>, field: Field): void {
    this.#setSettings({ codeOfConduct: { ...this.draft!.settings.codeOfConduct, ...change } }, field);
  }

  #setTopic(index: number, change: { label?: string; retired?: boolean }): void {
    const topics = this.draft!.settings.topics.map((topic, i) => {
      if (i !== index) return topic;
      const next = { ...topic, ...change };
      // Not retired is the default: the record says only what is so.
      if (!next.retired) delete next.retired;
      return next;
    });
    this.#setSettings({ topics }, `topics.${index}.label`);
    this.#form.edited('topics');
  }

  #addTopic(): void {
    const d = this.draft!;
    const label = d.newTopic.trim();
    if (!label) return;
    const topics = d.settings.topics;
    const id = topicId(label, topics.map((topic) => topic.id));
    this.draft = { ...d, newTopic: '', settings: { ...d.settings, topics: [...topics, { id, label }] } };
    void this.announce(this.i18n.t('office.settings.topicAdded', isolate(label)));
  }

  #toggleTerm(n: TermMonths): void {
    const terms = this.draft!.settings.termMonths;
    const next = terms.includes(n) ? terms.filter((x) => x !== n) : [...terms, n].sort((a, b) => a - b);
    this.#setSettings({ termMonths: next }, 'termMonths');
  }

  #discard(): void {
    if (!this.#record) return;
    this.draft = draftOf(this.#record.settings, this.draft?.emails);
    this.#form.clear();
    void this.announce(this.i18n.t('office.settings.discarded'));
  }

  readonly #save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const d = this.draft;
    const staff = this.staff;
    const record = this.#record;
    if (!d || !staff || !record || this.saving || !this.#form.submit()) return;
    this.saving = true;
    try {
      const saved = await staff.updateSettings({ settings: settingsOf(d), version: record.version, reason: d.reason.trim() });
      this.#record = saved;
      this.draft = draftOf(saved.settings, d.emails);
      this.changedElsewhere = false;
      this.#form.clear();
      void this.announce(this.i18n.t('office.settings.saved', saved.version));
      void this.emit(new MentorStaffActionEvent('settings', 'program'));
    } catch (error) {
      this.#form.refuse(error);
    } finally {
      this.saving = false;
    }
  };
}

/** The form's field for a path the settings schema or rules name (`topics.3.label`, `codeOfConduct.version`). */
function fieldOf(path: string, topicCount: number): Field | undefined {
  const topic = /^topics\.(\d+)/.exec(path);
  if (topic) return Number(topic[1]) < topicCount ? `topics.${Number(topic[1])}.label` : 'topics';
  if (path === 'topics' || path === 'industries' || path === 'careerStages') return 'topics';
  if (path.startsWith('codeOfConduct.')) {
    return path === 'codeOfConduct.version' || path === 'codeOfConduct.url' ? path : 'codeOfConduct.text';
  }
  const simple: readonly Field[] = ['name', 'contactEmail', 'termMonths', 'reason', ...NUMBER_FIELDS];
  return simple.find((field) => field === path);
}

const value = (event: Event) => (event.target as HTMLInputElement).value;
const checked = (event: Event) => (event.target as HTMLInputElement).checked;
