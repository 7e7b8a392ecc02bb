// The program's mode in the office's settings (issue 14): self-serve, cohorts, or both. A fieldset of radios
// the settings view places in its form; its strings are the cohorts' catalog's.
import { html, type TemplateResult } from 'lit';
import type { ProgramMode } from '@mentor-match/core';
import { PROGRAM_MODES } from '../../internal/cohort-text.ts';
import { addMessages, type Localize } from '../../i18n/localize.ts';
import { cohortOfficeEn } from '../../i18n/cohort-en.ts';
import { loadCohortLocale } from '../../i18n/cohort-locales.ts';

addMessages('en', cohortOfficeEn);

export function programModeFields(i18n: Localize, mode: ProgramMode, onMode: (mode: ProgramMode) => void): TemplateResult {
  loadCohortLocale(i18n.lang);
  const t = i18n.t.bind(i18n);
  return html`<fieldset id="mode" tabindex="-1">
    <legend>${t('cohort.office.mode')}</legend>
    ${PROGRAM_MODES.map((option) => html`<div class="field"><label>
      <input type="radio" name="program-mode" .value=${option} .checked=${option === mode} @change=${() => onMode(option)} />
      ${t(`cohort.office.mode.${option}`)}
    </label></div>`)}
  </fieldset>`;
}
