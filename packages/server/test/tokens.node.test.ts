// Token verification for each way a member site can sign: a shared secret, a public key, a JWKS URL.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, createTokenVerifier, mintToken } from '../src/auth/tokens.ts';

const claims = { issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE };
/** Shared secrets of the length the server requires (32 bytes). */
const SECRET = 'a shared secret of thirty-two bytes';
const OTHER_SECRET = 'another secret, also long enough!';

async function signed(key: CryptoKey, alg: string, build: (jwt: SignJWT) => SignJWT = (jwt) => jwt, kid?: string) {
  const jwt = new SignJWT({ name: 'Ada', email: 'ada@example.org' })
    .setProtectedHeader({ alg, ...(kid ? { kid } : {}) })
    .setSubject('m-1').setIssuer(DEFAULT_ISSUER).setAudience(DEFAULT_AUDIENCE).setExpirationTime('5m');
  return build(jwt).sign(key);
}

const refused = async (promise: Promise<unknown>, pattern: RegExp) =>
  assert.rejects(promise, (error: { code?: string; message: string }) => error.code === 'unauthenticated' && pattern.test(error.message));

describe('token verification', () => {
  it('HS256 shared secret: the member and their claims; expiry, issuer and audience checked', async () => {
    const verify = await createTokenVerifier({ jwtSecret: SECRET, ...claims });
    const { token } = await mintToken({ jwtSecret: SECRET, ...claims }, { memberId: 'm-1', name: 'Ada', email: 'ada@example.org' }, 60);
    assert.deepEqual(await verify(token), { memberId: 'm-1', name: 'Ada', email: 'ada@example.org' });
    await refused(verify((await mintToken({ jwtSecret: SECRET, ...claims }, { memberId: 'm-1' }, -10)).token), /expired/);
    await refused(verify((await mintToken({ jwtSecret: OTHER_SECRET, ...claims }, { memberId: 'm-1' }, 60)).token), /refused/);
    await refused(verify((await mintToken({ jwtSecret: SECRET, ...claims, audience: 'else' }, { memberId: 'm-1' }, 60)).token), /refused/);
    await refused(verify((await mintToken({ jwtSecret: SECRET, ...claims }, { memberId: 'not a valid id!' }, 60)).token), /member id/);
  });

  it('an email claim the profile would refuse is left out; a name is cleaned (core\'s storableAccount)', async () => {
    const verify = await createTokenVerifier({ jwtSecret: SECRET, ...claims });
    const { token } = await mintToken({ jwtSecret: SECRET, ...claims }, { memberId: 'm-1', name: 'Ada\u0000', email: 'not an address' }, 60);
    assert.deepEqual(await verify(token), { memberId: 'm-1', name: 'Ada' });
  });

  it('a token without exp is refused', async () => {
    const verify = await createTokenVerifier({ jwtSecret: SECRET, ...claims });
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('m-1').setIssuer(DEFAULT_ISSUER)
      .setAudience(DEFAULT_AUDIENCE).sign(new TextEncoder().encode(SECRET));
    await refused(verify(token), /refused/);
  });

  it('RS256 with the member site\'s public key; shared-secret tokens are then refused', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const verify = await createTokenVerifier({ publicKey: await exportSPKI(publicKey), ...claims });
    assert.equal((await verify(await signed(privateKey, 'RS256'))).memberId, 'm-1');
    await refused(verify((await mintToken({ jwtSecret: OTHER_SECRET, ...claims }, { memberId: 'm-1' }, 60)).token), /shared-secret/);
    const other = await generateKeyPair('RS256');
    await refused(verify(await signed(other.privateKey, 'RS256')), /refused/);
  });

  it('ES256 from a JWKS URL', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'site-1', alg: 'ES256', use: 'sig' };
    const jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', () => resolve()));
    try {
      const { port } = jwks.address() as AddressInfo;
      const verify = await createTokenVerifier({ jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`, ...claims });
      assert.equal((await verify(await signed(privateKey, 'ES256', undefined, 'site-1'))).memberId, 'm-1');
      const other = await generateKeyPair('ES256');
      await refused(verify(await signed(other.privateKey, 'ES256', undefined, 'site-1')), /refused/);
    } finally {
      jwks.close();
    }
  });

  it('staff: the configured claim holding the value (a string, or a list holding it), or a member id listed', async () => {
    const verify = await createTokenVerifier({ jwtSecret: SECRET, ...claims, staff: { claim: 'roles', value: 'mentoring-staff', ids: ['boss'] } });
    const token = async (memberId: string, extra: Record<string, unknown>) => (await mintToken({ jwtSecret: SECRET, ...claims }, { memberId, extra }, 60)).token;
    const staff = async (memberId: string, extra: Record<string, unknown> = {}) => (await verify(await token(memberId, extra))).staff === true;
    assert.equal(await staff('m-1', { roles: ['subscriber', 'mentoring-staff'] }), true, 'WordPress: a list of roles holding it');
    assert.equal(await staff('m-1', { roles: 'mentoring-staff' }), true, 'a string');
    assert.equal(await staff('m-1', { roles: ['subscriber'] }), false, 'a list without it');
    assert.equal(await staff('m-1', { roles: 'mentoring-staff-alumni' }), false, 'the value exactly, not a part of it');
    assert.equal(await staff('m-1', { roles: [['mentoring-staff']] }), false, 'not nested deeper');
    assert.equal(await staff('m-1', { role: 'mentoring-staff' }), false, 'another claim');
    assert.equal(await staff('m-1'), false, 'no claim');
    assert.equal(await staff('boss'), true, 'a listed member id, whatever the token says');
    assert.deepEqual(await verify(await token('m-2', {})), { memberId: 'm-2' }, 'a member who is not staff is told nothing of it');
    const none = await createTokenVerifier({ jwtSecret: SECRET, ...claims });
    assert.equal((await none(await token('m-1', { roles: ['mentoring-staff'] }))).staff, undefined, 'no staff configured: nobody is');
    await assert.rejects(createTokenVerifier({ jwtSecret: SECRET, ...claims, staff: { claim: 'roles' } }), /AUTH_STAFF_VALUE/);
  });

  describe('lifetime', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const signedWith = (times: { iat?: number; exp: number }) => {
      const jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('m-1').setIssuer(DEFAULT_ISSUER).setAudience(DEFAULT_AUDIENCE)
        .setExpirationTime(times.exp);
      return (times.iat === undefined ? jwt : jwt.setIssuedAt(times.iat)).sign(new TextEncoder().encode(SECRET));
    };

    it('a token living longer than the maximum (default an hour, exp - iat) is refused, saying so', async () => {
      const verify = await createTokenVerifier({ jwtSecret: SECRET, ...claims });
      assert.equal((await verify(await signedWith({ iat: now(), exp: now() + 3600 }))).memberId, 'm-1');
      await refused(verify(await signedWith({ iat: now(), exp: now() + 3601 })), /lives 3601 s.*at most 3600 s/);
      await refused(verify(await signedWith({ iat: now() - 10, exp: 253402300799 })), /at most 3600 s/);
      const longer = await createTokenVerifier({ jwtSecret: SECRET, ...claims, maxTokenSeconds: 12 * 3600 });
      assert.equal((await longer(await signedWith({ iat: now(), exp: now() + 12 * 3600 }))).memberId, 'm-1');
    });

    it('without iat, a token expiring further away than the maximum is refused', async () => {
      const verify = await createTokenVerifier({ jwtSecret: SECRET, ...claims });
      assert.equal((await verify(await signedWith({ exp: now() + 600 }))).memberId, 'm-1');
      // The seconds left are counted when verified: a second may pass after signing on a busy machine.
      await refused(verify(await signedWith({ exp: now() + 7200 })), /expires in 7(19\d|200) s.*at most 3600 s/);
    });

    it('a token issued in the future (beyond 60 s of clock skew) is refused', async () => {
      const verify = await createTokenVerifier({ jwtSecret: SECRET, ...claims });
      assert.equal((await verify(await signedWith({ iat: now() + 30, exp: now() + 600 }))).memberId, 'm-1', 'skew is forgiven');
      await refused(verify(await signedWith({ iat: now() + 120, exp: now() + 600 })), /issued in the future/);
    });
  });

  it('no key configured is a start-up error naming the variables', async () => {
    await assert.rejects(createTokenVerifier({ ...claims }), /AUTH_JWT_SECRET, AUTH_PUBLIC_KEY or AUTH_JWKS_URL/);
  });
});
