// Nudges: the program's clock keeping pairs meeting. Pure rules: which nudges are due for an active
// mentorship (no first meeting N days after the accept; no meeting within the agreed cadence; the term's
// end near), whether a requester may follow up an unanswered request, and the words of each. Each nudge
// has a key, recorded in the workspace when sent, so it goes once; none goes once the pair has met (for
// that gap) or the mentorship has ended. service/nudge-jobs.ts and the workspace service run them.
import { DAY_MS } from './clock.ts';
import { MentoringError } from './errors.ts';
import { followUpFrom, isOpen, nudgeSettings, recipientOf } from './lifecycle.ts';
import type { Notification } from './notifications.ts';
import type { Member } from './schemas/member.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import type { Cadence, NudgeKind, WorkspaceRecord } from './schemas/workspace.ts';

export { DEFAULT_NUDGE_SETTINGS, followUpFrom, nudgeSettings } from './lifecycle.ts';

/** Days in each cadence. */
export const CADENCE_DAYS: Record<Cadence, number> = { weekly: 7, fortnightly: 14, monthly: 31 };

/** A nudge due for a mentorship: its kind, and the key that makes it go once. */
export interface DueNudge {
  kind: Exclude<NudgeKind, 'follow-up'>;
  key: string;
}

const daysAfter = (instant: string, days: number): number => Date.parse(instant) + days * DAY_MS;

/**
 * The nudges due at `now` for `m` with its workspace: none unless active. First meeting: no meeting logged
 * `firstMeetingDays` after the accept. Check-in: a cadence agreed, and no meeting in the cadence's days
 * since the last one (once per last meeting). Term end: `termEndDays` before `endsAt`.
 */
export function dueNudges(m: Mentorship, record: WorkspaceRecord, settings: ProgramSettings, now: Date): DueNudge[] {
  if (m.state !== 'active' || m.startedAt === null) return [];
  const days = nudgeSettings(settings);
  const at = now.getTime();
  const due: DueNudge[] = [];
  const last = record.meetings[0];
  if (!last && at >= daysAfter(m.startedAt, days.firstMeetingDays)) due.push({ kind: 'first-meeting', key: 'first-meeting' });
  if (last && record.cadence && at >= daysAfter(`${last.date}T23:59:59.999Z`, CADENCE_DAYS[record.cadence])) {
    due.push({ kind: 'check-in', key: `check-in:${last.date}` });
  }
  if (m.endsAt && days.termEndDays > 0 && at >= daysAfter(m.endsAt, -days.termEndDays) && at < Date.parse(m.endsAt)) {
    due.push({ kind: 'term-end', key: 'term-end' });
  }
  return due.filter((nudge) => record.nudges[nudge.key] === undefined);
}

/**
 * May `viewerId` follow up their unanswered request now? Only the requester, of an open request, once,
 * after the program's days. Throws the refusal.
 */
export function checkFollowUp(m: Mentorship, record: WorkspaceRecord, viewerId: string, settings: ProgramSettings, now: Date): void {
  if (m.requesterId !== viewerId || !isOpen(m.state)) {
    throw new MentoringError('forbidden', 'Only the requester may follow up a request that is still open.', { reason: 'state' });
  }
  if (record.nudges['follow-up'] !== undefined) {
    throw new MentoringError('conflict', 'A follow-up has already been sent for this request.', { reason: 'follow-up-sent' });
  }
  const from = followUpFrom(m, settings);
  if (now.getTime() < Date.parse(from)) {
    throw new MentoringError('conflict', `A follow-up may be sent from ${from}.`, { reason: 'too-early', details: { from } });
  }
}

/** Who hears a nudge: both partners, except a follow-up, which goes to the request's recipient. */
export const nudgeRecipients = (kind: NudgeKind, m: Mentorship): string[] =>
  kind === 'follow-up' ? [recipientOf(m)] : [m.mentorId, m.menteeId];

/** The notification of a nudge to `to` about `m`, whose other member is `other`. */
export function composeNudge(kind: NudgeKind, m: Mentorship, to: Member, other: Member, settings: ProgramSettings, now: Date): Notification {
  const { subject, lines } = nudgeWording(kind, m, other.name, settings);
  return {
    to: to.email,
    memberId: to.id,
    kind: `nudge-${kind}`,
    mentorshipId: m.id,
    // The requester's own follow-up counts against the cap on what one member sends another; the clock's do not.
    causedBy: kind === 'follow-up' ? other.id : null,
    subject,
    text: [`Dear ${to.name},`, '', ...lines, '', `— ${settings.name}`].join('\n'),
    at: now.toISOString(),
  };
}

function nudgeWording(kind: NudgeKind, m: Mentorship, otherName: string, settings: ProgramSettings): { subject: string; lines: string[] } {
  switch (kind) {
    case 'first-meeting':
      return {
        subject: `Time for a first meeting with ${otherName}`,
        lines: [
          `No meeting with ${otherName} has been logged yet. Agree a time for your first conversation,`,
          'and log it in your mentorship workspace once you have met.',
        ],
      };
    case 'check-in':
      return {
        subject: `Check in with ${otherName}`,
        lines: [`It is time for your next meeting with ${otherName}, by the cadence you agreed. Log it in your workspace once you have met.`],
      };
    case 'term-end':
      return {
        subject: `Your mentorship with ${otherName} ends on ${(m.endsAt ?? '').slice(0, 10)}`,
        lines: [
          `Your mentorship with ${otherName} reaches the end of its term on ${(m.endsAt ?? '').slice(0, 10)}.`,
          'Mark it as completed in your console, or agree with your partner to extend it.',
          ...(settings.contactEmail ? [`Questions? Write to the program office: ${settings.contactEmail}`] : []),
        ],
      };
    case 'follow-up':
      return {
        subject: `${otherName} is following up their mentoring request`,
        lines: [`${otherName} is still waiting for your answer to their request. Please answer by ${m.expiresAt.slice(0, 10)}.`],
      };
  }
}
