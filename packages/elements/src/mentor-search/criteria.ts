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

/** The criteria picked from a list, each the query's field of the same name when given. */
const PICKED = ['industry', 'careerStage', 'language', 'country'] as const;
/** Every criterion the form holds as one value (the topics are a list). */
const SINGLE = [...PICKED, 'hoursApart', 'meetingMode', 'text'] as const satisfies readonly Exclude<keyof Criteria, 'topics'>[];

export const EMPTY_CRITERIA: Criteria = Object.freeze({
  topics: Object.freeze([]),
  ...(Object.fromEntries(SINGLE.map((name) => [name, ''])) as Omit<Criteria, 'topics'>),
});

/** The longest free text the query schema accepts. */
const MAX_TEXT = 200;

/** Reads the controls (they are the source of truth while the member edits). */
export function readCriteria(form: HTMLFormElement): Criteria {
  const data = new FormData(form);
  const strings = (name: keyof Criteria) => data.getAll(name).filter((entry): entry is string => typeof entry === 'string');
  return {
    topics: strings('topics'),
    ...(Object.fromEntries(SINGLE.map((name) => [name, strings(name)[0] ?? ''])) as Omit<Criteria, 'topics'>),
  };
}

/** The query for these criteria: blank criteria are left out, so blank criteria list everyone. */
export function toQuery(find: Find, criteria: Criteria): SearchQuery {
  const query: SearchQuery = { find };
  if (criteria.topics.length > 0) query.topics = [...criteria.topics];
  for (const name of PICKED) if (criteria[name]) query[name] = criteria[name];
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

  /** A list's control, its label and its "any" choice worded by `words` (`search.industry`, `search.industryAny`). */
  const select = (
    name: Exclude<keyof Criteria, 'topics' | 'text'>,
    choices: Choice[],
    words: 'industry' | 'careerStage' | 'language' | 'country' | 'timeZone' | 'meetingMode' = name as 'industry',
  ) => html`
    <div class="field" part="field">
      <label for=${name}>${t(`search.${words}`)}</label>
      <select id=${name} name=${name}>
        <option value="" .selected=${live(criteria[name] === '')}>${t(`search.${words}Any`)}</option>
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
        ? select('industry', entries(settings.industries))
        : nothing}
      ${settings.careerStages.length > 0
        ? select('careerStage', entries([...settings.careerStages].sort((a, b) => a.rank - b.rank)))
        : nothing}
      ${select('language', namedChoices('language', i18n.lang, (code) => i18n.languageName(code)))}
      ${select('country', namedChoices('country', i18n.lang, (code) => i18n.regionName(code)))}
      ${select('hoursApart', HOURS_APART.map((hours) => ({ value: String(hours), label: t('search.withinHours', hours) })), 'timeZone')}
      ${select('meetingMode', MEETING_MODES.map((mode) => ({ value: mode, label: t(meetingModeKey(mode)) })))}

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
