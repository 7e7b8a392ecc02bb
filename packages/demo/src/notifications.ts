// What each demo member had been told by the time the demo opens: the notification of every step of their
// mentorships (a request received; an answer, a withdrawal or an expiry; a mentorship completed or ended), at
// the instant it happened, so each member's bell has a history. Worded by core, as the service words them.
import { composeNotification, type Member, type Mentorship, type Notification, type NotificationKind, type ProgramSettings } from '@mentor-match/core';

const ANSWER: Partial<Record<Mentorship['state'], NotificationKind>> = {
  active: 'accepted', completed: 'accepted', ended: 'accepted', declined: 'declined', withdrawn: 'withdrawn', expired: 'expired',
};
const CLOSE: Partial<Record<Mentorship['state'], NotificationKind>> = { completed: 'completed', ended: 'ended' };

/** The notifications the roster's mentorships sent, oldest first. */
export function demoNotifications(members: readonly Member[], mentorships: readonly Mentorship[], settings: ProgramSettings): Notification[] {
  const byId = new Map(members.map((member) => [member.id, member]));
  const told: Notification[] = [];
  const tell = (kind: NotificationKind, m: Mentorship, actorId: string | null, at: string | null) => {
    if (at !== null) told.push(composeNotification(kind, m, actorId, { settings, now: new Date(at), member: (id) => byId.get(id) }));
  };
  for (const m of mentorships) {
    const recipient = m.requesterId === m.mentorId ? m.menteeId : m.mentorId;
    tell('request', m, m.requesterId, m.createdAt);
    const answer = ANSWER[m.state];
    // Who answered: the recipient (accept, decline), the requester (withdraw), the clock (expiry).
    if (answer) tell(answer, m, answer === 'withdrawn' ? m.requesterId : answer === 'expired' ? null : recipient, m.respondedAt ?? m.endedAt);
    const close = CLOSE[m.state];
    if (close) tell(close, m, m.mentorId, m.endedAt);
  }
  return told.sort((a, b) => a.at.localeCompare(b.at));
}
