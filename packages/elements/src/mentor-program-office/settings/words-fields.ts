// The settings tab's "Languages" part: the program's language, and the program's words (name, code of
// conduct, topics, industries, career stages) in each other language the elements speak. Each translation
// is optional: where one is empty, member pages show the program's own word marked with its language
// (internal/program-words.ts). Changing the program's language swaps every word with its translation, and
// is refused while a word has none (core's withProgramLanguage). Ids never change: only labels.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ProgramSettings, Translations } from '@mentor-match/core';
import { programLanguage, sameLanguage } from '@mentor-match/core/program-words';
import { PROGRAM_WORD_LANGUAGES, withProgramLanguage } from '@mentor-match/core/program-language';
import type { Localize } from '../../i18n/localize.ts';
import { addMessages } from '../../i18n/localize.ts';
import { officeWordsEn } from '../../i18n/office-words-en.ts';
import { describedBy } from '../../internal/form-controller.ts';

addMessages('en', officeWordsEn);

type List = 'topics' | 'industries' | 'careerStages';
const LISTS: readonly List[] = ['topics', 'industries', 'careerStages'];

export interface WordsDraft {
  /** The language whose translations are shown for editing (never the program's own). */
  into: string;
  /** The words a refused change of the program's language lacks (`topics.3.label`, `name`), or none. */
  missing: readonly string[];
}

export interface WordsContext {
  i18n: Localize;
  settings: ProgramSettings;
  words: WordsDraft;
  /** Changes the settings being edited (a translation typed, the program's language), from the draft's current ones. */
  onSettings(change: (current: ProgramSettings) => ProgramSettings): void;
  onWords(words: WordsDraft): void;
  announce(message: string): void;
}

/** The first language to translate into: the first the elements speak that is not the program's. */
export const wordsDraftOf = (settings: ProgramSettings): WordsDraft => ({ into: otherLanguages(settings)[0] ?? 'fr', missing: [] });

const otherLanguages = (settings: ProgramSettings) => PROGRAM_WORD_LANGUAGES.filter((lang) => !sameLanguage(lang, programLanguage(settings)));

/** `map` with the translation in `lang` set to `text`, or removed when `text` is blank; undefined when none is left. */
export function withTranslation(map: Translations | undefined, lang: string, text: string): Translations | undefined {
  const rest = Object.fromEntries(Object.entries(map ?? {}).filter(([key]) => key !== lang));
  const next = text.trim() ? { ...rest, [lang]: text } : rest;
  return Object.keys(next).length > 0 ? next : undefined;
}

export const wordsStyles = css`
  .words-list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.4em;
  }
  .words-list label {
    display: block;
  }
  .words-list input {
    inline-size: min(100%, 24rem);
  }
`;

