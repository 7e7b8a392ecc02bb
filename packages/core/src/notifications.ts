// Notifications: who is told of what, and the words. The service queues one with each change that tells a
// member something; MemoryBackend keeps them in its outbox (tests read it), the server writes them to its
// email outbox in the same transaction as the change.
import type { MentorshipAction } from './adapter.ts';
import { DAY_MS } from './clock.ts';
import { partnerOf, recipientOf } from './lifecycle.ts';
import type { Member } from './schemas/member.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import type { NotificationPage } from './schemas/notification.ts';
import { ESSENTIAL_KINDS } from './essential-kinds.ts';

export { ESSENTIAL_KINDS };

export type NotificationKind = 'request' | 'reminder' | 'accepted' | 'declined' | 'withdrawn' | 'expired' | 'completed' | 'ended';
/** A digest gathers the notifications held back by the cap on what one member may cause another to receive. */
export type SentKind = NotificationKind | 'digest' | NudgeNotificationKind;
/** What nudges send (nudges.ts): the clock's reminders to a pair, and a requester's follow-up. */
export type NudgeNotificationKind = 'nudge-first-meeting' | 'nudge-check-in' | 'nudge-term-end' | 'nudge-follow-up';

/**
 * What staff actions tell members: a pairing and an end or withdrawal by staff (both members), a change of
 * a member's standing (that member), a reply to a concern (the member who raised it). Each carries staff's
 * reason (or reply).
 */
export const STAFF_NOTIFICATION_KINDS = [
  'paired', 'ended-by-staff', 'withdrawn-by-staff', 'paused-by-staff', 'resumed-by-staff', 'approved', 'approval-declined',
  'suspended', 'suspension-lifted', 'concern-reply',
] as const;
export type StaffNotificationKind = (typeof STAFF_NOTIFICATION_KINDS)[number];

/** What cohorts tell members (issue 14; the words are cohort-notifications.ts's). */
export const COHORT_NOTIFICATION_KINDS = [
  'cohort-match-proposed', 'cohort-match-declined', 'cohort-match-accepted', 'cohort-match-expired', 'cohort-term-ending',
  'cohort-extension-asked', 'cohort-extended', 'cohort-completed',
] as const;
export type CohortNotificationKind = (typeof COHORT_NOTIFICATION_KINDS)[number];

export interface Notification {
  /** The address it went to. */
  to: string;
  /** The member it went to. */
  memberId: string;
  kind: SentKind | StaffNotificationKind | CohortNotificationKind;
  /** The mentorship it tells about (a concern's: the mentorship the concern is about); null for a digest, which tells about several, or what is about the member alone. */
  mentorshipId: string | null;
  /** The member whose action sent it (staff, for a staff action); null when the program's clock did (expiry, reminders, digests). */
  causedBy: string | null;
  subject: string;
  text: string;
  /** When it was sent (an instant). */
  at: string;
  /**
   * The facts its template words (notification-templates.ts, `TEMPLATE_PLACEHOLDERS`): the other member,
   * areas, dates, reason, … Absent (a record from before templates): the subject and text above are shown.
   */
  params?: Record<string, string>;
  /** Where its reader acts on it, for a kind notification-templates.ts does not place (a new kind). */
  page?: NotificationPage;
}

/** The notification each action sends; saving for later tells nobody. */
export const ACTION_NOTIFICATION: Record<MentorshipAction, NotificationKind | null> = {
  accept: 'accepted',
  decline: 'declined',
  save: null,
  withdraw: 'withdrawn',
  complete: 'completed',
  end: 'ended',
};

/**
 * Who is told: the recipient of a new, reminded or withdrawn request; the requester of an answer or an
 * expiry; the other partner when one completes or ends the mentorship (`actorId` is the one who did).
 */
export function notificationRecipientId(kind: NotificationKind, m: Mentorship, actorId: string | null): string {
  switch (kind) {
    case 'request':
    case 'reminder':
    case 'withdrawn':
      return recipientOf(m);
    case 'accepted':
    case 'declined':
    case 'expired':
      return m.requesterId;
    case 'completed':
    case 'ended':
      if (actorId === null) throw new Error(`A "${kind}" notification needs the member who acted.`);
      return partnerOf(m, actorId);
  }
}

export interface NotificationContext {
  settings: ProgramSettings;
  now: Date;
  member(id: string): Member | undefined;
}

/** The notification of `kind` about `m`, addressed per `notificationRecipientId`. */
export function composeNotification(
  kind: NotificationKind,
  m: Mentorship,
  actorId: string | null,
  context: NotificationContext,
): Notification {
  const toId = notificationRecipientId(kind, m, actorId);
  const to = context.member(toId);
  const other = context.member(partnerOf(m, toId));
  if (!to || !other) throw new Error(`Mentorship ${m.id} names a member who does not exist.`);
  const { subject, lines } = wording(kind, m, other.name, context.settings);
  return {
    to: to.email,
    memberId: to.id,
    kind,
    mentorshipId: m.id,
    causedBy: actorId,
    subject,
    text: letter(to.name, lines, context.settings),
    at: context.now.toISOString(),
    params: mentorshipParams(m, to.id, other.name, context.settings),
  };
}

