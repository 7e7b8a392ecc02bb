// Whether the request badge can be used and, when it cannot, why, in words shown beside it. The guards
// are core's (`requestRefusal`, in the order the adapter checks them when the request is sent), asked with
// what the card holds: the member as the viewer sees them, and the viewer's own record and counts. This
// only spares the member a refusal; the adapter checks everything again.
import {
  requestRefusal, type MemberView, type ProgramSettings, type Relation, type RequestStanding, type Role, type Viewer,
} from '@mentor-match/core';
import type { Localize } from '../i18n/localize.ts';

export interface BadgeFacts {
  view: MemberView;
  /** The role the card shows the member in: the one they would take in the mentorship. */
  role: Role;
  viewer: Viewer;
  settings: ProgramSettings;
  /** The live mentorship between viewer and member, if any. */
  relation: Relation | null;
}

/** A request from the viewer to the member shown, in core's terms. */
function standing({ view, role, viewer, relation }: BadgeFacts): RequestStanding {
  const me = viewer.member;
  const viewerRole: Role = role === 'mentor' ? 'mentee' : 'mentor';
  return {
    self: view.id === me.id,
    requesterEnrolled: me[viewerRole] !== null,
    recipientEnrolled: view[role] !== null,
    requesterPaused: me.availability.status === 'paused',
    recipientPaused: view.availability.status === 'paused',
    pairHasLiveMentorship: relation !== null,
    // The adapter sends it only while the cooldown runs, judged by the program's clock.
    coolingDown: view.requestAgainAt !== undefined,
    mentorActiveMentees: role === 'mentor' ? (view.mentor?.activeMentees ?? 0) : viewer.activeAsMentor,
    mentorCapacity: role === 'mentor' ? (view.mentor?.capacity ?? 0) : me.availability.capacity,
    menteeActiveMentors: role === 'mentee' ? (view.mentee?.activeMentors ?? 0) : viewer.activeAsMentee,
    requesterOpenRequests: viewer.openRequestsSent,
  };
}

/** Why a request cannot be sent (or what one already led to); null when the badge can be used. */
export function badgeNote(i18n: Localize, facts: BadgeFacts): string | null {
  const { view, role, relation } = facts;
  switch (requestRefusal(standing(facts), facts.settings)) {
    case null:
      return null;
    case 'self':
      return i18n.t('card.self');
    case 'requester-not-enrolled':
      return i18n.t(role === 'mentor' ? 'card.enrolAsMentee' : 'card.enrolAsMentor');
    case 'not-enrolled':
      return i18n.t('reason.not-enrolled');
    case 'requester-paused':
      return i18n.t('reason.requester-paused');
    case 'paused': {
      const { returnDate } = view.availability;
      return returnDate ? i18n.t('card.pausedUntil', i18n.date(returnDate, 'long')) : i18n.t('card.paused');
    }
    case 'duplicate':
      return relationNote(i18n, facts, relation!);
    case 'cooldown':
      return i18n.t('card.askAgainOn', i18n.date(view.requestAgainAt!, 'long'));
    case 'mentor-full':
      // The mentor is the member shown, or the viewer inviting a mentee.
      return i18n.t(role === 'mentor' ? 'card.full' : 'card.viewerFull');
    case 'mentors-per-mentee':
      return role === 'mentee' ? i18n.t('card.full') : i18n.t('reason.mentors-per-mentee');
    case 'open-request-limit':
      return i18n.t('reason.open-request-limit');
  }
}

/** What the live mentorship between the two is: a request either way, or a mentorship. */
function relationNote(i18n: Localize, { view, viewer }: BadgeFacts, relation: Relation): string {
  const me = viewer.member;
  if (relation.state === 'active') {
    // The relation does not say who mentors whom; the roles each side holds usually do.
    if (view.mentor === null || me.mentee === null) return i18n.t('card.yourMentee');
    if (view.mentee === null || me.mentor === null) return i18n.t('card.yourMentor');
    return i18n.t('card.partners');
  }
  const expires = i18n.date(relation.expiresAt, 'long');
  return i18n.t(relation.viewerIsRequester ? 'card.requestSent' : 'card.requestReceived', expires);
}
