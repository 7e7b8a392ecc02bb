// The catalogs: one per locale, French typed against English. At run time French has exactly English's
// keys, each of the same kind; at type-check time (`npm test` runs tsc over this file) a catalog that
// misses a key, misspells one or takes other arguments does not compile: each `@ts-expect-error` below
// fails the type-check if the line under it ever compiles.
import { expect } from '@open-wc/testing';
import * as english from './en.ts';
import { fr } from './fr.ts';
import type { Messages } from './en.ts';

const { 'availability.title': _missing, ...incomplete } = fr;
// @ts-expect-error a catalog without 'availability.title' is not a Messages
const _missingKey: Messages = incomplete;
// @ts-expect-error a misspelt key
const _misspelt: Messages = { ...fr, 'availability.titel': 'Disponibilité' };
// @ts-expect-error a message taking other arguments than the English one
const _otherArguments: Messages = { ...fr, months: (n: string) => `${n} mois` };

/** Every English section, as one catalog. */
const en: Record<string, unknown> = Object.assign({}, ...Object.values(english));

describe('the catalogs', () => {
  it('English is every section of en.ts, each key in one section only', () => {
    const sections = Object.values(english);
    expect(sections.map((section) => Object.keys(section).length).filter((size) => size === 0)).to.deep.equal([]);
    const keys = sections.flatMap((section) => Object.keys(section));
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('French has every English key and no other', () => {
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('each French message is text where English is text, and a function where English takes arguments', () => {
    const mismatched = Object.entries(fr).filter(([key, message]) => typeof message !== typeof en[key]).map(([key]) => key);
    expect(mismatched).to.deep.equal([]);
  });
});
