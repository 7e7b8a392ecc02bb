// Helpers that keep route descriptions short: bodies and answers documented with the core schemas, and
// the problem+json every error route shares.
import { createHash } from 'node:crypto';
import { CalendarDate, EmailAddress, Instant, Problem } from '@mentor-match/core';
import { resolver } from 'hono-openapi';
import * as z from 'zod/mini';

// Core checks dates and email addresses with plain patterns (zod's format classes would cost every member
// page 340 bytes gzipped): z.toJSONSchema still names their formats, so the document does where it did (the
// dates of query parameters), which clients and the fuzz tests generate values from. Metadata in zod's
// global registry is what z.toJSONSchema copies into each schema it describes.
z.globalRegistry.add(Instant, { format: 'date-time' });
z.globalRegistry.add(CalendarDate, { format: 'date' });
z.globalRegistry.add(EmailAddress, { format: 'email' });

/** Any schema hono-openapi understands (core's zod/mini schemas are). */
type StandardSchemaV1 = Parameters<typeof resolver>[0];

export const jsonContent = (schema: StandardSchemaV1) => ({ 'application/json': { schema: resolver(schema) } });

/** A 2xx answer with this schema, and the problem+json errors. */
export function answers(status: number, description: string, schema: StandardSchemaV1, errors: number[] = []) {
  return { [status]: { description, content: jsonContent(schema) }, ...problems(errors) };
}

/** The problem+json answers of these error statuses, and 503 (every route reads the database). */
export function problems(errors: number[]) {
  const problem = { 'application/problem+json': { schema: resolver(Problem) } };
  return Object.fromEntries([...errors, ...EVERY_ROUTE_ERRORS].map((code) => [code, { description: ERROR_DESCRIPTIONS[code] ?? 'Error', content: problem }]));
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'validation: the body, a parameter or a header is not valid (the problem names the field)',
  401: 'unauthenticated: no token, or an expired, forged, too long-lived or future-issued one, or one whose sub is not a member id',
  403: 'forbidden: not this member\'s action to take',
  404: 'not-found: unknown, or not visible to this member',
  409: 'conflict, capacity-reached or unavailable (the problem\'s reason says which guard refused)',
  410: 'expired: the request expired',
  413: 'the body is larger than the server accepts',
  429: 'too many requests (per member; per client address for calls without a valid token); see Retry-After',
  431: 'the request line or headers are larger than the server reads (16 KiB)',
  503: 'network: the database cannot be reached just now; try again after Retry-After (seconds)',
};

/**
 * What any request may be answered whatever its route: a body over the limit (413, app.ts), a request line or
 * headers over what Node's HTTP parser reads (431, http/client-error.ts), a database that cannot be reached
 * (503, db/availability.ts).
 */
const EVERY_ROUTE_ERRORS = [413, 431, 503];

/** The errors every signed-in route can answer with. */
export const MEMBER_ERRORS = [401, 429];
export const CHANGE_ERRORS = [400, 401, 403, 409, 413, 429];

export const bearerAuth: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];

/** Same method, path and body → same fingerprint (keys in any order). */
export function fingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${stableJson(body)}`).digest('base64url');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
