// The REST adapter against a scripted HTTP server: what it does with answers the real server never
// gives (junk, outages, silence) and what it sends (query strings, tokens, idempotency keys).
// The contract itself is checked against the real server in rest-adapter.conformance.node.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CHANGES_MADE_HEADER, CHANGES_SEQ_HEADER, DEFAULT_PROGRAM_SETTINGS, MemoryBackend, MentoringError, isMentoringError, problemOf,
  type MentoringChange, type Mentorship, type Viewer,
} from '@mentor-match/core';
import { enrolmentInput, requestInput } from '@mentor-match/testkit';
import { createRestAdapter, type RestAdapterOptions } from '@mentor-match/rest-adapter';
import { sendJson, startScriptedServer, type Script, type ScriptedServer } from './scripted-server.ts';

/** Real answers, made by MemoryAdapter, so only what a test breaks is wrong. */
let viewer: Viewer;
let mentorship: Mentorship;
before(async () => {
  const backend = new MemoryBackend();
  const ann = backend.adapterFor('ann');
  await ann.enrol(enrolmentInput('ann', ['mentor']));
  const me = backend.adapterFor('me');
  viewer = await me.enrol(enrolmentInput('me', ['mentee']));
  mentorship = await me.requestMentorship(requestInput('ann', 'mentee'));
});

const servers: ScriptedServer[] = [];
after(() => Promise.all(servers.map((server) => server.close())));

/** A scripted server and an adapter pointed at it. */
async function setUp(script: Script, options: Partial<RestAdapterOptions> = {}) {
  const server = await startScriptedServer(script);
  servers.push(server);
  return { server, adapter: createRestAdapter({ baseUrl: server.baseUrl, ...options }) };
}

