// Strings of <mentor-search> in French, typed by the English ones. i18n/fr.ts gathers every element's
// French strings into the one French catalog, downloaded only on French pages.
import type { searchEn } from './messages.ts';

// French treats 0 and 1 as singular ("0 mentor", "1 mentor", "2 mentors").
const frPlural = (n: number, one: string, other: string) => (n <= 1 ? one : other);

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
