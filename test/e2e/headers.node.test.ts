// The demo site's headers as `npm start` sends them, and what they do in Chromium: another origin cannot
// frame the pages (frame-ancestors 'self'), the site itself can; a member site of another origin still
// calls the API with CORS, while an opaque `no-cors` read of it is blocked (Cross-Origin-Resource-Policy).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { DEMO_PROGRAM_SETTINGS } from '@mentor-match/demo';
import type { Browser } from 'playwright-core';
import { contentSecurityPolicy } from '../../packages/server/src/http/security-headers.ts';
import { startDemo } from '../../scripts/start.mjs';
import { launchChromium, tempDir } from './chromium.ts';

const PHOTOS = 'https://photos.example.org';

describe('the demo site\'s headers', () => {
  let demo: Awaited<ReturnType<typeof startDemo>>;
  let build: Awaited<ReturnType<typeof tempDir>>;
  let memberSite: Server;
  let memberOrigin: string;
  let browser: Browser;

  before(async () => {
    // A member site on another origin (another port): a page that frames the demo, and nothing else.
    memberSite = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Member site</title><iframe src="${demo.url}find-a-mentor/"></iframe>`);
    });
    await new Promise<void>((resolve) => memberSite.listen(0, '127.0.0.1', resolve));
    memberOrigin = `http://127.0.0.1:${(memberSite.address() as { port: number }).port}`;
    build = await tempDir('headers');
    demo = await startDemo({
      port: 0, cdnDir: build.dir, build: false, dataDir: 'memory://', log: 'warn', allowedOrigins: [memberOrigin],
      settings: { ...DEMO_PROGRAM_SETTINGS, photoOrigins: [PHOTOS] },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
    await new Promise((resolve) => memberSite.close(resolve));
    await build?.remove();
  });

  it('pages, their files and a 404 carry the pages\' set: framing by their own origin only, img-src following the photo origins', async () => {
    for (const path of ['', 'find-a-mentor/', 'assets/site.css', 'no-such-page']) {
      const response = await fetch(`${demo.url}${path}`);
      const headers = response.headers;
      assert.equal(headers.get('content-security-policy'), contentSecurityPolicy([PHOTOS]), `/${path}`);
      assert.match(headers.get('content-security-policy')!, /(^|; )frame-ancestors 'self'(;|$)/);
      assert.match(headers.get('content-security-policy')!, /(^|; )img-src 'self' data: https:\/\/photos\.example\.org(;|$)/);
      assert.equal(headers.get('x-frame-options'), 'SAMEORIGIN', `/${path}`);
      assert.equal(headers.get('x-content-type-options'), 'nosniff', `/${path}`);
      assert.equal(headers.get('referrer-policy'), 'same-origin', `/${path}`);
      assert.equal(headers.get('cross-origin-opener-policy'), 'same-origin', `/${path}`);
      assert.equal(headers.get('cross-origin-resource-policy'), 'same-origin', `/${path}`);
      assert.equal(headers.get('strict-transport-security'), null, 'plain HTTP, not configured');
    }
  });

  it('another origin cannot frame a page; the site\'s own page can', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${memberOrigin}/`);
      const framed = page.frames().find((frame) => frame !== page.mainFrame());
      assert.ok(framed, 'the member site has a frame');
      await framed.waitForLoadState();
      assert.ok(framed.url().startsWith('chrome-error:'), `the demo page did not load in the frame (${framed.url()})`);

      await page.goto(`${demo.url}find-a-mentee/`);
      const title = await page.evaluate(async (src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        document.body.append(frame);
        await loaded;
        return frame.contentDocument?.title ?? null;
      }, `${demo.url}find-a-mentor/`);
      assert.match(title ?? '', /mentor/i, 'framed by its own origin, the page loads');
    } finally {
      await page.close();
    }
  });

  it('a member site of another origin calls the API with CORS; an opaque no-cors read of it is blocked', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${memberOrigin}/`);
      const outcome = await page.evaluate(async (api) => {
        const cors = await fetch(`${api}/program`, { credentials: 'include' });
        const program = (await cors.json()) as { name: string };
        const opaque = await fetch(`${api}/program`, { mode: 'no-cors' }).then(() => 'read', (error: Error) => `blocked: ${error.name}`);
        return { status: cors.status, name: program.name, opaque };
      }, `${demo.url}api/v1`);
      assert.deepEqual(outcome, { status: 200, name: DEMO_PROGRAM_SETTINGS.name, opaque: 'blocked: TypeError' });
    } finally {
      await page.close();
    }
  });
});
