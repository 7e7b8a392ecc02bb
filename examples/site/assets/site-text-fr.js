// The example site's own words in French, loaded only when a visitor picks French (site-text.js's
// `siteWords`): an English page downloads no other language. Written by the mentor-match team, not yet reviewed
// by native speakers, like the elements' catalogs: a native speaker may improve them through a pull request.
import { SOCIETY } from './site-text.js';

export const WORDS = {
  /** Each key names an element's `data-i18n` (its text) or `data-i18n-label` (its aria-label). */
  text: {
    skip: 'Aller au contenu',
    signedInAs: 'Connecté en tant que',
    loadingMembers: 'Chargement des membres…',
    serverDown: 'Le serveur de démonstration n’a pas répondu',
    language: 'Langue',
    settings: 'Réglages de la démonstration',
    mainNav: 'Navigation principale',
    home: 'Accueil',
    findMentor: 'Trouver un mentor',
    findMentee: 'Trouver un mentoré',
    forWebTeams: 'Pour les équipes web',
    programOffice: 'Bureau du programme',
    programOfficeLede: 'L’équipe du programme voit ici le programme : chiffres, membres, mentorats, demandes en attente, signalements, évaluations, journal d’audit et réglages. Choisissez « Bureau du programme » sous « Connecté en tant que ».',
    myMentoring: 'Mon mentorat',
    enrol: 'Inscription',
    cohort: 'Candidater à une cohorte',
    cohortNav: 'Cohorte',
    cohortLede:
      'Une fois par an, l’équipe du programme forme les binômes de tous les candidats d’une cohorte : chaque mentoré avec un mentor, ' +
      'selon les sujets, le secteur et le lieu. Candidatez pendant la période ouverte ; vous pouvez modifier ou retirer votre candidature jusqu’à sa clôture.',
    cohortPlayTitle: 'Jouez l’équipe, puis les deux rôles',
    cohortPlay1: 'Sous « Connecté en tant que », choisissez « Bureau du programme ». Dans le Bureau du programme, ouvrez Cohortes, examinez la cohorte ouverte, proposez les binômes et publiez-les.',
    cohortPlay2: 'Choisissez un mentoré candidat : son binôme proposé l’attend dans Mon mentorat, avec les raisons. Acceptez-le.',
    cohortPlay3: 'Choisissez son mentor et acceptez aussi : vous voyez tous deux le mentorat en cours pour la durée de la cohorte.',
    cohortPlay4: 'Ou refusez en donnant une raison : l’équipe la lit, et le tour suivant propose quelqu’un d’autre.',
    footer:
      `${SOCIETY} · une association imaginaire qui montre mentor-match sur une page de CMS. ` +
      'Tous les membres sont inventés ; ce que vous faites reste sur ce serveur de démonstration.',
    homeTitle: 'Le mentorat à Northbridge',
    homeLede:
      'Chaque ingénieur se souvient de la personne qui lui a appris le métier. Notre programme de mentorat réunit ' +
      'des membres qui cherchent conseil et des membres passés par là avant eux : pour trois mois, un an, ou entre les deux.',
    howTitle: 'Comment ça marche',
    how1: 'Trouvez un mentor par thème, secteur, étape de carrière, langue ou fuseau horaire. Chaque résultat dit pourquoi il vous correspond.',
    how2: 'Envoyez une demande depuis son profil : les domaines d’accompagnement souhaités, vos objectifs, la durée et la façon de vous rencontrer.',
    how3: 'Votre mentor accepte, refuse ou met la demande de côté. Une demande sans réponse expire après 30 jours.',
    tryTitle: 'Essayez les deux rôles',
    tryText:
      'Ceci est une démonstration : choisissez n’importe quel membre sous « Connecté en tant que » en haut de la page. ' +
      'Envoyez une demande comme mentoré, puis connectez-vous comme le mentor pour la voir arriver.',
    findMentorLede:
      'Laissez les critères vides pour voir tous les mentors qui ont une place, les meilleurs d’abord, ou affinez la liste. ' +
      'Ouvrez un nom pour le profil complet ; « Demander un mentorat » envoie votre demande.',
    tipsTitle: 'Une bonne demande',
    tip1: 'Dites en une phrase ou deux ce que vous espérez atteindre pendant la durée choisie.',
    tip2: 'Choisissez les domaines d’accompagnement souhaités ; votre mentor les voit en premier.',
    tip3: 'Les mentors répondent sous 30 jours ; vous pouvez retirer une demande tant qu’elle attend.',
    findMenteeLede:
      'Les membres qui cherchent un mentor, les meilleurs d’abord. Invitez quelqu’un dont vous pouvez servir les objectifs : ' +
      'la personne accepte ou refuse, comme pour toute demande.',
    mentorTitle: 'Être mentor prend une heure par mois',
    mentorText:
      'La plupart des binômes se voient une ou deux fois par mois, en visio ou autour d’un café. Vous choisissez combien de mentorés vous accompagnez.',
    myMentoringLede:
      'Les demandes qui attendent votre réponse, celles que vous avez envoyées, vos mentorats en cours et votre historique. ' +
      'Une fois une demande acceptée, vous et votre binôme voyez les coordonnées l’un de l’autre.',
    playTitle: 'Jouez les deux rôles',
    play1: 'Comme mentoré, trouvez un mentor et envoyez une demande.',
    play2: 'Choisissez ce mentor sous « Connecté en tant que » : la demande attend ici. Acceptez-la.',
    play3: 'Revenez au mentoré : vous voyez tous deux le mentorat en cours, avec l’e-mail de l’autre.',
    play4: 'Absent quelque temps ? Suspendez votre participation : vous quittez les résultats de recherche, vos mentorats continuent.',
    play5: 'Marquez-le terminé, puis donnez votre avis, de chaque côté.',
    emailPreferences: 'Préférences d’e-mail',
    emailPreferencesLede:
      'À quelle fréquence le programme de mentorat vous écrit, et dans quelle langue. Quel que soit votre choix, tout reste dans ' +
      'vos notifications, sous la cloche de « Mon mentorat ».',
    emailPreferencesLink: 'À quelle fréquence nous vous écrivons : préférences d’e-mail',
    emailTipsTitle: 'Vous venez d’un e-mail ?',
    emailTips:
      'Le lien « Ne plus recevoir ces e-mails » en bas de chaque e-mail mène ici : il a choisi « Seulement les e-mails essentiels ». ' +
      'Pour recevoir à nouveau les autres, choisissez une fréquence et enregistrez.',
    enrolLede:
      'Rejoignez le programme comme mentor, mentoré ou les deux, ou modifiez votre profil : ce que vous proposez ou cherchez, ' +
      'comment vous aimez vous rencontrer, et qui voit quoi. Vos coordonnées ne sont montrées qu’aux binômes que vous acceptez.',
    enrolTipsTitle: 'Première visite ?',
    enrolTips:
      'Choisissez « Un nouveau membre (pas inscrit) » sous « Connecté en tant que » pour vous inscrire depuis le début, ' +
      'ou n’importe quel membre pour modifier son profil. Après votre inscription comme mentoré, trouvez un mentor.',
  },
  /** What the "Signed in as" list says of each member. */
  roles: { mentor: 'mentor', mentee: 'mentoré', both: 'mentor et mentoré', paused: 'participation suspendue', newMember: 'Un nouveau membre (pas inscrit)', office: 'Bureau du programme (équipe)' },
  /** The "My mentoring" link's description when requests wait, per plural form (`#` is the count). */
  waiting: { one: '# demande en attente', other: '# demandes en attente' },
};
