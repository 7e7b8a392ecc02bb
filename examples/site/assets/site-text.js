// The example site's own words, as a CMS theme keeps its translations (the mentor-match elements bring their
// own: they follow `lang` on the page). English is in the pages themselves and here; each other language the
// language menu offers has its own file (site-text-fr.js, …), fetched only when a visitor picks it, so an
// English page downloads no other language's words before the elements can start.

/** The languages of the menu, and those written right to left. */
export const LANGUAGES = ['en', 'fr', 'es', 'de', 'ar'];
export const RIGHT_TO_LEFT = new Set(['ar']);

/** Latin text inside an Arabic sentence, isolated left to right (LRI … PDI). */
export const LTR = (text) => `\u2066${text}\u2069`;
export const SOCIETY = 'Northbridge Society of Engineers';

/** The words of one language: `text` by `data-i18n` key (English: the pages' own, and what no page holds), the member list's, the badge's. */
export const ENGLISH = {
  text: { serverDown: 'The demo server did not answer' },
  roles: { mentor: 'mentor', mentee: 'mentee', both: 'mentor and mentee', paused: 'not participating', newMember: 'A new member (not enrolled)', office: 'Program office (staff)' },
  waiting: { one: '# request waiting', other: '# requests waiting' },
};

const loaded = new Map([['en', Promise.resolve(ENGLISH)]]);
const stored = (lang) => `northbridge:words:${lang}`;

/**
 * The words of `lang` as last downloaded, kept in localStorage, or null: the site shows them as soon as its script
 * runs, so a visitor who chose a language on an earlier page does not see the page's words change after it is laid
 * out (the file is still fetched, and any newer words replace these).
 */
export function keptWords(lang) {
  try {
    return JSON.parse(localStorage.getItem(stored(lang)) ?? 'null');
  } catch {
    return null; // storage blocked or spoiled: the file's words come a moment later
  }
}

/** The site's words in `lang`, downloaded on first use; when the file cannot be had, the kept ones or English (the page keeps working). */
export function siteWords(lang) {
  if (!LANGUAGES.includes(lang)) return loaded.get('en');
  if (!loaded.has(lang)) {
    const words = import(`./site-text-${lang}.js`).then(
      (module) => {
        try {
          localStorage.setItem(stored(lang), JSON.stringify(module.WORDS));
        } catch {
          // storage blocked: the next page fetches the words again
        }
        return module.WORDS;
      },
      (error) => {
        console.warn(`The site's ${lang} words did not load; those kept from an earlier page, or English, stay.`, error);
        loaded.delete(lang); // asked again next time
        return keptWords(lang) ?? ENGLISH;
      },
    );
    loaded.set(lang, words);
  }
  return loaded.get(lang);
}

/**
 * The "My mentoring" link's description when `count` requests wait: the count in words, in the plural form
 * Intl.PluralRules chooses (`#` is the count, formatted by Intl).
 */
export function waitingLabel(words, lang, count) {
  const form = words.waiting[new Intl.PluralRules(lang).select(count)] ?? words.waiting.other;
  return form.replaceAll('#', new Intl.NumberFormat(lang).format(count));
}
