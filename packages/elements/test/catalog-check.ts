// One check for every catalog kept apart from the member elements' own (the office's, the cohorts', the
// workspace's, the bell's…): at run time each language has exactly English's keys, each of the same kind, and
// every message function runs for every count with its text arguments kept and its numbers written by Intl.
// Type-checking already refuses a catalog that misses a key or takes other arguments.
import { formatFor } from '../src/i18n/format.ts';

/** Every count the plural rules of the five languages tell apart (Arabic: zero, one, two, few, many, other). */
export const COUNTS = [0, 1, 2, 3, 5, 11, 100, 1234];

type Run = (...args: unknown[]) => string;
type Catalog = Record<string, unknown>;

/** How many arguments of its own an English message takes (its last one may be the Format). */
const ownArguments = (message: Run) => Math.max(0, message.length - (/\bf\s*\)\s*=>/.test(String(message)) ? 1 : 0));

/**
 * What is wrong with `catalog`, in `lang`, against `english`: nothing is `[]`. Each argument is a count to Intl
 * (valueOf) and a word to a template literal (toString); with Arabic-Indic digits asked for (`-u-nu-arab`,
 * which changes the digits only), a 0-9 in the output is a number the message wrote itself.
 */
export function catalogProblems(english: Catalog, catalog: Catalog, lang: string): string[] {
  const problems: string[] = [];
  const keys = new Set(Object.keys(english));
  for (const key of Object.keys(catalog)) if (!keys.has(key)) problems.push(`${key}: not an English key`);
  for (const key of keys) if (!(key in catalog)) problems.push(`${key}: missing`);
  for (const [key, message] of Object.entries(catalog)) {
    const englishMessage = english[key];
    if (englishMessage === undefined) continue;
    if (typeof message !== typeof englishMessage) problems.push(`${key}: not the same kind as English`);
    if (typeof message !== 'function') continue;
    const own = ownArguments(englishMessage as Run);
    for (const n of COUNTS) {
      const arg = { valueOf: () => n, toString: () => '«text»' };
      const out = (message as Run)(...Array.from({ length: own }, () => arg), formatFor(`${lang}-u-nu-arab`));
      if (typeof out !== 'string' || out.trim() === '' || /undefined|NaN|null|\[object/.test(out)) problems.push(`${key}(${n}): ${out}`);
      else if (showsText(englishMessage as Run, own, n) !== out.includes('«text»')) {
        problems.push(out.includes('«text»') ? `${key}(${n}) wrote a count without Intl: ${out}` : `${key}(${n}) lost the words English shows: ${out}`);
      }
      else if (/[0-9]/.test(out)) problems.push(`${key}(${n}) wrote a digit itself: ${out}`);
    }
  }
  return problems;
}

/** Whether English shows an argument as words for the count `n` (a name, a title), not only as a number. */
function showsText(english: Run, own: number, n: number): boolean {
  const arg = { valueOf: () => n, toString: () => '«text»' };
  return own > 0 && english(...Array.from({ length: own }, () => arg), formatFor('en')).includes('«text»');
}

/** The keys of an Arabic catalog whose plain text holds a digit (a number Arabic pages would show in Latin digits). */
export const digitsInText = (catalog: Catalog): string[] =>
  Object.entries(catalog).filter(([, message]) => typeof message === 'string' && /[0-9]/.test(message)).map(([key]) => key);
