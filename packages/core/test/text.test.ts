// The text rule (schemas/text.ts): what is refused where text enters, what a token's claims become, and
// that every building block member text goes through applies it.
import { expect } from '@open-wc/testing';
import {
  DEFAULT_PROGRAM_SETTINGS, Id, MentorshipRequestInput, PhotoUrl, ProfileInput, SafeUrl, cleanText, isStorable, newMember, parseInput,
  shortenByCodePoint, storableAccount, text,
} from '../src/index.ts';
import { expectRejects, requestInput } from './member-fixtures.ts';

const REFUSED = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f', '\ud800', '\udbff', '\udc00', '\udfff'];
const KEPT = ['\n', '\t', ' ', 'é', '😀', '\u00a0', '\u200f', '\u2028', 'ع', '中'];

describe('the text rule', () => {
  it('refuses control characters but newline and tab, and lone surrogates; keeps text and surrogate pairs', () => {
    for (const c of REFUSED) expect(isStorable(`a${c}b`), JSON.stringify(c)).to.equal(false);
    for (const c of KEPT) expect(isStorable(`a${c}b`), JSON.stringify(c)).to.equal(true);
    expect(isStorable('a\ud83d\ude00b')).to.equal(true);
    // The same answer twice in a row (the rule's regular expression keeps no state between calls).
    expect([isStorable('x\u0000'), isStorable('x\u0000'), isStorable('ok')]).to.deep.equal([false, false, true]);
  });

  it('text(): refused with the field named, CR LF and CR stored as a newline, then trimmed', () => {
    const schema = text(20);
    expect(schema.safeParse(' one\r\ntwo\rthree ').data).to.equal('one\ntwo\nthree');
    for (const c of REFUSED) {
      const result = schema.safeParse(`a${c}b`);
      expect(result.success, JSON.stringify(c)).to.equal(false);
    }
    const refused = MentorshipRequestInput.safeParse({ ...requestInput(), goals: 'ok\u0000' });
    expect(refused.error?.issues[0]?.path).to.deep.equal(['goals']);
  });

  it('links and photo URLs: the same rule (a data: URL may hold anything after its comma)', () => {
    expect(SafeUrl.safeParse('https://example.org/\ud800').success).to.equal(false);
    expect(SafeUrl.safeParse('https://example.org/\u0085').success).to.equal(false);
    expect(PhotoUrl.safeParse('data:image/png;base64,\u0000').success).to.equal(false);
    expect(PhotoUrl.safeParse('data:image/png;base64,AAAA').success).to.equal(true);
    expect(ProfileInput.shape.email.safeParse('a\u0000@example.org').success).to.equal(false);
  });

  it('shortens by code point: never through a surrogate pair', () => {
    expect(shortenByCodePoint('ab😀', 3)).to.equal('ab');
    expect(shortenByCodePoint('ab😀', 4)).to.equal('ab😀');
    expect(shortenByCodePoint('abc', 3)).to.equal('abc');
    expect(cleanText('  a\u0000b\u0007  c\r\n d \ud800', 100)).to.equal('ab c d');
    expect(cleanText(`${'a'.repeat(119)}😀`, 120)).to.equal('a'.repeat(119));
  });
});

describe('a token\'s claims', () => {
  it('are cleaned, never refused: dropped characters, shortened names, an unusable address left out', () => {
    expect(storableAccount({ name: 'Ada\u0000 Lovelace', email: 'ada\ud800@example.org' })).to.deep.equal({
      name: 'Ada Lovelace',
      email: 'ada@example.org',
    });
    expect(storableAccount({ name: '\u0000\u0001', email: 'not an address' })).to.deep.equal({});
    expect(storableAccount({ name: '😀'.repeat(100) }).name).to.equal('😀'.repeat(60));
  });

  it('a member is always made from them (no account can lock a member out)', () => {
    const member = newMember('m-1', storableAccount({ name: `${'x'.repeat(119)}😀`, email: '\u0000' }), DEFAULT_PROGRAM_SETTINGS);
    expect(member.name).to.equal('x'.repeat(119));
    expect(member.email).to.equal('m-1@members.example.org');
  });
});

describe('ids', () => {
  it('an id as a caller gave it: an Id, or validation naming the field id', async () => {
    expect(parseInput(Id, 'ms-1', 'mentorship id', 'id')).to.equal('ms-1');
    for (const bad of ['', 'a\u0000', '\ud800', 'a b', '%', 'x'.repeat(101), 42, null]) {
      await expectRejects(Promise.resolve().then(() => parseInput(Id, bad, 'mentorship id', 'id')), { code: 'validation', field: 'id' });
    }
  });
});
