// Who is calling: a JWT the member site signed (Bearer header or `mentor_session` cookie), checked with
// jose for signature, issuer, audience and expiry. In demo mode only, the server signs tokens itself.
import {
  SignJWT, createRemoteJWKSet, decodeProtectedHeader, errors as joseErrors, importSPKI, jwtVerify,
  type CryptoKey, type JWTPayload, type JWTVerifyGetKey,
} from 'jose';
import { Id, MentoringError, storableAccount, systemClock, type Clock } from '@mentor-match/core';

export interface AuthConfig {
  /** HS256 shared secret (AUTH_JWT_SECRET): the member site and the server both hold it. */
  jwtSecret?: string;
  /** A PEM public key (AUTH_PUBLIC_KEY) for tokens the member site signs with its private key. */
  publicKey?: string;
  /** The public key's algorithm (AUTH_PUBLIC_KEY_ALG). Default RS256. */
  publicKeyAlg?: string;
  /** A JWKS URL (AUTH_JWKS_URL) publishing the member site's keys. */
  jwksUrl?: string;
  /** Required `iss` and `aud`. */
  issuer: string;
  audience: string;
  /** Token expiry is real time, not the program's clock (tests move that one by days). */
  clock?: Clock;
  /** The longest life a token may have (`exp - iat`; AUTH_MAX_TOKEN_SECONDS). Default an hour. */
  maxTokenSeconds?: number;
}

export const DEFAULT_MAX_TOKEN_SECONDS = 3600;
/** How far the member site's clock may be ahead of ours before a token counts as issued in the future. */
export const CLOCK_SKEW_SECONDS = 60;
/** The shortest shared secret accepted: 256 bits, as HS256 needs to be as strong as its hash. */
export const MIN_SECRET_BYTES = 32;

export const DEFAULT_ISSUER = 'mentor-match';
export const DEFAULT_AUDIENCE = 'mentor-match-api';

export interface Identity {
  memberId: string;
  name?: string;
  email?: string;
}

export type TokenVerifier = (token: string) => Promise<Identity>;

const unauthenticated = (message: string) => new MentoringError('unauthenticated', message);

export async function createTokenVerifier(config: AuthConfig): Promise<TokenVerifier> {
  const clock = config.clock ?? systemClock;
  const secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : undefined;
  if (secret && secret.length < MIN_SECRET_BYTES) {
    throw new Error(
      `AUTH_JWT_SECRET must be at least ${MIN_SECRET_BYTES} bytes (it is ${secret.length}): a short shared secret can be guessed, ` +
        'and with it anyone can sign in as any member. Generate one with `openssl rand -base64 32`.',
    );
  }
  const maxSeconds = config.maxTokenSeconds ?? DEFAULT_MAX_TOKEN_SECONDS;
  const publicAlg = config.publicKeyAlg ?? 'RS256';
  const publicKey: CryptoKey | undefined = config.publicKey ? await importSPKI(config.publicKey, publicAlg) : undefined;
  const jwks: JWTVerifyGetKey | undefined = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
  if (!secret && !publicKey && !jwks) throw new Error('No token key configured: set AUTH_JWT_SECRET, AUTH_PUBLIC_KEY or AUTH_JWKS_URL.');

  return async (token) => {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw unauthenticated('The token is not a JWT.');
    }
    const options = {
      issuer: config.issuer,
      audience: config.audience,
      currentDate: clock.now(),
      requiredClaims: ['exp', 'sub'],
    };
    let payload: JWTPayload;
    try {
      if (alg?.startsWith('HS')) {
        if (!secret) throw unauthenticated('This server does not accept shared-secret tokens.');
        ({ payload } = await jwtVerify(token, secret, { ...options, algorithms: ['HS256', 'HS384', 'HS512'] }));
      } else if (publicKey) {
        ({ payload } = await jwtVerify(token, publicKey, { ...options, algorithms: [publicAlg] }));
      } else if (jwks) {
        ({ payload } = await jwtVerify(token, jwks, options));
      } else {
        throw unauthenticated(`This server does not accept ${alg ?? 'unsigned'} tokens.`);
      }
    } catch (error) {
      if (error instanceof MentoringError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired.');
      if (error instanceof joseErrors.JOSEError) throw unauthenticated(`The token was refused: ${error.code}.`);
      throw error;
    }
    checkLifetime(payload, Math.floor(clock.now().getTime() / 1000), maxSeconds);
    const memberId = Id.safeParse(payload.sub);
    if (!memberId.success) {
      throw unauthenticated('The token\'s sub is not a usable member id: 1 to 100 letters, digits or . _ : @ -.');
    }
    // Cleaned, never refused (core's storableAccount): what a member site signs must not lock a member out.
    return { memberId: memberId.data, ...storableAccount({ name: payload.name, email: payload.email }) };
  };
}

/**
 * A token is short-lived or refused: one living longer than `maxSeconds` (`exp - iat`; without `iat`, from
 * now), or issued in the future beyond the clock skew, would outlive the member site's session it stands
 * for (a token valid until the year 9999 is a password that never changes).
 */
function checkLifetime(payload: JWTPayload, now: number, maxSeconds: number): void {
  const { iat, exp = now } = payload;
  if (iat !== undefined && iat > now + CLOCK_SKEW_SECONDS) {
    throw unauthenticated(`The token was issued in the future (iat ${iat}, ${iat - now} s from now, more than the ${CLOCK_SKEW_SECONDS} s of clock skew allowed).`);
  }
  const lives = iat === undefined ? exp - now : exp - iat;
  if (lives > maxSeconds + (iat === undefined ? CLOCK_SKEW_SECONDS : 0)) {
    throw unauthenticated(
      iat === undefined
        ? `The token expires in ${lives} s; this server accepts tokens of at most ${maxSeconds} s: ask the member site for shorter ones.`
        : `The token lives ${lives} s (exp - iat); this server accepts tokens of at most ${maxSeconds} s: ask the member site for shorter ones.`,
    );
  }
}

export interface MintedToken {
  token: string;
  expiresAt: string;
}

/** Signs an HS256 token the verifier above accepts: the demo's sessions and the tests' members. */
export async function mintToken(
  config: Pick<AuthConfig, 'jwtSecret' | 'issuer' | 'audience' | 'clock'>,
  claims: { memberId: string; name?: string; email?: string },
  ttlSeconds: number,
): Promise<MintedToken> {
  if (!config.jwtSecret) throw new Error('Minting tokens needs AUTH_JWT_SECRET.');
  const now = Math.floor((config.clock ?? systemClock).now().getTime() / 1000);
  const exp = now + ttlSeconds;
  const token = await new SignJWT({
    ...(claims.name ? { name: claims.name } : {}),
    ...(claims.email ? { email: claims.email } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.memberId)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(config.jwtSecret));
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}
