// Strings of <mentor-profile-card> in English, registered when the card is imported. The profile dialog's
// and the request form's are in their own modules, loaded with them on first open (French: messages-fr.ts).
// Numbers arrive already formatted where the words around them do not depend on them.

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const cardEn = {
  'card.requestAsMentor': 'Request as mentor',
  'card.inviteAsMentee': 'Invite as mentee',

  'card.loading': 'Loading the profile…',
  'card.photoOf': (name: string) => `Photo of ${name}`,
  'card.localTime': (time: string) => `${time} local time`,
  'card.ahead': (hours: string) => `${hours} h ahead`,
  'card.behind': (hours: string) => `${hours} h behind`,
  'card.topics': 'Topics',
  'card.speaks': (languages: string) => `Speaks ${languages}`,
  'card.places': (open: number, capacity: number) => `${open} of ${capacity} ${plural(capacity, 'place', 'places')} open`,

  // Why a search hit matches (MatchReason), worded here from data
  'card.reasons': 'Why this match',
  'card.reason.topics': (count: number, topics: string) =>
    `Shares ${count} ${plural(count, 'topic', 'topics')}: ${topics}`,
  'card.reason.industry': 'Same industry',
  'card.reason.more-experienced': 'More experienced',
  'card.reason.same': 'Same career stage',
  'card.reason.less-experienced': 'Earlier in their career',
  'card.reason.languages': (languages: string) => `Both speak ${languages}`,
  'card.reason.sameZone': 'Same time zone',
  'card.reason.hoursApart': (hours: string) => `${hours} h apart`,
  'card.reason.meets': (ways: string) => `Meets ${ways}`,
  'card.meet.email': 'by email',
  'card.meet.phone': 'by phone',
  'card.meet.video': 'by video',
  'card.meet.in-person': 'in person',

  // Why the badge cannot be used, or what it led to
  'card.self': 'This is you',
  'card.paused': 'Temporarily not participating',
  'card.pausedUntil': (date: string) => `Temporarily not participating · back ${date}`,
  'card.full': 'No places left',
  'card.viewerFull': 'Your places as a mentor are all taken',
  'card.requestSent': (date: string) => `Request sent · expires ${date}`,
  'card.requestReceived': (date: string) => `Waiting for your answer · expires ${date}`,
  'card.yourMentor': 'Already your mentor',
  'card.yourMentee': 'Already your mentee',
  'card.partners': 'Already in a mentorship with you',
  'card.enrolAsMentee': 'Enrol as a mentee to send requests',
  'card.enrolAsMentor': 'Enrol as a mentor to invite mentees',
};
