// The first load of a page with `<mentor-program api>` and `<mentor-search>` (the real server of `npm start`
// on in-memory PGlite, its CDN build, Debian's Chromium): no waterfall before the first answers. The page is
// the least a member site writes: the loader, the two elements, and the site's token getter, set before the
// loader runs (the demo server mints the token for a demo member).
//
// - Round trips: with 150 ms of latency on every request, a file asked for before any file of the round trip
//   before it had arrived belongs to that round trip. Before the first API request there are at most two:
//   the loader, then every chunk the page needs at once (module preloads, the REST adapter's included). A
//   chunk the browser learnt of only from another chunk's imports would take a third.
// - The first search goes out with the program's reads (/program and /me), not after their answers: the
//   test holds those two answers back until /search has been asked for.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { waitForText, watchPage } from './chromium.ts';
import { useDemoSite } from './demo-site.ts';

interface Sent {
  url: string;
  /** When it was asked for, and when its answer had arrived, in seconds (Chromium's clock). */
  sentAt: number;
  finishedAt: number;
}

const isApi = (url: string) => /\/api\/v1\/(program|me|search)(\?|$)/.test(new URL(url).pathname + new URL(url).search);
/** The loader and its chunks. */
const isOurs = (url: string) => /^\/mentor-match\/.*\.js$/.test(new URL(url).pathname);

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Find a mentor</title>
  <script type="module">
    const call = (path, init) => fetch('/api/v1/demo/' + path, init).then((answer) => answer.json());
    const session = call('members').then(({ members }) => call('session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ memberId: members.find((member) => member.roles.includes('mentee') && !member.paused).id }),
    }));
    document.querySelector('mentor-program').getToken = async () => (await session).token;
  </script>
  <script type="module" src="/mentor-match/mentor-match.js"></script>
</head>
<body>
  <main>
    <h1>Find a mentor</h1>
    <mentor-program api="/api/v1"><mentor-search find="mentors"></mentor-search></mentor-program>
  </main>
</body>
</html>`;

/** Opens that page (served by the test, on the demo server's origin, so the loader and the API are its own). */
async function openPage(page: Page, origin: string): Promise<void> {
  await page.route(`${origin}first-load/`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto(`${origin}first-load/`);
}

describe('the first load of a page with <mentor-program api> and <mentor-search>', { timeout: 120_000 }, () => {
  const site = useDemoSite('first-load');

  test('at most two JavaScript round trips before the first API request: the loader, then every chunk at once', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      // Every request takes at least 150 ms: what is asked for in one go is sent long before any of it arrives.
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: -1, uploadThroughput: -1 });
      const sent = new Map<string, Sent>();
      cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp }) => {
        sent.set(requestId, { url: request.url, sentAt: timestamp, finishedAt: Infinity });
      });
      cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
        const request = sent.get(requestId);
        if (request) request.finishedAt = timestamp;
      });
      await openPage(page, site.url);
      await waitForText(page.getByRole('status'), /\d+ mentors? found/);

      // A file's round trip: one more than the latest of the loader's files that had arrived before it was asked for.
      const files = [...sent.values()].filter((request) => isOurs(request.url)).sort((a, b) => a.sentAt - b.sentAt);
      const roundTrip = new Map<Sent, number>();
      const roundTripsBefore = (at: number) => Math.max(0, ...files.filter((file) => file.finishedAt <= at).map((file) => roundTrip.get(file) ?? 0));
      for (const file of files) roundTrip.set(file, roundTripsBefore(file.sentAt) + 1);
      const firstApi = [...sent.values()].filter((request) => isApi(request.url)).sort((a, b) => a.sentAt - b.sentAt)[0];
      assert.ok(firstApi, 'the page asked the API');
      const table = files.map((file) => `${roundTrip.get(file)}: ${new URL(file.url).pathname}`).join('\n');
      assert.equal(roundTrip.get(files[0]!), 1);
      assert.equal(new URL(files[0]!.url).pathname, '/mentor-match/mentor-match.js', table);
      assert.ok(roundTripsBefore(firstApi.sentAt) <= 2, `JavaScript round trips before ${firstApi.url}:\n${table}`);
      // Everything the page loaded before its first answer was asked for in those two.
      const firstAnswer = Math.min(...[...sent.values()].filter((request) => isApi(request.url)).map((request) => request.finishedAt));
      const late = files.filter((file) => file.sentAt < firstAnswer && roundTrip.get(file)! > 2);
      assert.deepEqual(late.map((file) => file.url), [], `files asked for in a third round trip:\n${table}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the first /search goes out together with /program and /me, not after their answers', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page);
      let searched!: () => void;
      const searchAsked = new Promise<void>((resolve) => (searched = resolve));
      const held: string[] = [];
      // /program and /me are answered only once /search has been asked for: were the search waiting for
      // them, it would never be, and the results below would never come.
      const holdUntilSearch = async (route: Route) => {
        held.push(new URL(route.request().url()).pathname);
        await searchAsked;
        await route.continue();
      };
      await page.route('**/api/v1/program', holdUntilSearch);
      await page.route('**/api/v1/me', holdUntilSearch);
      await page.route('**/api/v1/search?**', async (route) => {
        searched();
        await route.continue();
      });
      await page.route('**/api/v1/search', async (route) => {
        searched();
        await route.continue();
      });
      await openPage(page, site.url);
      await waitForText(page.getByRole('status'), /\d+ mentors? found/);
      assert.ok(held.includes('/api/v1/program') && held.includes('/api/v1/me'), `held back: ${held.join(', ')}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
