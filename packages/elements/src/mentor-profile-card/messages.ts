// Strings of <mentor-profile-card>, its profile dialog and its request form, English and French.
// Numbers arrive already formatted where the words around them do not depend on them.

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);
// French treats 0 and 1 as singular ("0 place libre").
const pluralFr = (n: number, one: string, other: string) => (n <= 1 ? one : other);

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
  'card.requestSent': (date: string) => `Request sent · expires ${date}`,
  'card.requestReceived': (date: string) => `Waiting for your answer · expires ${date}`,
  'card.yourMentor': 'Already your mentor',
  'card.yourMentee': 'Already your mentee',
  'card.partners': 'Already in a mentorship with you',
  'card.enrolAsMentee': 'Enrol as a mentee to send requests',
  'card.enrolAsMentor': 'Enrol as a mentor to invite mentees',

  // The fuller profile
  'card.profile.about': 'About',
  'card.profile.offers': 'What they offer as a mentor',
  'card.profile.seeks': 'What they are looking for as a mentee',
  'card.profile.languages': 'Languages',
  'card.profile.meetingModes': 'Ways to meet',
  'card.profile.links': 'Links',
  'card.profile.contact': 'Contact',

  // The request form
  'card.form.askMentor': (name: string) => `Ask ${name} to be your mentor`,
  'card.form.inviteMentee': (name: string) => `Invite ${name} to be your mentee`,
  'card.form.areas': 'Areas of guidance',
  'card.form.goals': 'Your goals',
  'card.form.term': 'Term',
  'card.form.meetingMode': 'Preferred way to meet',
  'card.form.message': 'Message (optional)',
  'card.form.send': 'Send',
  'card.form.sending': 'Sending…',
  'card.form.areasRequired': 'Choose at least one area of guidance.',
  'card.form.goalsRequired': 'Say what you hope to achieve.',
  'card.form.checkField': 'Please check this field.',
};

export const cardFr: typeof cardEn = {
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
