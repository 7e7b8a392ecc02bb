// Raw HTTP for the server's own tests: status, headers and parsed body of each call, signed in as a member
// (a minted Bearer token) or not, so tests see exactly what a client would.
import { enrolmentInput, requestInput } from '@mentor-match/testkit';
import type { Mentorship, Role } from '@mentor-match/core';
import type { TestServer } from '../../src/testing.ts';

/** Test code reads answers freely; the contract's shapes are checked by the conformance suite. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface Reply<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Caller {
  get<T = Json>(path: string, headers?: Record<string, string>): Promise<Reply<T>>;
  post<T = Json>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  put<T = Json>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  patch<T = Json>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  /** Anything: a raw body string, any method, any headers. */
  send<T = Json>(method: string, path: string, init?: { body?: string; headers?: Record<string, string> }): Promise<Reply<T>>;
}

/** `staff`: the token carries the server's staff claim, as the member site marks program staff. */
export function caller(server: TestServer, memberId: string | null, { staff = false }: { staff?: boolean } = {}): Caller {
  const send = async <T>(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) => {
    const token = memberId === null ? null : await server.mintToken(memberId, { staff });
    const response = await fetch(`${server.apiUrl}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
      body: init.body,
    });
    const text = await response.text();
    // JSON answers parsed (a body that is not JSON fails the test); others (CSV files) as their text.
    const json = /json/.test(response.headers.get('content-type') ?? '') || !response.ok;
    return { status: response.status, headers: response.headers, body: (text ? (json ? JSON.parse(text) : text) : undefined) as T };
  };
  const json = (body: unknown) => (body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  const withBody = (method: string) => <T>(path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init = json(body);
    return send<T>(method, path, { ...init, headers: { ...init.headers, ...headers } });
  };
  return { get: (path, headers = {}) => send('GET', path, { headers }), post: withBody('POST'), put: withBody('PUT'), patch: withBody('PATCH'), send };
}

/** Enrols a member over HTTP; throws unless it worked. */
export async function enrol(server: TestServer, id: string, roles: Role[], overrides: Parameters<typeof enrolmentInput>[2] = {}): Promise<Caller> {
  const member = caller(server, id);
  const reply = await member.put('/me/enrolment', enrolmentInput(id, roles, overrides));
  if (reply.status !== 200) throw new Error(`enrolling ${id}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return member;
}

/** `menteeId` asks `mentorId` (both enrolled first); returns the pending mentorship. */
export async function ask(server: TestServer, menteeId: string, mentorId: string, headers: Record<string, string> = {}): Promise<Mentorship> {
  const reply = await caller(server, menteeId).post('/mentorships', requestInput(mentorId, 'mentee'), headers);
  if (reply.status !== 201) throw new Error(`request ${menteeId} → ${mentorId}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body as Mentorship;
}

/** Counts rows, to prove a refused request stored nothing. */
export async function counts(server: TestServer): Promise<{ members: number; mentorships: number; outbox: number; changes: number; keys: number }> {
  const [row] = await server.db.query<Record<string, unknown>>(
    `SELECT (SELECT count(*) FROM members) AS members, (SELECT count(*) FROM mentorships) AS mentorships,
            (SELECT count(*) FROM outbox) AS outbox, (SELECT count(*) FROM changes) AS changes,
            (SELECT count(*) FROM idempotency_keys) AS keys`,
  );
  return {
    members: Number(row?.members), mentorships: Number(row?.mentorships), outbox: Number(row?.outbox),
    changes: Number(row?.changes), keys: Number(row?.keys),
  };
}
