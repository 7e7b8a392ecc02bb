// The pages the unsubscribe link answers with (routes/unsubscribe.ts), in the member's email language: before,
// what stopping means and the button; after, what changed (only essential emails now), that everything stays
// in their notifications on the site, and how to undo it: the program's email preferences page
// (settings `pages.preferences`, where a society puts <mentor-notification-preferences>). Plain HTML with no
// script or style, so the API's strict Content Security Policy holds.
import { escapeHtml, type EmailLanguage } from '@mentor-match/core';

interface Words {
  askTitle: string;
  ask: string;
  stop: string;
  /** Before the preferences link: a digest instead. */
  digest: string;
  doneTitle: string;
  done: string;
  /** Before the preferences link: how to undo it. */
  undo: string;
  /** Where there is no preferences page to link to. */
  undoNoPage: string;
  preferences: string;
}

const WORDS: Record<EmailLanguage, Words> = {
  en: {
    askTitle: 'Stop these emails?',
    ask: 'You will no longer be emailed about requests, answers, reminders and nudges. The program office’s decisions about your participation and its replies to your concerns are still emailed at once, and everything stays in your notifications on the site.',
    stop: 'Stop these emails',
    digest: 'Too many emails? A daily or weekly digest may suit you better:',
    doneTitle: 'You will receive no more of these emails',
    done: 'From now on only essential emails are sent: the program office’s decisions about your participation and its replies to your concerns. Everything else stays in your notifications on the site.',
    undo: 'Changed your mind? Choose again how often you are emailed:',
    undoNoPage: 'Changed your mind? Choose again how often you are emailed in your email preferences on the program’s site.',
    preferences: 'Email preferences',
  },
  fr: {
    askTitle: 'Ne plus recevoir ces e-mails ?',
    ask: 'Vous ne recevrez plus d’e-mails pour les demandes, réponses, rappels et relances. Les décisions du bureau du programme sur votre participation et ses réponses à vos signalements vous sont toujours envoyées aussitôt, et tout reste dans vos notifications sur le site.',
    stop: 'Ne plus recevoir ces e-mails',
    digest: 'Trop d’e-mails ? Un résumé quotidien ou hebdomadaire vous conviendra peut-être mieux :',
    doneTitle: 'Vous ne recevrez plus ces e-mails',
    done: 'Désormais, seuls les e-mails essentiels vous sont envoyés : les décisions du bureau du programme sur votre participation et ses réponses à vos signalements. Tout le reste demeure dans vos notifications sur le site.',
    undo: 'Vous avez changé d’avis ? Choisissez à nouveau la fréquence de vos e-mails :',
    undoNoPage: 'Vous avez changé d’avis ? Choisissez à nouveau la fréquence de vos e-mails dans vos préférences d’e-mail sur le site du programme.',
    preferences: 'Préférences d’e-mail',
  },
  es: {
    askTitle: '¿Dejar de recibir estos correos?',
    ask: 'Ya no recibirá correos sobre solicitudes, respuestas, recordatorios y avisos. Las decisiones de la oficina del programa sobre su participación y sus respuestas a los problemas que comunique se le siguen enviando al momento, y todo queda en sus notificaciones en el sitio.',
    stop: 'Dejar de recibir estos correos',
    digest: '¿Demasiados correos? Quizá le convenga más un resumen diario o semanal:',
    doneTitle: 'Ya no recibirá estos correos',
    done: 'A partir de ahora solo se le envían los correos esenciales: las decisiones de la oficina del programa sobre su participación y sus respuestas a los problemas que comunique. Todo lo demás queda en sus notificaciones en el sitio.',
    undo: '¿Ha cambiado de idea? Vuelva a elegir con qué frecuencia le escribimos:',
    undoNoPage: '¿Ha cambiado de idea? Vuelva a elegir con qué frecuencia le escribimos en sus preferencias de correo, en el sitio del programa.',
    preferences: 'Preferencias de correo',
  },
  de: {
    askTitle: 'Diese E-Mails abbestellen?',
    ask: 'Sie erhalten keine E-Mails mehr zu Anfragen, Antworten, Erinnerungen und Hinweisen. Die Entscheidungen des Programmbüros über Ihre Teilnahme und seine Antworten auf Ihre Anliegen werden weiterhin sofort verschickt, und alles bleibt in Ihren Benachrichtigungen auf der Website.',
    stop: 'Diese E-Mails abbestellen',
    digest: 'Zu viele E-Mails? Eine tägliche oder wöchentliche Zusammenfassung passt vielleicht besser:',
    doneTitle: 'Sie erhalten diese E-Mails nicht mehr',
    done: 'Ab jetzt werden nur noch wichtige E-Mails verschickt: die Entscheidungen des Programmbüros über Ihre Teilnahme und seine Antworten auf Ihre Anliegen. Alles andere bleibt in Ihren Benachrichtigungen auf der Website.',
    undo: 'Haben Sie es sich anders überlegt? Wählen Sie erneut, wie oft wir Ihnen schreiben:',
    undoNoPage: 'Haben Sie es sich anders überlegt? Wählen Sie in Ihren E-Mail-Einstellungen auf der Website des Programms erneut, wie oft wir Ihnen schreiben.',
    preferences: 'E-Mail-Einstellungen',
  },
  ar: {
    askTitle: 'إيقاف هذه الرسائل؟',
    ask: 'لن تصلك بعد الآن رسائل عن الطلبات والردود والتذكيرات والتنبيهات. أما قرارات مكتب البرنامج بشأن مشاركتك وردوده على بلاغاتك فتُرسل إليك فورًا كما هي، ويبقى كل شيء في إشعاراتك على الموقع.',
    stop: 'إيقاف هذه الرسائل',
    digest: 'رسائل كثيرة؟ قد يناسبك ملخص يومي أو أسبوعي أكثر:',
    doneTitle: 'لن تصلك هذه الرسائل بعد الآن',
    done: 'من الآن لا تُرسل إليك إلا الرسائل الأساسية: قرارات مكتب البرنامج بشأن مشاركتك وردوده على بلاغاتك. ويبقى كل ما عدا ذلك في إشعاراتك على الموقع.',
    undo: 'غيّرت رأيك؟ اختر من جديد عدد مرات مراسلتك:',
    undoNoPage: 'غيّرت رأيك؟ اختر من جديد عدد مرات مراسلتك في تفضيلات بريدك الإلكتروني على موقع البرنامج.',
    preferences: 'تفضيلات البريد الإلكتروني',
  },
};

