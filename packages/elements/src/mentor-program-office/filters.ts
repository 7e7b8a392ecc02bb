// The controls of the office's filter bars, native and labelled: a view keeps the filters being edited
// (its draft) and applies them on submit, so typing does not fire a read per key. Templates only.
import { html, nothing, type TemplateResult } from 'lit';
import type { ProgramSettings } from '@mentor-match/core';
import type { Localize } from '../i18n/localize.ts';
import { entry } from '../internal/program-words.ts';
import { isolate } from '../internal/isolate.ts';

type OnValue = (value: string) => void;

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

export function textFilter(id: string, label: string, value: string, onValue: OnValue): TemplateResult {
  return html`<div>
    <label for=${id}>${label}</label>
    <input id=${id} type="search" maxlength="200" .value=${value} @input=${(event: Event) => onValue(valueOf(event))} />
  </div>`;
}

/** A select whose first option, `''`, is "Any". */
export function selectFilter(
  id: string,
  label: string,
  value: string,
  options: readonly (readonly [string, string])[],
  onValue: OnValue,
  any: string,
): TemplateResult {
  return html`<div>
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(event: Event) => onValue(valueOf(event))}>
      <option value="" ?selected=${value === ''}>${any}</option>
      ${options.map(([option, text]) => html`<option value=${option} ?selected=${option === value}>${text}</option>`)}
    </select>
  </div>`;
}

export function dateFilter(id: string, label: string, value: string, onValue: OnValue, min?: string): TemplateResult {
  return html`<div>
    <label for=${id}>${label}</label>
    <input id=${id} type="date" .value=${value} min=${min || nothing} @change=${(event: Event) => onValue(valueOf(event))} />
  </div>`;
}

/** The program's topics (retired ones too: records still use them), for a topic filter. */
export const topicOptions = (settings: ProgramSettings, i18n: Localize): [string, string][] =>
  settings.topics.map((topic) => {
    const label = entry(i18n, settings, topic).text;
    return [topic.id, topic.retired ? i18n.t('office.topic.retired', isolate(label)) : label];
  });

/** Apply and Clear, at the end of a filter bar. */
export function filterButtons(i18n: Localize, onClear: () => void): TemplateResult {
  return html`<div class="row-actions">
    <button type="submit" class="button primary">${i18n.t('office.filter.apply')}</button>
    <button type="button" class="button" @click=${onClear}>${i18n.t('office.filter.clear')}</button>
  </div>`;
}

/** Filters with their empty values left out: what a query or a CSV request carries. */
export function present<T extends object>(filter: T): T {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== '' && value !== undefined)) as T;
}
