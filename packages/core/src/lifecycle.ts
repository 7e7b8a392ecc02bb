// The mentorship lifecycle: every transition, who may make it and its guards, in one pure module.
// The mentoring service (service/mentoring-service.ts) calls it with the facts it reads from its store
// (counts, the two members) inside the unit of work that writes the result; nothing else decides.
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
import { DAY_MS, addMonths } from './clock.ts';
import { MentoringError, notFound } from './errors.ts';
import type { Member } from './schemas/member.ts';
import type { Mentorship, MentorshipState } from './schemas/mentorship.ts';
import type { FeedbackInput, MentorshipActionInput, MentorshipRequestInput } from './schemas/inputs.ts';
import type { NudgeSettings, ProgramSettings } from './schemas/settings.ts';
import type { MentorshipAction } from './adapter.ts';
import { placesRefusal, requestRefusal, type PairCounts, type RequestRefusal } from './request-guards.ts';
import { notOffered } from './settings-rules.ts';
import { isSuspended, mentorRoleApproved, recipientStanding, requesterStanding } from './standing.ts';

// The guards of a new request are their own small module (a profile card's badge asks them without the
// rest of the lifecycle); they are the lifecycle's, and exported from here too.
export * from './request-guards.ts';

export type Actor = 'recipient' | 'requester' | 'partner';

