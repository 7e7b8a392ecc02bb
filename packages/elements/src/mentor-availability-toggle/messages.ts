// Strings of <mentor-availability-toggle>, English and French. en.ts and fr.ts gather every element's strings.
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

export const availabilityFr: typeof availabilityEn = {
  'availability.title': 'Disponibilité',
  'availability.switch': 'Ne pas participer temporairement',
  'availability.participating': 'Vous participez : les membres peuvent vous trouver et vous envoyer des demandes.',
  'availability.pausedUntil': (date) => `Vous ne participez pas jusqu’au ${date}.`,
  'availability.pausedOpen': 'Vous ne participez pas jusqu’à ce que vous repreniez.',
  'availability.effect': (paused, active, count) =>
    `${paused ? 'Vous' : 'Si vous faites une pause, vous'} n’apparaîtrez pas dans les recherches et ne recevrez pas de nouvelles demandes` +
    (active === 0 ? '.' : active === 1 ? ' ; votre mentorat en cours continue.' : ` ; vos ${count} mentorats en cours continuent.`),
  'availability.awaiting': (n, count) =>
    n === 1 ? 'Vous pouvez encore répondre à la demande qui vous attend.' : `Vous pouvez encore répondre aux ${count} demandes qui vous attendent.`,
  'availability.returnDate': 'Date de retour (facultatif)',
  'availability.datePast': 'Choisissez aujourd’hui ou une date ultérieure, ou laissez vide.',
  'availability.dateBad': 'Saisissez une date complète, ou laissez vide.',
  'availability.capacity': 'Mentorés que vous accompagnez',
  'availability.active': (_n, count) => `${count} en cours`,
  'availability.capacityBad': (max) => `Saisissez un nombre entier de 1 à ${max}.`,
  'availability.full': 'Toutes vos places sont prises : les mentorés ne peuvent plus vous envoyer de demande jusqu’à ce qu’une place se libère.',
  'availability.saving': 'Enregistrement…',
  'availability.nowPaused': 'Vous ne participez plus temporairement.',
  'availability.welcomeBack': 'Bon retour ! Vous participez de nouveau.',
  'availability.saved': 'Votre disponibilité est enregistrée.',
  'availability.notSaved': (why) => `Votre modification n’a pas été enregistrée. ${why}`,
  'availability.enrol': 'Inscrivez-vous au programme de mentorat pour indiquer votre disponibilité.',
};
