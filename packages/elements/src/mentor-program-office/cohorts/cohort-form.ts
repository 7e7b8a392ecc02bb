// The dialog staff create or edit a cohort in: its name, the application window, the match date, the term and
// which roles apply. A modal <dialog> in the view's shadow root (focus goes in, and back to the button that
// opened it); problems show beside each field, and a refusal stays in the dialog with everything typed.
// Dates are days: each is taken at 00:00 UTC (the schema's order: opens < closes <= match <= term start < end).
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Cohort, CohortInput, Role } from '@mentor-match/core';
import { ROLES } from '@mentor-match/core/vocabulary';
import { FormController, describedBy } from '../../internal/form-controller.ts';
import type { Localize } from '../../i18n/localize.ts';
import { bdi, sentence } from '../../internal/isolate.ts';
import { ModalForm } from '../modal-form.ts';

export const DATE_FIELDS = ['applicationsOpenAt', 'applicationsCloseAt', 'matchAt', 'termStartsAt', 'termEndsAt'] as const;
type DateField = (typeof DATE_FIELDS)[number];
type Field = 'name' | DateField | 'roles';
type Problem = 'cohort.office.form.nameMissing' | 'cohort.office.form.dateMissing' | 'cohort.office.form.order'
  | 'cohort.office.form.rolesMissing' | 'form.checkField';

const LABELS: Record<DateField, 'cohort.office.form.opens' | 'cohort.office.form.closes' | 'cohort.office.form.match' | 'cohort.office.form.termStart' | 'cohort.office.form.termEnd'> = {
  applicationsOpenAt: 'cohort.office.form.opens',
  applicationsCloseAt: 'cohort.office.form.closes',
  matchAt: 'cohort.office.form.match',
  termStartsAt: 'cohort.office.form.termStart',
  termEndsAt: 'cohort.office.form.termEnd',
};

export type CohortFormDraft = { name: string; roles: Role[] } & Record<DateField, string>;

const day = (instant: string): string => instant.slice(0, 10);
const instant = (date: string): string => `${date}T00:00:00.000Z`;

export function draftOfCohort(cohort: Cohort | undefined): CohortFormDraft {
  if (!cohort) return { name: '', roles: [...ROLES], applicationsOpenAt: '', applicationsCloseAt: '', matchAt: '', termStartsAt: '', termEndsAt: '' };
  return {
    name: cohort.name,
    roles: [...cohort.roles],
    applicationsOpenAt: day(cohort.applicationsOpenAt),
    applicationsCloseAt: day(cohort.applicationsCloseAt),
    matchAt: day(cohort.matchAt),
    termStartsAt: day(cohort.termStartsAt),
    termEndsAt: day(cohort.termEndsAt),
  };
}

/** What is wrong with the draft: a name, every date, the dates in order, a role. */
export function checkCohortDraft(draft: CohortFormDraft): Partial<Record<Field, Problem>> {
  const problems: Partial<Record<Field, Problem>> = {};
  if (!draft.name.trim()) problems.name = 'cohort.office.form.nameMissing';
  for (const field of DATE_FIELDS) if (!/^\d{4}-\d{2}-\d{2}$/.test(draft[field])) problems[field] = 'cohort.office.form.dateMissing';
  // Strictly after for the window and the term, on or after for the match date and the term's start.
  const strict: Record<DateField, boolean> = { applicationsOpenAt: true, applicationsCloseAt: true, matchAt: false, termStartsAt: false, termEndsAt: true };
  for (let i = 1; i < DATE_FIELDS.length; i += 1) {
    const field = DATE_FIELDS[i]!;
    const before = draft[DATE_FIELDS[i - 1]!];
    const value = draft[field];
    if (problems[field] || !before || !value) continue;
    if (strict[field] ? value <= before : value < before) problems[field] = 'cohort.office.form.order';
  }
  if (draft.roles.length === 0) problems.roles = 'cohort.office.form.rolesMissing';
  return problems;
}

export function cohortInputOf(draft: CohortFormDraft): CohortInput {
  return {
    name: draft.name.trim(),
    roles: ROLES.filter((role) => draft.roles.includes(role)),
    applicationsOpenAt: instant(draft.applicationsOpenAt),
    applicationsCloseAt: instant(draft.applicationsCloseAt),
    matchAt: instant(draft.matchAt),
    termStartsAt: instant(draft.termStartsAt),
    termEndsAt: instant(draft.termEndsAt),
  };
}