export interface UnsubscribePage {
  language: EmailLanguage;
  /** The program's email preferences page (settings `pages.preferences`), when it has one. */
  preferencesUrl: string | undefined;
}

/** The page before: what stopping means, the button (a POST to `action`), and the digests instead. */
export function unsubscribeAskPage({ language, preferencesUrl }: UnsubscribePage, action: string): string {
  const w = WORDS[language];
  return page(language, w.askTitle, `<p>${escapeHtml(w.ask)}</p>
<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(w.stop)}</button></form>
${preferencesUrl ? `<p>${escapeHtml(w.digest)} <a href="${escapeHtml(preferencesUrl)}">${escapeHtml(w.preferences)}</a></p>` : ''}`);
}

/** The page after: what changed, and how to undo it. */
export function unsubscribeDonePage({ language, preferencesUrl }: UnsubscribePage): string {
  const w = WORDS[language];
  const undo = preferencesUrl
    ? `<p>${escapeHtml(w.undo)} <a href="${escapeHtml(preferencesUrl)}">${escapeHtml(w.preferences)}</a></p>`
    : `<p>${escapeHtml(w.undoNoPage)}</p>`;
  return page(language, w.doneTitle, `<p>${escapeHtml(w.done)}</p>\n${undo}`);
}

const page = (language: EmailLanguage, title: string, body: string): string =>
  `<!doctype html><html lang="${language}"${language === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>` +
  `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
