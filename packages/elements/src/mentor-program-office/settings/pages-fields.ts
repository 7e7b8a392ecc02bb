// The settings tab's "Pages" part (issue 15): the address of each page of the society's site that emails and
// the notification list link to (settings `pages`, core's NOTIFICATION_PAGES). Each is checked as the settings
// schema checks it (an absolute http(s) address, core's `isSafeHttpUrl`) while staff type, with the words
// saying how to write one; a page left empty is not linked to (links go to the console's address instead).
import { css, html, type TemplateResult } from 'lit';
import type { ProgramSettings } from '@mentor-match/core';
import { NOTIFICATION_PAGES } from '@mentor-match/core/schemas/settings';
import { isSafeHttpUrl } from '@mentor-match/core/safe-url';
import type { Localize } from '../../i18n/localize.ts';
import { describedBy, type FormController } from '../../internal/form-controller.ts';

type Page = (typeof NOTIFICATION_PAGES)[number];
export type PageField = `pages.${Page}`;
export type PageProblem = { key: 'office.pages.bad' };

/** What a part of the settings form needs of the form's controller, for its own fields. */
export type FieldState<F extends string> = Pick<FormController<F, unknown>, 'invalid' | 'errorId' | 'error' | 'focusField'>;

/** The pages whose address is not an absolute http(s) one. */
export function pageProblems(settings: ProgramSettings): Partial<Record<PageField, PageProblem>> {
  const problems: Partial<Record<PageField, PageProblem>> = {};
  for (const page of NOTIFICATION_PAGES) {
    const url = settings.pages?.[page];
    if (url !== undefined && !isSafeHttpUrl(url)) problems[`pages.${page}`] = { key: 'office.pages.bad' };
  }
  return problems;
}

/** The form's field for a refusal's path (`pages.console`), or undefined. */
export const pageField = (path: string): PageField | undefined =>
  NOTIFICATION_PAGES.map((page) => `pages.${page}` as const).find((field) => path === field || path.startsWith(`${field}.`));

/** `settings` with `page`'s address as typed (trimmed), or without it when empty (and without `pages` when none is left). */
export function withPage(settings: ProgramSettings, page: Page, url: string): ProgramSettings {
  const { [page]: _old, ...others } = settings.pages ?? {};
  const pages = url.trim() ? { ...others, [page]: url.trim() } : others;
  const { pages: _pages, ...rest } = settings;
  return Object.keys(pages).length > 0 ? { ...rest, pages } : rest;
}

export const pagesStyles = css`
  /* An address is one long word: it wraps, and the part stays within a phone's width. */
  fieldset[part='pages'] {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
`;

export interface PagesContext {
  i18n: Localize;
  settings: ProgramSettings;
  form: FieldState<PageField>;
  onSettings(change: (current: ProgramSettings) => ProgramSettings, field: PageField): void;
}

export function renderPages({ i18n, settings, form, onSettings }: PagesContext): TemplateResult {
  const t = i18n.t.bind(i18n);
  return html`<fieldset part="pages" aria-describedby="pages-hint">
    <legend>${t('office.pages.legend')}</legend>
    <p class="hint" id="pages-hint">${t('office.pages.hint')}</p>
    ${NOTIFICATION_PAGES.map((page) => {
      const field = `pages.${page}` as const;
      return html`<div class="field">
        <label for=${`pages-${page}`}>${t(`office.pages.${page}`)}</label>
        <input id=${`pages-${page}`} type="url" inputmode="url" dir="ltr" maxlength="2000" spellcheck="false" .value=${settings.pages?.[page] ?? ''}
          aria-invalid=${form.invalid(field)} aria-describedby=${describedBy(form.errorId(field))}
          @input=${(e: Event) => onSettings((current) => withPage(current, page, (e.target as HTMLInputElement).value), field)} />
        ${form.error(field)}
      </div>`;
    })}
  </fieldset>`;
}
