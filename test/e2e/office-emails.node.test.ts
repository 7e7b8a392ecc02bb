// The program office's Emails and Pages parts on the demo site (`npm start`: the real server on PGlite, here in
// memory), in Chromium under the site's strict CSP and Trusted Types: staff open an email, see its preview
// (core's render, loaded lazily and shown as text), reword its French subject, give a page's address, and save
// with a reason through the REST API; the server keeps both, audited, and nothing is reported as a violation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_STAFF } from '@mentor-match/demo';
import { createRestStaffAdapter } from '@mentor-match/rest-adapter/staff';
import { waitForText } from './chromium.ts';
import { openAs, useDemoSite } from './demo-site.ts';
import { sessionToken } from './demo-members.ts';

describe('the office\'s Emails and Pages parts on the demo site', { timeout: 120_000 }, () => {
  const site = useDemoSite('office-emails', { auth: { staff: { ids: [DEMO_STAFF.id] } } });

  test('staff reword an email with its preview and give a page\'s address; the server keeps them; no CSP violation', async () => {
    const office = await openAs(site.browser, `${site.url}program-office/`, DEMO_STAFF.id);
    try {
      const { page, problems } = office;
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.getByRole('tab', { name: /^Settings/ }).click();
      const emails = page.getByRole('group', { name: 'Emails' });
      await emails.getByLabel('Language').selectOption('fr');
      const subject = emails.getByLabel('Subject', { exact: true });
      await waitForText(emails.locator('[part="preview-subject"]'), 'Alex Morgan vous demande d’être son mentor');
      assert.ok(requested.some((path) => /\/chunks\/email-preview-[^/]+\.js$/.test(path)), 'the preview\'s code, loaded when the office shows it');

      await subject.fill('Nouvelle demande de {{other}}');
      await waitForText(emails.locator('[part="preview-subject"]'), 'Nouvelle demande de Alex Morgan');
      const pages = page.getByRole('group', { name: 'Pages on your site' });
      await pages.getByLabel('Find a mentor (search)').fill('https://society.example/mentoring/find');
      await page.getByLabel('Reason', { exact: true }).fill('French wording agreed with the chapter');
      await page.getByRole('button', { name: 'Save the settings' }).click();
      await page.getByRole('status').filter({ hasText: /^Settings saved/ }).waitFor();

      const token = await sessionToken(site.url, DEMO_STAFF.id);
      const staff = createRestStaffAdapter({ baseUrl: new URL('api/v1', site.url).href, getToken: () => token });
      const { settings } = await staff.getSettings();
      assert.deepEqual(settings.emailTemplates?.find((t) => t.kind === 'request' && t.language === 'fr')?.subject, 'Nouvelle demande de {{other}}');
      assert.equal(settings.pages?.search, 'https://society.example/mentoring/find');
      const [entry] = (await staff.listAudit({ action: 'settings' })).items;
      assert.equal(entry?.reason, 'French wording agreed with the chapter');
      assert.deepEqual(problems, [], 'no CSP or Trusted Types violation, no error');
    } finally {
      await office.close();
    }
  });
});
