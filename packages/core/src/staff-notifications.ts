// What staff actions tell members (notifications.ts says who is told what of members' own actions): the words
// of each staff notification, with staff's reason and where to write back. A module of its own, imported by the
// staff service, so the in-page demo's member pages do not carry these words.
import { mentorshipParams, type Notification, type StaffNotificationKind } from './notifications.ts';
import type { Member } from './schemas/member.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { ProgramSettings } from './schemas/settings.ts';

/** What a staff notification is about: the member told, and the mentorship and partner where there is one. */
export interface StaffNotificationFacts {
  settings: ProgramSettings;
  now: Date;
  to: Member;
  /** The mentorship (pairing, end, withdrawal, a concern's); absent for the member's own standing. */
  mentorship?: Mentorship;
  /** The other member of the mentorship. */
  other?: Member;
  /** Staff's reason, or their reply to a concern. */
  text: string;
}

/** The notification of a staff action to one member concerned, with staff's reason and where to write back. */
export function composeStaffNotification(kind: StaffNotificationKind, facts: StaffNotificationFacts): Notification {
  const { to, settings } = facts;
  const { subject, lines } = staffWording(kind, facts);
  const contact = settings.contactEmail ? ['', `Questions? Write to the program office: ${settings.contactEmail}`] : [];
  return {
    to: to.email,
    memberId: to.id,
    kind,
    mentorshipId: facts.mentorship?.id ?? null,
    // The program's own word, not one member's: never held back by the cap on what one member causes another.
    causedBy: null,
    subject,
    text: [`Dear ${to.name},`, '', ...lines, ...contact, '', `— ${settings.name}`].join('\n'),
    at: facts.now.toISOString(),
    params: {
      ...(facts.mentorship && facts.other ? mentorshipParams(facts.mentorship, to.id, facts.other.name, settings) : {}),
      reason: facts.text,
    },
  };
}

function staffWording(kind: StaffNotificationKind, { to, mentorship: m, other, text, settings }: StaffNotificationFacts): { subject: string; lines: string[] } {
  const name = other?.name ?? 'your partner';
  const reason = [`Reason: ${text}`];
  switch (kind) {
    case 'paired': {
      const role = m?.mentorId === to.id ? 'mentee' : 'mentor';
      const areas = (m?.areas ?? []).map((id) => settings.topics.find((topic) => topic.id === id)?.label ?? id).join(', ');
      return {
        subject: `The program office paired you with ${name}`,
        lines: [
          `The program office has paired you with ${name}, who is now your ${role}.`,
          `Areas: ${areas}`,
          `Term: ${m?.termMonths ?? ''} months, until ${(m?.endsAt ?? '').slice(0, 10)}`,
          ...reason,
        ],
      };
    }
    case 'ended-by-staff':
      return { subject: `The program office ended your mentorship with ${name}`, lines: [`The program office ended your mentorship with ${name}.`, ...reason, 'You can leave feedback.'] };
    case 'withdrawn-by-staff':
      return { subject: `The program office withdrew the mentoring request between you and ${name}`, lines: [`The program office withdrew the mentoring request between you and ${name}.`, ...reason] };
    case 'paused-by-staff':
      return { subject: 'The program office paused your participation', lines: ['You no longer appear in searches and receive no new requests; your mentorships continue.', ...reason] };
    case 'resumed-by-staff':
      return { subject: 'You are taking part in the mentoring program again', lines: ['The program office resumed your participation: members can find you and send you requests again.', ...reason] };
    case 'approved':
      return { subject: 'You are approved as a mentor', lines: ['The program office approved you as a mentor: mentees can now find you and send you requests.', ...reason] };
    case 'approval-declined':
      return { subject: 'Your application as a mentor was not approved', lines: ['The program office did not approve you as a mentor.', ...reason] };
    case 'suspended':
      return { subject: 'Your participation in the mentoring program is suspended', lines: ['You no longer appear in searches, and cannot send or accept requests; your mentorships continue.', ...reason] };
    case 'suspension-lifted':
      return { subject: 'Your suspension from the mentoring program is lifted', lines: ['You can take part in the program again.', ...reason] };
    case 'concern-reply':
      return { subject: 'The program office replied to your concern', lines: ['The program office replied to the concern you raised:', '', text] };
  }
}
