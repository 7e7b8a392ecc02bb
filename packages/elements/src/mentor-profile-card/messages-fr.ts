// Strings of <mentor-profile-card>, its profile dialog and its request form in French; i18n/fr.ts gathers
// every element's French strings into the one French catalog, which is downloaded only on French pages.
import type { cardEn } from './messages.ts';
import type { profileDialogEn } from './profile-dialog-messages.ts';
import type { requestFormEn } from './request-form-messages.ts';

// French treats 0 and 1 as singular ("0 place libre").
const pluralFr = (n: number, one: string, other: string) => (n <= 1 ? one : other);

export const cardFr: typeof cardEn & typeof profileDialogEn & typeof requestFormEn = {
  'card.requestAsMentor': 'Demander comme mentor',
  'card.inviteAsMentee': 'Inviter comme mentoré',

  'card.loading': 'Chargement du profil…',
  'card.photoOf': (name) => `Photo de ${name}`,
  'card.localTime': (time) => `${time} heure locale`,
  'card.ahead': (hours) => `${hours} h d’avance`,
  'card.behind': (hours) => `${hours} h de retard`,
  'card.topics': 'Thèmes',
  'card.speaks': (languages) => `Parle ${languages}`,
  'card.places': (open, capacity) =>
    `${open} ${pluralFr(open, 'place libre', 'places libres')} sur ${capacity}`,

  'card.reasons': 'Pourquoi ce profil',
  'card.reason.topics': (count, topics) => `${count} ${pluralFr(count, 'thème', 'thèmes')} en commun : ${topics}`,
  'card.reason.industry': 'Même secteur',
  'card.reason.more-experienced': 'Plus expérimenté',
  'card.reason.same': 'Même étape de carrière',
  'card.reason.less-experienced': 'Plus tôt dans sa carrière',
  'card.reason.languages': (languages) => `Vous parlez tous deux ${languages}`,
  'card.reason.sameZone': 'Même fuseau horaire',
  'card.reason.hoursApart': (hours) => `${hours} h d’écart`,
  'card.reason.meets': (ways) => `Rencontres ${ways}`,
  'card.meet.email': 'par e-mail',
  'card.meet.phone': 'par téléphone',
  'card.meet.video': 'en visio',
  'card.meet.in-person': 'en personne',

  'card.self': 'C’est vous',
  'card.paused': 'Ne participe pas temporairement',
  'card.pausedUntil': (date) => `Ne participe pas temporairement · retour le ${date}`,
  'card.full': 'Plus de place',
  'card.viewerFull': 'Vos places de mentor sont toutes prises',
  'card.requestSent': (date) => `Demande envoyée · expire le ${date}`,
  'card.requestReceived': (date) => `En attente de votre réponse · expire le ${date}`,
  'card.yourMentor': 'Déjà votre mentor',
  'card.yourMentee': 'Déjà votre mentoré',
  'card.partners': 'Déjà en mentorat avec vous',
  'card.enrolAsMentee': 'Inscrivez-vous comme mentoré pour envoyer des demandes',
  'card.enrolAsMentor': 'Inscrivez-vous comme mentor pour inviter des mentorés',

  'card.profile.about': 'À propos',
  'card.profile.offers': 'Ce qu’il ou elle propose comme mentor',
  'card.profile.seeks': 'Ce qu’il ou elle recherche comme mentoré',
  'card.profile.languages': 'Langues',
  'card.profile.meetingModes': 'Façons de se rencontrer',
  'card.profile.links': 'Liens',
  'card.profile.contact': 'Contact',

  'card.form.askMentor': (name) => `Demander à ${name} d’être votre mentor`,
  'card.form.inviteMentee': (name) => `Inviter ${name} à être votre mentoré`,
  'card.form.areas': 'Domaines d’accompagnement',
  'card.form.goals': 'Vos objectifs',
  'card.form.term': 'Durée',
  'card.form.meetingMode': 'Façon de se rencontrer',
  'card.form.message': 'Message (facultatif)',
  'card.form.send': 'Envoyer',
  'card.form.sending': 'Envoi…',
  'card.form.areasRequired': 'Choisissez au moins un domaine d’accompagnement.',
  'card.form.goalsRequired': 'Dites ce que vous espérez atteindre.',
  'card.form.checkField': 'Veuillez vérifier ce champ.',
};
