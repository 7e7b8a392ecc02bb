// Small building blocks shared by every schema. Browser code imports zod/mini (see TOOLING.md):
// the same schemas cost 6.8 KiB gzipped instead of 26 KiB with classic zod.
import * as z from 'zod/mini';
import { refine } from './refine.ts';
import { DATA_IMAGE, ORIGIN_PATTERN, isAllowedPhoto, isSafeHttpUrl, originOf } from '../safe-url.ts';
import { isKnownTimeZone } from '../time-zone.ts';
import { MEETING_MODES, ROLES } from '../vocabulary.ts';
import { normalizeNewlines, storable } from './text.ts';

export { isAllowedPhoto, isKnownTimeZone, isSafeHttpUrl, MEETING_MODES, ORIGIN_PATTERN, originOf, ROLES };

// zod probes `new Function` once to decide whether it may compile parsers; under a strict CSP that
// logs a violation on every page, so the interpreter is used everywhere.
z.config({ jitless: true });

/** A non-empty id: members, topics, industries, mentorships. */
export const Id = z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[A-Za-z0-9_.:@-]+$/));

// The two date formats as plain patterns, the very ones zod's `z.iso.datetime({ offset: true })` and
// `z.iso.date()` build: zod's ISO format classes cost every page that checks an answer 250 bytes gzipped.
// The OpenAPI document still names their `format` (date-time, date): the server adds it as metadata
// (packages/server/src/http/openapi.ts). packages/core/test/string-formats.node.test.ts holds them to zod's formats.
const DATE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;

/** An ISO-8601 instant in UTC, e.g. `2026-11-23T09:00:00.000Z`. Every date that crosses a boundary is one. */
export const Instant = z.string().check(
  z.regex(new RegExp(String.raw`^${DATE}T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$`)),
);

/** A calendar date, e.g. `2027-01-15` (return dates: a day, not an instant). */
export const CalendarDate = z.string().check(z.regex(new RegExp(`^${DATE}$`)));

/** The longest email address (UTF-16 units, as zod counts). */
export const EMAIL_MAX_LENGTH = 254;

/**
 * An email address: the pattern zod's `z.email()` checks, in a plain check like the dates above (its format
 * class cost every page 95 bytes gzipped); the server names its `format` (email) for z.toJSONSchema.
 */
export const EmailAddress = z.string().check(
  // zod's pattern character for character (the same `pattern` in z.toJSONSchema), escapes included.
  // eslint-disable-next-line no-useless-escape
  z.regex(/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/),
  z.maxLength(EMAIL_MAX_LENGTH),
);

/**
 * CR LF and a lone CR as LF, then trimmed: what `z.overwrite(normalizeNewlines), z.trim()` did, in one plain check
 * (zod's overwrite class was on every page for this one use).
 */
const tidy = z.check<string>((payload) => {
  payload.value = normalizeNewlines(payload.value).trim();
});

/**
 * Trimmed text with a length limit, storable (text.ts: no control characters but newline and tab, no unpaired
 * surrogates; CR LF becomes LF); member text is only ever rendered as text, never as HTML.
 */
export const text = (max: number, min = 0) => z.string().check(tidy, storable, z.minLength(min), z.maxLength(max));

/**
 * An http(s) link. Member links are checked here, at every boundary, so a `javascript:` or `data:` URL
 * never reaches an `href`.
 */
export const SafeUrl = z.string().check(
  z.maxLength(2000),
  storable,
  refine((value) => isSafeHttpUrl(value), { message: 'must be an http or https address' }),
);

/** Photos may also be local `data:image/…` URLs (the demo roster generates its avatars without network). */
export const PhotoUrl = z.string().check(
  z.maxLength(20000),
  storable,
  refine((value) => isSafeHttpUrl(value) || DATA_IMAGE.test(value), {
    message: 'must be an http(s) address or a data:image URL',
  }),
);

/** How many mentees a mentor takes (their own capacity, or the program's default). */
export const Capacity = z.int().check(z.gte(1), z.lte(50));

export const MeetingMode = z.enum(MEETING_MODES);
export type MeetingMode = z.infer<typeof MeetingMode>;

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** A BCP-47 language tag such as `en`, `fr`, `pt-BR`. */
export const LanguageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

/** An ISO 3166-1 alpha-2 country code. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/));

/** An IANA time zone such as `Europe/Paris`. */
export const TimeZone = z.string().check(
  z.minLength(1),
  z.maxLength(64),
  refine((value) => isKnownTimeZone(value), { message: 'must be an IANA time zone such as Europe/Paris' }),
);
