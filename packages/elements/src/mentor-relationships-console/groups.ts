// The viewer's mentorships sorted into the console's three sections. Pure: data in, lists out.
import type { Mentorship, MentorshipItem } from '@mentor-match/core';
import { awaitsAnswerFrom, isOpen, partnerOf } from '@mentor-match/core/lifecycle';

export interface Groups {
  /** Requests waiting for the viewer's answer (soonest to expire first), then the viewer's own. */
  pending: MentorshipItem[];
  active: MentorshipItem[];
  /** Every other state, most recently ended first. */
  ended: MentorshipItem[];
  /** Requests waiting for the viewer's answer: the navigation badge's number. */
  awaiting: number;
}

/** The partner asked: the viewer is the one to answer. */
export const isIncoming = ({ mentorship, partner }: MentorshipItem): boolean => mentorship.requesterId === partner.id;

/** Open and waiting for the viewer's answer, by core's rule (the one the viewer's `awaitingResponse` counts). */
const awaitsViewer = ({ mentorship, partner }: MentorshipItem): boolean =>
  awaitsAnswerFrom(mentorship, partnerOf(mentorship, partner.id));

/** The viewer mentors in this mentorship (the partner is the mentee). */
export const viewerMentors = ({ mentorship, partner }: MentorshipItem): boolean => mentorship.menteeId === partner.id;

const time = (value: string | null): number => (value ? Date.parse(value) : 0);
const endedAt = (m: Mentorship): number => time(m.endedAt ?? m.respondedAt ?? m.expiresAt);

export function groupItems(items: readonly MentorshipItem[]): Groups {
  const open = items.filter((item) => isOpen(item.mentorship.state));
  const incoming = items
    .filter(awaitsViewer)
    .sort((a, b) => time(a.mentorship.expiresAt) - time(b.mentorship.expiresAt));
  return {
    pending: [...incoming, ...open.filter((item) => !awaitsViewer(item))],
    active: items.filter((item) => item.mentorship.state === 'active'),
    ended: items
      .filter((item) => !isOpen(item.mentorship.state) && item.mentorship.state !== 'active')
      .sort((a, b) => endedAt(b.mentorship) - endedAt(a.mentorship)),
    awaiting: incoming.length,
  };
}
