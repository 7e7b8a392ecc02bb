// Numbers, plural forms and durations, as Intl writes them for the element's language (format.ts).
import { expect } from '@open-wc/testing';
import { formatFor, type PluralForms } from './format.ts';

const SIX: PluralForms = { zero: 'zero #', one: 'one #', two: 'two #', few: 'few #', many: 'many #', other: 'other #' };

describe('formatFor', () => {
  it('chooses among the six Arabic forms as Intl.PluralRules does', () => {
    const ar = formatFor('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => ar.plural(n, SIX))).to.deep.equal([
      'zero 0', 'one 1', 'two 2', 'few 3', 'many 11', 'other 100',
    ]);
    // The categories follow the last two digits, not the size.
    expect([102, 103, 111].map((n) => ar.plural(n, SIX))).to.deep.equal(['other 102', 'few 103', 'many 111']);
  });

  it('gives English and German one and other, French 0 and 1 as one', () => {
    for (const lang of ['en', 'de', 'es']) {
      expect([0, 1, 2].map((n) => formatFor(lang).plural(n, SIX)), lang).to.deep.equal(['other 0', 'one 1', 'other 2']);
    }
    expect([0, 1, 2].map((n) => formatFor('fr').plural(n, SIX))).to.deep.equal(['one 0', 'one 1', 'other 2']);
  });

  it('takes an exact =0 before the category, and falls back to other for a form not given', () => {
    const en = formatFor('en');
    expect(en.plural(0, { '=0': 'none', one: 'one', other: '# many' })).to.equal('none');
    expect(formatFor('ar').plural(2, { one: 'one', other: '# other' })).to.equal('2 other');
  });

  it('writes the count in `#` with the language’s digits and separators', () => {
    const forms: PluralForms = { other: '# items' };
    expect(formatFor('en').plural(1234, forms)).to.equal('1,234 items');
    expect(formatFor('de').plural(1234, forms)).to.equal('1.234 items');
    expect(formatFor('ar-EG').plural(1234, forms)).to.equal('١٬٢٣٤ items');
    expect(formatFor('ar-u-nu-latn').number(1234)).to.equal('1,234');
  });

  it('spells durations with their unit in the language’s forms', () => {
    expect(formatFor('en').duration(1, 'month')).to.equal('1 month');
    expect(formatFor('de').duration(6, 'month')).to.equal('6 Monate');
    expect(formatFor('es').duration(3, 'hour')).to.equal('3 horas');
    expect([1, 2, 3, 11].map((n) => formatFor('ar').duration(n, 'day'))).to.deep.equal(['يوم', 'يومان', '3 أيام', '11 يومًا']);
    expect(formatFor('ar-EG').duration(3, 'hour')).to.equal('٣ ساعات');
  });

  it('makes one formatter per language, and falls back to the browser’s for a tag Intl refuses', () => {
    expect(formatFor('de')).to.equal(formatFor('de'));
    const broken = formatFor('not a language!');
    expect(broken.number(1)).to.equal(new Intl.NumberFormat(navigator.language).format(1));
  });
});
