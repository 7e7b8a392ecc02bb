// The words beside a badge that cannot be used: why (a core refusal in the card's terms), or what the request
// already led to. Loaded with the card's and the search's other rare parts (rare-parts.ts) the first time a
// card shows a refused badge: most cards a member sees can be asked. The core's refusals it names (`reason.*`)
// are error sentences: asking for one downloads them (localize.ts), and the card renders again when they arrive.
import type { Relation } from '@mentor-match/core';
import type { RequestRefusal } from '@mentor-match/core/request-guards';
import type { Localize } from '../i18n/localize.ts';
import type { BadgeFacts } from './badge.ts';

/** Why a request cannot be sent (or what one already led to), for a badge refused as `refusal`. */
export function badgeNote(i18n: Localize, facts: BadgeFacts, refusal: RequestRefusal): string {
  const { view, role, relation } = facts;
  switch (refusal) {
    case 'self':
      return i18n.t('card.self');
    case 'suspended':
    case 'awaiting-approval':
    case 'code-of-conduct':
      return i18n.t(`reason.${refusal}`);
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
