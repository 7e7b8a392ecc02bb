// French: one catalog with every element's strings (their messages-fr.ts), downloaded only on French
// pages. Typed as Messages: a key missing here fails the type-check.
import type { Messages } from './en.ts';
import { searchFr } from '../mentor-search/messages-fr.ts';
import { cardFr } from '../mentor-profile-card/messages-fr.ts';
import { consoleFr } from '../mentor-relationships-console/messages-fr.ts';
import { availabilityFr } from '../mentor-availability-toggle/messages-fr.ts';
import { enrollmentFr } from '../mentor-enrollment/messages-fr.ts';

export const fr: Messages = {
  ...searchFr,
  ...cardFr,
  ...consoleFr,
  ...availabilityFr,
  ...enrollmentFr,

  'program.missing':
    'Ce module de mentorat n’est pas encore connecté. Placez-le dans <mentor-program api="…"> (ou <mentor-program demo>), ou définissez .adapter par script.',
  'program.loading': 'Chargement du programme de mentorat…',
  'program.signIn': 'Connectez-vous au site des membres pour participer au mentorat.',

  'error.unauthenticated': 'Veuillez vous connecter au site des membres pour continuer.',
  'error.forbidden': 'Vous n’êtes pas autorisé à faire cela.',
  'error.not-found': 'Élément introuvable. Il a peut-être été supprimé.',
  'error.conflict': 'Quelque chose a changé entre-temps. La liste a été actualisée.',
  'error.capacity-reached': 'Une limite a été atteinte : l’opération ne peut pas aboutir.',
  'error.unavailable': 'Ce membre n’accepte pas de demandes pour le moment.',
  'error.expired': 'Cette demande a expiré.',
  'error.validation': 'Des informations manquent ou ne sont pas valides. Vérifiez les champs signalés.',
  'error.network': 'Impossible de joindre le service de mentorat. Vérifiez votre connexion et réessayez.',
  'error.invalid-response': 'Le service de mentorat a envoyé une réponse illisible. Réessayez plus tard.',
  'reason.self': 'Vous ne pouvez pas vous envoyer une demande.',
  'reason.not-enrolled': 'Ce membre n’est pas inscrit dans ce rôle.',
  'reason.requester-not-enrolled': 'Inscrivez-vous d’abord au programme de mentorat pour envoyer des demandes.',
  'reason.paused': 'Ce membre ne participe pas temporairement.',
  'reason.requester-paused': 'Vous ne participez pas temporairement. Reprenez votre participation pour envoyer des demandes.',
  'reason.mentor-full': 'Ce mentor n’a plus de place.',
  'reason.mentors-per-mentee': 'Vous avez déjà le nombre maximal de mentors autorisé par le programme.',
  'reason.open-request-limit': 'Vous avez atteint la limite de demandes en attente. Attendez des réponses ou retirez-en une.',
  'reason.duplicate': 'Vous avez déjà une demande en cours ou un mentorat avec ce membre.',
  'reason.state': 'Cette demande a déjà reçu une réponse ou a été clôturée.',
  'reason.stale': 'Quelqu’un a répondu entre-temps. La liste a été actualisée.',
  'reason.code-of-conduct': 'Veuillez accepter le code de conduite pour continuer.',
  'reason.feedback-given': 'Vous avez déjà donné votre avis.',
  'reason.timeout': 'Le service de mentorat a mis trop de temps à répondre. Réessayez.',
  'reason.aborted': 'La demande a été annulée.',
  'error.details': 'Détails pour l’équipe web',
  'action.retry': 'Réessayer',
  'action.close': 'Fermer',
  'action.cancel': 'Annuler',

  'meetingMode.email': 'E-mail',
  'meetingMode.phone': 'Téléphone',
  'meetingMode.video': 'Visioconférence',
  'meetingMode.in-person': 'En personne',

  'role.mentor': 'Mentor',
  'role.mentee': 'Mentoré',
  'months': (n: number) => `${n} mois`,
  'hoursApart': (h: number) => (h === 0 ? 'même fuseau horaire' : `${h} h d’écart`),
};
