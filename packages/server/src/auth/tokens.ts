// Who is calling: a JWT the member site signed (Bearer header or `mentor_session` cookie), checked with
// jose for signature, issuer, audience and expiry. In demo mode only, the server signs tokens itself.
import {
  SignJWT, createRemoteJWKSet, decodeProtectedHeader, errors as joseErrors, importSPKI, jwtVerify,
  type CryptoKey, type JWTPayload, type JWTVerifyGetKey,
} from 'jose';
import { Id, MentoringError, ProfileInput, systemClock, type Clock } from '@mentor-match/core';
import { staffCheck, type StaffConfig } from './staff.ts';

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
  /** Who is program staff (staff.ts); none by default. */
  staff?: StaffConfig;
}

export const DEFAULT_ISSUER = 'mentor-match';
export const DEFAULT_AUDIENCE = 'mentor-match-api';

export interface Identity {
  memberId: string;
  name?: string;
  email?: string;
  /** Program staff (staff.ts): present, and true, only for them. */
  staff?: true;
}

export type TokenVerifier = (token: string) => Promise<Identity>;

const unauthenticated = (message: string) => new MentoringError('unauthenticated', message);

export async function createTokenVerifier(config: AuthConfig): Promise<TokenVerifier> {
  const clock = config.clock ?? systemClock;
  const secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : undefined;
  const publicAlg = config.publicKeyAlg ?? 'RS256';
  const publicKey: CryptoKey | undefined = config.publicKey ? await importSPKI(config.publicKey, publicAlg) : undefined;
  const jwks: JWTVerifyGetKey | undefined = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
  if (!secret && !publicKey && !jwks) throw new Error('No token key configured: set AUTH_JWT_SECRET, AUTH_PUBLIC_KEY or AUTH_JWKS_URL.');
  const isStaff = staffCheck(config.staff);

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
    const memberId = Id.safeParse(payload.sub);
    if (!memberId.success) throw unauthenticated('The token names no usable member id (sub).');
    return {
      memberId: memberId.data,
      ...(typeof payload.name === 'string' && payload.name.trim() ? { name: payload.name.trim().slice(0, 120) } : {}),
      // An address the profile schema would refuse is left out (a default one is made) rather than failing every call.
      ...(ProfileInput.shape.email.safeParse(payload.email).success ? { email: payload.email as string } : {}),
      ...(isStaff(payload, memberId.data) ? { staff: true as const } : {}),
    };
  };
}

export interface MintedToken {
  token: string;
  expiresAt: string;
}

/** Signs an HS256 token the verifier above accepts: the demo's sessions and the tests' members. */
export async function mintToken(
  config: Pick<AuthConfig, 'jwtSecret' | 'issuer' | 'audience' | 'clock'>,
  claims: { memberId: string; name?: string; email?: string; extra?: Record<string, unknown> },
  ttlSeconds: number,
): Promise<MintedToken> {
  if (!config.jwtSecret) throw new Error('Minting tokens needs AUTH_JWT_SECRET.');
  const now = Math.floor((config.clock ?? systemClock).now().getTime() / 1000);
  const exp = now + ttlSeconds;
  const token = await new SignJWT({
    ...claims.extra,
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
