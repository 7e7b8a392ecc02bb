// How many requests the demo site's pages make to the API after a member's action (the real server,
// here on in-memory PGlite, and Debian's Chromium). Every element on a page reads through the one
// resource cache of its <mentor-program>: one change refetches each resource it affects once, and the
// change poll that reports this page's own change fetches nothing again.
//
// No sleeping: the page's clock is paused once it has loaded, so nothing happens in it but the member's
// action and what that action's answers lead to; the change poll (every 5 s) comes due only when the
// test moves the clock on 8 seconds.
import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { watchApi, type ApiRequests } from './api-requests.ts';
import { badgeNote, firstOpenCard, sendRequestFromCard, waitForText, watchPage } from './chromium.ts';
import { signInAs, useDemoSite, type DemoSite } from './demo-site.ts';
import { findNewcomers, requestFromNewcomer } from './demo-members.ts';

/** How long after the action requests are counted: the change poll runs every 5 seconds. */
const WINDOW_MS = 8000;

interface Watched {
  context: BrowserContext;
  page: Page;
  api: ApiRequests;
  problems: string[];
}

/** A page of the site signed in as `memberId`, its clock under the test's control and its API requests recorded. */
async function openSignedIn(site: DemoSite, path: string, memberId: string): Promise<Watched> {
  const context = await site.browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.clock.install();
  const api = watchApi(page);
  await page.goto(`${site.url}${path}`);
  await signInAs(page, memberId);
  return { context, page, api, problems };
}

/** Once the page has loaded: its clock stops where it stands, and counting starts. */
async function startCounting({ page, api }: Watched): Promise<void> {
  await api.quiet();
  await pauseClock(page);
  api.start();
}

/**
 * Stops the page's clock a moment ahead of the page's own time. The page's time runs on while the test asks
 * for it: on a busy machine past the moment asked for, which Playwright refuses ("Cannot fast-forward to the
 * past"); then it is asked again.
 */
async function pauseClock(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.clock.pauseAt(await page.evaluate(() => Date.now() + 20));
    } catch (error) {
      if (attempt >= 5 || !/to the past/.test(String(error))) throw error;
    }
  }
}

/**
 * After the action's own answers: the change poll comes due, and whatever it leads to settles. Resolves
 * with the changes the poll reported (the action's own among them).
 */
async function pollAndSettle({ page, api }: Watched): Promise<{ kind: string; id: string }[]> {
  await api.quiet();
  const poll = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/api/v1/changes'));
  await page.clock.runFor(WINDOW_MS);
  const { changes } = (await (await poll).json()) as { changes: { kind: string; id: string }[] };
  await api.quiet();
  return changes;
}

function report(t: TestContext, what: string, api: ApiRequests): void {
  t.diagnostic(`${what}: ${api.sent.length} requests, ${api.reads().length} reads, ${api.repeatCount()} of them repeats`);
  for (const request of api.sent) t.diagnostic(`  ${request}`);
}

describe('requests to the API after a member’s action', { timeout: 240_000 }, () => {
  const site = useDemoSite('request-counts');

  test('sending a request from Find a mentor showing 10 cards: at most 4 reads, none of them twice', async (t) => {
    const [mentee] = await findNewcomers(site.url, 1);
    assert.ok(mentee);
    const watched = await openSignedIn(site, 'find-a-mentor/', mentee.id);
    const { context, page, api, problems } = watched;
    try {
      const cards = page.locator('mentor-search mentor-profile-card');
      await cards.nth(9).waitFor();
      assert.equal(await cards.count(), 10);
      const { mentor, card } = await firstOpenCard(page, page.getByRole('list', { name: /mentors? found/ }));
      await startCounting(watched);

      await sendRequestFromCard(page, card, mentor);
      const polled = await pollAndSettle(watched);

      report(t, 'after sending', api);
      assert.deepEqual(api.sent.filter((request) => !request.startsWith('GET ')), ['POST /api/v1/mentorships']);
      assert.ok(polled.some((change) => change.kind === 'mentorship'), 'the poll reported the request again');
      assert.ok(api.reads().length <= 4, `at most 4 reads: ${api.reads().join(', ')}`);
      assert.deepEqual(api.repeats(), [], 'no read twice');
      assert.deepEqual(api.reads().filter((read) => read.startsWith('GET /api/v1/members/')), [], 'no card asks for its member');
      assert.equal(await cards.count(), 10);
      await waitForText(badgeNote(card), /^Request sent · expires /);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('accepting a request in the console: 3 reads (the viewer, the list, the poll), none of them twice', async (t) => {
    const { mentee, mentor, mentorship } = await requestFromNewcomer(site.url, 'Counting requests.');
    const watched = await openSignedIn(site, 'my-mentoring/', mentor.id);
    const { context, page, api, problems } = watched;
    try {
      const item = (section: string) =>
        page
          .locator('mentor-relationships-console')
          .getByRole('region', { name: new RegExp(`^${section} \\(\\d+\\)$`) })
          .getByRole('listitem', { name: mentee.name, exact: true });
      await item('Pending').getByRole('button', { name: 'Accept' }).waitFor();
      await startCounting(watched);

      await item('Pending').getByRole('button', { name: 'Accept' }).click();
      await item('Active').getByRole('link', { name: mentee.email }).waitFor();
      const polled = await pollAndSettle(watched);

      report(t, 'after accepting', api);
      assert.deepEqual(api.sent.filter((request) => !request.startsWith('GET ')), [
        `POST /api/v1/mentorships/${encodeURIComponent(mentorship.id)}/accept`,
      ]);
      assert.ok(polled.some((change) => change.id === mentorship.id), 'the poll reported the accept again');
      assert.deepEqual(api.reads().map((read) => read.replace(/\?.*$/, '')).sort(), [
        'GET /api/v1/changes', 'GET /api/v1/me', 'GET /api/v1/mentorships',
      ]);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
