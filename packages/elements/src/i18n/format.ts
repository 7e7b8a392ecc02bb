// Numbers, plural forms and durations in a member's language, all by `Intl`: no catalog and no element
// spells a number itself. A message function of any catalog receives a `Format` for the element's
// language as its last argument (`Localize.t` passes it), so a translator chooses among the forms their
// language has (Arabic has six) and never writes `${n}`: a page in `ar-EG` gets Arabic-Indic digits from
// every message, a page in `ar-MA` Latin ones, whatever catalog is in force.
//
// Nothing here has side effects: the catalogs import its types, Localize its `formatFor`.

/** A plural category of Intl.PluralRules, or `=0` for words that 0 takes in a language whose rules lack it. */
export type PluralCase = Intl.LDMLPluralRule | '=0';

/**
 * The forms of one message, by plural category; `other` is required, every other one falls back to it.
 * `#` in a form stands for the count, formatted for the language.
 */
export type PluralForms = { other: string } & Partial<Record<PluralCase, string>>;

/** The units a duration can be spelt in (Intl.NumberFormat's `unit` style knows each language's forms). */
export type DurationUnit = 'hour' | 'day' | 'month';

/** What a message function is given, last, to write the numbers it holds. */
export interface Format {
  /** The language the element is shown in (a BCP-47 tag, as on the page). */
  readonly lang: string;
  /** `1234` → "1,234" / "1 234" / "1.234" / "١٬٢٣٤": Intl.NumberFormat for the language. */
  number(value: number): string;
  /**
   * The form Intl.PluralRules chooses for `count` (an exact `=0` first, if given), with `#` replaced by
   * the count as `number()` writes it: `plural(n, { one: '# mentor', other: '# mentors' })`.
   */
  plural(count: number, forms: PluralForms): string;
  /** "3 months", "3 Monate", "ساعتان": a duration with its unit, as Intl writes it. `long` unless told. */
  duration(value: number, unit: DurationUnit, display?: 'long' | 'short' | 'narrow'): string;
}

class IntlFormat implements Format {
  readonly lang: string;
  readonly #numbers: Intl.NumberFormat;
  readonly #plurals: Intl.PluralRules;
  readonly #durations = new Map<string, Intl.NumberFormat>();

  constructor(lang: string) {
    this.lang = lang;
    this.#numbers = new Intl.NumberFormat(lang);
    this.#plurals = new Intl.PluralRules(lang);
  }

  number(value: number): string {
    return this.#numbers.format(value);
  }

  plural(count: number, forms: PluralForms): string {
    const form = (count === 0 ? forms['=0'] : undefined) ?? forms[this.#plurals.select(count)] ?? forms.other;
    return form.replaceAll('#', this.number(count));
  }

  duration(value: number, unit: DurationUnit, display: 'long' | 'short' | 'narrow' = 'long'): string {
    const key = `${unit} ${display}`;
    let format = this.#durations.get(key);
    if (!format) {
      format = new Intl.NumberFormat(this.lang, { style: 'unit', unit, unitDisplay: display });
      this.#durations.set(key, format);
    }
    return format.format(value);
  }
}

const formats = new Map<string, Format>();

/**
 * The `Format` for a language, made once per language (Intl's formatters are slow to build and a page
 * renders hundreds of numbers). A tag Intl does not know (`lang="xx-invalid!"`) formats as the browser's.
 */
export function formatFor(lang: string): Format {
  let format = formats.get(lang);
  if (!format) {
    try {
      format = new IntlFormat(lang);
    } catch {
      format = new IntlFormat(navigator.language);
    }
    formats.set(lang, format);
  }
  return format;
}
