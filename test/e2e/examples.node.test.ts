// The example pages a web team copies from (`npm start` serves them under /examples/, with the demo site's
// strict Content Security Policy): each shows ranked mentors in a <main>, axe finds nothing, and nothing is
// reported as a violation or an error. The custom-adapter page also lists the calls the elements made to its adapter.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations } from './a11y-checks.ts';
import { watchPage } from './chromium.ts';
import { useDemoSite } from './demo-site.ts';

describe('the example pages', { timeout: 120_000 }, () => {
  const site = useDemoSite('examples');

  for (const [name, path] of [['plain HTML', 'plain-html'], ['a custom adapter', 'custom-adapter']] as const) {
    test(`${name}: mentors found, five to a page, no violation or error`, async () => {
      const page = await site.browser.newPage();
      try {
        const problems = await watchPage(page);
        await page.goto(`${site.url}examples/${path}/`);
        const results = page.getByRole('list', { name: /\d+ mentors found/ });
        await results.getByRole('listitem').first().waitFor();
        assert.equal(await page.locator('mentor-search mentor-profile-card').count(), 5);
        if (path === 'custom-adapter') {
          const calls = page.getByRole('complementary', { name: 'Adapter calls' }).getByRole('listitem');
          await calls.filter({ hasText: /^search / }).first().waitFor();
          assert.ok((await calls.allInnerTexts()).some((text) => text.startsWith('getViewer')), 'the viewer was asked for');
        }
        // What a page copied from it needs: its content in a <main>, and nothing axe finds (WCAG 2.2 AA).
        assert.equal(await page.getByRole('main').count(), 1);
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }
});
