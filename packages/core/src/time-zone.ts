// UTC offsets of IANA time zones at a given instant, from the platform's own tz data (Intl), so
// daylight saving time is right wherever core runs. Search asks for the same few zones over and over,
// so offsets are cached per zone and quarter of an hour.

const formatters = new Map<string, Intl.DateTimeFormat | null>();
const offsets = new Map<string, { bucket: number; hours: number }>();

/**
 * Offsets only change at DST transitions, which fall on the hour or the half hour in UTC
 * (Lord Howe Island moves by 30 minutes at 15:30 UTC), so a quarter-hour bucket is always exact.
 */
const BUCKET_MS = 15 * 60_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** "GMT+05:45" → 5.75, "GMT-03:00" → -3, "GMT" → 0. */
function parseGmtOffset(name: string): number {
  const match = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name);
  if (match === null) return Number.NaN;
  if (match[1] === undefined) return 0;
  const hours = Number(match[2]) + Number(match[3] ?? 0) / 60;
  return match[1] === '-' ? -hours : hours;
}

function computeOffset(timeZone: string, at: number): number {
  const formatter = formatterFor(timeZone);
  if (formatter === null) return Number.NaN;
  const part = formatter.formatToParts(at).find((p) => p.type === 'timeZoneName');
  return part === undefined ? Number.NaN : parseGmtOffset(part.value);
}

/** The zone's offset from UTC in hours at `at` (e.g. 5.75 for Asia/Kathmandu), or NaN for an unknown zone. */
export function offsetOrNaN(timeZone: string, at: Date): number {
  const bucket = Math.floor(at.getTime() / BUCKET_MS);
  const cached = offsets.get(timeZone);
  if (cached !== undefined && cached.bucket === bucket) return cached.hours;
  const hours = computeOffset(timeZone, bucket * BUCKET_MS);
  offsets.set(timeZone, { bucket, hours });
  return hours;
}

/** The zone's offset from UTC in hours at `at`, daylight saving included. Throws a RangeError for an unknown zone. */
export function utcOffsetHours(timeZone: string, at: Date): number {
  const hours = offsetOrNaN(timeZone, at);
  if (Number.isNaN(hours)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return hours;
}

/** How many hours apart two zones' clocks are at `at` (|offset difference|, not wrapped around the date line). */
export function hoursApart(a: string, b: string, at: Date): number {
  return Math.abs(utcOffsetHours(a, at) - utcOffsetHours(b, at));
}

const knownZones = new Map<string, boolean>();

/** Whether the platform knows `zone` as an IANA time zone (`Europe/Paris`); remembered per zone. */
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
