// The mentorship lifecycle: every transition, who may make it and its guards. This module holds the states,
// who may act and the clock's expiry and reminders, which reading pages use too (the console's buttons, the
// in-page demo's store and views); the rules that change a mentorship (a new request, an action, feedback)
// are lifecycle-changes.ts's, loaded only where changes are made (the mentoring service, staff's pairings),
// so a page that shows mentorships does not download them. The mentoring service
// (service/mentoring-service.ts) calls both with the facts it reads from its store (counts, the two members)
// inside the unit of work that writes the result; nothing else decides.
//
//   pending ──accept──▶ active ──complete──▶ completed
//     │   ▲               └─────end──────▶ ended
//   save  accept
//     ▼   │
//   saved      pending|saved ──decline──▶ declined, ──withdraw──▶ withdrawn, ──(clock)──▶ expired
//
// What staff do to mentorships (pair two members, end or withdraw for them) is staff-lifecycle.ts's.
//
// A saved request is still open: it is answered (accept, decline), withdrawn or expires, never moved back.
import { DAY_MS } from './clock.ts';
import { MentoringError } from './errors.ts';
import type { Mentorship, MentorshipState } from './schemas/mentorship.ts';
import type { NudgeSettings, ProgramSettings } from './schemas/settings.ts';
import type { MentorshipAction } from './adapter.ts';

// The guards of a new request are their own small module (a profile card's badge asks them without the
// rest of the lifecycle); they are the lifecycle's, and exported from here too.
export * from './request-guards.ts';

export type Actor = 'recipient' | 'requester' | 'partner';

export interface TransitionRule {
  from: readonly MentorshipState[];
  by: Actor;
  to: MentorshipState;
}

/** Who may take each action, from which states, to which state. */
export const TRANSITIONS: Record<MentorshipAction, TransitionRule> = {
  accept: { from: ['pending', 'saved'], by: 'recipient', to: 'active' },
  decline: { from: ['pending', 'saved'], by: 'recipient', to: 'declined' },
  save: { from: ['pending'], by: 'recipient', to: 'saved' },
  withdraw: { from: ['pending', 'saved'], by: 'requester', to: 'withdrawn' },
  complete: { from: ['active'], by: 'partner', to: 'completed' },
  end: { from: ['active'], by: 'partner', to: 'ended' },
};

const OPEN_STATES: readonly MentorshipState[] = ['pending', 'saved'];
const ACCEPTED_STATES: readonly MentorshipState[] = ['active', 'completed', 'ended'];
export const FINISHED_STATES: readonly MentorshipState[] = ['completed', 'ended'];

/** Waiting for the recipient (pending or saved for later). */
export const isOpen = (state: MentorshipState): boolean => OPEN_STATES.includes(state);
/** Accepted at some point: partners see each other's contact details. */
export const isAccepted = (state: MentorshipState): boolean => ACCEPTED_STATES.includes(state);
/** Open or active: a second request between the same two members is a duplicate. */
export const isLive = (state: MentorshipState): boolean => isOpen(state) || state === 'active';

export const recipientOf = (m: Mentorship): string => (m.requesterId === m.mentorId ? m.menteeId : m.mentorId);
export const isParticipant = (m: Mentorship, memberId: string): boolean =>
  m.mentorId === memberId || m.menteeId === memberId;
export const partnerOf = (m: Mentorship, memberId: string): string =>
  m.mentorId === memberId ? m.menteeId : m.mentorId;
/** An open request waiting for `memberId`'s answer: what the viewer's `awaitingResponse` and a console's badge count. */
export const awaitsAnswerFrom = (m: Mentorship, memberId: string): boolean => isOpen(m.state) && recipientOf(m) === memberId;

/** When the requester's latest request to a member ended declined, and withdrawn (instants; null: never). */
export interface EndedRequests {
  declinedAt: string | null;
  withdrawnAt: string | null;
}

