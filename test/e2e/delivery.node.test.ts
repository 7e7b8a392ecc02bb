// How the demo site (`npm start`) delivers its files, as a society's server should (README, "Put
// mentor-match on your site"): every text type compressed with brotli or gzip as the browser asks, the
// same bytes once decoded; the CDN build's content-named files cached for a year, its entries, the pages
// and the site's files revalidated (ETag, 304); the API's answers never stored. Then in Chromium: the next
// page fetches no chunk again. Every file name comes from the build's output, none is written here.
import assert from 'node:assert/strict';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { CDPSession } from 'playwright-core';
import { MIN_COMPRESS_BYTES } from '../../packages/server/src/http/encoding.ts';
import { ASKED, asking, decoded, rawRequest } from '../../packages/server/test/support/raw-http.ts';
import { watchPage } from './chromium.ts';
import { useDemoSite } from './demo-site.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Every file of the build, relative to it, `/`-separated. */
async function buildFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('the demo site’s delivery: compression and caching', { timeout: 180_000 }, () => {
  const site = useDemoSite('delivery');
  const url = (pathname: string) => new URL(pathname, site.url).href;

  test('the build’s entries are revalidated, every other file of it (named by its content) kept a year', async () => {
    const files = await buildFiles(site.cdnDir);
    const top = files.filter((file) => !file.includes('/'));
    const below = files.filter((file) => file.includes('/'));
    assert.ok(top.includes('mentor-match.js'), 'the loader is at the top');
    assert.ok(below.filter((file) => file.endsWith('.js')).length >= 5, `only ${below.length} content-named files`);
    for (const file of files) {
      const reply = await rawRequest(url(`/mentor-match/${file}`), { 'accept-encoding': 'br' }, 'HEAD');
      assert.equal(reply.status, 200, file);
      assert.equal(reply.headers['cache-control'], top.includes(file) ? 'no-cache' : IMMUTABLE, file);
      assert.ok(reply.headers.etag, file);
    }
  });

  test('JavaScript, HTML, CSS and JSON in br, gzip or identity as asked, byte for byte the same once decoded', async () => {
    const files = await buildFiles(site.cdnDir);
    // A chunk big enough to be worth compressing (the smallest, a few re-exports, go out as they are).
    const chunks = files.filter((file) => file.includes('/') && file.endsWith('.js'));
    const sizes = await Promise.all(chunks.map(async (file) => (await stat(path.join(site.cdnDir, file))).size));
    const chunk = chunks.find((_, index) => sizes[index]! >= MIN_COMPRESS_BYTES)!;
    const map = files.find((file) => file.endsWith('.js.map'))!;
    const cases: { path: string; type: RegExp; disk?: string; cache: string }[] = [
      { path: '/mentor-match/mentor-match.js', type: /^text\/javascript/, disk: path.join(site.cdnDir, 'mentor-match.js'), cache: 'no-cache' },
      { path: `/mentor-match/${chunk}`, type: /^text\/javascript/, disk: path.join(site.cdnDir, chunk), cache: IMMUTABLE },
      { path: `/mentor-match/${map}`, type: /^application\/json/, disk: path.join(site.cdnDir, map), cache: map.includes('/') ? IMMUTABLE : 'no-cache' },
      { path: '/find-a-mentor/', type: /^text\/html/, cache: 'no-cache' },
      { path: '/assets/site.css', type: /^text\/css/, disk: path.join(process.cwd(), 'examples/site/assets/site.css'), cache: 'no-cache' },
      { path: '/assets/site.js', type: /^text\/javascript/, disk: path.join(process.cwd(), 'examples/site/assets/site.js'), cache: 'no-cache' },
      { path: '/api/v1/demo/members', type: /^application\/json/, cache: 'no-store' },
    ];
    for (const { path: pathname, type, disk, cache } of cases) {
      const plain = await rawRequest(url(pathname), { 'accept-encoding': 'identity' });
      assert.equal(plain.status, 200, pathname);
      if (disk) assert.deepEqual(plain.body, await readFile(disk), `${pathname} is the file as built`);
      for (const { acceptEncoding, coding } of ASKED) {
        const reply = await rawRequest(url(pathname), asking(acceptEncoding));
        const what = `${pathname} asking ${String(acceptEncoding)}`;
        assert.equal(reply.status, 200, what);
        assert.match(String(reply.headers['content-type']), type, what);
        assert.equal(reply.headers['content-encoding'], coding, what);
        assert.match(String(reply.headers.vary), /\bAccept-Encoding\b/, what);
        assert.equal(reply.headers['cache-control'], cache, what);
        assert.equal(Number(reply.headers['content-length']), reply.body.length, what);
        if (coding) assert.ok(reply.body.length < plain.body.length, `${what}: ${reply.body.length} of ${plain.body.length} bytes`);
        assert.deepEqual(decoded(reply), plain.body, what);
      }
    }
  });

  test('304 for If-None-Match on the pages and every static file; the API is never stored', async () => {
    const files = await buildFiles(site.cdnDir);
    const paths = ['/', '/find-a-mentor/', '/assets/site.css', '/assets/logo.svg', '/examples/plain-html/', ...files.map((file) => `/mentor-match/${file}`)];
    for (const pathname of paths) {
      const first = await rawRequest(url(pathname), { 'accept-encoding': 'br' });
      const etag = String(first.headers.etag);
      const again = await rawRequest(url(pathname), { 'accept-encoding': 'br', 'if-none-match': etag });
      assert.equal(again.status, 304, pathname);
      assert.equal(again.body.length, 0, pathname);
      assert.equal(again.headers.etag, etag, pathname);
      assert.equal(again.headers['cache-control'], first.headers['cache-control'], pathname);
    }
    const page = await rawRequest(url('/find-a-mentor/'), { 'if-none-match': '"stale"' });
    assert.equal(page.status, 200);
    assert.ok(page.headers['content-security-policy'], 'the page keeps its security headers');
    const api = await rawRequest(url('/api/v1/program'), { 'accept-encoding': 'br' });
    assert.equal(api.headers['cache-control'], 'no-store');
    assert.equal(api.headers.etag, undefined);
  });

  test('in Chromium, the next page fetches no chunk again, and the loader comes back as a 304', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page);
      const cdp: CDPSession = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const fromCache = new Set<string>();
      cdp.on('Network.requestServedFromCache', ({ requestId }) => fromCache.add(requestId));
      const responses: { id: string; path: string; status: number }[] = [];
      cdp.on('Network.responseReceived', ({ requestId, response }) => {
        if (response.url.startsWith(site.url)) responses.push({ id: requestId, path: new URL(response.url).pathname, status: response.status });
      });
      const visit = async (pathname: string) => {
        await page.goto(url(pathname));
        await page.locator('mentor-search mentor-profile-card').first().getByRole('heading').waitFor();
        await page.waitForLoadState('networkidle');
        return responses.splice(0).map((r) => ({ ...r, fromServer: !fromCache.has(r.id) }));
      };
      const isChunk = (r: { path: string }) => /^\/mentor-match\/.+\//.test(r.path);

      const first = await visit('/find-a-mentor/');
      assert.ok(first.filter(isChunk).length >= 3, `the first page loads the chunks: ${JSON.stringify(first)}`);
      assert.ok(first.filter(isChunk).every((r) => r.fromServer));

      const next = await visit('/find-a-mentee/');
      const chunks = next.filter(isChunk);
      assert.ok(chunks.length >= 3, 'the next page uses the chunks too');
      // Each the first page loaded comes from the cache. One it did not need comes from the server, once (here the
      // cards' rarer parts: the words beside a badge that cannot be used, which no card on the first page showed).
      const loaded = new Set(first.filter(isChunk).map((r) => r.path));
      assert.deepEqual(chunks.filter((r) => r.fromServer && loaded.has(r.path)), [], 'no chunk from the server again: each from the cache, without asking');
      assert.deepEqual(next.filter((r) => r.path === '/mentor-match/mentor-match.js').map((r) => [r.status, r.fromServer]), [[304, true]]);
      assert.deepEqual(next.filter((r) => r.path === '/assets/site.css').map((r) => r.status), [304]);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
