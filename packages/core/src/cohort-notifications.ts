// What cohorts tell members (issue 14), and the words: a published match (each side), a decline (the other
// side), both accepts (both), an expiry (both), the term's end coming (both), an extension asked and made, and
// the end of the term with the invitation to the next cohort. All of it is the program's word, never held back
// by the cap on what one member causes another (`causedBy` null), like the program office's.
import type { Notification } from './notifications.ts';
import type { Cohort } from './schemas/cohort.ts';
import type { Member } from './schemas/member.ts';
import type { ProgramSettings } from './schemas/settings.ts';

export const COHORT_NOTIFICATION_KINDS = [
  'cohort-match-proposed', 'cohort-match-declined', 'cohort-match-accepted', 'cohort-match-expired', 'cohort-term-ending',
  'cohort-extension-asked', 'cohort-extended', 'cohort-completed',
] as const;
export type CohortNotificationKind = (typeof COHORT_NOTIFICATION_KINDS)[number];

export interface CohortNotificationFacts {
  settings: ProgramSettings;
  now: Date;
  to: Member;
  other: Member;
  cohort: Cohort;
  mentorshipId?: string | null;
  /** The date it is about: the end of the term, the extension asked for, the answer's deadline. */
  date?: string | null;
  /** The cohort members are invited to next (`cohort-completed`), if there is one. */
  next?: Cohort | null;
}

const day = (instant: string | null | undefined): string => (instant ?? '').slice(0, 10);

function wording(kind: CohortNotificationKind, facts: CohortNotificationFacts): { subject: string; lines: string[] } {
  const { other, cohort, date, next } = facts;
  const name = other.name;
  switch (kind) {
    case 'cohort-match-proposed':
      return {
        subject: `${cohort.name}: you have a proposed match`,
        lines: [`The program office proposes ${name} as your partner in ${cohort.name}.`, `Please accept or decline by ${day(date)}.`],
      };
    case 'cohort-match-declined':
      return {
        subject: `${cohort.name}: your proposed match will not go ahead`,
        lines: [`Your proposed match with ${name} will not go ahead.`, 'You are back in the pool: the next matching proposes someone else.'],
      };
    case 'cohort-match-accepted':
      return {
        subject: `${cohort.name}: your mentorship with ${name} has started`,
        lines: [`You and ${name} both accepted: your mentorship is active until ${day(date)}.`],
      };
    case 'cohort-match-expired':
      return {
        subject: `${cohort.name}: your proposed match has expired`,
        lines: [`The proposed match with ${name} was not answered in time.`, 'You are back in the pool for the next matching.'],
      };
    case 'cohort-term-ending':
      return {
        subject: `${cohort.name}: your mentorship with ${name} ends on ${day(date)}`,
        lines: [`Your mentorship with ${name} ends on ${day(date)}.`, 'You can mark it completed, or both agree to extend it.'],
      };
    case 'cohort-extension-asked':
      return {
        subject: `${name} asks to extend your mentorship`,
        lines: [`${name} asks to extend your mentorship until ${day(date)}.`, 'Agree to the same date to extend it.'],
      };
    case 'cohort-extended':
      return { subject: `Your mentorship with ${name} is extended`, lines: [`You both agreed: your mentorship with ${name} now ends on ${day(date)}.`] };
    case 'cohort-completed':
      return {
        subject: `${cohort.name}: your mentorship with ${name} is complete`,
        lines: [
          `Your mentorship with ${name} reached the end of its term and is complete. You can leave feedback.`,
          next
            ? `You are invited to apply to the next cohort, ${next.name}: applications are open until ${day(next.applicationsCloseAt)}.`
            : 'You are invited to apply to the next cohort when it opens.',
        ],
      };
  }
}

export function composeCohortNotification(kind: CohortNotificationKind, facts: CohortNotificationFacts): Notification {
  const { to, settings, now } = facts;
  const { subject, lines } = wording(kind, facts);
  const contact = settings.contactEmail ? ['', `Questions? Write to the program office: ${settings.contactEmail}`] : [];
  return {
    to: to.email,
    memberId: to.id,
    kind,
    mentorshipId: facts.mentorshipId ?? null,
    causedBy: null,
    subject,
    text: [`Dear ${to.name},`, '', ...lines, ...contact, '', `— ${settings.name}`].join('\n'),
    at: now.toISOString(),
  };
}
