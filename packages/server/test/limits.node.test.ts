// Limits that hold: calls without a valid token (refused ones included) and /health are rate-limited per
// client address; the client address is read from X-Forwarded-For only when the connecting peer is a
// trusted proxy; a short shared secret stops the start; tokens living too long or issued in the future
// are refused.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, createTokenVerifier } from '../src/auth/tokens.ts';
import { TrustedProxies } from '../src/http/client-address.ts';
import { startServer } from '../src/server.ts';
import { silentLogger } from '../src/log.ts';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';

const BURST = 3;

describe('rate limits per client address', () => {
  let server: TestServer;
  let n = 0;
  /** A client of its own: the server trusts 127.0.0.1 as its proxy, which names the client. */
  const client = () => `203.0.113.${++n}`;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.apiUrl}${path}`, { headers });
  const statuses = async (times: number, call: () => Promise<Response>) => {
    const seen: number[] = [];
    for (let i = 0; i < times; i++) seen.push((await call()).status);
    return seen;
  };

  before(async () => {
    server = await startTestServer({ database: testDatabase(), rateLimit: { perMinute: 6, burst: BURST }, trustedProxies: ['127.0.0.1'] });
  });
  after(() => server.close());

  it('calls without a token: 401 until the address\'s burst is spent, then 429 problem+json with Retry-After', async () => {
    const from = { 'x-forwarded-for': client() };
    assert.deepEqual(await statuses(5, () => get('/me', from)), [401, 401, 401, 429, 429]);
    const reply = await get('/mentorships', from);
    assert.equal(reply.status, 429);
    assert.equal(reply.headers.get('content-type'), 'application/problem+json');
    assert.equal(((await reply.json()) as { code: string }).code, 'network');
    assert.ok(Number(reply.headers.get('retry-after')) >= 1);
  });

  it('refused tokens count too (forged, expired, malformed), and unknown routes', async () => {
    const from = client();
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('someone').setIssuer(DEFAULT_ISSUER)
      .setAudience(DEFAULT_AUDIENCE).setExpirationTime('10m').sign(new TextEncoder().encode('not the server secret, but long enough'));
    const expired = await server.mintToken('someone', { ttlSeconds: -60 });
    const calls = [`Bearer ${forged}`, `Bearer ${expired}`, 'Bearer not.a.jwt'].map((authorization) => () =>
      get('/me', { authorization, 'x-forwarded-for': from }));
    const seen = [];
    for (const call of calls) seen.push((await call()).status);
    seen.push((await get('/no-such-route', { 'x-forwarded-for': from })).status);
    assert.deepEqual(seen, [401, 401, 401, 429]);
  });

  it('/health and the OpenAPI document are limited per address', async () => {
    for (const path of ['/health', '/openapi.json']) {
      const from = { 'x-forwarded-for': client() };
      assert.deepEqual(await statuses(BURST + 1, () => get(path, from)), [...Array(BURST).fill(200), 429], path);
    }
  });

  it('a member with a valid token is limited as that member, not by the address others spent', async () => {
    const from = client();
    await statuses(BURST + 1, () => get('/me', { 'x-forwarded-for': from }));
    const token = await server.mintToken('busy-member');
    assert.equal((await get('/me', { authorization: `Bearer ${token}`, 'x-forwarded-for': from })).status, 200);
  });

  it('each client address has its bucket: one spent leaves the next untouched', async () => {
    const spent = client();
    await statuses(BURST + 1, () => get('/me', { 'x-forwarded-for': spent }));
    assert.equal((await get('/me', { 'x-forwarded-for': client() })).status, 401);
  });

  it('the client is the right-most address no trusted proxy added: what the client wrote itself is not believed', async () => {
    const real = client();
    // The client claims to be someone else; the proxy appends the address it saw.
    for (let i = 0; i < BURST; i++) await get('/me', { 'x-forwarded-for': `198.51.100.${i}, ${real}` });
    assert.equal((await get('/me', { 'x-forwarded-for': `198.51.100.99, ${real}` })).status, 429);
  });
});

describe('X-Forwarded-For without trusted proxies', () => {
  it('is ignored: every caller is the connecting peer (one bucket for 127.0.0.1)', async () => {
    const server = await startTestServer({ database: testDatabase(), rateLimit: { perMinute: 6, burst: BURST } });
    try {
      const seen = [];
      for (let i = 0; i < BURST + 1; i++) seen.push((await fetch(`${server.apiUrl}/me`, { headers: { 'x-forwarded-for': `203.0.113.${i}` } })).status);
      assert.deepEqual(seen, [401, 401, 401, 429]);
    } finally {
      await server.close();
    }
  });
});

describe('TrustedProxies', () => {
  it('reads addresses and CIDR ranges, IPv4 and IPv6; refuses anything else naming TRUSTED_PROXIES', () => {
    const proxies = new TrustedProxies(['10.0.0.0/8', '192.168.1.7', '2001:db8::/32', '::1']);
    assert.equal(proxies.includes('10.1.2.3'), true);
    assert.equal(proxies.includes('::ffff:10.1.2.3'), true, 'an IPv4 address as IPv6 sees it');
    assert.equal(proxies.includes('192.168.1.7'), true);
    assert.equal(proxies.includes('192.168.1.8'), false);
    assert.equal(proxies.includes('2001:db8:1::5'), true);
    assert.equal(proxies.includes('::1'), true);
    assert.equal(proxies.includes('not an address'), false);
    for (const bad of ['10.0.0.0/33', 'proxy.example.org', '1.2.3', '10.0.0.0/x']) {
      assert.throws(() => new TrustedProxies([bad]), /TRUSTED_PROXIES/, bad);
    }
  });

  it('the client: the peer when it is not trusted; else the right-most untrusted hop, or the left-most when every hop is trusted', () => {
    const proxies = new TrustedProxies(['127.0.0.1', '10.0.0.0/8']);
    assert.equal(proxies.clientAddress('198.51.100.1', '203.0.113.9'), '198.51.100.1', 'an untrusted peer is the client');
    assert.equal(proxies.clientAddress('127.0.0.1', undefined), '127.0.0.1');
    assert.equal(proxies.clientAddress('127.0.0.1', '203.0.113.9'), '203.0.113.9');
    assert.equal(proxies.clientAddress('::ffff:127.0.0.1', 'spoofed, 203.0.113.9, 10.0.0.2'), '203.0.113.9');
    assert.equal(proxies.clientAddress('127.0.0.1', '10.0.0.3, 10.0.0.2'), '10.0.0.3');
    assert.equal(proxies.clientAddress('127.0.0.1', '[2001:db8::1]:4711'), '2001:db8::1', 'brackets and a port are not part of it');
    assert.equal(proxies.clientAddress('127.0.0.1', '203.0.113.9:4711'), '203.0.113.9');
    assert.equal(new TrustedProxies([]).clientAddress('127.0.0.1', '203.0.113.9'), '127.0.0.1', 'none trusted: the header is ignored');
  });
});

describe('the shared secret', () => {
  const claims = { issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE };

  it('shorter than 32 bytes stops the start, naming AUTH_JWT_SECRET', async () => {
    await assert.rejects(createTokenVerifier({ jwtSecret: 'x'.repeat(31), ...claims }), /AUTH_JWT_SECRET must be at least 32 bytes \(it is 31\)/);
    await assert.rejects(startServer({ auth: { jwtSecret: 'secret' }, dataDir: 'memory://', log: silentLogger, jobsIntervalMs: 0 }), /AUTH_JWT_SECRET/);
    await createTokenVerifier({ jwtSecret: 'x'.repeat(32), ...claims });
    await createTokenVerifier({ jwtSecret: 'é'.repeat(16), ...claims }); // 32 bytes in UTF-8
  });

  it('main.ts exits with the message', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', DEMO: '', AUTH_JWT_SECRET: 'too-short', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    assert.equal(await new Promise<number | null>((resolve) => child.on('exit', resolve)), 1);
    assert.match(stderr, /AUTH_JWT_SECRET must be at least 32 bytes/);
  });
});
