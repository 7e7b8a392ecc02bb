// The staff adapter's CSV download against a scripted HTTP server: what the real server does not do on
// purpose (break a file off, answer slowly) and what a caller does (stop reading early). The contract itself
// runs against the real server in rest-adapter.conformance.node.test.ts.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { isMentoringError, type MentoringError } from '@mentor-match/core';
import { createRestStaffAdapter } from '@mentor-match/rest-adapter/staff';
import { sendJson, startScriptedServer, type Script, type ScriptedServer } from './scripted-server.ts';

const servers: ScriptedServer[] = [];
after(() => Promise.all(servers.map((server) => server.close())));

async function setUp(script: Script) {
  const server = await startScriptedServer(script);
  servers.push(server);
  return { server, office: createRestStaffAdapter({ baseUrl: server.baseUrl, getToken: () => 'staff-token', retries: 0 }) };
}

const HEAD = '\uFEFFMember,Name\r\n';
const row = (i: number) => `m-${i},Member ${i}\r\n`;

/** Every chunk, or the MentoringError the iteration rejected with (after the chunks before it). */
async function read(chunks: AsyncIterable<string>): Promise<{ text: string; error: MentoringError | null }> {
  let text = '';
  try {
    for await (const chunk of chunks) text += chunk;
    return { text, error: null };
  } catch (error) {
    assert.ok(isMentoringError(error), `expected a MentoringError, got ${String(error)}`);
    return { text, error };
  }
}

describe('RestStaffAdapter: CSV downloads', () => {
  it('asks for nothing until the first chunk is asked for; sends the filters as the list\'s query string, and the token', async () => {
    const { server, office } = await setUp((_request, res) => {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      res.end(HEAD + row(1));
    });
    const file = office.exportCsv({ list: 'members', filter: { role: 'mentor', standing: 'full', enrolled: true } });
    assert.equal(server.received.length, 0, 'not yet');
    const { text, error } = await read(file);
    assert.equal(error, null);
    assert.equal(text, HEAD + row(1), 'the byte order mark kept');
    const [request] = server.received;
    assert.equal(request?.url, '/api/v1/staff/exports/members?role=mentor&standing=full&enrolled=true');
    assert.equal(request?.headers.authorization, 'Bearer staff-token');
    assert.equal(request?.headers.accept, 'text/csv');
  });

  it('a refusal rejects the first step with the server\'s problem; a bad filter before anything is sent', async () => {
    const { server, office } = await setUp((_request, res) =>
      sendJson(res, 403, { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden', detail: 'Only program staff.', reason: 'staff-only' },
        'application/problem+json'));
    const refused = await read(office.exportCsv({ list: 'audit', filter: {} }));
    assert.deepEqual([refused.text, refused.error?.code, refused.error?.reason], ['', 'forbidden', 'staff-only']);
    const bad = await read(office.exportCsv({ list: 'requests', filter: {} as never }));
    assert.deepEqual([bad.error?.code, bad.error?.field], ['validation', 'filter.olderThanDays']);
    assert.equal(server.received.length, 1, 'the bad filter never reached the server');
  });

  it('a file broken off by the server rejects with network after what arrived: never a file that looks whole', async () => {
    const { office } = await setUp((_request, res) => {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      res.write(HEAD + row(1));
      setTimeout(() => res.destroy(), 50);
    });
    const { text, error } = await read(office.exportCsv({ list: 'members', filter: {} }));
    assert.equal(text, HEAD + row(1));
    assert.equal(error?.code, 'network');
  });

  it('a download slower than timeoutMs goes on: the timeout is for the answer, not the file', async () => {
    const server = await startScriptedServer((_request, res) => {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      res.write(HEAD);
      let i = 0;
      const timer = setInterval(() => {
        i += 1;
        if (i <= 4) res.write(row(i));
        else {
          clearInterval(timer);
          res.end();
        }
      }, 100);
    });
    servers.push(server);
    const office = createRestStaffAdapter({ baseUrl: server.baseUrl, timeoutMs: 200, retries: 0 });
    const { text, error } = await read(office.exportCsv({ list: 'members', filter: {} }));
    assert.equal(error, null);
    assert.equal(text, HEAD + row(1) + row(2) + row(3) + row(4));
  });

  it('a caller that stops reading cancels the download; aborting the signal rejects with network / aborted', async () => {
    let closed = false;
    const { office } = await setUp((_request, res) => {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      res.write(HEAD);
      const timer = setInterval(() => res.write(row(0)), 20);
      res.on('close', () => {
        closed = true;
        clearInterval(timer);
      });
    });
    for await (const chunk of office.exportCsv({ list: 'members', filter: {} })) {
      assert.ok(chunk.startsWith('\uFEFF'));
      break;
    }
    for (let i = 0; i < 50 && !closed; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(closed, true, 'the server saw the download stop');

    const controller = new AbortController();
    const file = office.exportCsv({ list: 'members', filter: {} }, { signal: controller.signal });
    const chunks = file[Symbol.asyncIterator]();
    await chunks.next();
    controller.abort();
    const error = await chunks.next().then(() => null, (reason: unknown) => reason as MentoringError);
    assert.deepEqual([error?.code, error?.reason], ['network', 'aborted']);
  });
});
