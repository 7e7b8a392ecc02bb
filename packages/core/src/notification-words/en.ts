// English: the built-in wording of every notification (notification-templates.ts).
import type { LanguageWords } from './types.ts';

const asks = '{{#asMentor}}asks you to be their mentor{{/asMentor}}{{#asMentee}}invites you to be their mentee{{/asMentee}}';
const details = 'Areas: {{areas}}\nTerm: {{term}} months\nGoals: {{goals}}';
const reason = '{{#reason}}\nReason: {{reason}}{{/reason}}';

export const en: LanguageWords = {
  frame: {
    greeting: 'Dear {{member}},',
    signature: '— {{program}}',
    act: 'Open it on the site:',
    contact: 'Questions? Write to the program office:',
    preferences: 'Choose which emails you receive, and how often:',
    unsubscribe: 'Stop these emails:',
  },
  kinds: {
    request: { subject: `{{other}} ${asks}`, body: `{{other}} ${asks}.\n${details}{{#message}}\n\n{{message}}{{/message}}\n\nPlease answer by {{expires}}.` },
    reminder: { subject: "Reminder: {{other}}'s mentoring request expires on {{expires}}", body: `{{other}} ${asks} and is waiting for your answer.\n${details}\n\nThe request expires on {{expires}}.` },
    accepted: { subject: '{{other}} accepted your mentoring request', body: `{{other}} accepted. Your mentorship runs until {{ends}}.\n${details}` },
    declined: { subject: '{{other}} declined your mentoring request', body: `{{other}} declined your request.${reason}` },
    withdrawn: { subject: '{{other}} withdrew their mentoring request', body: '{{other}} withdrew their request.' },
    expired: { subject: 'Your mentoring request to {{other}} has expired', body: '{{other}} did not answer your request by {{expires}}, so it has expired. You can look for another member.' },
    completed: { subject: '{{other}} marked your mentorship as completed', body: '{{other}} marked your mentorship as completed. You can now leave feedback.' },
    ended: { subject: '{{other}} ended your mentorship', body: `{{other}} ended your mentorship early.${reason}\nYou can leave feedback.` },
    digest: { subject: 'Your mentoring digest: {{count}} updates', body: 'Here is what happened since your last email:\n\n{{items}}' },
    paired: { subject: 'The program office paired you with {{other}}', body: `The program office has paired you with {{other}}, who is now your {{#asMentor}}mentee{{/asMentor}}{{#asMentee}}mentor{{/asMentee}}.\nAreas: {{areas}}\nTerm: {{term}} months, until {{ends}}${reason}` },
    'ended-by-staff': { subject: 'The program office ended your mentorship with {{other}}', body: `The program office ended your mentorship with {{other}}.${reason}\nYou can leave feedback.` },
    'withdrawn-by-staff': { subject: 'The program office withdrew the mentoring request between you and {{other}}', body: `The program office withdrew the mentoring request between you and {{other}}.${reason}` },
    'paused-by-staff': { subject: 'The program office paused your participation', body: `You no longer appear in searches and receive no new requests; your mentorships continue.${reason}` },
    'resumed-by-staff': { subject: 'You are taking part in the mentoring program again', body: `The program office resumed your participation: members can find you and send you requests again.${reason}` },
    approved: { subject: 'You are approved as a mentor', body: `The program office approved you as a mentor: mentees can now find you and send you requests.${reason}` },
    'approval-declined': { subject: 'Your application as a mentor was not approved', body: `The program office did not approve you as a mentor.${reason}` },
    suspended: { subject: 'Your participation in the mentoring program is suspended', body: `You no longer appear in searches, and cannot send or accept requests; your mentorships continue.${reason}` },
    'suspension-lifted': { subject: 'Your suspension from the mentoring program is lifted', body: `You can take part in the program again.${reason}` },
    'concern-reply': { subject: 'The program office replied to your concern', body: 'The program office replied to the concern you raised:\n\n{{reason}}' },
  },
};