/** The call's rejection, which must be a MentoringError. */
async function failure(promise: Promise<unknown>): Promise<MentoringError> {
  const error = await promise.then(
    () => assert.fail('expected the call to reject'),
    (reason: unknown) => reason,
  );
  assert.ok(isMentoringError(error), `expected a MentoringError, got ${String(error)}`);
  return error;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('RestAdapter: answers it cannot use', () => {
  it('a 2xx answer that does not match the schema is invalid-response naming the field', async () => {
    const { server, adapter } = await setUp((_, res) => sendJson(res, 200, { ...viewer, activeAsMentor: -1 }));
    const error = await failure(adapter.getViewer());
    assert.equal(error.code, 'invalid-response');
    assert.equal(error.field, 'activeAsMentor');
    assert.equal(error.details.status, 200);
    assert.equal(error.details.url, `${server.baseUrl}/me`);
    assert.ok(Array.isArray(error.details.issues) && error.details.issues.length > 0, 'the issues are given');
  });

  it('a nested field is named by its path, an unknown one too', async () => {
    const { server, adapter } = await setUp((_, res) =>
      sendJson(res, 200, { ...viewer, member: { ...viewer.member, email: 'not an address' } }));
    assert.equal((await failure(adapter.getViewer())).field, 'member.email');
    server.script = (_, res) => sendJson(res, 200, { ...viewer, secret: 'leak' });
    assert.equal((await failure(adapter.getViewer())).field, 'secret');
  });

  it('a 2xx answer that is not JSON is invalid-response', async () => {
    const { adapter } = await setUp((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<h1>Welcome to nginx</h1>');
    });
    assert.equal((await failure(adapter.getProgram())).code, 'invalid-response');
  });

  it('a non-problem 500 is invalid-response with the status, and is not retried', async () => {
    const { server, adapter } = await setUp((_, res) => sendJson(res, 500, { error: 'boom' }));
    const error = await failure(adapter.getProgram());
    assert.equal(error.code, 'invalid-response');
    assert.equal(error.details.status, 500);
    assert.equal(server.received.length, 1);
  });

  it('a gateway\'s 502 without a problem, once retries are spent, is network', async () => {
    const { server, adapter } = await setUp((_, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<h1>Bad gateway</h1>');
    }, { retries: 1 });
    const error = await failure(adapter.getProgram());
    assert.equal(error.code, 'network');
    assert.equal(error.details.status, 502);
    assert.equal(server.received.length, 2, 'one retry');
  });
});

describe('RestAdapter: problems from the server', () => {
  it('problem+json becomes the MentoringError it was made from: code, reason, field, details', async () => {
    const problem = problemOf(new MentoringError('capacity-reached', 'Ann takes 2 mentees.', {
      reason: 'mentor-full', field: 'recipientId', details: { capacity: 2 },
    }));
    const { server, adapter } = await setUp((_, res) => sendJson(res, 409, problem, 'application/problem+json'));
    const error = await failure(adapter.requestMentorship(requestInput('ann', 'mentee')));
    assert.deepEqual(
      [error.code, error.reason, error.field, error.details, error.message],
      ['capacity-reached', 'mentor-full', 'recipientId', { capacity: 2 }, 'Ann takes 2 mentees.'],
    );
    assert.equal(server.received.length, 1, 'a 409 is never retried');
  });

  it('a 401 problem is unauthenticated', async () => {
    const { adapter } = await setUp((_, res) =>
      sendJson(res, 401, problemOf(new MentoringError('unauthenticated', 'No token.')), 'application/problem+json'));
    assert.equal((await failure(adapter.getViewer())).code, 'unauthenticated');
  });

  it('an error body shaped almost like a problem (unknown code) is invalid-response', async () => {
    const { adapter } = await setUp((_, res) =>
      sendJson(res, 400, { ...problemOf(new MentoringError('validation', 'x')), code: 'bad-input' }, 'application/problem+json'));
    assert.equal((await failure(adapter.getViewer())).code, 'invalid-response');
  });
});

describe('RestAdapter: the network', () => {
  it('no answer within timeoutMs is network / timeout', async () => {
    const { adapter } = await setUp(() => { /* never answers */ }, { timeoutMs: 150 });
    const started = Date.now();
    const error = await failure(adapter.getViewer());
    assert.deepEqual([error.code, error.reason], ['network', 'timeout']);
    assert.ok(Date.now() - started < 1000, 'a timeout is not retried');
  });

  it('an answer whose body stalls after its headers is network / timeout, within timeoutMs', async () => {
    for (const status of [200, 409]) {
      const { adapter } = await setUp((_, res) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.write('{"member":'); // and never the rest
      }, { timeoutMs: 150, retries: 0 });
      const error = await failure(adapter.getViewer());
      assert.deepEqual([error.code, error.reason], ['network', 'timeout'], `status ${status}`);
    }
  });

  it('aborting the caller\'s signal is network / aborted, at once', async () => {
    const { adapter } = await setUp(() => { /* never answers */ });
    const controller = new AbortController();
    const call = adapter.search({ find: 'mentors' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await failure(call);
    assert.deepEqual([error.code, error.reason], ['network', 'aborted']);
  });

  it('an already aborted signal is network / aborted', async () => {
    const { adapter } = await setUp((_, res) => sendJson(res, 200, DEFAULT_PROGRAM_SETTINGS));
    const error = await failure(adapter.getProgram({ signal: AbortSignal.abort() }));
    assert.deepEqual([error.code, error.reason], ['network', 'aborted']);
  });

  it('a base that is not a URL makes every call reject with network, not the constructor throw', async () => {
    const adapter = createRestAdapter({ baseUrl: 'http://[not-a-host' });
    const error = await failure(adapter.getProgram());
    assert.equal(error.code, 'network');
    assert.equal(error.details.baseUrl, 'http://[not-a-host');
  });

  it('a refused connection is network', async () => {
    const { server, adapter } = await setUp(() => {}, { retries: 0 });
    await server.close();
    const error = await failure(adapter.getProgram());
    assert.equal(error.code, 'network');
    assert.equal(error.reason, undefined);
  });
});

describe('RestAdapter: retries', () => {
  it('a GET is retried after a 503, then answers', async () => {
    const { server, adapter } = await setUp((_, res, n) =>
      n === 1 ? sendJson(res, 503, { busy: true }) : sendJson(res, 200, DEFAULT_PROGRAM_SETTINGS));
    assert.deepEqual(await adapter.getProgram(), DEFAULT_PROGRAM_SETTINGS);
    assert.equal(server.received.length, 2);
  });

  it('a 429\'s Retry-After is waited out', async () => {
    const { adapter } = await setUp((_, res, n) =>
      n === 1
        ? sendJson(res, 429, {}, 'application/json', { 'retry-after': '1' })
        : sendJson(res, 200, DEFAULT_PROGRAM_SETTINGS));
    const started = Date.now();
    await adapter.getProgram();
    assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms`);
  });

  it('a POST whose connection dropped is sent again with the same Idempotency-Key', async () => {
    const { server, adapter } = await setUp((_, res, n) =>
      n === 1 ? res.socket?.destroy() : sendJson(res, 201, mentorship));
    assert.deepEqual(await adapter.requestMentorship(requestInput('ann', 'mentee')), mentorship);
    const [first, second] = server.received;
    assert.equal(server.received.length, 2);
    assert.match(String(first?.headers['idempotency-key']), UUID);
    assert.equal(second?.headers['idempotency-key'], first?.headers['idempotency-key']);
    assert.equal(second?.body, first?.body);
  });

  it('each call has its own Idempotency-Key; GETs have none', async () => {
    const { server, adapter } = await setUp((req, res) =>
      req.method === 'GET' ? sendJson(res, 200, viewer) : sendJson(res, 200, mentorship));
    await adapter.act(mentorship.id, 'accept', { version: 1 });
    await adapter.act(mentorship.id, 'accept', { version: 1 });
    await adapter.getViewer();
    const keys = server.received.map((request) => request.headers['idempotency-key']);
    assert.equal(new Set(keys.slice(0, 2)).size, 2);
    assert.equal(keys[2], undefined);
  });

  it('makes its Idempotency-Keys from getRandomValues where crypto.randomUUID is missing (a page on plain http)', async () => {
    const { server, adapter } = await setUp((_, res) => sendJson(res, 200, mentorship));
    // Browsers expose randomUUID on secure pages only: hide it as an http page would.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      for (let i = 0; i < 20; i++) await adapter.act(mentorship.id, 'accept', { version: 1 });
    } finally {
      Reflect.deleteProperty(crypto, 'randomUUID');
    }
    assert.equal(typeof crypto.randomUUID, 'function');
    const keys = server.received.map((request) => String(request.headers['idempotency-key']));
    for (const key of keys) assert.match(key, UUID);
    assert.equal(new Set(keys).size, 20);
    // Over 20 keys every digit but the version (4) takes more than one value: the 30 random ones and the
    // variant's (8, 9, a or b).
    const varying = [...keys[0]!].filter((_, at) => new Set(keys.map((key) => key[at])).size > 1).length;
    assert.equal(varying, 31);
  });
});

describe('RestAdapter: what it sends', () => {
  it('encodes a search query: repeated topics, numbers as text, criteria left out are absent', async () => {
    const page = { total: 0, offset: 20, limit: 10, hits: [] };
    const { server, adapter } = await setUp((_, res) => sendJson(res, 200, page));
    await adapter.search({
      find: 'mentors', topics: ['statistics', 'grant-writing'], maxHoursApart: 2.5, text: ' clinical trials ',
      meetingMode: 'in-person', offset: 20, limit: 10,
    });
    assert.equal(
      server.received[0]?.url,
      '/api/v1/search?find=mentors&topics=statistics&topics=grant-writing&maxHoursApart=2.5&meetingMode=in-person'
        + '&text=clinical+trials&offset=20&limit=10',
    );
  });

  it('an invalid query is refused naming the field, without a request', async () => {
    const { server, adapter } = await setUp((_, res) => sendJson(res, 200, {}));
    const error = await failure(adapter.search({ find: 'mentors', topics: 'statistics' } as never));
    assert.deepEqual([error.code, error.field], ['validation', 'topics']);
    assert.equal(server.received.length, 0);
  });

  it('an unknown action is refused naming the field, without a request', async () => {
    const { server, adapter } = await setUp((_, res) => sendJson(res, 200, {}));
    const error = await failure(adapter.act(mentorship.id, 'delete' as never));
    assert.deepEqual([error.code, error.field], ['validation', 'action']);
    assert.equal(server.received.length, 0);
  });

  it('paths, methods and bodies follow the contract; ids are escaped', async () => {
    const { server, adapter } = await setUp((req, res) =>
      sendJson(res, 200, req.url.includes('mentorships') ? mentorship : viewer));
    await adapter.act('a/../b', 'decline', { reason: 'No time' });
    await adapter.giveFeedback(mentorship.id, { rating: 5, comment: '' });
    await adapter.setAvailability({ status: 'paused', returnDate: null });
    const sent = server.received.map(({ method, url, body }) => `${method} ${url} ${body}`);
    assert.deepEqual(sent, [
      'POST /api/v1/mentorships/a%2F..%2Fb/decline {"reason":"No time"}',
      `POST /api/v1/mentorships/${mentorship.id}/feedback {"rating":5,"comment":""}`,
      'PUT /api/v1/me/availability {"status":"paused","returnDate":null}',
    ]);
    assert.equal(server.received[0]?.headers['content-type'], 'application/json');
  });

  it('asks the token getter before each request and sends Authorization: Bearer', async () => {
    let token: string | null = 'first';
    const { server, adapter } = await setUp((_, res) => sendJson(res, 200, viewer), {
      getToken: async () => token,
    });
    await adapter.getViewer();
    token = 'renewed';
    await adapter.getViewer();
    token = null;
    await adapter.getViewer();
    assert.deepEqual(
      server.received.map((request) => request.headers.authorization),
      ['Bearer first', 'Bearer renewed', undefined],
    );
  });

  it('a relative-looking base with a trailing slash and one without reach the same paths', async () => {
    const { server } = await setUp((_, res) => sendJson(res, 200, DEFAULT_PROGRAM_SETTINGS));
    await createRestAdapter({ baseUrl: `${server.baseUrl}/` }).getProgram();
    await createRestAdapter({ baseUrl: server.baseUrl }).getProgram();
    assert.deepEqual(server.received.map((request) => request.url), ['/api/v1/program', '/api/v1/program']);
  });
});

describe('RestAdapter: change notification', () => {
  /** A change log the scripted server answers GET /changes from; `append` is another member acting. */
  function changeLog() {
    const log: { seq: number; kind: 'mentorship' | 'member'; id: string }[] = [];
    const script: Script = (req, res) => {
      const { pathname, searchParams } = new URL(req.url, 'http://x');
      if (pathname.endsWith('/changes')) {
        const after = searchParams.get('after');
        const last = log.at(-1)?.seq ?? 0;
        return sendJson(res, 200, { changes: after === null ? [] : log.filter((c) => c.seq > Number(after)), last });
      }
      sendJson(res, 200, mentorship);
    };
    const append = (kind: 'mentorship' | 'member', id: string) => log.push({ seq: log.length + 1, kind, id });
    return { script, append };
  }
  const polls = (server: ScriptedServer) => server.received.filter((request) => request.url.includes('/changes'));
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Until the server has received the first poll (it answers with the log's head as it is then). */
  async function firstPoll(server: ScriptedServer): Promise<void> {
    for (let i = 0; i < 200 && polls(server).length === 0; i += 1) await wait(5);
    assert.ok(polls(server).length > 0, 'the feed polled');
  }

  it('a change made by another member arrives within the poll interval', async () => {
    const { script, append } = changeLog();
    append('member', 'old'); // before subscribing: not heard
    const { server, adapter } = await setUp(script, { pollIntervalMs: 50 });
    const heard: MentoringChange[] = [];
    const stop = adapter.subscribe((change) => heard.push(change));
    await firstPoll(server);
    append('mentorship', 'm-9');
    append('mentorship', 'm-9');
    await wait(120);
    stop();
    assert.deepEqual(heard, [{ kind: 'mentorship', id: 'm-9' }], 'once, and nothing from before');
    assert.equal(polls(server)[0]?.url, '/api/v1/changes', 'the first poll only asks for the cursor');
    assert.equal(polls(server)[1]?.url, '/api/v1/changes?after=1');
  });

  it('a change made between a read and subscribing is heard: the first poll starts from the read', async () => {
    const { script, append } = changeLog();
    append('member', 'old');
    // GET /me answers as of the log's head, and says so.
    const { server, adapter } = await setUp(
      (req, res, n) =>
        (req.url.endsWith('/me') ? sendJson(res, 200, viewer, 'application/json', { [CHANGES_SEQ_HEADER]: '1' }) : script(req, res, n)),
      { pollIntervalMs: 50 },
    );
    await adapter.getViewer();
    append('mentorship', 'm-between'); // after the read, before anyone listens
    const heard: MentoringChange[] = [];
    const stop = adapter.subscribe((change) => heard.push(change));
    await wait(120);
    stop();
    assert.deepEqual(heard, [{ kind: 'mentorship', id: 'm-between' }], 'heard once; the change before the read is not');
    assert.equal(polls(server)[0]?.url, '/api/v1/changes?after=1', 'the first poll asks from the read');
  });

  it('a read older than the cursor makes the next poll ask from it again', async () => {
    const { script, append } = changeLog();
    let readAt = '0';
    const { server, adapter } = await setUp(
      (req, res, n) =>
        (req.url.endsWith('/me') ? sendJson(res, 200, viewer, 'application/json', { [CHANGES_SEQ_HEADER]: readAt }) : script(req, res, n)),
      { pollIntervalMs: 40 },
    );
    append('member', 'a');
    append('member', 'b');
    const heard: MentoringChange[] = [];
    const stop = adapter.subscribe((change) => heard.push(change));
    await firstPoll(server);
    await wait(20); // its answer has arrived: the cursor is 2
    readAt = '1'; // a slow read: its answer is as of seq 1
    await adapter.getViewer();
    await wait(80);
    stop();
    assert.ok(polls(server).some((request) => request.url === '/api/v1/changes?after=1'), 'asked from the read');
    assert.deepEqual(heard, [{ kind: 'member', id: 'b' }]);
  });

  it('its own changes are heard at once, after the call resolves', async () => {
    const { script } = changeLog();
    const { adapter } = await setUp(script, { pollIntervalMs: 60_000 });
    const heard: MentoringChange[] = [];
    const stop = adapter.subscribe((change) => heard.push(change));
    try {
      const result = await adapter.act(mentorship.id, 'withdraw');
      await Promise.resolve();
      assert.deepEqual(heard, [{ kind: 'mentorship', id: result.id }]);
    } finally {
      stop();
    }
  });

  /** The change log's script, with state changes that record a change on `mentorship` and name its position. */
  function changesMadeHere(log: ReturnType<typeof changeLog>, answerAfterMs = 0) {
    return (req: Parameters<Script>[0], res: Parameters<Script>[1], n: number) => {
      if (req.method !== 'POST') return log.script(req, res, n);
      const seq = log.append('mentorship', mentorship.id);
      setTimeout(() => sendJson(res, 200, mentorship, 'application/json', { [CHANGES_MADE_HEADER]: String(seq) }), answerAfterMs);
    };
  }

  it('its own change is told once: the poll that reports it again is left out (the answer named its position)', async () => {
    const log = changeLog();
    const { server, adapter } = await setUp(changesMadeHere(log), { pollIntervalMs: 30 });
    const heard: MentoringChange[] = [];
    const stop = adapter.subscribe((change) => heard.push(change));
    await firstPoll(server);
    await adapter.act(mentorship.id, 'withdraw');
    const pollsBefore = polls(server).length;
    await wait(100);
    assert.ok(polls(server).length > pollsBefore, 'the feed polled over the change');
    assert.deepEqual(heard, [{ kind: 'mentorship', id: mentorship.id }]);
    log.append('mentorship', mentorship.id); // the partner acts on it next: that is news
    await wait(100);
    stop();
    assert.deepEqual(heard, [{ kind: 'mentorship', id: mentorship.id }, { kind: 'mentorship', id: mentorship.id }]);
  });

  it('a slow answer to its own change, which a poll reported first, is not told again', async () => {
    const log = changeLog();
    const { server, adapter } = await setUp(changesMadeHere(log, 150), { pollIntervalMs: 30 });
    let answered = false;
    const heardAfterAnswer: boolean[] = [];
    const stop = adapter.subscribe(() => heardAfterAnswer.push(answered));
    await firstPoll(server);
    await adapter.act(mentorship.id, 'withdraw');
    answered = true;
    await wait(60);
    stop();
    assert.deepEqual(heardAfterAnswer, [false], 'told once, by the poll, before the answer came');
  });

  it('polls only while someone listens', async () => {
    const { script, append } = changeLog();
    const { server, adapter } = await setUp(script, { pollIntervalMs: 30 });
    await wait(100);
    assert.equal(polls(server).length, 0, 'no listener, no poll');
    const heard: MentoringChange[] = [];
    const stopFirst = adapter.subscribe((change) => heard.push(change));
    const stopSecond = adapter.subscribe(() => {});
    await wait(100);
    stopFirst();
    await wait(100);
    assert.ok(polls(server).length >= 3, 'one listener left keeps it polling');
    stopSecond();
    // A poll already on the wire when the last listener left may still reach the server: let it land
    // before counting. Were polling still running, the 150 ms below would see about five more.
    await wait(50);
    const count = polls(server).length;
    append('mentorship', 'late');
    await wait(150);
    assert.equal(polls(server).length, count, 'no poll after the last listener left');
    assert.deepEqual(heard, []);
  });

  it('a failing poll neither throws nor stops the feed', async () => {
    const { script, append } = changeLog();
    const { server, adapter } = await setUp((req, res, n) =>
      (n === 2 ? sendJson(res, 503, {}) : script(req, res, n)), { pollIntervalMs: 30 });
    const heard: MentoringChange[] = [];
    const stop = adapter.subscribe((change) => heard.push(change));
    await firstPoll(server);
    append('member', 'bo');
    // Until the poll after the failed one has told the change, and two more polls have come and gone (by
    // count, not time: a busy machine is slow), so a change told twice would show.
    for (let i = 0; i < 400 && heard.length === 0; i += 1) await wait(5);
    const told = polls(server).length;
    for (let i = 0; i < 400 && polls(server).length < told + 2; i += 1) await wait(5);
    stop();
    assert.deepEqual(heard, [{ kind: 'member', id: 'bo' }]);
    assert.equal(polls(server)[1]?.url, polls(server)[2]?.url, 'the failed poll is asked again, unretried');
  });
});
