// The bell on the demo site (`npm start`: the real server on PGlite, here in memory), end to end in Chromium
// under the strict CSP: a mentor on "My mentoring" sees the bell count a request another member sends, without
// a reload, and opening it takes them to the request in their console, on the page the program's settings name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { requestInput } from '@mentor-match/testkit';
import { waitForText, watchPage } from './chromium.ts';
import { signInAs, useDemoSite } from './demo-site.ts';
import { findNewcomers, signedIn } from './demo-members.ts';

describe('notifications on the demo site', { timeout: 120_000 }, () => {
  const site = useDemoSite('notifications-flow');

  test('the bell counts a new request, and opening it takes the member to the console', async () => {
    const [mentee] = await findNewcomers(site.url, 1);
    assert.ok(mentee);
    const asMentee = await signedIn(site.url, mentee.id);
    const topic = (await asMentee.getViewer()).member.mentee!.topics[0]!;
    const mentor = (await asMentee.search({ find: 'mentors', topics: [topic] })).hits.find((hit) => hit.member.id !== mentee.id)?.member;
    assert.ok(mentor, `a mentor for ${topic}`);
    const before = (await (await signedIn(site.url, mentor.id)).listNotifications()).unread;

    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page);
      await page.goto(`${site.url}my-mentoring/`);
      await signInAs(page, mentor.id);
      const bell = page.getByRole('button', { name: /^Notifications/ });
      const named = (unread: number) => (unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`);
      await page.getByRole('button', { name: named(before), exact: true }).waitFor();

      const request = await asMentee.requestMentorship(requestInput(mentor.id, 'mentee', { areas: [topic] }));
      // Heard through the page's change feed: no reload.
      await page.getByRole('button', { name: named(before + 1), exact: true }).waitFor({ timeout: 30_000 });
      assert.equal(await bell.getAttribute('aria-expanded'), 'false');

      await bell.click();
      const link = page.getByRole('link', { name: `${mentee.name} asks you to be their mentor` });
      await link.click();
      await page.waitForURL(`${site.url}my-mentoring/#mentorship=${request.id}`);
      await page.locator('mentor-relationships-console').waitFor();
      await waitForText(page.locator('mentor-relationships-console'), mentee.name);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
