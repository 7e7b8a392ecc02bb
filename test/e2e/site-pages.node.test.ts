// Every page of the demo site (`npm start`: the real server, here on in-memory PGlite) loads in Chromium
// under its strict Content Security Policy without a page error, a console error or a violation, and
// shows its heading and, where it has one, the member signed in. The site's own script runs on each.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { watchPage } from './chromium.ts';
import { useDemoSite } from './demo-site.ts';

const PAGES = [
  ['', 'Mentoring at Northbridge'],
  ['find-a-mentor/', 'Find a mentor'],
  ['find-a-mentee/', 'Find a mentee'],
  ['my-mentoring/', 'My mentoring'],
  ['enrol/', 'Enrol'],
  ['cohort/', 'Apply to a cohort'],
  ['program-office/', 'Program office'],
  ['for-web-teams/', 'For web teams'],
  ['email-preferences/', 'Email preferences'],
] as const;

describe('the demo site’s pages', { timeout: 120_000 }, () => {
  const site = useDemoSite('site-pages');

  for (const [path, heading] of PAGES) {
    test(`/${path}: loads with no error or violation`, async () => {
      const context = await site.browser.newContext({ locale: 'en-GB' });
      try {
        const page = await context.newPage();
        const problems = await watchPage(page);
        await page.goto(`${site.url}${path}`);
        await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
        // The site's script has run its course: "Signed in as" is filled once the session is open.
        await page.getByLabel('Signed in as').and(page.locator(':enabled')).waitFor();
        // The badge's count comes last (the home page asks the server itself).
        await page.waitForLoadState('networkidle');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  test('a program asks nothing of the API before the site has signed the member in, however late the site’s script comes', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page);
      // The site's script held back while the loader and the elements are already at hand.
      await page.route('**/assets/site.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.continue();
      });
      const unsigned: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/api/v1/') && !url.pathname.startsWith('/api/v1/demo/') && !request.headers().authorization) {
          unsigned.push(`${request.method()} ${url.pathname}`);
        }
      });
      await page.goto(`${site.url}find-a-mentor/`);
      await page.getByLabel('Signed in as').and(page.locator(':enabled')).waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(unsigned, []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
