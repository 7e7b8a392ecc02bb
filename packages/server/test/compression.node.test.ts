// Compression and caching over real HTTP: the API's JSON compressed as it leaves, a static folder
// (`staticRoot`) precompressed, in the coding each request asks for, byte for byte the same once decoded,
// with validators and 304s. (The demo site's own policy, chunks cached for a year, is tested in
// test/e2e/delivery.node.test.ts.)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MIN_COMPRESS_BYTES, isCompressible, negotiate } from '../src/http/encoding.ts';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { ASKED, asking, decoded, rawRequest } from './support/raw-http.ts';

describe('Accept-Encoding negotiation', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['x-gzip', 'gzip'],
    ['GZIP;Q=1', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0.8, gzip;q=0.8', 'br'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0.5, gzip', 'gzip'],
    ['gzip;q=0, *', 'br'],
    ['identity', 'identity'],
    ['gzip;q=0.5, identity', 'identity'],
    ['gzip;q=0.5', 'gzip'],
    ['identity;q=0, *;q=0', 'identity'],
    ['deflate, zstd', 'identity'],
    ['br;q=2, gzip', 'gzip'],
    ['br;q=0.001', 'br'],
  ];
  for (const [header, coding] of cases) {
    it(`${JSON.stringify(header)} → ${coding}`, () => assert.equal(negotiate(header), coding));
  }
  it('offers only what a file has', () => {
    assert.equal(negotiate('gzip, br', ['gzip']), 'gzip');
    assert.equal(negotiate('br', ['gzip']), 'identity');
    assert.equal(negotiate('br', []), 'identity');
  });
  it('compresses text formats, never images, fonts or archives', () => {
    for (const type of ['text/html; charset=utf-8', 'text/javascript', 'text/css', 'application/json', 'application/problem+json', 'image/svg+xml', 'application/manifest+json']) {
      assert.ok(isCompressible(type), type);
    }
    for (const type of ['image/png', 'image/webp', 'font/woff2', 'application/zip', 'application/octet-stream', 'application/jsonx', undefined]) {
      assert.ok(!isCompressible(type), String(type));
    }
  });
});

describe('the API compresses its JSON', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ database: testDatabase() });
  });
  after(() => server.close());

  it('a large answer in br, gzip or identity as asked, the same JSON once decoded, still no-store', async () => {
    const url = `${server.apiUrl}/openapi.json`;
    const plain = await rawRequest(url, { 'accept-encoding': 'identity' });
    assert.ok(plain.body.length > MIN_COMPRESS_BYTES);
    for (const { acceptEncoding, coding } of ASKED) {
      const reply = await rawRequest(url, asking(acceptEncoding));
      assert.equal(reply.status, 200);
      assert.equal(reply.headers['content-encoding'], coding, String(acceptEncoding));
      assert.match(String(reply.headers.vary), /\bAccept-Encoding\b/);
      assert.match(String(reply.headers.vary), /\bOrigin\b/, 'CORS still varies on Origin');
      assert.equal(reply.headers['cache-control'], 'no-store');
      assert.equal(reply.headers['content-type'], 'application/json');
      assert.equal(Number(reply.headers['content-length']), reply.body.length);
      if (coding) assert.ok(reply.body.length < plain.body.length / 4, `${coding}: ${reply.body.length} of ${plain.body.length}`);
      assert.deepEqual(decoded(reply), plain.body);
    }
  });

  it('a signed-in member’s search results too, with its own headers kept', async () => {
    const token = await server.mintToken('reader');
    const headers = { authorization: `Bearer ${token}` };
    const me = await rawRequest(`${server.apiUrl}/me`, { ...headers, 'accept-encoding': 'br' });
    assert.equal(me.status, 200);
    assert.ok(me.headers['mentor-changes-seq'], 'the freshness header survives');
    const problem = await rawRequest(`${server.apiUrl}/search?find=nobody`, { ...headers, 'accept-encoding': 'br' });
    assert.equal(problem.status, 400);
    assert.equal(problem.headers['content-type'], 'application/problem+json');
    assert.equal(JSON.parse(decoded(problem).toString()).code, 'validation');
  });

  it('small answers go as they are, and do not vary', async () => {
    const reply = await rawRequest(`${server.apiUrl}/health`, { 'accept-encoding': 'br, gzip' });
    assert.equal(reply.headers['content-encoding'], undefined);
    assert.doesNotMatch(String(reply.headers.vary), /Accept-Encoding/);
    assert.deepEqual(JSON.parse(reply.body.toString()), { status: 'ok' });
  });

  it('HEAD gives the length of what GET would send', async () => {
    const url = `${server.apiUrl}/openapi.json`;
    const get = await rawRequest(url, { 'accept-encoding': 'gzip' });
    const head = await rawRequest(url, { 'accept-encoding': 'gzip' }, 'HEAD');
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-encoding'], 'gzip');
    assert.equal(head.headers['content-length'], get.headers['content-length']);
  });
});