interface TransitionRule {
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
const FINISHED_STATES: readonly MentorshipState[] = ['completed', 'ended'];

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

/** Facts about the two members that creating a request is checked against. */
export interface RequestFacts {
  settings: ProgramSettings;
  now: Date;
  requester: Member;
  recipient: Member;
  /** Open requests the requester has sent (pending or saved). */
  requesterOpenRequests: number;
  /** Is there an open or active mentorship between these two members already, either way round? */
  pairHasLiveMentorship: boolean;
  /** From when the requester may ask the recipient again after a decline or a withdrawal (`requestAgainAt`); null: any time. */
  requestAgainAt: string | null;
  /** Active mentees of the member who would be the mentor. */
  mentorActiveMentees: number;
  /** Active mentors of the member who would be the mentee. */
  menteeActiveMentors: number;
}

/** A request's (or a pairing's) fields the program's settings constrain: its areas of guidance (offered, not retired) and its term. */
export function checkRequestInput(input: Pick<MentorshipRequestInput, 'areas' | 'termMonths'>, settings: ProgramSettings): void {
  const unknownAreas = notOffered(input.areas, settings.topics);
  if (unknownAreas.length > 0) {
    throw new MentoringError('validation', `Unknown or retired areas of guidance: ${unknownAreas.join(', ')}.`, {
      field: 'areas',
      details: { unknown: unknownAreas },
    });
  }
  if (!settings.termMonths.includes(input.termMonths)) {
    throw new MentoringError('validation', `This program offers terms of ${settings.termMonths.join(', ')} months.`, {
      field: 'termMonths',
    });
  }
}

/** The error a refused request rejects with: the reason's code, and what a developer needs to see why. */
function refusalError(
  refusal: RequestRefusal,
  input: MentorshipRequestInput,
  facts: RequestFacts,
  pair: { mentorId: string; menteeId: string; counts: PairCounts },
): MentoringError {
  const { settings, recipient } = facts;
  const recipientRole = input.requesterRole === 'mentee' ? 'mentor' : 'mentee';
  switch (refusal) {
    case 'self':
      return new MentoringError('forbidden', 'A member cannot send a mentoring request to themself.', { reason: 'self' });
    case 'suspended':
      return new MentoringError('forbidden', 'The requester is suspended from the program.', { reason: refusal });
    case 'awaiting-approval':
      return new MentoringError('forbidden', 'The program office has not approved the requester as a mentor.', { reason: refusal });
    case 'code-of-conduct':
      return new MentoringError('forbidden', `Accept version ${settings.codeOfConduct.version} of the code of conduct first.`, {
        reason: refusal,
        details: { version: settings.codeOfConduct.version },
      });
    case 'requester-not-enrolled':
      return new MentoringError('forbidden', `The requester is not enrolled as a ${input.requesterRole}.`, {
        reason: refusal,
        details: { role: input.requesterRole },
      });
    case 'not-enrolled':
      return new MentoringError('unavailable', `Member ${recipient.id} is not enrolled as a ${recipientRole}.`, {
        reason: refusal,
        details: { memberId: recipient.id, role: recipientRole },
      });
    case 'requester-paused':
      return new MentoringError('unavailable', 'The requester is temporarily not participating.', { reason: refusal });
    case 'paused':
      return new MentoringError('unavailable', `Member ${recipient.id} is temporarily not participating.`, {
        reason: refusal,
        details: { memberId: recipient.id, returnDate: recipient.availability.returnDate },
      });
    case 'duplicate':
      return duplicateMentorship(recipient.id);
    case 'cooldown':
      return new MentoringError('capacity-reached', `Ask ${recipient.id} again from ${facts.requestAgainAt}.`, {
        reason: refusal,
        details: { memberId: recipient.id, until: facts.requestAgainAt },
      });
    case 'mentor-full':
    case 'mentors-per-mentee':
      return placesError(refusal, pair.mentorId, pair.menteeId, pair.counts, settings);
    case 'open-request-limit':
      return new MentoringError('capacity-reached', `The requester already has ${settings.openRequestsPerMember} open requests.`, {
        reason: refusal,
        details: { limit: settings.openRequestsPerMember },
      });
  }
}

/**
 * Checks a new request against every guard and returns the record to store (without id).
 * Throws the first guard that refuses.
 */
export function planRequest(input: MentorshipRequestInput, facts: RequestFacts): Omit<Mentorship, 'id'> {
  const { settings, now, requester, recipient } = facts;
  const recipientRole = input.requesterRole === 'mentee' ? 'mentor' : 'mentee';
  const mentor = input.requesterRole === 'mentor' ? requester : recipient;
  const menteeId = input.requesterRole === 'mentee' ? requester.id : recipient.id;
  const counts: PairCounts = {
    mentorActiveMentees: facts.mentorActiveMentees,
    mentorCapacity: mentor.availability.capacity,
    menteeActiveMentors: facts.menteeActiveMentors,
  };
  const refusal = requestRefusal(
    {
      self: requester.id === recipient.id,
      ...requesterStanding(requester, input.requesterRole, settings),
      ...recipientStanding(recipient, recipientRole),
      pairHasLiveMentorship: facts.pairHasLiveMentorship,
      coolingDown: facts.requestAgainAt !== null && now.getTime() < Date.parse(facts.requestAgainAt),
      ...counts,
      requesterOpenRequests: facts.requesterOpenRequests,
    },
    settings,
    () => checkRequestInput(input, settings),
  );
  if (refusal) throw refusalError(refusal, input, facts, { mentorId: mentor.id, menteeId, counts });

  const created = now.toISOString();
  return {
    version: 1,
    state: 'pending',
    requesterId: requester.id,
    mentorId: mentor.id,
    menteeId,
    areas: [...new Set(input.areas)],
    goals: input.goals,
    termMonths: input.termMonths,
    meetingMode: input.meetingMode,
    message: input.message,
    createdAt: created,
    respondedAt: null,
    expiresAt: new Date(now.getTime() + settings.requestExpiryDays * DAY_MS).toISOString(),
    remindedAt: null,
    startedAt: null,
    endsAt: null,
    endedAt: null,
    declineReason: null,
    endReason: null,
    feedback: [],
    feedbackGivenBy: [],
    pairedByStaff: false,
    closedByStaff: false,
  };
}

/** Facts an action is checked against. Counts and the two members are only needed for `accept`. */
export interface ActionFacts {
  settings: ProgramSettings;
  now: Date;
  actorId: string;
  /** The mentorship's mentor and mentee as stored (suspension, approval). */
  mentor?: Member;
  mentee?: Member;
  /** Active mentees of this mentorship's mentor, and their capacity. */
  mentorActiveMentees?: number;
  mentorCapacity?: number;
  /** Active mentors of this mentorship's mentee. */
  menteeActiveMentors?: number;
}

export const isPastExpiry = (m: Mentorship, now: Date): boolean =>
  isOpen(m.state) && now.getTime() >= new Date(m.expiresAt).getTime();

function roleOf(m: Mentorship, memberId: string): Actor | null {
  if (!isParticipant(m, memberId)) return null;
  return m.requesterId === memberId ? 'requester' : 'recipient';
}

function mayAct(rule: TransitionRule, role: Actor): boolean {
  return rule.by === 'partner' || rule.by === role;
}

/**
 * Applies an action for `facts.actorId` and returns the new record (version + 1).
 * Throws: `not-found` for a non-participant (they must not learn it exists), `forbidden` for the wrong
 * side, `conflict` (`stale`) for an outdated version, `expired` past the expiry date, `conflict`
 * (`state`) for a state the action does not apply to, `capacity-reached` at accept time, `validation`
 * for a missing end reason.
 */
export function applyAction(
  m: Mentorship,
  action: MentorshipAction,
  input: MentorshipActionInput,
  facts: ActionFacts,
): Mentorship {
  const rule = TRANSITIONS[action];
  const role = roleOf(m, facts.actorId);
  // The very answer an unknown id gets (errors.ts): an outsider must not tell the two apart.
  if (role === null) throw notFound('mentorship', m.id);
  if (!mayAct(rule, role)) {
    throw new MentoringError('forbidden', `Only the ${rule.by} may ${action} a mentorship.`, {
      details: { id: m.id, action, role },
    });
  }
  // Expiry before the version: a view opened before the expiry job ran holds an older version, and
  // "this request has expired" tells the member more than "someone changed it".
  if (isPastExpiry(m, facts.now) || m.state === 'expired') {
    throw new MentoringError('expired', `Mentorship request ${m.id} expired on ${m.expiresAt}.`, {
      details: { id: m.id, expiresAt: m.expiresAt },
    });
  }
  if (input.version !== undefined && input.version !== m.version) {
    throw new MentoringError('conflict', `Mentorship ${m.id} changed since version ${input.version}.`, {
      reason: 'stale',
      details: { id: m.id, expected: input.version, actual: m.version, state: m.state },
    });
  }
  if (!rule.from.includes(m.state)) {
    throw new MentoringError('conflict', `Cannot ${action} a mentorship that is ${m.state}.`, {
      reason: 'state',
      details: { id: m.id, state: m.state, action },
    });
  }
  if (action === 'accept') checkAcceptLimits(m, facts);
  const reason = input.reason?.trim() ? input.reason.trim() : null;
  if (action === 'end' && reason === null) {
    throw new MentoringError('validation', 'Ending a mentorship early needs a reason.', { field: 'reason' });
  }

  const now = facts.now.toISOString();
  const next: Mentorship = { ...m, version: m.version + 1, state: rule.to };
  switch (action) {
    case 'accept':
      next.respondedAt = now;
      next.startedAt = now;
      next.endsAt = addMonths(facts.now, m.termMonths).toISOString();
      break;
    case 'decline':
      next.respondedAt = now;
      next.declineReason = reason;
      next.endedAt = now;
      break;
    case 'withdraw':
      next.endedAt = now;
      break;
    case 'complete':
      next.endedAt = now;
      break;
    case 'end':
      next.endedAt = now;
      next.endReason = reason;
      break;
    case 'save':
      break;
  }
  return next;
}

function checkAcceptLimits(m: Mentorship, facts: ActionFacts): void {
  const { mentorActiveMentees, mentorCapacity, menteeActiveMentors, mentor, mentee } = facts;
  if (mentorActiveMentees === undefined || mentorCapacity === undefined || menteeActiveMentors === undefined || !mentor || !mentee) {
    throw new Error('applyAction(accept) needs mentorActiveMentees, mentorCapacity, menteeActiveMentors, the mentor and the mentee');
  }
  checkAcceptStanding(m, facts.actorId, mentor, mentee);
  const counts = { mentorActiveMentees, mentorCapacity, menteeActiveMentors };
  const refusal = placesRefusal(counts, facts.settings);
  if (refusal) throw placesError(refusal, m.mentorId, m.menteeId, counts, facts.settings);
}

/**
 * What staff decided about the two since the request was made: the one accepting is suspended (`forbidden`),
 * or is a mentor not approved; the other is suspended (shown as paused) or a mentor not approved (shown as
 * no mentor): `unavailable`, as the accepting member sees them.
 */
function checkAcceptStanding(m: Mentorship, actorId: string, mentor: Member, mentee: Member): void {
  const other = actorId === mentor.id ? mentee : mentor;
  const actor = actorId === mentor.id ? mentor : mentee;
  if (isSuspended(actor)) throw new MentoringError('forbidden', 'A suspended member cannot accept requests.', { reason: 'suspended' });
  if (!mentorRoleApproved(mentor)) {
    throw actor === mentor
      ? new MentoringError('forbidden', 'The program office has not approved this mentor.', { reason: 'awaiting-approval' })
      : new MentoringError('unavailable', `Member ${mentor.id} is not enrolled as a mentor.`, { reason: 'not-enrolled', details: { memberId: mentor.id, role: 'mentor' } });
  }
  if (isSuspended(other)) {
    throw new MentoringError('unavailable', `Member ${other.id} is temporarily not participating.`, {
      reason: 'paused',
      details: { memberId: other.id, id: m.id },
    });
  }
}

/** The error a new pair's capacity limit refuses it with, when it is asked for and when it is accepted. */
export function placesError(
  refusal: 'mentor-full' | 'mentors-per-mentee',
  mentorId: string,
  menteeId: string,
  counts: PairCounts,
  settings: ProgramSettings,
): MentoringError {
  return refusal === 'mentor-full'
    ? new MentoringError('capacity-reached', `Mentor ${mentorId} has no places left.`, {
      reason: refusal,
      details: { capacity: counts.mentorCapacity, active: counts.mentorActiveMentees },
    })
    : new MentoringError('capacity-reached', `Mentee ${menteeId} already has ${settings.mentorsPerMentee} active mentor(s), the most allowed.`, {
      reason: refusal,
      details: { limit: settings.mentorsPerMentee },
    });
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

/** Feedback once per partner, after the mentorship has finished. */
export function applyFeedback(m: Mentorship, input: FeedbackInput, actorId: string, now: Date): Mentorship {
  if (!isParticipant(m, actorId)) throw notFound('mentorship', m.id);
  if (!FINISHED_STATES.includes(m.state)) {
    throw new MentoringError('conflict', `Feedback is given once a mentorship is completed or ended; it is ${m.state}.`, {
      reason: 'state',
      details: { id: m.id, state: m.state },
    });
  }
  if (m.feedbackGivenBy.includes(actorId)) {
    throw new MentoringError('conflict', 'Feedback has already been given for this mentorship.', {
      reason: 'feedback-given',
    });
  }
  return {
    ...m,
    version: m.version + 1,
    feedback: [...m.feedback, { memberId: actorId, rating: input.rating, comment: input.comment, givenAt: now.toISOString() }],
    feedbackGivenBy: [...m.feedbackGivenBy, actorId],
  };
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
