// The next meeting as an iCalendar file (RFC 5545), built here so the server (a download) and MemoryAdapter
// (a Blob in the page) give the same bytes. Times are written in UTC (`…Z`), which every calendar shows in
// its owner's own zone, so the file is right for both partners wherever they live with no VTIMEZONE to
// carry; the description names the time in each partner's zone as well. Lines end CRLF and are folded at
// 75 octets (never inside a UTF-8 character), and text values are escaped (\\ \; \, \n).
import type { NextMeeting } from './schemas/workspace.ts';

export const ICS_MEDIA_TYPE = 'text/calendar; charset=utf-8';

export interface MeetingInvite {
  mentorshipId: string;
  meeting: NextMeeting;
  /** Each partner's name and time zone, for the description. */
  partners: readonly { name: string; timeZone: string }[];
  programName: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

/** `20261210T150000Z`: an instant in iCalendar's UTC form. */
export const icsInstant = (date: Date): string => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma, and newlines as `\n`. */
export const escapeIcsText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

/** A content line folded at 75 octets (RFC 5545 3.1): each continuation starts with a space. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    // The first line holds 75 octets; a continuation 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utf8Octets = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** The time as a partner reads it: `Thu 10 Dec 2026, 16:00 (Europe/Paris)`. */
function localTime(date: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(date);
  return `${text} (${timeZone})`;
}

/** The calendar file of the next meeting: one VEVENT, UTC times, a UID stable for the same meeting. */
export function meetingIcs({ mentorshipId, meeting, partners, programName, now }: MeetingInvite): string {
  const start = new Date(meeting.start);
  const end = new Date(start.getTime() + meeting.minutes * 60_000);
  const names = partners.map((partner) => partner.name).join(' & ');
  const description = [
    `${programName}: mentoring meeting`,
    ...partners.map((partner) => `${partner.name}: ${localTime(start, partner.timeZone)}`),
  ].join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//mentor-match//workspace//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${mentorshipId}-${icsInstant(start)}@mentor-match`,
    `DTSTAMP:${icsInstant(now)}`,
    `DTSTART:${icsInstant(start)}`,
    `DTEND:${icsInstant(end)}`,
    `SUMMARY:${escapeIcsText(`Mentoring: ${names}`)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
