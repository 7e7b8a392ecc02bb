// The security headers the server sends: one set for the API's JSON, one for the pages it serves (the demo
// site, a STATIC_ROOT). The README's "Content Security Policy" recipe is the pages' policy.
//
// Cross-origin on purpose: a society's CMS pages call the API from their own origin, with CORS. The API's
// Cross-Origin-Resource-Policy (same-origin) does not touch those requests: it only keeps other sites from
// loading the JSON as an image, a script or an opaque `no-cors` fetch. Cross-Origin-Opener-Policy is for
// documents, so only the pages get it.
import type { MiddlewareHandler } from 'hono';

/** HSTS's max-age when a request came over HTTPS and none is configured: a year. */
export const DEFAULT_HSTS_MAX_AGE_SECONDS = 31_536_000;

export interface TransportSecurity {
  /** Send Strict-Transport-Security with this max-age on every answer (the server behind TLS). 0 or absent: only over HTTPS. */
  hstsMaxAgeSeconds?: number | undefined;
}

/**
 * The Strict-Transport-Security value for a request to `url`, or null: when configured, always (TLS ends
 * before the server, which then sees http); otherwise when the request itself came over HTTPS. Never
 * `includeSubDomains`: the society's other hosts are not the server's to decide.
 */
export function strictTransportSecurity(url: string, { hstsMaxAgeSeconds }: TransportSecurity): string | null {
  if (hstsMaxAgeSeconds) return `max-age=${hstsMaxAgeSeconds}`;
  return url.startsWith('https:') ? `max-age=${DEFAULT_HSTS_MAX_AGE_SECONDS}` : null;
}

/** The API's JSON: never cached, never sniffed, framed or embedded by another origin, no referrer sent on. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Every API answer (errors and CORS preflights included) gets API_SECURITY_HEADERS. */
export function apiSecurityHeaders(transport: TransportSecurity): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) c.res.headers.set(name, value);
    const hsts = strictTransportSecurity(c.req.url, transport);
    if (hsts) c.res.headers.set('Strict-Transport-Security', hsts);
  };
}

/**
 * The pages' Content-Security-Policy: only their own scripts, styles and connections; images from
 * themselves, `data:` (the generated avatars) and the program's `photoOrigins`; Lit's Trusted Types
 * policy; framed only by pages of their own origin.
 */
export function contentSecurityPolicy(photoOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ["img-src 'self' data:", ...photoOrigins].join(' '),
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** A page's headers (and its scripts', styles', images'): the policy above and the rest of a sound set. */
export function pageSecurityHeaders(url: string, photoOrigins: readonly string[], transport: TransportSecurity): Record<string, string> {
  const hsts = strictTransportSecurity(url, transport);
  return {
    'content-security-policy': contentSecurityPolicy(photoOrigins),
    // For browsers without frame-ancestors.
    'x-frame-options': 'SAMEORIGIN',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    ...(hsts ? { 'strict-transport-security': hsts } : {}),
  };
}