export function renderWords(context: WordsContext): TemplateResult {
  const { i18n, settings, words } = context;
  const t = i18n.t.bind(i18n);
  const own = programLanguage(settings);
  const into = words.into;
  const intoName = i18n.languageName(into);
  const missing = new Set(words.missing);
  // The program's own word, as a field's label: marked with its language where it is not the office's.
  const ownWord = (text: string) => html`<span lang=${sameLanguage(own, i18n.lang) ? nothing : own} dir="auto">${text}</span>`;
  const field = (id: string, path: string, label: TemplateResult | string, value: string, max: number, onValue: (text: string) => void, multiline = false) => {
    const invalid = missing.has(path) && !value.trim();
    const attrs = { id, lang: into, dir: 'auto' };
    return html`<li>
      <label for=${id}>${label}</label>
      ${multiline
        ? html`<textarea id=${attrs.id} lang=${attrs.lang} dir=${attrs.dir} rows="4" maxlength=${max} .value=${value}
            aria-invalid=${invalid ? 'true' : nothing} @input=${(e: Event) => onValue((e.target as HTMLTextAreaElement).value)}></textarea>`
        : html`<input id=${attrs.id} lang=${attrs.lang} dir=${attrs.dir} type="text" maxlength=${max} .value=${value}
            aria-invalid=${invalid ? 'true' : nothing} aria-describedby=${describedBy('words-hint')}
            @input=${(e: Event) => onValue((e.target as HTMLInputElement).value)} />`}
    </li>`;
  };
  const setEntry = (list: List, index: number, text: string) =>
    context.onSettings((current) => ({
      ...current,
      [list]: current[list].map((entry, i) => (i === index ? withKey(entry, 'labels', withTranslation(entry.labels, into, text)) : entry)),
    }));
  const code = settings.codeOfConduct;

  return html`<fieldset part="words">
    <legend>${t('office.words.legend')}</legend>
    <div class="field">
      <label for="program-language">${t('office.words.language')}</label>
      <select id="program-language" aria-describedby=${describedBy('program-language-hint', missing.size > 0 && 'program-language-error')}
        aria-invalid=${missing.size > 0 ? 'true' : nothing}
        @change=${(e: Event) => changeLanguage(context, (e.target as HTMLSelectElement).value, e.target as HTMLSelectElement)}>
        ${PROGRAM_WORD_LANGUAGES.map((lang) => html`<option value=${lang} .selected=${sameLanguage(lang, own)}>${i18n.languageName(lang)}</option>`)}
      </select>
      <p class="hint" id="program-language-hint">${t('office.words.languageHint')}</p>
      ${missing.size > 0
        ? html`<p class="error" id="program-language-error">${t('office.words.languageMissing', missing.size, intoName)}</p>`
        : nothing}
    </div>
    <div class="field">
      <label for="words-into">${t('office.words.translateInto')}</label>
      <select id="words-into" @change=${(e: Event) => context.onWords({ ...words, into: (e.target as HTMLSelectElement).value })}>
        ${otherLanguages(settings).map((lang) => html`<option value=${lang} .selected=${lang === into}>${i18n.languageName(lang)}</option>`)}
      </select>
    </div>
    <p class="hint" id="words-hint">${t('office.words.hint')}</p>
    <fieldset>
      <legend>${t('office.words.texts', intoName)}</legend>
      <ul class="words-list">
        ${field('words-name', 'name', t('office.words.name'), settings.names?.[into] ?? '', 200,
          (text) => context.onSettings((current) => withKey(current, 'names', withTranslation(current.names, into, text))))}
        ${code.text !== null
          ? field('words-code', 'codeOfConduct.text', t('office.words.codeText'), code.texts?.[into] ?? '', 20000,
            (text) => context.onSettings((current) => ({
              ...current,
              codeOfConduct: withKey(current.codeOfConduct, 'texts', withTranslation(current.codeOfConduct.texts, into, text)),
            })), true)
          : nothing}
      </ul>
    </fieldset>
    ${LISTS.filter((list) => settings[list].length > 0).map((list) => html`<fieldset>
      <legend>${t(`office.words.${list}`, intoName)}</legend>
      <ul class="words-list">
        ${settings[list].map((entry, index) =>
          field(`words-${list}-${index}`, `${list}.${index}.label`, ownWord(entry.label), entry.labels?.[into] ?? '', 120,
            (text) => setEntry(list, index, text)))}
      </ul>
    </fieldset>`)}
  </fieldset>`;
}

/** `record` with `key` set to `value`, or without `key` when value is undefined (the record says only what is so). */
function withKey<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined): T {
  const next = { ...record };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function changeLanguage(context: WordsContext, to: string, select: HTMLSelectElement): void {
  const result = withProgramLanguage(context.settings, to);
  if ('missing' in result) {
    // Keep the language in force, and show the words to fill in: those of the language asked for.
    select.value = programLanguage(context.settings);
    context.onWords({ into: to, missing: result.missing });
    return;
  }
  context.onSettings(() => result.settings);
  context.onWords({ into: otherLanguages(result.settings)[0] ?? 'en', missing: [] });
  context.announce(context.i18n.t('office.words.languageChanged', context.i18n.languageName(to)));
}
