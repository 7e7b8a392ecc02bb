// Every notification's email and bell line, from the one record the service queues: each kind's template in
// English and French gives a subject and both parts, links absolute and to the page configured for it; a
// member's words never become markup; staff's templates that would not render are refused with the reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_PROGRAM_SETTINGS, EMAIL_LANGUAGES, EMAIL_WORDS, MentoringError, NOTIFICATION_PAGE_OF, STAFF_NOTIFICATION_KINDS, checkTemplates,
  composeDigest, composeNotification, composeStaffNotification, emailLanguageOf, renderEmail, renderNotification, renderTemplate,
  templateProblem, type Notification, type NotificationKind, type ProgramSettings,
} from '../src/index.ts';
import { member, mentorship } from './record-fixtures.ts';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const PAGES = {
  console: 'https://society.example/mentoring/console',
  search: 'https://society.example/mentoring/find',
  workspace: 'https://society.example/mentoring/workspace',
  enrolment: 'https://society.example/mentoring/profile',
  office: 'https://society.example/mentoring/office',
  preferences: 'https://society.example/mentoring/emails',
};
const settings: ProgramSettings = { ...DEFAULT_PROGRAM_SETTINGS, name: 'Society Mentoring', contactEmail: 'mentoring@society.example', pages: PAGES };
const mor = member('mor', { name: 'Morgan <b>Mentor</b>' });
const mee = member('mee', { name: 'Mee & Co' });
const members = new Map([[mor.id, mor], [mee.id, mee]]);
const context = { settings, now: NOW, member: (id: string) => members.get(id) };
const active = mentorship({ state: 'active', endsAt: '2026-09-10T12:00:00.000Z', message: '<script>alert(1)</script>', endReason: 'Moved <abroad>' });

const MEMBER_KINDS: NotificationKind[] = ['request', 'reminder', 'accepted', 'declined', 'withdrawn', 'expired', 'completed', 'ended'];
const actorOf = (kind: NotificationKind) => (kind === 'completed' || kind === 'ended' ? 'mee' : kind === 'accepted' || kind === 'declined' ? 'mor' : null);

/** One record of every kind the service sends, the digest included. */
function everyKind(): Notification[] {
  const memberOnes = MEMBER_KINDS.map((kind) => composeNotification(kind, active, actorOf(kind), context));
  const staffOnes = STAFF_NOTIFICATION_KINDS.map((kind) => composeStaffNotification(kind, { settings, now: NOW, to: mee, mentorship: active, other: mor, text: 'Because <i>reasons</i>' }));
  return [...memberOnes, ...staffOnes, composeDigest(mee, memberOnes.slice(0, 2), settings, NOW)];
}

