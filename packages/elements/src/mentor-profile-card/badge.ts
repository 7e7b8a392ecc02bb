// Whether the request badge can be used and, when it cannot, why, in words shown beside it. The
// adapter checks everything again when the request is sent; this only spares the member a refusal.
import type { MemberView, ProgramSettings, Relation, Role, Viewer } from '@mentor-match/core';
import type { Localize } from '../i18n/localize.ts';
import { openPlaces } from './describe.ts';

export interface BadgeFacts {
  view: MemberView;
  /** The role the card shows the member in: the one they would take in the mentorship. */
  role: Role;
  viewer: Viewer;
  settings: ProgramSettings;
  /** The live mentorship between viewer and member, if any. */
  relation: Relation | null;
}

/** Why a request cannot be sent (or what one already led to); null when the badge can be used. */
export function badgeNote(i18n: Localize, { view, role, viewer, settings, relation }: BadgeFacts): string | null {
  const me = viewer.member;
  const myRole: Role = role === 'mentor' ? 'mentee' : 'mentor';
  if (view.id === me.id) return i18n.t('card.self');
  if (relation?.state === 'active') {
    // The relation does not say who mentors whom; the roles each side holds usually do.
    if (view.mentor === null || me.mentee === null) return i18n.t('card.yourMentee');
    if (view.mentee === null || me.mentor === null) return i18n.t('card.yourMentor');
    return i18n.t('card.partners');
  }
  if (relation) {
    const expires = i18n.date(relation.expiresAt, 'long');
    return i18n.t(relation.viewerIsRequester ? 'card.requestSent' : 'card.requestReceived', expires);
  }
  if (me[myRole] === null) return i18n.t(myRole === 'mentee' ? 'card.enrolAsMentee' : 'card.enrolAsMentor');
  if (me.availability.status === 'paused') return i18n.t('reason.requester-paused');
  if (view[role] === null) return i18n.t('reason.not-enrolled');
  const { status, returnDate } = view.availability;
  if (status === 'paused') return returnDate ? i18n.t('card.pausedUntil', i18n.date(returnDate, 'long')) : i18n.t('card.paused');
  if (openPlaces(view, role, settings) <= 0) return i18n.t('card.full');
  if (myRole === 'mentee' && viewer.activeAsMentee >= settings.mentorsPerMentee) return i18n.t('reason.mentors-per-mentee');
  if (viewer.openRequestsSent >= settings.openRequestsPerMember) return i18n.t('reason.open-request-limit');
  return null;
}