export class CohortFormDialog {
  readonly #host: LitElement;
  readonly #i18n: Localize;
  readonly #renderError: (error: unknown) => TemplateResult;
  /** Saves the cohort (a new one when `editing` is undefined); a rejection shows in the dialog. */
  readonly #save: (input: CohortInput, editing: Cohort | undefined) => Promise<void>;
  #editing: Cohort | undefined;
  #draft: CohortFormDraft = draftOfCohort(undefined);
  #open = false;
  readonly #form: FormController<Field, Problem>;
  readonly #modal: ModalForm;

  constructor(host: LitElement, i18n: Localize, renderError: (error: unknown) => TemplateResult, save: (input: CohortInput, editing: Cohort | undefined) => Promise<void>) {
    this.#host = host;
    this.#i18n = i18n;
    this.#renderError = renderError;
    this.#save = save;
    this.#modal = new ModalForm(host, 'cohort-dialog');
    this.#form = new FormController<Field, Problem>(host, {
      check: () => checkCohortDraft(this.#draft),
      message: (_field, key) => this.#i18n.t(key),
      refusal: (_error, path) => {
        const field = path.split('.')[0] as Field;
        return field === 'name' || field === 'roles' || (DATE_FIELDS as readonly string[]).includes(field) ? [field, 'form.checkField'] : undefined;
      },
    });
  }

  async open(cohort: Cohort | undefined, trigger: HTMLElement | null): Promise<void> {
    this.#editing = cohort;
    this.#draft = draftOfCohort(cohort);
    this.#open = true;
    this.#form.clear();
    await this.#modal.show(trigger, '#cf-name');
  }

  render(): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const form = this.#form;
    const d = this.#draft;
    const set = (field: Field, change: Partial<CohortFormDraft>) => {
      this.#draft = { ...this.#draft, ...change };
      form.edited(field);
      form.recheck();
      this.#host.requestUpdate();
    };
    return html`<dialog id="cohort-dialog" part="dialog" aria-labelledby="cf-title" @close=${this.#closed}>
      ${this.#open
        ? html`<form novalidate @submit=${this.#submit}>
            <h2 id="cf-title">${this.#editing ? sentence(this.#i18n, 'cohort.office.form.edit', bdi(this.#editing.name)) : t('cohort.office.form.new')}</h2>
            ${form.failure ? this.#renderError(form.failure) : nothing}
            <div class="field">
              <label for="cf-name">${t('cohort.office.form.name')}</label>
              <input id="cf-name" type="text" maxlength="200" required .value=${live(d.name)}
                aria-invalid=${form.invalid('name')} aria-describedby=${describedBy(form.errorId('name'))}
                @input=${(event: Event) => set('name', { name: (event.target as HTMLInputElement).value })} />
              ${form.error('name')}
            </div>
            ${DATE_FIELDS.map((field) => html`<div class="field">
              <label for="cf-${field}">${t(LABELS[field])}</label>
              <input id="cf-${field}" type="date" required .value=${live(d[field])}
                aria-invalid=${form.invalid(field)} aria-describedby=${describedBy(form.errorId(field))}
                @change=${(event: Event) => set(field, { [field]: (event.target as HTMLInputElement).value })} />
              ${form.error(field)}
            </div>`)}
            <fieldset class="field" id="roles" tabindex="-1" aria-describedby=${describedBy(form.errorId('roles'))}>
              <legend>${t('cohort.office.form.roles')}</legend>
              <div class="checks">
                ${ROLES.map((role) => html`<label>
                  <input type="checkbox" .checked=${live(d.roles.includes(role))} aria-invalid=${form.invalid('roles')}
                    @change=${(event: Event) => {
                      const on = (event.target as HTMLInputElement).checked;
                      set('roles', { roles: on ? [...d.roles.filter((r) => r !== role), role] : d.roles.filter((r) => r !== role) });
                    }} />
                  ${t(`role.${role}`)}
                </label>`)}
              </div>
              ${form.error('roles')}
            </fieldset>
            <div class="buttons">
              <button type="button" class="button" @click=${() => this.#modal.close()}>${t('action.cancel')}</button>
              <button type="submit" class="button primary" aria-disabled=${this.#modal.running ? 'true' : nothing}>
                ${this.#modal.running ? t('office.busy') : t('cohort.office.form.save')}
              </button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  readonly #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    await this.#modal.submit(this.#form, () => this.#save(cohortInputOf(this.#draft), this.#editing));
  };

  readonly #closed = async (): Promise<void> => {
    this.#open = false;
    await this.#modal.closed();
  };
}
