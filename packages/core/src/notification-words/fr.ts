// French: the built-in wording of every notification (notification-templates.ts).
import type { LanguageWords } from './types.ts';

const asks = '{{#asMentor}}vous demande d’être son mentor{{/asMentor}}{{#asMentee}}vous invite à être son mentoré{{/asMentee}}';
const details = 'Domaines : {{areas}}\nDurée : {{term}} mois\nObjectifs : {{goals}}';
const reason = '{{#reason}}\nMotif : {{reason}}{{/reason}}';

export const fr: LanguageWords = {
  frame: {
    greeting: 'Bonjour {{member}},',
    signature: '— {{program}}',
    act: 'Ouvrir sur le site :',
    contact: 'Des questions ? Écrivez au bureau du programme :',
    preferences: 'Choisir quels e-mails vous recevez, et à quelle fréquence :',
    unsubscribe: 'Ne plus recevoir ces e-mails :',
  },
  kinds: {
    request: { subject: `{{other}} ${asks}`, body: `{{other}} ${asks}.\n${details}{{#message}}\n\n{{message}}{{/message}}\n\nMerci de répondre avant le {{expires}}.` },
    reminder: { subject: 'Rappel : la demande de mentorat de {{other}} expire le {{expires}}', body: `{{other}} ${asks} et attend votre réponse.\n${details}\n\nLa demande expire le {{expires}}.` },
    accepted: { subject: '{{other}} a accepté votre demande de mentorat', body: `{{other}} a accepté. Votre mentorat dure jusqu’au {{ends}}.\n${details}` },
    declined: { subject: '{{other}} a décliné votre demande de mentorat', body: `{{other}} a décliné votre demande.${reason}` },
    withdrawn: { subject: '{{other}} a retiré sa demande de mentorat', body: '{{other}} a retiré sa demande.' },
    expired: { subject: 'Votre demande de mentorat à {{other}} a expiré', body: '{{other}} n’a pas répondu à votre demande avant le {{expires}} : elle a expiré. Vous pouvez chercher un autre membre.' },
    completed: { subject: '{{other}} a marqué votre mentorat comme terminé', body: '{{other}} a marqué votre mentorat comme terminé. Vous pouvez maintenant donner votre avis.' },
    ended: { subject: '{{other}} a mis fin à votre mentorat', body: `{{other}} a mis fin à votre mentorat avant son terme.${reason}\nVous pouvez donner votre avis.` },
    digest: { subject: 'Votre résumé du mentorat : {{count}} nouvelles', body: 'Voici ce qui s’est passé depuis votre dernier e-mail :\n\n{{items}}' },
    paired: { subject: 'Le bureau du programme vous a associé à {{other}}', body: `Le bureau du programme vous a associé à {{other}}, désormais votre {{#asMentor}}mentoré{{/asMentor}}{{#asMentee}}mentor{{/asMentee}}.\nDomaines : {{areas}}\nDurée : {{term}} mois, jusqu’au {{ends}}${reason}` },
    'ended-by-staff': { subject: 'Le bureau du programme a mis fin à votre mentorat avec {{other}}', body: `Le bureau du programme a mis fin à votre mentorat avec {{other}}.${reason}\nVous pouvez donner votre avis.` },
    'withdrawn-by-staff': { subject: 'Le bureau du programme a retiré la demande de mentorat entre vous et {{other}}', body: `Le bureau du programme a retiré la demande de mentorat entre vous et {{other}}.${reason}` },
    'paused-by-staff': { subject: 'Le bureau du programme a suspendu temporairement votre participation', body: `Vous n’apparaissez plus dans les recherches et ne recevez plus de nouvelles demandes ; vos mentorats continuent.${reason}` },
    'resumed-by-staff': { subject: 'Vous participez de nouveau au programme de mentorat', body: `Le bureau du programme a rétabli votre participation : les membres peuvent de nouveau vous trouver et vous écrire.${reason}` },
    approved: { subject: 'Vous êtes approuvé comme mentor', body: `Le bureau du programme vous a approuvé comme mentor : les mentorés peuvent désormais vous trouver et vous envoyer des demandes.${reason}` },
    'approval-declined': { subject: 'Votre candidature de mentor n’a pas été approuvée', body: `Le bureau du programme n’a pas approuvé votre candidature de mentor.${reason}` },
    suspended: { subject: 'Votre participation au programme de mentorat est suspendue', body: `Vous n’apparaissez plus dans les recherches et ne pouvez plus envoyer ni accepter de demandes ; vos mentorats continuent.${reason}` },
    'suspension-lifted': { subject: 'Votre suspension du programme de mentorat est levée', body: `Vous pouvez de nouveau participer au programme.${reason}` },
    'concern-reply': { subject: 'Le bureau du programme a répondu à votre signalement', body: 'Le bureau du programme a répondu au signalement que vous avez fait :\n\n{{reason}}' },
  },
};
