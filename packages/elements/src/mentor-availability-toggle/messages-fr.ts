// Strings of <mentor-availability-toggle> in French, typed by the English ones. i18n/fr.ts gathers every element's
// French strings into the one French catalog, downloaded only on French pages.
import type { availabilityEn } from './messages.ts';

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