describe('notification templates', () => {
  it('has a template for every kind in every language, and each one renders', () => {
    const kinds = Object.keys(EMAIL_WORDS.en.kinds).sort();
    assert.deepEqual(kinds, [...MEMBER_KINDS, ...STAFF_NOTIFICATION_KINDS, 'digest'].sort());
    for (const language of EMAIL_LANGUAGES) {
      assert.deepEqual(Object.keys(EMAIL_WORDS[language].kinds).sort(), kinds, `${language} words every kind`);
      for (const [kind, words] of Object.entries(EMAIL_WORDS[language].kinds)) {
        assert.equal(templateProblem(words.subject), null, `${language} ${kind} subject`);
        assert.equal(templateProblem(words.body), null, `${language} ${kind} body`);
      }
      for (const part of Object.values(EMAIL_WORDS[language].frame)) assert.equal(templateProblem(part), null, `${language} frame`);
    }
  });

  for (const language of ['en', 'fr'] as const) {
    it(`renders every kind in ${language}: subject, plain text and HTML, with an absolute link to its configured page`, () => {
      for (const n of everyKind()) {
        const email = renderEmail(n, { settings, language, memberName: 'Mee & Co', unsubscribeUrl: 'https://api.example/unsubscribe?t=x' });
        const words = EMAIL_WORDS[language].kinds[n.kind]!;
        const page = NOTIFICATION_PAGE_OF[n.kind] ?? 'console';
        const link = n.mentorshipId ? `${PAGES[page]}#mentorship=${n.mentorshipId}` : PAGES[page];
        assert.ok(email.subject.length > 0 && !/\{\{|\}\}/.test(email.subject + email.text + email.html), `${n.kind}: every placeholder filled`);
        // The subject's fixed words (before the first placeholder) are the language's own.
        const lead = words.subject.split('{{')[0]!.trim();
        if (lead) assert.ok(email.subject.startsWith(lead), `${n.kind}: ${email.subject} in ${language}`);
        assert.ok(email.text.includes(link), `${n.kind}: the text links to ${link}`);
        assert.ok(email.html.includes(`href="${link}"`), `${n.kind}: the HTML links to ${link}`);
        assert.match(link, /^https:\/\//);
        assert.ok(email.text.includes('Society Mentoring') && email.text.includes('mentoring@society.example'), `${n.kind}: the program's name and contact`);
        assert.ok(email.html.includes(`lang="${language}"`));
        assert.ok(email.text.startsWith(language === 'en' ? 'Dear Mee & Co,' : 'Bonjour Mee & Co,'));
        // A member's words are text in the HTML part, never markup.
        assert.ok(!/<(script|b|i|abroad)\b/.test(email.html), `${n.kind}: no member text as HTML`);
        assert.ok(email.html.includes('Mee &amp; Co'));
        assert.equal(email.unsubscribe !== null, !['paused-by-staff', 'resumed-by-staff', 'approved', 'approval-declined', 'suspended', 'suspension-lifted', 'concern-reply', 'digest'].includes(n.kind),
          `${n.kind}: one-click unsubscribe only for what is not essential`);
      }
    });
  }

  it('words a request as the recipient reads it, with the member\'s message and the date to answer by', () => {
    const request = composeNotification('request', mentorship({ message: 'Hello there' }), null, context);
    const fr = renderEmail(request, { settings, language: 'fr', memberName: 'Morgan', unsubscribeUrl: null });
    assert.equal(fr.subject, 'Mee & Co vous demande d’être son mentor');
    assert.ok(fr.text.includes('Hello there') && fr.text.includes('Merci de répondre avant le 2026-03-31.'));
    const invite = composeNotification('request', mentorship({ requesterId: 'mor', message: '' }), null, context);
    assert.equal(renderNotification(invite, settings, 'en').subject, 'Morgan <b>Mentor</b> invites you to be their mentee');
  });

  it('isolates names and member text for the bell (FSI … PDI), never the template\'s own words, and leaves emails plain', () => {
    const request = composeNotification('request', mentorship({ message: 'Hello there' }), null, context);
    const ar = renderNotification(request, settings, 'ar', 'Morgan', { isolate: true });
    assert.ok(ar.subject.startsWith('\u2068Mee & Co\u2069 '), ar.subject);
    assert.equal(ar.subject.replace(/[\u2068\u2069]/g, ''), renderNotification(request, settings, 'ar', 'Morgan').subject, 'the same words around it');
    assert.ok(ar.body.includes('\u2068Hello there\u2069'), 'the member\'s message too');
    const own = { ...settings, emailTemplates: [{ kind: 'request', language: 'en' as const, subject: '{{other}}{{#reason}} ({{reason}}){{/reason}}', body: '.' }] };
    assert.equal(renderNotification(request, own, 'en', 'Morgan', { isolate: true }).subject, '\u2068Mee & Co\u2069', 'an empty section stays out');
    const email = renderEmail(request, { settings, language: 'ar', memberName: 'Morgan', unsubscribeUrl: null });
    assert.ok(!/[\u2068\u2069]/.test(email.subject + email.text), 'an email is plain text');
  });

  it('falls back to the record\'s own words for a kind it has no template for, and to the console for its page', () => {
    const nudge: Notification = { ...composeNotification('accepted', active, 'mor', context), kind: 'first-meeting' as Notification['kind'], subject: 'Log your first meeting', text: 'Hi', params: {} };
    const rendered = renderNotification(nudge, settings, 'fr');
    assert.deepEqual([rendered.subject, rendered.body, rendered.page], ['Log your first meeting', 'Hi', 'console']);
    assert.equal(renderNotification({ ...nudge, page: 'workspace' }, settings, 'fr').link, `${PAGES.workspace}#mentorship=${active.id}`);
  });

  it('links to the console when a page is not configured, and nowhere when none is', () => {
    const n = composeNotification('declined', active, 'mor', context);
    assert.equal(renderNotification(n, { ...settings, pages: { console: PAGES.console } }, 'en').link, `${PAGES.console}#mentorship=${active.id}`);
    const bare = renderEmail(n, { settings: DEFAULT_PROGRAM_SETTINGS, language: 'en', memberName: 'Mee', unsubscribeUrl: null });
    assert.ok(!bare.text.includes('http') && !bare.html.includes('<a '));
  });

  it('uses staff\'s own template for a kind and language, and the built-in one elsewhere', () => {
    const own = { ...settings, emailTemplates: [{ kind: 'accepted', language: 'fr' as const, subject: 'Bonne nouvelle : {{other}} a dit oui', body: 'Rendez-vous sur {{link}}{{#reason}} ({{reason}}){{/reason}}.' }] };
    const n = composeNotification('accepted', active, 'mor', context);
    assert.equal(renderNotification(n, own, 'fr').subject, 'Bonne nouvelle : Morgan <b>Mentor</b> a dit oui');
    assert.equal(renderNotification(n, own, 'en').subject, 'Morgan <b>Mentor</b> accepted your mentoring request');
  });

  it('refuses a template that would not render, saying why', () => {
    assert.match(templateProblem('Hello {{nmae}}') ?? '', /Unknown placeholder \{\{nmae\}\}/);
    assert.match(templateProblem('{{#reason}}Why: {{reason}}') ?? '', /\{\{#reason\}\} is never closed/);
    assert.match(templateProblem('{{/reason}}') ?? '', /never opened/);
    assert.match(templateProblem('{{#reason}}{{#other}}x{{/reason}}{{/other}}') ?? '', /closes \{\{#other\}\}/);
    assert.match(templateProblem('Hello {{ other }') ?? '', /stray/);
    assert.equal(templateProblem('Hello {{ other }}{{#reason}}: {{reason}}{{/reason}}'), null);
    assert.throws(() => checkTemplates([{ kind: 'request', language: 'de', subject: 'Hallo', body: 'Von {{sender}}' }]), (error: unknown) =>
      error instanceof MentoringError && error.code === 'validation' && error.field === 'emailTemplates.0.body' && /\{\{sender\}\}/.test(error.message));
  });

  it('renders sections only when their value is not empty', () => {
    assert.equal(renderTemplate('A{{#reason}} because {{reason}}{{/reason}}.', { reason: 'x' }), 'A because x.');
    assert.equal(renderTemplate('A{{#reason}} because {{reason}}{{/reason}}.', {}), 'A.');
  });

  it('writes to a member in the language they chose, else their profile\'s when it is one of the five, else English', () => {
    assert.equal(emailLanguageOf({ textLanguage: 'fr-CA' }, null), 'fr');
    assert.equal(emailLanguageOf({ textLanguage: 'pt' }, null), 'en');
    assert.equal(emailLanguageOf({ textLanguage: 'fr' }, 'de'), 'de');
    assert.equal(emailLanguageOf(undefined, null), 'en');
  });
});
