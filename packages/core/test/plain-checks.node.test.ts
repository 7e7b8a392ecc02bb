// zod's checks core spells as plain check functions, without the zod classes they need. refine (schemas/refine.ts)
// is `z.refine`: a schema refined with it reports exactly what the same schema refined with z.refine does. The issues are compared whole
// (code, message, path and no more), on values that break one rule, several, and a rule with an earlier
// check failing, where a failed refinement must not stop the checks after it. Member text (`text()`, common.ts)
// is tidied as `z.overwrite(normalizeNewlines), z.trim()` did.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { refine } from '../src/schemas/refine.ts';
import { SafeUrl, text as memberText, TimeZone } from '../src/schemas/common.ts';
import { normalizeNewlines, storable } from '../src/schemas/text.ts';

type Range = { from: number; to: number; tags: string[] };
const ranges = (rule: typeof refine | typeof z.refine) =>
  z.strictObject({ from: z.int(), to: z.int(), tags: z.array(z.string()).check(z.maxLength(2)) }).check(
    rule<Range>((r) => r.from <= r.to, { message: 'from must not be after to', path: ['to'] }),
    rule<Range>((r) => new Set(r.tags).size === r.tags.length, { message: 'a tag appears twice', path: ['tags'] }),
  );
const text = (rule: typeof refine | typeof z.refine) =>
  z.string().check(z.maxLength(5), rule((value: string) => !value.includes('x'), { message: 'no x' }), z.minLength(2));

const issues = (result: { success: boolean; error?: { issues: unknown[] } }) => (result.success ? [] : result.error!.issues);

describe('refine', () => {
  it('reports what z.refine reports: code, message and path, in a nested schema too, with each rule checked', () => {
    const ours = z.strictObject({ range: ranges(refine) });
    const zods = z.strictObject({ range: ranges(z.refine) });
    const values = [
      { range: { from: 1, to: 2, tags: ['a'] } },
      { range: { from: 3, to: 2, tags: ['a'] } },
      { range: { from: 3, to: 2, tags: ['a', 'a'] } },
      { range: { from: 1, to: 2, tags: ['a', 'a'] } },
      { range: { from: 3, to: 2, tags: ['a', 'a', 'a'] } },
      { range: { from: 'x', to: 2, tags: [] } },
    ];
    for (const value of values) assert.deepEqual(issues(ours.safeParse(value)), issues(zods.safeParse(value)), JSON.stringify(value));
    assert.deepEqual(issues(ours.safeParse(values[2])), [
      { code: 'custom', message: 'from must not be after to', path: ['range', 'to'] },
      { code: 'custom', message: 'a tag appears twice', path: ['range', 'tags'] },
    ]);
  });

  it('lets the checks after it run, and is skipped after an earlier check fails, as z.refine is', () => {
    for (const value of ['x', 'ax', 'abcdefx', 'abcdef', 'ab', 7]) {
      assert.deepEqual(issues(text(refine).safeParse(value)), issues(text(z.refine).safeParse(value)), JSON.stringify(value));
    }
    assert.equal(issues(text(refine).safeParse('x')).length, 2, 'no x, and too short');
  });

  it('words the schemas\' own rules as before', () => {
    assert.deepEqual(issues(SafeUrl.safeParse('javascript:alert(1)')), [{ code: 'custom', message: 'must be an http or https address', path: [] }]);
    assert.deepEqual(issues(z.strictObject({ zone: TimeZone }).safeParse({ zone: 'Mars/Olympus' })), [
      { code: 'custom', message: 'must be an IANA time zone such as Europe/Paris', path: ['zone'] },
    ]);
  });
});

describe('member text', () => {
  it('is tidied as z.overwrite(normalizeNewlines) and z.trim() did: newlines, then white space at either end, then the length', () => {
    const zods = z.string().check(z.overwrite(normalizeNewlines), z.trim(), storable, z.minLength(1), z.maxLength(6));
    const ours = memberText(6, 1);
    for (const value of ['', ' ', '\r\n', ' a ', 'a\r\nb', 'a\rb\r', '\r\n a \r\n', ' abcdef ', ' abcdefg', '\t x\u0000 ', 'a\n\nb', 7, null]) {
      const [a, b] = [ours.safeParse(value), zods.safeParse(value)];
      assert.deepEqual(a.success ? a.data : a.error.issues, b.success ? b.data : b.error.issues, JSON.stringify(value));
    }
    assert.equal(ours.parse(' a\r\nb\r '), 'a\nb');
  });
});
