// The elements on the strictest host page a web team may have: the CDN loader served with a
// Content-Security-Policy that allows only the site's own scripts and styles, data: images, and requires
// Trusted Types with Lit's policy alone. Nothing may be reported as a violation while a member searches
// and sends a request. Then hostile member content: markup in every text field and `javascript:` links
// must stay inert text.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { buildCdn } from '../../packages/elements/scripts/build.mjs';
import { badgeNote, firstOpenCard, launchChromium, tempDir, waitForText, watchPage } from './chromium.ts';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const here = path.dirname(fileURLToPath(import.meta.url));
const LOADER = '<script type="module" src="/mentor-match/mentor-match.js"></script>';

const PAGES: Record<string, string> = {
  '/demo.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Strict page</title>${LOADER}</head>
    <body><h1>Find a mentor</h1>
    <mentor-program demo><mentor-search find="mentors"></mentor-search></mentor-program></body></html>`,
  '/hostile.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hostile content</title>${LOADER}
    <script type="module" src="/hostile.js"></script></head>
    <body><mentor-program>
      <mentor-search find="mentors"></mentor-search>
      <mentor-profile-card id="given"></mentor-profile-card>
    </mentor-program>
    <mentor-program id="alone"><mentor-profile-card id="fetched" member-id="m-mallory"></mentor-profile-card></mentor-program>
    </body></html>`,
  // What zod does once unless told `jitless`: compile with `new Function`. Here on purpose, to show the
  // watch catches it (DevTools' own evaluate is exempt from the page's policy, so this must be a page script).
  '/probe.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Probe</title>
    <script type="module" src="/probe.js"></script></head><body></body></html>`,
};

const PROBE_JS = `try { new Function('return 1'); window.probe = 'eval allowed'; } catch { window.probe = 'eval blocked'; }`;

/** Every element matching `selector` in the document and in every shadow root: its `attribute`. */
function deepQuery(page: Page, selector: string, attribute: string): Promise<string[]> {
  // A string, not a function: the test runner's transpiler would wrap named inner functions in a helper
  // that does not exist in the page.
  return page.evaluate(`(() => {
    const found = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll(${JSON.stringify(selector)})) found.push(element.getAttribute(${JSON.stringify(attribute)}) ?? '');
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document);
    return found;
  })()`);
}

describe('a host page with a strict Content Security Policy and Trusted Types', { timeout: 180_000 }, () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  let build: Awaited<ReturnType<typeof tempDir>>;

  before(async () => {
    build = await tempDir('csp');
    await buildCdn({ outdir: build.dir });
    const hostile = await esbuild.build({
      entryPoints: [path.join(here, 'fixtures', 'hostile-page.ts')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      tsconfig: path.join(here, '../../tsconfig.base.json'),
      logLevel: 'warning',
    });
    const hostileJs = hostile.outputFiles[0]!.contents;
    server = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const headers = { 'content-security-policy': CSP, 'cache-control': 'no-store' };
      try {
        if (url.pathname in PAGES) {
          res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(PAGES[url.pathname]);
        } else if (url.pathname === '/probe.js') {
          res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(PROBE_JS);
        } else if (url.pathname === '/hostile.js') {
          res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(hostileJs);
        } else if (url.pathname.startsWith('/mentor-match/') && !url.pathname.includes('..')) {
          const body = await readFile(path.join(build.dir, url.pathname.slice('/mentor-match/'.length)));
          const type = url.pathname.endsWith('.js') ? 'text/javascript' : 'application/json';
          res.writeHead(200, { ...headers, 'content-type': type }).end(body);
        } else {
          res.writeHead(404, headers).end();
        }
      } catch {
        res.writeHead(404, headers).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await build?.remove();
  });

  test('search and a request work, and nothing is reported as a violation', async () => {
    const page = await browser.newPage();
    try {
      const problems = await watchPage(page);
      await page.goto(`${origin}/demo.html`);
      const results = page.getByRole('list', { name: /mentors found/ });
      await results.getByRole('listitem').first().waitFor();

      const item = results.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Request as mentor', disabled: false }) }).first();
      const mentor = (await item.getByRole('heading').innerText()).trim();
      const card = results.getByRole('listitem').filter({ has: page.getByRole('heading', { name: mentor, exact: true }) });
      await card.getByRole('button', { name: 'Request as mentor' }).click();
      const dialog = page.getByRole('dialog', { name: `Ask ${mentor} to be your mentor` });
      await dialog.getByRole('checkbox').first().check();
      await dialog.getByLabel('Your goals').fill('Learn to run a site safely.');
      await dialog.getByRole('button', { name: 'Send' }).click();
      await waitForText(badgeNote(card), /^Request sent · expires /);

      // Avatars are data: images; they must have loaded, not been blocked.
      assert.ok((await deepQuery(page, 'img[src^="data:"]', 'src')).length > 0, 'no generated avatar shown');
      assert.deepEqual(problems, [], 'no CSP or Trusted Types violation, no error');

      // The policy is really enforced: no HTML from strings.
      const html = await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>raw</b>');
          return 'allowed';
        } catch {
          return 'blocked';
        }
      });
      assert.equal(html, 'blocked');
    } finally {
      await page.close();
    }
  });

  test('on the in-page demo, a change whose code cannot download says so in words, and the form stays usable', async () => {
    const context = await browser.newContext();
    try {
      // The service's changes load with a member's first change (core's memory-adapter.ts): here they fail.
      let refused = 0;
      let blocked = true;
      await context.route('**/mentor-match/chunks/mentoring-service-*.js', async (route) => {
        if (!blocked) return route.continue();
        refused += 1;
        await route.abort('internetdisconnected');
      });
      const page = await context.newPage();
      await page.goto(`${origin}/demo.html`);
      const results = page.getByRole('list', { name: /mentors found/ });
      await results.getByRole('listitem').first().waitFor();
      assert.equal(refused, 0, 'the first search downloaded the service\'s changes');

      const { mentor, card } = await firstOpenCard(page, results);
      await card.getByRole('button', { name: 'Request as mentor' }).click();
      const dialog = page.getByRole('dialog', { name: `Ask ${mentor} to be your mentor` });
      await dialog.getByRole('checkbox').first().check();
      await dialog.getByLabel('Your goals').fill('Learn to run a site safely.');
      await dialog.getByRole('button', { name: 'Send' }).click();
      await waitForText(dialog.getByRole('alert'), 'We could not reach the mentoring service. Check your connection and try again.');
      assert.ok(refused > 0, 'the change did not ask for its code');

      // What the member wrote is kept, and once the code downloads, Send sends it.
      assert.equal(await dialog.getByLabel('Your goals').inputValue(), 'Learn to run a site safely.');
      blocked = false;
      await dialog.getByRole('button', { name: 'Send' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await waitForText(badgeNote(card), /^Request sent · expires /);
    } finally {
      await context.close();
    }
  });

  test('the watch sees what zod\'s probe would cause: code compiled from a string', async () => {
    const page = await browser.newPage();
    try {
      const problems = await watchPage(page);
      await page.goto(`${origin}/probe.html`);
      await page.waitForFunction(() => 'probe' in window);
      assert.equal(await page.evaluate(() => (window as unknown as { probe: string }).probe), 'eval blocked');
      await page.waitForFunction(() => true);
      // Trusted Types refuses it first (the `Function` sink); without them, script-src would (`eval`).
      assert.ok(problems.some((problem) => /^violation: (require-trusted-types-for blocked trusted-types-sink Function|script-src\S* blocked eval)/.test(problem)), problems.join('; '));
    } finally {
      await page.close();
    }
  });

  test('member text with markup and javascript: links stays inert', async () => {
    const page = await browser.newPage();
    try {
      const problems = await watchPage(page);
      await page.goto(`${origin}/hostile.html`);
      await page.waitForFunction(() => (window as unknown as { hostileReady?: boolean }).hostileReady === true);

      // In the search results: the name, headline and reasons as text.
      const search = page.getByRole('search', { name: 'Find a mentor' });
      await search.getByLabel('Keywords').fill('Mallory');
      await search.getByRole('button', { name: 'Search' }).click();
      const results = page.getByRole('list', { name: /mentors? found/ });
      const name = results.getByRole('button', { name: /^Mallory <img src=x onerror=/ });
      await name.waitFor();

      // In the profile dialog: the bio and the mentor statement as text.
      await name.click();
      const dialog = page.getByRole('dialog', { name: /^Mallory <img/ });
      await dialog.getByText('<script>window.__pwned=1</script>', { exact: false }).waitFor();
      await dialog.getByRole('link', { name: 'https://example.org/mallory' }).waitFor();
      await dialog.getByRole('button', { name: 'Close' }).click();

      // A card given the member by the page, with a javascript: link: the link is shown as text.
      const given = page.locator('#given');
      await given.getByRole('button', { name: /^Mallory/ }).click();
      const givenDialog = given.getByRole('dialog');
      await givenDialog.getByText('javascript:window.__pwned=1', { exact: true }).waitFor();
      await givenDialog.getByRole('link', { name: 'https://example.org/mallory' }).waitFor();
      await givenDialog.getByRole('button', { name: 'Close' }).click();

      // A card that fetches the member and gets a javascript: link from the adapter refuses the answer.
      await page.locator('#fetched').getByRole('alert').filter({ hasText: 'invalid-response' }).waitFor();

      await page.waitForTimeout(500); // an injected <img onerror> would have fired by now
      assert.deepEqual(await deepQuery(page, 'img:not([src^="data:"])', 'src'), [], 'an <img> was made from member text');
      assert.deepEqual(await deepQuery(page, 'script', 'src'), ['/mentor-match/mentor-match.js', '/hostile.js']);
      const hrefs = await deepQuery(page, 'a[href]', 'href');
      assert.ok(hrefs.includes('https://example.org/mallory'));
      assert.deepEqual(hrefs.filter((href) => !href.startsWith('https:')), [], 'a link that is not https');
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
      // Nor did member text ever reach a sink that Trusted Types guards.
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
