// The headers the server sends: the API's set on every answer (success, refusal, unknown route, CORS
// preflight), Strict-Transport-Security when configured or over HTTPS, and the pages' set on a STATIC_ROOT
// with the program's photo origins in img-src. The demo site's pages: test/e2e/headers.node.test.ts.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, createTokenVerifier } from '../src/auth/tokens.ts';
import { createApp } from '../src/http/app.ts';
import { API_SECURITY_HEADERS, DEFAULT_HSTS_MAX_AGE_SECONDS, contentSecurityPolicy } from '../src/http/security-headers.ts';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { caller } from './support/client.ts';

const MEMBER_SITE = 'https://members.example.org';

function assertApiHeaders(headers: Headers, what: string): void {
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) assert.equal(headers.get(name), value, `${what}: ${name}`);
}

describe('security headers', () => {
  let server: TestServer;
  let site: string;
  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'mentor-match-site-'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Members</title>');
    server = await startTestServer({
      database: testDatabase(),
      allowedOrigins: [MEMBER_SITE],
      staticRoot: site,
      settings: { photoOrigins: ['https://photos.example.org'] },
    });
  });
  after(async () => {
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('the API sends its set on every answer: a read, a refusal, an unknown route, a CORS preflight', async () => {
    const read = await caller(server, 'ann').get('/me');
    assert.equal(read.status, 200);
    assertApiHeaders(read.headers, 'GET /me');
    const refused = await caller(server, null).get('/me');
    assert.equal(refused.status, 401);
    assertApiHeaders(refused.headers, 'a 401');
    assertApiHeaders((await caller(server, null).get('/no-such-route')).headers, 'a 404');
    const preflight = await fetch(`${server.apiUrl}/mentorships`, {
      method: 'OPTIONS',
      headers: { origin: MEMBER_SITE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), MEMBER_SITE, 'CORS still lets the member site in');
    assertApiHeaders(preflight.headers, 'a preflight');
    assert.equal(read.headers.get('strict-transport-security'), null, 'no HSTS over plain HTTP unless configured');
  });

  it('Strict-Transport-Security: over HTTPS, a year; configured (TLS ends before the server), always, with its max-age', async () => {
    const verifyToken = await createTokenVerifier({ jwtSecret: 'x'.repeat(32), issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE });
    const plain = createApp({ db: server.db, verifyToken });
    const overHttps = await plain.fetch(new Request('https://mentoring.example.org/api/v1/program'));
    assert.equal(overHttps.headers.get('strict-transport-security'), `max-age=${DEFAULT_HSTS_MAX_AGE_SECONDS}`);
    assert.equal((await plain.fetch(new Request('http://mentoring.example.org/api/v1/program'))).headers.get('strict-transport-security'), null);
    const configured = createApp({ db: server.db, verifyToken, hstsMaxAgeSeconds: 15_552_000 });
    const answer = await configured.fetch(new Request('http://mentoring.example.org/api/v1/program'));
    assert.equal(answer.headers.get('strict-transport-security'), 'max-age=15552000');
  });

  it('a STATIC_ROOT\'s pages get the pages\' set, img-src following the program\'s photo origins as they change', async () => {
    const page = await fetch(`${server.url}/index.html`);
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy');
    assert.equal(csp, contentSecurityPolicy(['https://photos.example.org']));
    assert.match(csp!, /(^|; )frame-ancestors 'self'(;|$)/);
    assert.match(csp!, /(^|; )img-src 'self' data: https:\/\/photos\.example\.org(;|$)/);
    assert.equal(page.headers.get('x-frame-options'), 'SAMEORIGIN');
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(page.headers.get('referrer-policy'), 'same-origin');
    assert.equal(page.headers.get('cross-origin-opener-policy'), 'same-origin');
    assert.equal(page.headers.get('cross-origin-resource-policy'), 'same-origin');
    await server.reset({ photoOrigins: ['https://cdn.example.org'] });
    const after = await fetch(`${server.url}/index.html`);
    assert.match(after.headers.get('content-security-policy')!, /img-src 'self' data: https:\/\/cdn\.example\.org;/);
  });
});
