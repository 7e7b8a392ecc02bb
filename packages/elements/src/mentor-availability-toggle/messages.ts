// Strings of <mentor-availability-toggle> in English, registered into the
// English catalog when the element's module is imported (French: messages-fr.ts).
// Counts arrive twice: the number (to choose the plural form) and its localised spelling.

export const availabilityEn = {
  'availability.title': 'Availability',
  'availability.switch': 'Temporarily not participating',
  'availability.participating': 'You are participating: members can find you and send you requests.',
  'availability.pausedUntil': (date: string) => `You are not participating until ${date}.`,
  'availability.pausedOpen': 'You are not participating until you resume.',
  'availability.effect': (paused: boolean, active: number, count: string) =>
    `${paused ? 'You' : 'If you pause, you'} won't appear in search and won't receive new requests` +
    (active === 0 ? '.' : active === 1 ? '; your active mentorship continues.' : `; your ${count} active mentorships continue.`),
  'availability.awaiting': (n: number, count: string) =>
    n === 1 ? 'You can still answer the request waiting for you.' : `You can still answer the ${count} requests waiting for you.`,
  'availability.returnDate': 'Return date (optional)',
  'availability.datePast': 'Choose today or a later date, or leave it empty.',
  'availability.dateBad': 'Enter a complete date, or leave it empty.',
  'availability.capacity': 'Mentees you take',
  'availability.active': (_n: number, count: string) => `${count} active`,
  'availability.capacityBad': (max: string) => `Enter a whole number from 1 to ${max}.`,
  'availability.full': 'All your places are taken: mentees cannot send you requests until one opens.',
  'availability.saving': 'Saving…',
  'availability.nowPaused': 'You are now temporarily not participating.',
  'availability.welcomeBack': 'Welcome back! You are participating again.',
  'availability.saved': 'Your availability is saved.',
  'availability.notSaved': (why: string) => `Your change was not saved. ${why}`,
  'availability.enrol': 'Enrol in the mentoring program to set your availability.',
};
