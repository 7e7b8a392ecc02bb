// Every error leaves as application/problem+json with the core error code (RFC 9457), so the REST adapter
// can rebuild the same MentoringError the member's elements already know how to word.
import { MentoringError, httpStatusOf, isMentoringError, problemOf, type Problem } from '@mentor-match/core';
import { HTTPException } from 'hono/http-exception';

/** A MentoringError that travels with a status of its own (413, 429) instead of its code's usual one. */
export class HttpProblem extends MentoringError {
  readonly httpStatus: number;
  readonly headers: Record<string, string>;
  constructor(status: number, error: MentoringError, headers: Record<string, string> = {}) {
    super(error.code, error.message, { reason: error.reason, field: error.field, details: error.details });
    this.httpStatus = status;
    this.headers = headers;
  }
}

export function problemResponse(error: MentoringError, extraHeaders: Record<string, string> = {}): Response {
  const status = error instanceof HttpProblem ? error.httpStatus : httpStatusOf(error);
  const problem: Problem = { ...problemOf(error), status };
  return new Response(JSON.stringify(problem), {
    status,
    headers: {
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
      ...(error instanceof HttpProblem ? error.headers : {}),
      ...extraHeaders,
    },
  });
}

/** What any thrown value becomes; `internal` is set for the ones that are our bug, to be logged. */
export function toMentoringError(error: unknown): { error: MentoringError; internal: boolean } {
  if (isMentoringError(error)) return { error, internal: false };
  if (error instanceof HTTPException) {
    if (error.status === 413) return { error: tooLarge(), internal: false };
    // Hono's JSON body reader: "Malformed JSON in request body".
    if (error.status === 400) {
      return { error: new MentoringError('validation', error.message || 'The request body could not be read.', { field: 'body' }), internal: false };
    }
  }
  return {
    // No code says "our fault"; `network` tells the member to try again later, which is the honest advice.
    error: new HttpProblem(500, new MentoringError('network', 'The server failed to handle this request.')),
    internal: true,
  };
}

export const tooLarge = (limit?: number): HttpProblem =>
  new HttpProblem(
    413,
    new MentoringError('validation', `The request body is too large${limit ? ` (at most ${limit} bytes)` : ''}.`, {
      field: 'body',
      details: limit ? { limit } : {},
    }),
  );
