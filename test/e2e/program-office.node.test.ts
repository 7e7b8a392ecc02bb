// The demo site's Program office page (`npm start`: the real server on PGlite, here in memory), in Chromium
// under the site's strict CSP: "Program office" is offered under "Signed in as"; a member who is not staff
// sees that the page is for program staff, and their browser neither asks a staff route nor downloads the
// staff half of the REST client.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_STAFF } from '@mentor-match/demo';
import { watchPage } from './chromium.ts';
import { signInAs, useDemoSite } from './demo-site.ts';
import { findNewcomers } from './demo-members.ts';

describe('the Program office page on the demo site', { timeout: 120_000 }, () => {
  const site = useDemoSite('program-office');

  test('a member who is not staff is told the page is for program staff, and nothing of the office is fetched', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${site.url}program-office/`);
      await page.getByRole('heading', { level: 1, name: 'Program office', exact: true }).waitFor();
      const signedInAs = page.getByLabel('Signed in as');
      assert.equal(await signedInAs.locator(`option[value="${DEMO_STAFF.id}"]`).innerText(), 'Program office (staff)');
      const [member] = await findNewcomers(site.url, 1);
      assert.ok(member);
      await signInAs(page, member.id);
      const office = page.locator('mentor-program-office');
      await office.getByText('This page is for program staff.', { exact: false }).waitFor();
      assert.equal(await office.getByRole('tablist').count(), 0);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(requested.filter((path) => path.startsWith('/api/v1/staff')), [], 'no staff route asked');
      assert.deepEqual(requested.filter((path) => /\/chunks\/(staff|memory-staff-adapter|checked-staff-adapter)-/.test(path)), [], 'no staff client');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