/** A mentorship's facts for the templates, as `toId` reads them. */
export function mentorshipParams(m: Mentorship, toId: string, otherName: string, settings: ProgramSettings): Record<string, string> {
  const asMentor = m.mentorId === toId;
  return {
    other: otherName,
    areas: m.areas.map((id) => settings.topics.find((topic) => topic.id === id)?.label ?? id).join(', '),
    term: String(m.termMonths),
    goals: m.goals,
    message: m.message ?? '',
    expires: m.expiresAt.slice(0, 10),
    ends: (m.endsAt ?? '').slice(0, 10),
    reason: m.declineReason ?? m.endReason ?? '',
    asMentor: asMentor ? 'yes' : '',
    asMentee: asMentor ? '' : 'yes',
  };
}

const letter = (name: string, lines: readonly string[], settings: ProgramSettings): string =>
  [`Dear ${name},`, '', ...lines, '', `— ${settings.name}`].join('\n');

/**
 * The window of the cap on notifications one member causes another to receive, and how long a held one
 * waits for its digest: a day. A member hears at most `notificationsFromOneMemberPerDay` times a day from any
 * one member, and at most one digest a day.
 */
export const NOTIFICATION_WINDOW_MS = DAY_MS;

/** Is a notification held for the digest, when its sender has caused `sentInWindow` to its recipient in the last day? */
export const isOverNotificationCap = (sentInWindow: number, settings: Pick<ProgramSettings, 'notificationsFromOneMemberPerDay'>): boolean =>
  sentInWindow >= settings.notificationsFromOneMemberPerDay;

/** One notification telling `to` of every one `held` back from them, oldest first: dated subjects. */
export function composeDigest(to: Member, held: readonly Notification[], settings: ProgramSettings, now: Date): Notification {
  return {
    to: to.email,
    memberId: to.id,
    kind: 'digest',
    mentorshipId: null,
    causedBy: null,
    subject: `Your mentoring digest: ${held.length} more updates`,
    text: letter(to.name, [
      'So that no one member fills your inbox, we held these back:',
      '',
      ...held.map((n) => `- ${n.at.slice(0, 10)}: ${n.subject}`),
    ], settings),
    at: now.toISOString(),
    params: { count: String(held.length), items: held.map((n) => `- ${n.at.slice(0, 10)}: ${n.subject}`).join('\n') },
  };
}

function wording(kind: NotificationKind, m: Mentorship, otherName: string, settings: ProgramSettings): { subject: string; lines: string[] } {
  const day = (instant: string) => instant.slice(0, 10);
  const areas = m.areas.map((id) => settings.topics.find((topic) => topic.id === id)?.label ?? id).join(', ');
  const asks = m.requesterId === m.mentorId ? 'invites you to be their mentee' : 'asks you to be their mentor';
  const details = [`Areas: ${areas}`, `Term: ${m.termMonths} months`, `Goals: ${m.goals}`];
  switch (kind) {
    case 'request':
      return {
        subject: `${otherName} ${asks}`,
        lines: [`${otherName} ${asks}.`, ...details, ...(m.message ? ['', m.message] : []), '', `Please answer by ${day(m.expiresAt)}.`],
      };
    case 'reminder':
      return {
        subject: `Reminder: ${otherName}'s mentoring request expires on ${day(m.expiresAt)}`,
        lines: [`${otherName} ${asks} and is waiting for your answer.`, ...details, '', `The request expires on ${day(m.expiresAt)}.`],
      };
    case 'accepted':
      return {
        subject: `${otherName} accepted your mentoring request`,
        lines: [`${otherName} accepted. Your mentorship runs until ${day(m.endsAt ?? m.expiresAt)}.`, ...details],
      };
    case 'declined':
      return {
        subject: `${otherName} declined your mentoring request`,
        lines: [`${otherName} declined your request.`, ...(m.declineReason ? [`Reason: ${m.declineReason}`] : [])],
      };
    case 'withdrawn':
      return { subject: `${otherName} withdrew their mentoring request`, lines: [`${otherName} withdrew their request.`] };
    case 'expired':
      return {
        subject: `Your mentoring request to ${otherName} has expired`,
        lines: [`${otherName} did not answer your request by ${day(m.expiresAt)}, so it has expired.`],
      };
    case 'completed':
      return {
        subject: `${otherName} marked your mentorship as completed`,
        lines: [`${otherName} marked your mentorship as completed. You can now leave feedback.`],
      };
    case 'ended':
      return {
        subject: `${otherName} ended your mentorship`,
        lines: [`${otherName} ended your mentorship early.`, ...(m.endReason ? [`Reason: ${m.endReason}`] : []), 'You can leave feedback.'],
      };
  }
}

/** What goes in a member's list (the bell): every notification but a digest, which only retells them. */
export const isListed = (n: Pick<Notification, 'kind'>): boolean => n.kind !== 'digest';

/** The changes a unit's notifications make: each member whose list grew hears of it. */
export const listChanges = (notifications: readonly Notification[]): { kind: 'notification'; id: string; audience: string[] }[] =>
  [...new Set(notifications.filter(isListed).map((n) => n.memberId))].map((id) => ({ kind: 'notification', id, audience: [id] }));
