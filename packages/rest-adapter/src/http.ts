// The one place requests are made: authentication, retries, timeouts, aborts and the reading of
// every answer. The adapter's methods only say which path, which body and which schema.
import ky, { isHTTPError, type KyInstance } from 'ky';
import type * as z from 'zod/mini';
import type { AbortSignalLike } from '@mentor-match/core/adapter';
import { MentoringError } from '@mentor-match/core/errors';
import { CHANGES_SEQ_HEADER } from '@mentor-match/core/schemas/api';
import { parseAnswer, toMentoringError, type Exchange } from './errors.ts';

export interface RestAdapterOptions {
  /** Where the API lives: `https://api.society.org/api/v1`, or `/api/v1` on the page's own origin. */
  baseUrl: string;
  /**
   * The member's short-lived token, sent as `Authorization: Bearer …`; asked for before every request, so
   * the page may renew it. Set from script, never from an attribute (every script on the page reads those).
   * Return null to send none (cookie sessions, or nobody signed in).
   */
  getToken?: () => string | null | Promise<string | null>;
  /** `include` to send the member site's session cookie to another origin. */
  credentials?: RequestCredentials;
  /** How long one attempt may take, in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** How many times a failed attempt is retried (outages, rate limits; never a refusal). Default 2. */
  retries?: number;
  /** How often other members' changes are fetched while someone listens, in milliseconds. Default 5000. */
  pollIntervalMs?: number;
  /** The fetch to use (tests, instrumentation). Default: the global one. */
  fetch?: typeof fetch;
}

export interface SendOptions {
  /** A JSON body (a state change: member-changes.ts). */
  json?: unknown;
  /** Headers of the request's own (a state change's Idempotency-Key), sent again on each retry. */
  headers?: Record<string, string>;
  /** The query string, already encoded (`topics=a&topics=b`). */
  searchParams?: URLSearchParams;
  signal?: AbortSignalLike | undefined;
  /** Overrides the adapter's `retries` (the change feed polls again anyway). */
  retries?: number;
  /** Hears the answer's headers once it is parsed (a state change reads the feed positions it made). */
  onAnswer?: (headers: Headers) => void;
}

export type Method = 'GET' | 'PUT' | 'POST' | 'PATCH';

export type Send = <T>(
  method: Method,
  path: string,
  schema: z.ZodMiniType<T>,
  what: string,
  options?: SendOptions,
) => Promise<T>;

/** Statuses worth another attempt: the request did not get through, or the server asked to come back later. */
const RETRY_STATUSES = [408, 429, 502, 503, 504];

/** One exchange under way (`Start`): its answer, and how to read its body and how it ended under the same limits. */
export interface Started {
  exchange: Exchange;
  answer: Promise<Response>;
  readBody(response: Response): Promise<unknown>;
  ending(error: unknown): Promise<{ aborted: boolean; timedOut: boolean; body: unknown }>;
  done(): void;
}

/** Starts one exchange, accepting `accept`: what `send` and the streamed downloads (download.ts) build on. */
export type Start = (method: Method, path: string, accept: string, request: SendOptions) => Promise<Started>;

/** The transport of one adapter: JSON exchanges, and the exchange they start with (for downloads, download.ts). */
export interface Http {
  send: Send;
  start: Start;
}

/**
 * `onFreshness` hears the change-feed position of every answer that carries one (CHANGES_SEQ_HEADER), for
 * the change feed to poll from.
 */
export function createHttp(options: RestAdapterOptions, onFreshness?: (seq: number) => void): Http {
  const timeout = options.timeoutMs ?? 10_000;
  const base = resolveBase(options.baseUrl);
  const api: KyInstance = ky.create({
    timeout,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      limit: options.retries ?? 2,
      // POST, PUT and PATCH are retried too: every state change carries an Idempotency-Key (member-changes.ts), so the
      // server does a repeated one only once. 4xx refusals are never retried: the answer would not change.
      methods: ['get', 'put', 'post', 'patch'],
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: [429, 503],
      // A Retry-After longer than one attempt's timeout would leave the member staring at a spinner.
      maxRetryAfter: timeout,
      // Spread the retries of many pages after an outage, so they do not come back all at once.
      jitter: true,
    },
  });

  /**
   * Starts one exchange. ky's timeout covers each attempt up to the answer's headers; `readBody` reads a body
   * under the same limit, so a server that stalls mid-answer ends in a timeout too, not an endless spinner.
   */
  const start: Start = async (method, path, accept, request) => {
    if (typeof base !== 'string') throw base;
    const query = request.searchParams?.toString();
    const url = `${base}${path}${query ? `?${query}` : ''}`;
    const exchange: Exchange = { method, url };
    const reading = new AbortController();
    // Core types the signal structurally (it has no DOM); callers pass a real AbortSignal.
    const signal = request.signal ? AbortSignal.any([request.signal as AbortSignal, reading.signal]) : reading.signal;
    let readTimer: ReturnType<typeof setTimeout> | undefined;
    const readBody = async (response: Response): Promise<unknown> => {
      readTimer = setTimeout(() => reading.abort(), timeout);
      return response.json();
    };
    // How the exchange ended, for toMentoringError: a refusal's problem report is in the body of the answer
    // ky refused (it leaves it unread).
    const ending = async (error: unknown) => {
      const body = isHTTPError(error) ? await readBody(error.response).catch(() => undefined) : undefined;
      // After the body: reading it may be what ran out of time.
      return { aborted: request.signal?.aborted ?? false, timedOut: reading.signal.aborted, body };
    };
    // ky reuses these headers on its retries: the same token and, above all, the same idempotency key.
    const headers: Record<string, string> = { accept, ...request.headers };
    const token = await options.getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
    const answer = api(url, {
      method,
      headers,
      ...(request.json === undefined ? {} : { json: request.json }),
      signal,
      ...(request.retries === undefined ? {} : { retry: { limit: request.retries } }),
    });
    return { exchange, answer, readBody, ending, done: () => clearTimeout(readTimer) };
  };
  const send: Send = async (method, path, schema, what, sendOptions = {}) => {
    let exchange: Exchange = { method, url: path };
    let started: Awaited<ReturnType<typeof start>> | undefined;
    try {
      started = await start(method, path, 'application/json', sendOptions);
      exchange = started.exchange;
      const response = await started.answer;
      const { status, headers: answered } = response;
      const seq = answered.get(CHANGES_SEQ_HEADER);
      if (seq !== null && /^\d+$/.test(seq)) onFreshness?.(Number(seq));
      const body = await started.readBody(response);
      const parsed = parseAnswer(schema, body, what, exchange, status);
      sendOptions.onAnswer?.(answered);
      return parsed;
    } catch (error) {
      const ending = started ? await started.ending(error) : { aborted: sendOptions.signal?.aborted ?? false, timedOut: false };
      throw toMentoringError(error, exchange, ending);
    } finally {
      started?.done();
    }
  };

  return { send, start };
}

/**
 * The base as an absolute URL ending in `/`; a relative one (`/api/v1`) is relative to the page. A bad one
 * (a typo in an `api` attribute) becomes the error every call rejects with, so the elements show it
 * instead of the page throwing.
 */
function resolveBase(baseUrl: string): string | MentoringError {
  try {
    return new URL(baseUrl, globalThis.document?.baseURI).href.replace(/\/?$/, '/');
  } catch (error) {
    return new MentoringError('network', `The API address ${JSON.stringify(baseUrl)} is not a URL.`, {
      details: { baseUrl },
      cause: error,
    });
  }
}