/**
 * The instant from which a requester may ask the same member again, after their latest request to them was
 * declined or withdrawn (the program's cooldowns); null when neither holds them back. Only the requester
 * waits: the cooldown keeps one member from flooding another, and the other member flooded no one.
 */
export function requestAgainAt(
  ended: EndedRequests,
  settings: Pick<ProgramSettings, 'cooldownAfterDeclineDays' | 'cooldownAfterWithdrawDays'>,
): string | null {
  const cooldowns = [
    [ended.declinedAt, settings.cooldownAfterDeclineDays],
    [ended.withdrawnAt, settings.cooldownAfterWithdrawDays],
  ] as const;
  let until = 0;
  for (const [at, days] of cooldowns) if (at !== null && days > 0) until = Math.max(until, Date.parse(at) + days * DAY_MS);
  return until > 0 ? new Date(until).toISOString() : null;
}

export const isPastExpiry = (m: Mentorship, now: Date): boolean =>
  isOpen(m.state) && now.getTime() >= new Date(m.expiresAt).getTime();

/** The member's side of the mentorship, null for an outsider. */
export function roleOf(m: Mentorship, memberId: string): Actor | null {
  if (!isParticipant(m, memberId)) return null;
  return m.requesterId === memberId ? 'requester' : 'recipient';
}

export function mayAct(rule: TransitionRule, role: Actor): boolean {
  return rule.by === 'partner' || rule.by === role;
}

/** A second open or active mentorship between the same two members (`memberId`: the other one). */
export const duplicateMentorship = (memberId: string): MentoringError =>
  new MentoringError('conflict', 'These two members already have an open or active mentorship.', {
    reason: 'duplicate',
    details: { memberId },
  });

/** The record moved to `expired` if it is open and past its date, else null. Run by the expiry job. */
export function expireIfDue(m: Mentorship, now: Date): Mentorship | null {
  if (!isPastExpiry(m, now)) return null;
  return { ...m, version: m.version + 1, state: 'expired', endedAt: m.expiresAt };
}

/** Is it time to remind the recipient of an open request (and has that not been done)? */
export function isReminderDue(m: Mentorship, now: Date, settings: ProgramSettings): boolean {
  if (!isOpen(m.state) || m.remindedAt !== null || settings.reminderDays === 0) return false;
  const expires = new Date(m.expiresAt).getTime();
  return now.getTime() >= expires - settings.reminderDays * DAY_MS && now.getTime() < expires;
}

/** The actions a member may take now, for showing buttons. The adapter still checks everything. */
export function availableActions(m: Mentorship, memberId: string, now: Date): MentorshipAction[] {
  const role = roleOf(m, memberId);
  if (role === null || (isOpen(m.state) && isPastExpiry(m, now))) return [];
  return (Object.keys(TRANSITIONS) as MentorshipAction[]).filter((action) => {
    const rule = TRANSITIONS[action];
    return rule.from.includes(m.state) && mayAct(rule, role);
  });
}

/** Can this member still leave feedback? */
export const canGiveFeedback = (m: Mentorship, memberId: string): boolean =>
  isParticipant(m, memberId) && FINISHED_STATES.includes(m.state) && !m.feedbackGivenBy.includes(memberId);

/** The nudges' days (nudges.ts) when the program names none. */
export const DEFAULT_NUDGE_SETTINGS: NudgeSettings = { firstMeetingDays: 7, followUpDays: 7, termEndDays: 14 };

/** The program's nudge days, the defaults where the settings name none. */
export const nudgeSettings = (settings: ProgramSettings): NudgeSettings => settings.nudges ?? DEFAULT_NUDGE_SETTINGS;

/**
 * The earliest a requester may follow up their unanswered request (an instant), by the program's days: here,
 * not in nudges.ts, so the console that offers the follow-up carries none of the nudges' words.
 */
export const followUpFrom = (m: Mentorship, settings: ProgramSettings): string =>
  new Date(Date.parse(m.createdAt) + nudgeSettings(settings).followUpDays * DAY_MS).toISOString();
