// The program office's email editor in core (email-preview.ts) and the program's name in each email's language
// (issue 15, item 4, the staff side): the preview is renderEmail's output on sample facts, in every language,
// for every kind; a template staff change reaches the preview and a real email alike; the settings keep only
// the templates that differ from the built-in words; each kind lists the placeholders it fills; a template
// that would not render is refused with a reason as data; and an email signs with the program's name in the
// member's language (issue 13's words), in English and French.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_PROGRAM_SETTINGS, EMAIL_LANGUAGES, EMAIL_WORDS, MentoringError, STAFF_NOTIFICATION_KINDS, checkTemplates, composeDigest,
  composeNotification, composeStaffNotification, renderEmail, renderNotification, type ProgramSettings,
} from '../src/index.ts';
import {
  EMAIL_KINDS, SAMPLE_NAMES, builtInTemplate, hasOwnTemplate, placeholdersOf, previewEmail, templateIssue, unfilledPlaceholders, withEmailTemplate,
} from '../src/email-preview.ts';
import { member, mentorship } from './record-fixtures.ts';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const settings: ProgramSettings = {
  ...DEFAULT_PROGRAM_SETTINGS,
  name: 'Society Mentoring',
  names: { fr: 'Programme de mentorat' },
  contactEmail: 'mentoring@society.example',
  pages: { console: 'https://society.example/mentoring/console', preferences: 'https://society.example/mentoring/emails' },
};
/** The office's word on a member's own standing: about no mentorship. */
const STANDING: readonly string[] = ['paused-by-staff', 'resumed-by-staff', 'approved', 'approval-declined', 'suspended', 'suspension-lifted'];
const texts = { goals: 'Lead <a team>', message: 'Hello & welcome', reason: 'Agreed' };

