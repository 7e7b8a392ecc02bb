// How a failed exchange becomes a MentoringError: the server's problem+json goes back through core's
// `fromProblem`; everything else gets the code the elements can word for a member (`network`,
// `invalid-response`), with what a developer needs in `details` (status, url, the schema's issues).
import { isHTTPError, isTimeoutError } from 'ky';
import type * as z from 'zod/mini';
import { MentoringError, isMentoringError, parseInput } from '@mentor-match/core/errors';
import { Problem } from '@mentor-match/core/schemas/api';

/** One request, as errors name it. */
export interface Exchange {
  method: string;
  url: string;
}

/** Gateways answer these when the service behind them is down: that is `network`, not a bad answer. */
const GATEWAY_STATUSES = [502, 503, 504];

const named = ({ method, url }: Exchange) => `${method} ${url}`;

/**
 * Parses a 2xx answer with its core schema, or throws `invalid-response` naming the first field at fault.
 * Core's `parseInput` words the issues (one rule for naming fields); only the code differs, since here
 * the server, not the member, is at fault.
 */
export function parseAnswer<T>(schema: z.ZodMiniType<T>, body: unknown, what: string, exchange: Exchange, status: number): T {
  try {
    return parseInput(schema, body, what);
  } catch (error) {
    if (!isMentoringError(error)) throw error;
    throw new MentoringError('invalid-response', `${named(exchange)}: ${error.message}`, {
      field: error.field,
      details: { issues: error.details.issues, status, url: exchange.url },
    });
  }
}

/** How a call ended, besides its error: the caller aborted, the answer took too long, the refused answer's body. */
export interface Ending {
  aborted: boolean;
  timedOut: boolean;
  body?: unknown;
}

/** The error a failed call rejects with. */
export function toMentoringError(error: unknown, exchange: Exchange, { aborted, timedOut, body }: Ending): MentoringError {
  if (isMentoringError(error)) return error;
  const details = { url: exchange.url };
  if (aborted) {
    return new MentoringError('network', `${named(exchange)} was aborted.`, { reason: 'aborted', details, cause: error });
  }
  if (timedOut || isTimeoutError(error)) {
    return new MentoringError('network', `${named(exchange)} timed out.`, { reason: 'timeout', details, cause: error });
  }
  if (isHTTPError(error)) return fromErrorResponse(error.response.status, body, exchange);
  if (error instanceof SyntaxError) {
    return new MentoringError('invalid-response', `${named(exchange)} answered with something that is not JSON.`, {
      details,
      cause: error,
    });
  }
  // ky's NetworkError (refused, DNS, offline, CORS) and anything else the runtime's fetch threw.
  const message = error instanceof Error ? error.message : String(error);
  return new MentoringError('network', `${named(exchange)} failed: ${message}`, { details, cause: error });
}

/** A non-2xx answer: the server's own problem, a gateway's outage, or something we cannot read. */
function fromErrorResponse(status: number, body: unknown, exchange: Exchange): MentoringError {
  const problem = Problem.safeParse(body);
  if (problem.success) return MentoringError.fromProblem(problem.data);
  const code = GATEWAY_STATUSES.includes(status) ? 'network' : 'invalid-response';
  return new MentoringError(code, `${named(exchange)} answered ${status} without a problem report.`, {
    details: { status, url: exchange.url },
  });
}
