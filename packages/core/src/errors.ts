// Typed errors with stable codes. Every layer (MemoryAdapter, the server, the REST adapter, the elements)
// speaks these codes; the elements turn a code (and its reason) into words in the member's language.
// No zod at run time (the elements import this module, and only the adapters parse): the problem's schema
// is in schemas/api.ts, and parseInput is given its schema.
import type * as z from 'zod/mini';

export const ERROR_CODES = [
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'capacity-reached',
  'unavailable',
  'expired',
  'validation',
  'network',
  'invalid-response',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status each code travels with in `application/problem+json`. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'capacity-reached': 409,
  unavailable: 409,
  expired: 410,
  validation: 400,
  network: 503,
  'invalid-response': 502,
};

/** Plain-English text a member can read. The elements localise by code; this is the fallback. */
export const MEMBER_MESSAGES: Record<ErrorCode, string> = {
  unauthenticated: 'Please sign in to the member site to continue.',
  forbidden: 'You are not allowed to do that.',
  'not-found': 'We could not find that. It may have been removed.',
  conflict: 'Something changed in the meantime. The list has been refreshed.',
  'capacity-reached': 'A limit has been reached, so this cannot go ahead.',
  unavailable: 'This member is not taking requests at the moment.',
  expired: 'This request has expired.',
  validation: 'Some information is missing or not valid.',
  network: 'We could not reach the mentoring service. Check your connection and try again.',
  'invalid-response': 'The mentoring service sent an answer we could not read. Please try again later.',
};

/**
 * Why a guard refused, finer than the code, for precise messages:
 * e.g. `capacity-reached` because of `mentor-full`, or `open-request-limit`.
 */
export const ERROR_REASONS = [
  'self',
  'not-enrolled',
  'requester-not-enrolled',
  'paused',
  'requester-paused',
  'mentor-full',
  'mentors-per-mentee',
  'open-request-limit',
  'duplicate',
  'cooldown',
  'state',
  'stale',
  'code-of-conduct',
  'feedback-given',
  'timeout',
  'aborted',
  /** The member is suspended by staff: no requests sent or accepted. */
  'suspended',
  /** The member's mentor role waits for staff's approval (or was declined). */
  'awaiting-approval',
  /** A staff operation asked by a member who is not staff. */
  'staff-only',
  /** A cohort takes no applications now: before or after its window, or closed by staff (issue 14). */
  'window-closed',
  /** An extension past the latest end the program allows a cohort mentorship (issue 14). */
  'extension-limit',
  /** A workspace of a mentorship that has ended: kept with its history, read only. */
  'read-only',
  /** What a workspace holds is its two partners' alone (staff see only that it exists). */
  'partners-only',
  /** A follow-up before the request has waited the program's days, or a second one. */
  'too-early',
  'follow-up-sent',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/**
 * RFC 9457 problem details with our code, as the server sends them (`application/problem+json`); the
 * schema that checks one is `Problem`, in schemas/api.ts.
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  reason?: ErrorReason | undefined;
  field?: string | undefined;
  details?: Record<string, unknown> | undefined;
}

export interface MentoringErrorOptions {
  reason?: ErrorReason;
  /** The input field at fault, as a dotted path (`profile.email`, `areas`). */
  field?: string;
  /** Anything a developer needs to act: ids, limits, the schema's issues. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class MentoringError extends Error {
  override readonly name = 'MentoringError';
  readonly code: ErrorCode;
  readonly reason: ErrorReason | undefined;
  readonly field: string | undefined;
  readonly details: Record<string, unknown>;

  /** `message` is for developers (logs, the console); members are shown a localised text for the code. */
  constructor(code: ErrorCode, message: string, options: MentoringErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.reason = options.reason;
    this.field = options.field;
    this.details = options.details ?? {};
  }

  static fromProblem(problem: ProblemDetails): MentoringError {
    return new MentoringError(problem.code, problem.detail, {
      reason: problem.reason,
      field: problem.field,
      details: problem.details,
    });
  }
}

/**
 * The HTTP status an error travels with, and its `application/problem+json` body: the server's, so they are
 * functions rather than methods, and a browser bundle, which never calls them, leaves them and their
 * tables (HTTP_STATUS, MEMBER_MESSAGES) out.
 */
export const httpStatusOf = (error: MentoringError): number => HTTP_STATUS[error.code];

export function problemOf(error: MentoringError): ProblemDetails {
  return {
    type: `https://mentor-match.dev/problems/${error.code}`,
    title: MEMBER_MESSAGES[error.code],
    status: httpStatusOf(error),
    code: error.code,
    detail: error.message,
    ...(error.reason ? { reason: error.reason } : {}),
    ...(error.field ? { field: error.field } : {}),
    ...(Object.keys(error.details).length > 0 ? { details: error.details } : {}),
  };
}

/** An unknown id, or one the viewer may not learn exists: the same answer either way. */
export const notFound = (what: 'member' | 'mentorship' | 'concern', id: string): MentoringError =>
  new MentoringError('not-found', `No ${what} ${id}.`, { details: { id } });

/** Recognises errors by shape too: a second copy of core on the page (two bundles) makes instanceof fail. */
export const isMentoringError = (value: unknown): value is MentoringError =>
  value instanceof MentoringError ||
  (typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'MentoringError' &&
    (ERROR_CODES as readonly unknown[]).includes((value as { code?: unknown }).code));

/**
 * Parses input with a schema, or throws a `validation` error naming the first field at fault
 * (`areas`, `profile.email`), with every issue in `details.issues` for developers. `field` names the input
 * itself, for a failure at its root (a path's `id`).
 */
export function parseInput<T>(schema: z.ZodMiniType<T>, input: unknown, what: string, field?: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) =>
    // A strict object reports unknown keys on itself; name the first unknown key, so the field is the culprit.
    issue.code === 'unrecognized_keys'
      ? { path: [...issue.path, issue.keys[0]].join('.'), message: `unknown field(s): ${issue.keys.join(', ')}` }
      : { path: issue.path.join('.') || (field ?? ''), message: issue.message },
  );
  const first = issues[0];
  throw new MentoringError('validation', `Invalid ${what}: ${first ? `${first.path || '(root)'}: ${first.message}` : 'invalid'}`, {
    field: first?.path || undefined,
    details: { issues },
  });
}

