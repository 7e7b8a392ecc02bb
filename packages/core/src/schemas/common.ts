// Small building blocks shared by every schema. Browser code imports zod/mini (see TOOLING.md):
// the same schemas cost 6.8 KiB gzipped instead of 26 KiB with classic zod.
import * as z from 'zod/mini';
import { normalizeNewlines, storable } from './text.ts';

// zod probes `new Function` once to decide whether it may compile parsers; under a strict CSP that
// logs a violation on every page, so the interpreter is used everywhere.
z.config({ jitless: true });


/** A non-empty id: members, topics, industries, mentorships. */
export const Id = z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[A-Za-z0-9_.:@-]+$/));

/** An ISO-8601 instant in UTC, e.g. `2026-11-23T09:00:00.000Z`. Every date that crosses a boundary is one. */
export const Instant = z.iso.datetime({ offset: true });

/** A calendar date, e.g. `2027-01-15` (return dates: a day, not an instant). */
export const CalendarDate = z.iso.date();

/**
 * Trimmed text with a length limit, storable (text.ts: no control characters but newline and tab, no unpaired
 * surrogates; CR LF becomes LF); member text is only ever rendered as text, never as HTML.
 */
export const text = (max: number, min = 0) =>
  z.string().check(z.overwrite(normalizeNewlines), z.trim(), storable, z.minLength(min), z.maxLength(max));

/**
 * An http(s) link. Member links are checked here, at every boundary, so a `javascript:` or `data:` URL
 * never reaches an `href`.
 */
export const SafeUrl = z.string().check(
  z.maxLength(2000),
  storable,
  z.refine((value) => isSafeHttpUrl(value), { message: 'must be an http or https address' }),
);

/** http(s), a host, no white space or control characters; checked without `URL` so core needs no DOM. */
export function isSafeHttpUrl(value: string): boolean {
  // Matching control characters is the point of the second test.
  // eslint-disable-next-line no-control-regex
  return /^https?:\/\/[^\s/?#@\\]+(?:[/?#][^\s]*)?$/i.test(value) && !/[\u0000-\u001f\u007f]/.test(value);
}

// Where member photos may come from. A photo is an image the viewer's browser fetches from its host, so a
// host the program does not trust could learn who looks at whose card (a tracking pixel). The program lists
// the origins it allows (`photoOrigins`); `data:` images, made in the page, are always allowed. Here, beside
// the other URL checks, so the elements and the adapters share it without a module of its own to load.

/** `https://photos.example.org` or `http://localhost:8080`: a scheme and a host (and port), nothing after. */
export const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

/** A photo made in the page. */
const DATA_IMAGE = /^data:image\/(svg\+xml|png|jpeg|webp);/;

/** The origin of an http(s) URL, lower-cased (`HTTPS://Photos.Example.org/a.jpg` → `https://photos.example.org`); null for anything else. */
export function originOf(url: string): string | null {
  // The host runs to the path, query or fragment: a URL with credentials (`user@host`) has no origin here.
  const match = /^(https?):\/\/([^/?#@\\\s]+)(?=[/?#]|$)/i.exec(url);
  if (!match) return null;
  const [, scheme, host] = match as unknown as [string, string, string];
  const lower = `${scheme.toLowerCase()}://${host.toLowerCase()}`;
  // The default ports name the same origin as none.
  return lower.replace(/^(https:\/\/[^:]+):443$|^(http:\/\/[^:]+):80$/, '$1$2');
}

/** May a member's photo at `url` be stored and shown, with the program's `photoOrigins`? */
export function isAllowedPhoto(url: string, photoOrigins: readonly string[]): boolean {
  if (DATA_IMAGE.test(url)) return true;
  const origin = originOf(url);
  return origin !== null && photoOrigins.some((allowed) => allowed.toLowerCase() === origin);
}

/** Photos may also be local `data:image/…` URLs (the demo roster generates its avatars without network). */
export const PhotoUrl = z.string().check(
  z.maxLength(20000),
  storable,
  z.refine((value) => isSafeHttpUrl(value) || DATA_IMAGE.test(value), {
    message: 'must be an http(s) address or a data:image URL',
  }),
);

/** How many mentees a mentor takes (their own capacity, or the program's default). */
export const Capacity = z.int().check(z.gte(1), z.lte(50));

export const MEETING_MODES = ['email', 'phone', 'video', 'in-person'] as const;
export const MeetingMode = z.enum(MEETING_MODES);
export type MeetingMode = z.infer<typeof MeetingMode>;

export const ROLES = ['mentor', 'mentee'] as const;
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
  z.refine((value) => isKnownTimeZone(value), { message: 'must be an IANA time zone such as Europe/Paris' }),
);

const knownZones = new Map<string, boolean>();
export function isKnownTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}