describe('a static folder (staticRoot)', () => {
  let server: TestServer;
  let dir: string;
  const big = (unit: string) => unit.repeat(Math.ceil((4 * MIN_COMPRESS_BYTES) / unit.length));
  const FILES: Record<string, { body: string | Buffer; type: string }> = {
    'index.html': { body: `<!doctype html><title>Members</title>${big('<p>Find a mentor among our members.</p>\n')}`, type: 'text/html; charset=utf-8' },
    'app.js': { body: big('export const greet = (name) => `Hello, ${name}`;\n'), type: 'text/javascript; charset=utf-8' },
    'site.css': { body: big('.card { padding: 1rem; border: 1px solid #ccc; }\n'), type: 'text/css; charset=utf-8' },
    'logo.svg': { body: `<svg xmlns="http://www.w3.org/2000/svg">${big('<circle cx="5" cy="5" r="4"/>')}</svg>`, type: 'image/svg+xml' },
    'data.json': { body: JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: `m-${i}`, name: 'Member' }))), type: 'application/json; charset=utf-8' },
  };
  const TINY = 'tiny.js';
  const PHOTO = 'photo.png';
  // A PNG's bytes are already compressed; these stand for them (repetitive, so gzip would shrink them).
  const photo = Buffer.alloc(8 * MIN_COMPRESS_BYTES, 7);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mentor-match-static-'));
    for (const [name, { body }] of Object.entries(FILES)) writeFileSync(join(dir, name), body);
    writeFileSync(join(dir, TINY), 'export {};\n');
    writeFileSync(join(dir, PHOTO), photo);
    server = await startTestServer({ database: testDatabase(), staticRoot: dir });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, { body, type }] of Object.entries(FILES)) {
    it(`${name}: br, gzip or identity as asked, byte for byte the file once decoded`, async () => {
      for (const { acceptEncoding, coding } of ASKED) {
        const reply = await rawRequest(`${server.url}/${name}`, asking(acceptEncoding));
        assert.equal(reply.status, 200);
        assert.equal(reply.headers['content-type'], type);
        assert.equal(reply.headers['content-encoding'], coding, String(acceptEncoding));
        assert.equal(reply.headers.vary, 'Accept-Encoding');
        assert.equal(reply.headers['cache-control'], 'no-cache');
        assert.match(String(reply.headers.etag), /^W\/"[\w-]+"$/);
        assert.ok(reply.headers['last-modified']);
        assert.equal(Number(reply.headers['content-length']), reply.body.length);
        assert.deepEqual(decoded(reply), Buffer.from(body));
      }
    });
  }

  it('the same ETag whatever the coding, and 304 for it (If-None-Match, weak, in a list, or *)', async () => {
    const url = `${server.url}/app.js`;
    const br = await rawRequest(url, { 'accept-encoding': 'br' });
    const plain = await rawRequest(url);
    const etag = String(br.headers.etag);
    assert.equal(plain.headers.etag, etag);
    for (const ifNoneMatch of [etag, etag.replace(/^W\//, ''), `"other", ${etag}`, '*']) {
      const reply = await rawRequest(url, { 'if-none-match': ifNoneMatch, 'accept-encoding': 'br' });
      assert.equal(reply.status, 304, ifNoneMatch);
      assert.equal(reply.body.length, 0);
      assert.equal(reply.headers.etag, etag);
      assert.equal(reply.headers['cache-control'], 'no-cache');
      assert.equal(reply.headers.vary, 'Accept-Encoding');
    }
    assert.equal((await rawRequest(url, { 'if-none-match': '"other"' })).status, 200);
  });

  it('If-Modified-Since: 304 unless the file changed since; an edited file gets a new ETag', async () => {
    const url = `${server.url}/site.css`;
    const first = await rawRequest(url);
    const lastModified = String(first.headers['last-modified']);
    assert.equal((await rawRequest(url, { 'if-modified-since': lastModified })).status, 304);
    assert.equal((await rawRequest(url, { 'if-modified-since': new Date(Date.parse(lastModified) - 60_000).toUTCString() })).status, 200);
    // If-None-Match wins over If-Modified-Since.
    assert.equal((await rawRequest(url, { 'if-modified-since': lastModified, 'if-none-match': '"other"' })).status, 200);

    const edited = `${String(FILES['site.css']!.body)}.new { color: red; }\n`;
    writeFileSync(join(dir, 'site.css'), edited);
    utimesSync(join(dir, 'site.css'), new Date(), new Date(Date.now() + 5_000));
    const after = await rawRequest(url, { 'if-none-match': String(first.headers.etag), 'accept-encoding': 'br' });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.etag, first.headers.etag);
    assert.equal(decoded(after).toString(), edited);
    writeFileSync(join(dir, 'site.css'), FILES['site.css']!.body);
  });

  it('never compresses an image or a tiny file, and they do not vary', async () => {
    for (const [name, body] of [[PHOTO, photo], [TINY, Buffer.from('export {};\n')]] as const) {
      const reply = await rawRequest(`${server.url}/${name}`, { 'accept-encoding': 'br, gzip' });
      assert.equal(reply.status, 200);
      assert.equal(reply.headers['content-encoding'], undefined, name);
      assert.equal(reply.headers.vary, undefined, name);
      assert.deepEqual(reply.body, body);
      assert.ok(reply.headers.etag, name);
      assert.equal((await rawRequest(`${server.url}/${name}`, { 'if-none-match': String(reply.headers.etag) })).status, 304, name);
    }
  });

  it("a CDN build's content-named chunks (in a chunks/ folder) are cached a year; its loader, beside them, is revalidated", async () => {
    mkdirSync(join(dir, 'mentor-match', 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'mentor-match', 'mentor-match.js'), FILES['app.js']!.body);
    writeFileSync(join(dir, 'mentor-match', 'chunks', 'define-3KX7QJ2A.js'), FILES['app.js']!.body);
    const chunk = await rawRequest(`${server.url}/mentor-match/chunks/define-3KX7QJ2A.js`, { 'accept-encoding': 'br' });
    assert.equal(chunk.status, 200);
    assert.equal(chunk.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(chunk.headers['content-encoding'], 'br');
    const loader = await rawRequest(`${server.url}/mentor-match/mentor-match.js`, { 'accept-encoding': 'br' });
    assert.equal(loader.headers['cache-control'], 'no-cache');
    // A file merely named like one is not a chunk.
    writeFileSync(join(dir, 'chunks.js'), 'export {};\n');
    assert.equal((await rawRequest(`${server.url}/chunks.js`)).headers['cache-control'], 'no-cache');
  });

  it('HEAD: the headers of GET, no body; other methods 405; nothing outside the folder', async () => {
    const get = await rawRequest(`${server.url}/app.js`, { 'accept-encoding': 'gzip' });
    const head = await rawRequest(`${server.url}/app.js`, { 'accept-encoding': 'gzip' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-length'], get.headers['content-length']);
    assert.equal(head.headers['content-encoding'], 'gzip');
    assert.equal((await rawRequest(`${server.url}/app.js`, {}, 'POST')).status, 405);
    assert.equal((await rawRequest(`${server.url}/%2e%2e/%2e%2e/etc/passwd`)).status, 404);
    assert.equal((await rawRequest(`${server.url}/`, { 'accept-encoding': 'br' })).headers['content-encoding'], 'br', 'a folder serves its index.html');
  });
});
