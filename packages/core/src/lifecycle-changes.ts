// The lifecycle's rules that change a mentorship: a new request checked against every guard (`planRequest`),
// an action (`applyAction`) and feedback (`applyFeedback`), with the errors they refuse with. The states and
// who may act are lifecycle.ts's; these are apart because only changes need them: the mentoring service's
// changes (loaded with a member's first change on the in-page demo), staff's pairings, the server, and the demo
// roster's generator (its records are ones the program could have made). A page that shows mentorships (the
// console) loads lifecycle.ts alone, and so does the in-page demo's program for its first search.
import { DAY_MS, addMonths } from './clock.ts';
import { MentoringError, notFound } from './errors.ts';
import {
  FINISHED_STATES, TRANSITIONS, duplicateMentorship, isParticipant, isPastExpiry, mayAct, roleOf,
} from './lifecycle.ts';
import type { MentorshipAction } from './adapter.ts';
import type { Member } from './schemas/member.ts';
import type { FeedbackInput, MentorshipActionInput, MentorshipRequestInput } from './schemas/inputs.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import { placesRefusal, requestRefusal, type PairCounts, type RequestRefusal } from './request-guards.ts';
import { notOffered } from './settings-rules.ts';
import { isSuspended, mentorRoleApproved, recipientStanding, requesterStanding } from './standing.ts';

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
