// The one rule for text that enters the program (bodies, query strings, path ids, token claims): what a
// member can mean and every database can store. Refused: NUL and the other C0 control characters except
// tab and newline, DEL and the C1 controls (U+007F–U+009F), and UTF-16 surrogates that are not half of a
// pair (JavaScript strings may hold them; UTF-8, and so PostgreSQL, cannot). A carriage return is not
// refused but turned into a newline (CR LF and a lone CR alike): Windows clients and HTML form posts send
// CR LF for the line break the member typed, and storing it as it came would make the same text compare,
// count and search differently.
import * as z from 'zod/mini';

/** Anything the rule refuses. With the `u` flag a surrogate pair is one code point, so only lone halves match. */
// Matching control characters is the point.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udfff]/u;
// eslint-disable-next-line no-control-regex
const UNSTORABLE_ALL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udfff]/gu;

/** CR LF and a lone CR become LF. */
export const normalizeNewlines = (value: string): string => value.replace(/\r\n?/g, '\n');

/** Why `value` (newlines normalised) cannot be stored, or null when it can. */
export function unstorable(value: string): string | null {
  const found = UNSTORABLE.exec(value);
  if (!found) return null;
  const code = (found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  const what = /[\ud800-\udfff]/.test(found[0]) ? 'an unpaired UTF-16 surrogate' : 'a control character';
  return `contains ${what} (U+${code} at position ${found.index}); only text, newlines and tabs can be stored`;
}

/** The rule as a zod check, for a schema's `.check(…)`: the issue names the field the schema is at. */
export const storable = z.superRefine<string>((value, ctx) => {
  const reason = unstorable(value);
  if (reason !== null) ctx.addIssue({ code: 'custom', message: `must be storable text: ${reason}`, input: value });
});

/** At most `maxLength` UTF-16 units (zod's `maxLength`), cut between code points, never through a surrogate pair. */
export function shortenByCodePoint(value: string, maxLength: number): string {
  if (value.length <= maxLength) return value;
  let end = 0;
  for (const point of value) {
    if (end + point.length > maxLength) break;
    end += point.length;
  }
  return value.slice(0, end);
}

/**
 * Text from a source that must not be refused (a token's claims: refusing them would lock the member out of
 * every call): what the rule refuses is dropped, runs of white space become one space, and the rest is
 * trimmed and shortened to `maxLength`.
 */
export function cleanText(value: string, maxLength: number): string {
  const kept = normalizeNewlines(value).replace(UNSTORABLE_ALL, '').replace(/\s+/g, ' ').trim();
  return shortenByCodePoint(kept, maxLength).trim();
}
