// The program's own email words and its pages (issue 15, the program office's Emails and Pages parts), as any
// backend keeps them: saved with a reason and read back; a template that would not render is refused naming
// the template's field (so the office shows the reason beside it) with why, as data; a page that is not an
// absolute http(s) address is refused naming the page; a refusal stores nothing.
import { deepEqual, equal, rejectsWith } from '../../assert.ts';
import { REASON, type StaffSuiteContext } from './context.ts';

export function emailSettingsTests({ test }: StaffSuiteContext): void {
  test('staff word an email per kind and language and give the pages\' addresses; a template that would not render is refused with why', async (h) => {
    const office = h.office();
    const record = await office.getSettings();
    const accepted = { kind: 'accepted', language: 'fr' as const, subject: 'Bonne nouvelle de {{program}}', body: '{{other}} a dit oui.{{#reason}} ({{reason}}){{/reason}}' };
    const pages = { console: 'https://society.example/mentoring', preferences: 'https://society.example/mentoring/emails' };
    const saved = await office.updateSettings({ settings: { ...record.settings, emailTemplates: [accepted], pages }, version: record.version, reason: REASON });
    deepEqual([saved.settings.emailTemplates, saved.settings.pages], [[accepted], pages], 'kept as given');

    const broken = { kind: 'request', language: 'en' as const, subject: 'Hello', body: 'Dear {{nmae}}' };
    const refused = await rejectsWith(
      office.updateSettings({ settings: { ...saved.settings, emailTemplates: [accepted, broken] }, version: saved.version, reason: REASON }),
      'validation', undefined, { field: 'emailTemplates.1.body' },
    );
    deepEqual(refused.details?.['issue'], { code: 'unknown', token: '{{nmae}}' }, 'why, as data the office words in its language');
    await rejectsWith(
      office.updateSettings({ settings: { ...saved.settings, pages: { ...pages, search: 'society.example/find' } }, version: saved.version, reason: REASON }),
      'validation', undefined, { field: 'settings.pages.search' },
    );
    const now = await office.getSettings();
    equal(now.version, saved.version, 'a refused change stores nothing');
    deepEqual(now.settings.emailTemplates, [accepted]);
  });
}
