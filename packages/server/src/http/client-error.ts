// Requests Node's HTTP parser refuses before any route sees them (a request line or headers over its
// 16 KiB, a malformed request): answered with problem+json like every other refusal, instead of Node's
// bare status line, so a client reads the same kind of error whatever refused it.
import type { Socket } from 'node:net';
import { MentoringError, problemOf } from '@mentor-match/core';
import { HttpProblem } from './problem.ts';

const TOO_LARGE = new Set(['HPE_HEADER_OVERFLOW', 'HPE_URI_TOO_LONG']);

/** For `server.on('clientError', …)`. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const large = TOO_LARGE.has(error.code ?? '');
  const status = large ? 431 : 400;
  const problem = problemOf(new HttpProblem(
    status,
    new MentoringError(
      'validation',
      large ? 'The request line or headers are too large (at most 16 KiB).' : 'The request could not be read as HTTP.',
      { field: large ? 'url' : 'request' },
    ),
  ));
  const body = JSON.stringify({ ...problem, status });
  socket.end(
    `HTTP/1.1 ${status} ${large ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      'Content-Type: application/problem+json\r\nCache-Control: no-store\r\nConnection: close\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
