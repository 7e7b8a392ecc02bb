// French: <mentor-notification-preferences>'s strings (preferences-en.ts says why they are apart).
import type { PreferencesMessages } from './preferences-en.ts';

export const preferencesFr: PreferencesMessages = {
  'preferences.heading': 'Préférences d’e-mail',
  'preferences.intro': 'Tout ce qui se passe reste dans vos notifications sur ce site. Choisissez à quelle fréquence nous vous l’envoyons aussi par e-mail, et dans quelle langue.',
  'preferences.loading': 'Chargement de vos préférences d’e-mail…',
  'preferences.unsupported': 'Ce programme ne propose pas de préférences d’e-mail.',
  'preferences.frequency': 'Fréquence des e-mails',
  'preferences.immediately': 'Au fil de l’eau',
  'preferences.immediatelyHint': 'Un e-mail pour chaque demande, réponse, rappel et relance.',
  'preferences.daily': 'Résumé quotidien',
  'preferences.dailyHint': 'Au plus un e-mail par jour, qui récapitule ce qui s’est passé.',
  'preferences.weekly': 'Résumé hebdomadaire',
  'preferences.weeklyHint': 'Au plus un e-mail par semaine, qui récapitule ce qui s’est passé.',
  'preferences.never': 'Seulement les e-mails essentiels',
  'preferences.neverHint': 'Rien d’autre par e-mail : vous le lisez dans vos notifications ici.',
  'preferences.essential': 'Toujours envoyés aussitôt, quel que soit votre choix : les décisions du bureau du programme sur votre participation (approbation comme mentor, mise en pause, suspension) et ses réponses aux signalements que vous avez faits.',
  'preferences.language': 'Langue des e-mails',
  'preferences.languageHint': 'Vos e-mails et vos notifications sur ce site sont rédigés dans cette langue. Automatique : la langue de votre profil si elle en fait partie, sinon l’anglais.',
  'preferences.languageDefault': (language) => `Automatique (${language})`,
  'preferences.unsubscribed': 'Vous vous êtes désabonné de ces e-mails : seuls les essentiels vous sont envoyés. Pour recevoir à nouveau les autres, choisissez une fréquence et enregistrez.',
  'preferences.save': 'Enregistrer les préférences',
  'preferences.saving': 'Enregistrement…',
  'preferences.saved': (choice, language) => `Enregistré : ${choice}, en ${language}.`,
  'preferences.kept': 'Vos choix sont toujours sélectionnés : enregistrez à nouveau quand vous voulez.',
};
