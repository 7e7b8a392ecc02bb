// Strings of <mentor-search>, English and French. en.ts and fr.ts gather every element's strings.
// Counts arrive twice: the number (to choose the plural form) and its localised spelling ("1,234" / "1 234").

const enPlural = (n: number, one: string, other: string) => (n === 1 ? one : other);
// French treats 0 and 1 as singular ("0 mentor", "1 mentor", "2 mentors").
const frPlural = (n: number, one: string, other: string) => (n <= 1 ? one : other);

export const searchEn = {
  'search.findMentors': 'Find a mentor',
  'search.findMentees': 'Find a mentee',

  'search.topics': 'Topics',
  'search.topicsAny': 'any',
  'search.topicsSelected': (_n: number, count: string) => `${count} selected`,
  'search.industry': 'Industry',
  'search.industryAny': 'Any industry',
  'search.careerStage': 'Career stage',
  'search.careerStageAny': 'Any career stage',
  'search.language': 'Language',
  'search.languageAny': 'Any language',
  'search.country': 'Country',
  'search.countryAny': 'Any country',
  'search.timeZone': 'Time difference',
  'search.timeZoneAny': 'Any',
  'search.withinHours': (h: number) => `Within ${h} ${enPlural(h, 'hour', 'hours')} of me`,
  'search.meetingMode': 'Meeting mode',
  'search.meetingModeAny': 'Any way of meeting',
  'search.text': 'Keywords',
  'search.textHint': 'Searches names, headlines, statements and topics.',
  'search.submit': 'Search',
  'search.clear': 'Clear',

  'search.searching': 'Searching…',
  'search.count.mentors': (n: number, count: string) =>
    n === 0 ? 'No mentors found' : `${count} ${enPlural(n, 'mentor', 'mentors')} found`,
  'search.count.mentees': (n: number, count: string) =>
    n === 0 ? 'No mentees found' : `${count} ${enPlural(n, 'mentee', 'mentees')} found`,
  'search.empty.mentors':
    'No mentor matches all of these criteria. Try fewer topics, a wider time difference or fewer keywords.',
  'search.empty.mentees':
    'No mentee matches all of these criteria. Try fewer topics, a wider time difference or fewer keywords.',
  'search.none.mentors': 'No mentors are available at the moment. Please check back later.',
  'search.none.mentees': 'No mentees are looking for a mentor at the moment. Please check back later.',
  'search.clearCriteria': 'Clear all criteria',
  'search.showing': (shown: string, total: string) => `Showing ${shown} of ${total}`,
  'search.showMore': 'Show more',
  'search.loadingMore': 'Loading more…',
  'search.notEnrolled.mentors': 'You can look around now. To send a request, enrol in the mentoring program as a mentee.',
  'search.notEnrolled.mentees': 'You can look around now. To invite a mentee, enrol in the mentoring program as a mentor.',
};

export const searchFr: typeof searchEn = {
  'search.findMentors': 'Trouver un mentor',
  'search.findMentees': 'Trouver un mentoré',

  'search.topics': 'Thèmes',
  'search.topicsAny': 'tous',
  'search.topicsSelected': (n: number, count: string) => `${count} ${frPlural(n, 'sélectionné', 'sélectionnés')}`,
  'search.industry': 'Secteur',
  'search.industryAny': 'Tous les secteurs',
  'search.careerStage': 'Étape de carrière',
  'search.careerStageAny': 'Toutes les étapes',
  'search.language': 'Langue',
  'search.languageAny': 'Toutes les langues',
  'search.country': 'Pays',
  'search.countryAny': 'Tous les pays',
  'search.timeZone': 'Décalage horaire',
  'search.timeZoneAny': 'Indifférent',
  'search.withinHours': (h: number) => `${h} ${frPlural(h, 'heure', 'heures')} d’écart au plus`,
  'search.meetingMode': 'Mode de rencontre',
  'search.meetingModeAny': 'Tous les modes',
  'search.text': 'Mots-clés',
  'search.textHint': 'Cherche dans les noms, les titres, les présentations et les thèmes.',
  'search.submit': 'Rechercher',
  'search.clear': 'Effacer',

  'search.searching': 'Recherche en cours…',
  'search.count.mentors': (n: number, count: string) =>
    n === 0 ? 'Aucun mentor trouvé' : `${count} ${frPlural(n, 'mentor trouvé', 'mentors trouvés')}`,
  'search.count.mentees': (n: number, count: string) =>
    n === 0 ? 'Aucun mentoré trouvé' : `${count} ${frPlural(n, 'mentoré trouvé', 'mentorés trouvés')}`,
  'search.empty.mentors':
    'Aucun mentor ne répond à tous ces critères. Essayez avec moins de thèmes, un décalage horaire plus large ou moins de mots-clés.',
  'search.empty.mentees':
    'Aucun mentoré ne répond à tous ces critères. Essayez avec moins de thèmes, un décalage horaire plus large ou moins de mots-clés.',
  'search.none.mentors': 'Aucun mentor n’est disponible pour le moment. Revenez un peu plus tard.',
  'search.none.mentees': 'Aucun mentoré ne cherche de mentor pour le moment. Revenez un peu plus tard.',
  'search.clearCriteria': 'Effacer tous les critères',
  'search.showing': (shown: string, total: string) => `${shown} sur ${total} affichés`,
  'search.showMore': 'Afficher plus',
  'search.loadingMore': 'Chargement…',
  'search.notEnrolled.mentors':
    'Vous pouvez parcourir les profils. Pour envoyer une demande, inscrivez-vous au programme de mentorat comme mentoré.',
  'search.notEnrolled.mentees':
    'Vous pouvez parcourir les profils. Pour inviter un mentoré, inscrivez-vous au programme de mentorat comme mentor.',
};
