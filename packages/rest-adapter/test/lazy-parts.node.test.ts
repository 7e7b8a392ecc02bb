// The REST adapter's parts imported at their first call (member-changes.ts: the member's changes; the bell's schemas), against a
// real HTTP server, in a process whose module hook refuses the first import of that part, as a browser that
// could not download its chunk would. The reads, the search and the change feed never need it; a change that
// finds it missing is refused as a network failure, having sent nothing, and the next change imports it.
import assert from 'node:assert/strict';
import { register } from 'node:module';
import { after, before, describe, it } from 'node:test';

// Before the adapter is imported: every import of member-changes.ts passes through this hook.
// And the first import of the notifications' schemas by the REST adapter (the bell's writes need them).
const hooks = `let refused = false, refusedSchemas = false;
export async function resolve(specifier, context, next) {
  if (specifier === './member-changes.ts' && context.parentURL?.endsWith('/rest-adapter.ts') && !refused) {
    refused = true;
    throw new Error('offline');
  }
  if (specifier === '@mentor-match/core/schemas/notification' && context.parentURL?.includes('/rest-adapter/src/') && !refusedSchemas) {
    refusedSchemas = true;
    throw new Error('offline');
  }
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, import.meta.url);

const { CHANGES_MADE_HEADER, CHANGES_SEQ_HEADER, MemoryBackend, isMentoringError } = await import('@mentor-match/core');
const { enrolmentInput, requestInput } = await import('@mentor-match/testkit');
const { createRestAdapter } = await import('@mentor-match/rest-adapter');
const { sendJson, startScriptedServer } = await import('./scripted-server.ts');
type Mentorship = import('@mentor-match/core').Mentorship;
type Viewer = import('@mentor-match/core').Viewer;
type SearchPage = import('@mentor-match/core').SearchPage;
type MentoringChange = import('@mentor-match/core').MentoringChange;

let viewer: Viewer;
let mentorship: Mentorship;
let found: SearchPage;
before(async () => {
  const backend = new MemoryBackend();
  await backend.adapterFor('ann').enrol(enrolmentInput('ann', ['mentor']));
  const me = backend.adapterFor('me');
  viewer = await me.enrol(enrolmentInput('me', ['mentee']));
  found = await me.search({ find: 'mentors' });
  mentorship = await me.requestMentorship(requestInput('ann', 'mentee'));
});

const server = await startScriptedServer((req, res) => {
  const path = req.url.replace(/\?.*$/, '');
  const fresh = { [CHANGES_SEQ_HEADER]: '3' };
  if (path.endsWith('/changes')) sendJson(res, 200, { changes: [], last: 3 }, 'application/json', fresh);
  else if (path.endsWith('/search')) sendJson(res, 200, found, 'application/json', fresh);
  else if (path.endsWith('/me')) sendJson(res, 200, viewer, 'application/json', fresh);
  else if (req.method === 'POST' && path.endsWith('/mentorships')) sendJson(res, 201, mentorship, 'application/json', { [CHANGES_MADE_HEADER]: '4' });
  else if (req.method === 'POST' && path.endsWith('/me/notifications/read')) sendJson(res, 200, { items: [], unread: 0 });
  else sendJson(res, 404, {});
});
after(() => server.close());

describe('RestAdapter: the member\'s changes, imported at the first', () => {
  it('reads, searches and listens without them; a change they cannot be downloaded for is a network failure that sent nothing; the next one loads them', async () => {
    const adapter = createRestAdapter({ baseUrl: server.baseUrl, pollIntervalMs: 60_000 });
    const heard: MentoringChange[] = [];
    const unsubscribe = adapter.subscribe((change) => heard.push(change));
    assert.deepEqual(await adapter.getViewer(), viewer);
    assert.deepEqual(await adapter.search({ find: 'mentors' }), found);

    const error = await adapter.requestMentorship(requestInput('ann', 'mentee')).then(
      () => assert.fail('expected the change to reject'),
      (reason: unknown) => reason,
    );
    assert.ok(isMentoringError(error));
    assert.equal(error.code, 'network', 'worded for the member as any network failure');
    assert.equal(error.message, 'Part of the REST adapter could not be downloaded.');
    assert.deepEqual(server.received.filter((request) => request.method !== 'GET'), [], 'nothing was sent');
    assert.deepEqual(heard, []);

    assert.deepEqual(await adapter.requestMentorship(requestInput('ann', 'mentee')), mentorship);
    const posts = server.received.filter((request) => request.method === 'POST');
    assert.equal(posts.length, 1);
    assert.match(String(posts[0]?.headers['idempotency-key']), /^[0-9a-f-]{36}$/);
    await Promise.resolve();
    assert.deepEqual(heard, [{ kind: 'mentorship', id: mentorship.id }], 'the change is told at once');
    unsubscribe();
  });

  it('a write of the bell whose schemas cannot be downloaded is a network failure that sent nothing; the next one loads them', async () => {
    const adapter = createRestAdapter({ baseUrl: server.baseUrl, pollIntervalMs: 60_000 });
    const before = server.received.length;
    const error = await adapter.markNotificationsRead({}).then(
      () => assert.fail('expected the change to reject'),
      (reason: unknown) => reason,
    );
    assert.ok(isMentoringError(error), String(error));
    assert.equal(error.code, 'network', 'worded for the member as any network failure');
    assert.deepEqual(server.received.slice(before), [], 'nothing was sent');

    assert.deepEqual(await adapter.markNotificationsRead({}), { items: [], unread: 0 });
    assert.equal(server.received.slice(before).filter((request) => request.method === 'POST').length, 1);
  });
});
