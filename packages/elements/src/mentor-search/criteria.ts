// The criteria form of <mentor-search>: what the member picks, how it becomes a SearchQuery, and the
// native controls that show it. Kept apart from the element so the element reads as search states.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Find, MeetingMode, ProgramSettings, SearchQuery, TaxonomyEntry } from '@mentor-match/core';
import { MEETING_MODES } from '@mentor-match/core/vocabulary';
import { isRetired } from '@mentor-match/core/settings-rules';
import { meetingModeKey } from '../i18n/localize.ts';
import type { Localize } from '../i18n/localize.ts';
import { HOURS_APART, namedChoices, type Choice } from './choices.ts';
import { entryChoices } from '../internal/program-words.ts';

/** The form's values as the controls hold them: '' means "any". */
export interface Criteria {
  topics: readonly string[];
  industry: string;
  careerStage: string;
  language: string;
  country: string;
  /** '' or one of HOURS_APART, as text. */
  hoursApart: string;
  meetingMode: string;
  text: string;
}

export const EMPTY_CRITERIA: Criteria = Object.freeze({
  topics: Object.freeze([]),
  industry: '',
  careerStage: '',
  language: '',
  country: '',
  hoursApart: '',
  meetingMode: '',
  text: '',
});

/** The longest free text the query schema accepts. */
const MAX_TEXT = 200;

/** Reads the controls (they are the source of truth while the member edits). */
export function readCriteria(form: HTMLFormElement): Criteria {
  const data = new FormData(form);
  const value = (name: keyof Criteria) => {
    const entry = data.get(name);
    return typeof entry === 'string' ? entry : '';
  };
  return {
    topics: data.getAll('topics').filter((entry): entry is string => typeof entry === 'string'),
    industry: value('industry'),
    careerStage: value('careerStage'),
    language: value('language'),
    country: value('country'),
    hoursApart: value('hoursApart'),
    meetingMode: value('meetingMode'),
    text: value('text'),
  };
}

/** The query for these criteria: blank criteria are left out, so blank criteria list everyone. */
export function toQuery(find: Find, criteria: Criteria): SearchQuery {
  const query: SearchQuery = { find };
  if (criteria.topics.length > 0) query.topics = [...criteria.topics];
  if (criteria.industry) query.industry = criteria.industry;
  if (criteria.careerStage) query.careerStage = criteria.careerStage;
  if (criteria.language) query.language = criteria.language;
  if (criteria.country) query.country = criteria.country;
  const hours = Number.parseInt(criteria.hoursApart, 10);
  if (Number.isFinite(hours)) query.maxHoursApart = hours;
  if ((MEETING_MODES as readonly string[]).includes(criteria.meetingMode)) {
    query.meetingMode = criteria.meetingMode as MeetingMode;
  }
  const text = criteria.text.trim().slice(0, MAX_TEXT);
  if (text) query.text = text;
  return query;
}

/** True when nothing narrows the search. */
export const isBlank = (criteria: Criteria): boolean =>
  Object.keys(toQuery('mentors', criteria)).length === 1;

export interface CriteriaFormOptions {
  i18n: Localize;
  settings: ProgramSettings;
  find: Find;
  criteria: Criteria;
  /** The member changed a control. */
  onInput(criteria: Criteria): void;
  onSubmit(): void;
  onClear(): void;
}

/**
 * The form. Controls are bound with `live()` to `criteria`, so clearing the criteria resets them even
 * after the member has changed them (the DOM value, not the last rendered one, is compared).
 */
export function renderCriteriaForm(options: CriteriaFormOptions) {
  const { i18n, settings, criteria } = options;
  const t = i18n.t.bind(i18n);
  const selected = new Set(criteria.topics);
  const topicCount = settings.topics.filter((topic) => selected.has(topic.id)).length;

  const select = (name: Exclude<keyof Criteria, 'topics' | 'text'>, label: string, any: string, choices: Choice[]) => html`
    <div class="field" part="field">
      <label for=${name}>${label}</label>
      <select id=${name} name=${name}>
        <option value="" .selected=${live(criteria[name] === '')}>${any}</option>
        ${choices.map(
          (choice) =>
            html`<option value=${choice.value} lang=${choice.lang ?? nothing} .selected=${live(criteria[name] === choice.value)}>${choice.label}</option>`,
        )}
      </select>
    </div>
  `;

  const entries = (list: readonly TaxonomyEntry[]): Choice[] => entryChoices(i18n, settings, list);

  return html`
    <form
      part="form"
      role="search"
      aria-label=${t(options.find === 'mentors' ? 'search.findMentors' : 'search.findMentees')}
      @input=${(event: Event) => options.onInput(readCriteria(event.currentTarget as HTMLFormElement))}
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        options.onSubmit();
      }}
    >
      <details class="topics" part="topics">
        <summary>
          <span class="summary-label">${t('search.topics')}</span>
          <span class="summary-count">
            ${topicCount > 0 ? t('search.topicsSelected', topicCount) : t('search.topicsAny')}
          </span>
        </summary>
        <fieldset>
          <legend class="visually-hidden">${t('search.topics')}</legend>
          ${entries(settings.topics.filter((topic) => !isRetired(topic) || selected.has(topic.id))).map(
            (topic) => html`<label class="check">
              <input type="checkbox" name="topics" value=${topic.value} .checked=${live(selected.has(topic.value))} />
              <span lang=${topic.lang ?? nothing} dir="auto">${topic.label}</span>
            </label>`,
          )}
        </fieldset>
      </details>

      ${settings.industries.length > 0
        ? select('industry', t('search.industry'), t('search.industryAny'), entries(settings.industries))
        : nothing}
      ${settings.careerStages.length > 0
        ? select(
            'careerStage',
            t('search.careerStage'),
            t('search.careerStageAny'),
            entries([...settings.careerStages].sort((a, b) => a.rank - b.rank)),
          )
        : nothing}
      ${select('language', t('search.language'), t('search.languageAny'),
        namedChoices('language', i18n.lang, (code) => i18n.languageName(code)))}
      ${select('country', t('search.country'), t('search.countryAny'),
        namedChoices('country', i18n.lang, (code) => i18n.regionName(code)))}
      ${select('hoursApart', t('search.timeZone'), t('search.timeZoneAny'),
        HOURS_APART.map((hours) => ({ value: String(hours), label: t('search.withinHours', hours) })))}
      ${select('meetingMode', t('search.meetingMode'), t('search.meetingModeAny'),
        MEETING_MODES.map((mode) => ({ value: mode, label: t(meetingModeKey(mode)) })))}

      <div class="field keywords" part="field">
        <label for="text">${t('search.text')}</label>
        <input
          id="text"
          name="text"
          type="search"
          maxlength=${MAX_TEXT}
          autocomplete="off"
          aria-describedby="text-hint"
          .value=${live(criteria.text)}
        />
        <p id="text-hint" class="hint">${t('search.textHint')}</p>
      </div>

      <div class="actions" part="actions">
        <button type="submit" class="button primary" part="submit">${t('search.submit')}</button>
        <button type="button" class="button" part="clear" @click=${() => options.onClear()}>${t('search.clear')}</button>
      </div>
    </form>
  `;
}
