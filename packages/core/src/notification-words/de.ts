// German: the built-in wording of every notification (notification-templates.ts).
import type { LanguageWords } from './types.ts';

const asks = '{{#asMentor}}bittet Sie, Mentor*in zu sein{{/asMentor}}{{#asMentee}}lädt Sie ein, Mentee zu sein{{/asMentee}}';
const details = 'Themen: {{areas}}\nLaufzeit: {{term}} Monate\nZiele: {{goals}}';
const reason = '{{#reason}}\nBegründung: {{reason}}{{/reason}}';

export const de: LanguageWords = {
  frame: {
    greeting: 'Guten Tag {{member}},',
    signature: '— {{program}}',
    act: 'Auf der Website öffnen:',
    contact: 'Fragen? Schreiben Sie an das Programmbüro:',
    preferences: 'Wählen Sie, welche E-Mails Sie wie oft erhalten:',
    unsubscribe: 'Diese E-Mails abbestellen:',
  },
  kinds: {
    request: { subject: `{{other}} ${asks}`, body: `{{other}} ${asks}.\n${details}{{#message}}\n\n{{message}}{{/message}}\n\nBitte antworten Sie bis {{expires}}.` },
    reminder: { subject: 'Erinnerung: Die Mentoring-Anfrage von {{other}} läuft am {{expires}} ab', body: `{{other}} ${asks} und wartet auf Ihre Antwort.\n${details}\n\nDie Anfrage läuft am {{expires}} ab.` },
    accepted: { subject: '{{other}} hat Ihre Mentoring-Anfrage angenommen', body: `{{other}} hat angenommen. Ihr Mentoring läuft bis {{ends}}.\n${details}` },
    declined: { subject: '{{other}} hat Ihre Mentoring-Anfrage abgelehnt', body: `{{other}} hat Ihre Anfrage abgelehnt.${reason}` },
    withdrawn: { subject: '{{other}} hat die Mentoring-Anfrage zurückgezogen', body: '{{other}} hat die Anfrage zurückgezogen.' },
    expired: { subject: 'Ihre Mentoring-Anfrage an {{other}} ist abgelaufen', body: '{{other}} hat bis {{expires}} nicht geantwortet, daher ist die Anfrage abgelaufen. Sie können ein anderes Mitglied suchen.' },
    completed: { subject: '{{other}} hat Ihr Mentoring als abgeschlossen markiert', body: '{{other}} hat Ihr Mentoring als abgeschlossen markiert. Sie können jetzt eine Rückmeldung geben.' },
    ended: { subject: '{{other}} hat Ihr Mentoring beendet', body: `{{other}} hat Ihr Mentoring vorzeitig beendet.${reason}\nSie können eine Rückmeldung geben.` },
    digest: { subject: 'Ihre Mentoring-Übersicht: {{count}} Neuigkeiten', body: 'Das ist seit Ihrer letzten E-Mail passiert:\n\n{{items}}' },
    paired: { subject: 'Das Programmbüro hat Sie mit {{other}} zusammengebracht', body: `Das Programmbüro hat Sie mit {{other}} zusammengebracht, jetzt Ihr {{#asMentor}}Mentee{{/asMentor}}{{#asMentee}}Mentor{{/asMentee}}.\nThemen: {{areas}}\nLaufzeit: {{term}} Monate, bis {{ends}}${reason}` },
    'ended-by-staff': { subject: 'Das Programmbüro hat Ihr Mentoring mit {{other}} beendet', body: `Das Programmbüro hat Ihr Mentoring mit {{other}} beendet.${reason}\nSie können eine Rückmeldung geben.` },
    'withdrawn-by-staff': { subject: 'Das Programmbüro hat die Mentoring-Anfrage zwischen Ihnen und {{other}} zurückgezogen', body: `Das Programmbüro hat die Mentoring-Anfrage zwischen Ihnen und {{other}} zurückgezogen.${reason}` },
    'paused-by-staff': { subject: 'Das Programmbüro hat Ihre Teilnahme pausiert', body: `Sie erscheinen nicht mehr in Suchen und erhalten keine neuen Anfragen; Ihre Mentorings laufen weiter.${reason}` },
    'resumed-by-staff': { subject: 'Sie nehmen wieder am Mentoring-Programm teil', body: `Das Programmbüro hat Ihre Teilnahme fortgesetzt: Mitglieder können Sie wieder finden und Ihnen Anfragen senden.${reason}` },
    approved: { subject: 'Sie sind als Mentor*in bestätigt', body: `Das Programmbüro hat Sie als Mentor*in bestätigt: Mentees können Sie jetzt finden und Ihnen Anfragen senden.${reason}` },
    'approval-declined': { subject: 'Ihre Bewerbung als Mentor*in wurde nicht bestätigt', body: `Das Programmbüro hat Sie nicht als Mentor*in bestätigt.${reason}` },
    suspended: { subject: 'Ihre Teilnahme am Mentoring-Programm ist gesperrt', body: `Sie erscheinen nicht mehr in Suchen und können keine Anfragen senden oder annehmen; Ihre Mentorings laufen weiter.${reason}` },
    'suspension-lifted': { subject: 'Ihre Sperre im Mentoring-Programm ist aufgehoben', body: `Sie können wieder am Programm teilnehmen.${reason}` },
    'concern-reply': { subject: 'Das Programmbüro hat auf Ihre Meldung geantwortet', body: 'Das Programmbüro hat auf Ihre Meldung geantwortet:\n\n{{reason}}' },
  },
};