describe('the office\'s email preview', () => {
  it('offers every kind the release words, and previews each in every language with every placeholder filled', () => {
    assert.deepEqual([...EMAIL_KINDS].sort(), Object.keys(EMAIL_WORDS.en.kinds).sort());
    for (const language of EMAIL_LANGUAGES) {
      for (const kind of EMAIL_KINDS) {
        const email = previewEmail(settings, kind, language, texts, NOW);
        assert.ok(email.subject.length > 0, `${kind} ${language}: a subject`);
        assert.ok(!/\{\{|\}\}/.test(email.subject + email.text + email.html), `${kind} ${language}: every placeholder filled`);
        assert.equal(email.language, language);
        assert.ok(email.text.startsWith(EMAIL_WORDS[language].frame.greeting.replace('{{member}}', SAMPLE_NAMES.member)), `${kind} ${language}: the greeting`);
        assert.ok(email.html.includes(`lang="${language}"`));
        assert.ok(!email.html.includes('<a team>'), `${kind} ${language}: sample words are text in the HTML part`);
      }
    }
    const request = previewEmail(settings, 'request', 'en', texts, NOW);
    assert.equal(request.subject, `${SAMPLE_NAMES.other} asks you to be their mentor`);
    assert.ok(request.text.includes('Goals: Lead <a team>') && request.text.includes('Please answer by 2026-03-24.'));
    assert.ok(request.text.includes('https://society.example/mentoring/console#mentorship=sample'));
    const digest = previewEmail(settings, 'digest', 'fr', texts, NOW);
    assert.ok(digest.text.includes(`- 2026-03-10: ${SAMPLE_NAMES.other} vous demande d’être son mentor`), digest.text);
  });

  it('renders what staff typed as a real email renders it: one function for both', () => {
    const own = withEmailTemplate(settings, 'accepted', 'fr', { subject: 'Bonne nouvelle de {{program}} : {{other}} a dit oui', body: 'À bientôt, {{member}}.' });
    assert.equal(previewEmail(own, 'accepted', 'fr', texts, NOW).subject, `Bonne nouvelle de Programme de mentorat : ${SAMPLE_NAMES.other} a dit oui`);
    const mor = member('mor', { name: 'Morgan' });
    const mee = member('mee', { name: 'Mee' });
    const members = new Map([[mor.id, mor], [mee.id, mee]]);
    const n = composeNotification('accepted', mentorship({ state: 'active', endsAt: '2026-09-10T12:00:00.000Z' }), 'mor', { settings: own, now: NOW, member: (id) => members.get(id) });
    const email = renderEmail(n, { settings: own, language: 'fr', memberName: 'Mee', unsubscribeUrl: null });
    assert.equal(email.subject, 'Bonne nouvelle de Programme de mentorat : Morgan a dit oui');
    assert.ok(email.text.includes('À bientôt, Mee.'), 'the body names its reader');
    assert.equal(renderNotification(n, own, 'fr', 'Mee').body, 'À bientôt, Mee.', 'the bell\'s line too');
    assert.equal(renderEmail(n, { settings: own, language: 'en', memberName: 'Mee', unsubscribeUrl: null }).subject, 'Morgan accepted your mentoring request');
  });

  it('keeps only templates that differ from the built-in words, each in its place', () => {
    const first = withEmailTemplate(settings, 'request', 'en', { subject: 'A', body: 'B' });
    const second = withEmailTemplate(first, 'declined', 'de', { subject: 'C', body: 'D' });
    assert.deepEqual(second.emailTemplates?.map((t) => `${t.kind}/${t.language}`), ['request/en', 'declined/de']);
    const edited = withEmailTemplate(second, 'request', 'en', { subject: 'A2', body: 'B' });
    assert.deepEqual(edited.emailTemplates?.[0], { kind: 'request', language: 'en', subject: 'A2', body: 'B' }, 'edited where it was');
    assert.ok(hasOwnTemplate(edited, 'declined', 'de') && !hasOwnTemplate(edited, 'declined', 'fr'));
    const same = withEmailTemplate(edited, 'request', 'en', builtInTemplate('request', 'en'));
    assert.deepEqual(same.emailTemplates?.map((t) => t.kind), ['declined'], 'the built-in words are no template');
    const none = withEmailTemplate(same, 'declined', 'de', null);
    assert.equal('emailTemplates' in none, false, 'no template left: no list');
  });

  it('lists the placeholders each kind fills: every email\'s and what its record carries, as the service composes it', () => {
    const mor = member('mor', { name: 'Morgan' });
    const mee = member('mee', { name: 'Mee' });
    const members = new Map([[mor.id, mor], [mee.id, mee]]);
    const m = mentorship({ state: 'active', endsAt: '2026-09-10T12:00:00.000Z' });
    const context = { settings, now: NOW, member: (id: string) => members.get(id) };
    const records = [
      ...(['request', 'reminder', 'accepted', 'declined', 'withdrawn', 'expired', 'completed', 'ended'] as const)
        .map((kind) => composeNotification(kind, m, kind === 'completed' || kind === 'ended' || kind === 'accepted' || kind === 'declined' ? 'mor' : null, context)),
      ...STAFF_NOTIFICATION_KINDS.map((kind) => composeStaffNotification(kind, { settings, now: NOW, to: mee, ...(STANDING.includes(kind) ? {} : { mentorship: m, other: mor }), text: 'Why' })),
      composeDigest(mee, [], settings, NOW),
    ];
    for (const n of records) {
      const frame = ['member', 'program', 'contact', 'link'];
      assert.deepEqual([...placeholdersOf(n.kind)].sort(), [...frame, ...Object.keys(n.params ?? {})].sort(), `${n.kind}: what its record carries`);
    }
  });

  it('lists, for each kind, every placeholder its built-in words use', () => {
    for (const kind of EMAIL_KINDS) {
      const listed = placeholdersOf(kind);
      for (const name of ['member', 'program', 'contact', 'link'] as const) assert.ok(listed.includes(name), `${kind}: ${name}`);
      for (const language of EMAIL_LANGUAGES) {
        const words = EMAIL_WORDS[language].kinds[kind]!;
        for (const [, name] of `${words.subject}${words.body}`.matchAll(/\{\{[#/]?(\w+)\}\}/g)) assert.ok((listed as string[]).includes(name!), `${kind}: ${name}`);
      }
    }
    assert.ok(placeholdersOf('digest').includes('items') && !placeholdersOf('digest').includes('other'));
  });

  it('names the placeholders a kind never fills (they would render empty)', () => {
    assert.deepEqual(unfilledPlaceholders('approved', '{{other}} about {{goals}} for {{reason}} {{#goals}}x{{/goals}}'), ['other', 'goals']);
    assert.deepEqual(unfilledPlaceholders('digest', '{{count}} {{items}} {{role}}'), ['role']);
    assert.deepEqual(unfilledPlaceholders('request', EMAIL_WORDS.fr.kinds['request']!.body), []);
  });

  it('says why a template would not render as data, and the server refuses it with the same reason', () => {
    assert.deepEqual(templateIssue('Hi {{nmae}}'), { code: 'unknown', token: '{{nmae}}' });
    assert.deepEqual(templateIssue('{{#reason}}x'), { code: 'not-closed', name: 'reason' });
    assert.deepEqual(templateIssue('{{/reason}}'), { code: 'not-opened', name: 'reason' });
    assert.deepEqual(templateIssue('{{#reason}}{{#other}}x{{/reason}}{{/other}}'), { code: 'closed-early', name: 'reason', open: 'other' });
    assert.deepEqual(templateIssue('a }} b'), { code: 'stray', text: '}}' });
    assert.equal(templateIssue('Hi {{member}}'), null);
    assert.throws(() => checkTemplates([{ kind: 'request', language: 'fr', subject: 'Bonjour {{#other}}', body: 'ok' }]), (error: unknown) =>
      error instanceof MentoringError && error.field === 'emailTemplates.0.subject' && (error.details['issue'] as { code: string }).code === 'not-closed');
  });
});

describe('the program\'s name in the member\'s language', () => {
  const mor = member('mor', { name: 'Morgan' });
  const mee = member('mee', { name: 'Mee' });
  const members = new Map([[mor.id, mor], [mee.id, mee]]);
  const n = composeNotification('completed', mentorship({ state: 'completed', endsAt: '2026-09-10T12:00:00.000Z' }), 'mor', { settings, now: NOW, member: (id) => members.get(id) });

  it('signs an English email with the program\'s own name and a French one with its French name', () => {
    const en = renderEmail(n, { settings, language: 'en', memberName: 'Mee', unsubscribeUrl: null });
    const fr = renderEmail(n, { settings, language: 'fr', memberName: 'Mee', unsubscribeUrl: null });
    assert.ok(en.text.endsWith('— Society Mentoring\n\nChoose which emails you receive, and how often: https://society.example/mentoring/emails'), en.text);
    assert.ok(fr.text.includes('— Programme de mentorat'), fr.text);
    assert.ok(!fr.text.includes('Society Mentoring') && !fr.html.includes('Society Mentoring'));
    assert.ok(fr.html.includes('— Programme de mentorat'));
  });

  it('fills {{program}} in a subject with the name in the email\'s language, the program\'s own where none is given', () => {
    const own = withEmailTemplate(withEmailTemplate(settings, 'completed', 'fr', { subject: '{{program}} : mentorat terminé', body: 'Merci.' }), 'completed', 'de', { subject: '{{program}}: Mentoring abgeschlossen', body: 'Danke.' });
    assert.equal(renderNotification(n, own, 'fr').subject, 'Programme de mentorat : mentorat terminé');
    assert.equal(renderNotification(n, own, 'de').subject, 'Society Mentoring: Mentoring abgeschlossen', 'no German name: the program\'s own');
  });

  it('uses the French name when the program itself is French, and its English translation for English readers', () => {
    const french: ProgramSettings = { ...settings, language: 'fr', name: 'Programme de mentorat', names: { en: 'Mentoring Programme' } };
    assert.ok(renderEmail(n, { settings: french, language: 'en', memberName: 'Mee', unsubscribeUrl: null }).text.includes('— Mentoring Programme'));
    assert.ok(renderEmail(n, { settings: french, language: 'fr', memberName: 'Mee', unsubscribeUrl: null }).text.includes('— Programme de mentorat'));
  });
});
