// The one rule for text that enters the program (bodies, query strings, path ids, token claims): what a
// member can mean and every database can store. Refused: NUL and the other C0 control characters except
// tab and newline, DEL and the C1 controls (U+007F–U+009F), and UTF-16 surrogates that are not half of a
// pair (JavaScript strings may hold them; UTF-8, and so PostgreSQL, cannot). A carriage return is not
// refused but turned into a newline (CR LF and a lone CR alike): Windows clients and HTML form posts send
// CR LF for the line break the member typed, and storing it as it came would make the same text compare,
// count and search differently.
import { refine } from './refine.ts';

/** Anything the rule refuses. With the `u` flag a surrogate pair is one code point, so only lone halves match. */
// Matching control characters is the point.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udfff]/gu;

/** CR LF and a lone CR become LF. */
export const normalizeNewlines = (value: string): string => value.replace(/\r\n?/g, '\n');

/** Can `value` (newlines normalised) be stored? */
export const isStorable = (value: string): boolean => value.search(UNSTORABLE) === -1;

/** The rule as a zod check, for a schema's `.check(…)`: the issue names the field the schema is at. */
export const storable = refine<string>(isStorable, {
  message: 'must be text that can be stored: no control characters but newline and tab, no unpaired UTF-16 surrogates',
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
  const kept = normalizeNewlines(value).replace(UNSTORABLE, '').replace(/\s+/g, ' ').trim();
  return shortenByCodePoint(kept, maxLength).trim();
}
