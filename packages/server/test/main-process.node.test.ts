// main.ts as an operator runs it: configured from the environment, JSON log lines, SIGTERM stops it cleanly.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO_PROGRAM_SETTINGS, demoRoster } from '@mentor-match/demo';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

describe('main.ts', () => {
  it('starts from the environment, logs JSON lines, serves the demo, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', DEMO: '1', DEMO_ROSTER_SIZE: '50', LOG_LEVEL: 'info', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: Record<string, unknown>[] = [];
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const listening = new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        if (entry.msg === 'listening') resolve(String(entry.url));
      });
      void exited.then((code) => reject(new Error(`exited with ${code} before listening`)));
    });
    const url = await listening;
    const members = (await (await fetch(`${url}/api/v1/demo/members`)).json()) as { members: { id: string; name: string }[] };
    assert.equal(members.members.length, 50);
    const seeded = demoRoster({ now: new Date(), size: 50 }).members;
    assert.deepEqual(members.members.map((m) => m.name).sort(), seeded.map((m) => m.name).sort(), 'the demo package\'s roster is seeded');
    const session = (await (
      await fetch(`${url}/api/v1/demo/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ memberId: members.members[0]?.id }),
      })
    ).json()) as { token: string };
    assert.equal((await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${session.token}` } })).status, 200);
    const program = (await (await fetch(`${url}/api/v1/program`, { headers: { authorization: `Bearer ${session.token}` } })).json()) as { name: string };
    assert.equal(program.name, DEMO_PROGRAM_SETTINGS.name, 'demo mode runs the demo\'s program');

    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    const request = lines.find((l) => l.msg === 'request' && l.path === '/api/v1/me');
    assert.ok(request, 'a log line per request');
    for (const field of ['method', 'path', 'status', 'ms', 'memberId', 'requestId', 'time', 'level']) assert.ok(field in request, field);
    assert.equal(request.memberId, members.members[0]?.id);
    assert.ok(lines.some((l) => l.msg === 'stopped'), 'it said it stopped');
  });

  it('refuses to start without a token key outside demo mode, saying which variables to set', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', DEMO: '', AUTH_JWT_SECRET: '', AUTH_PUBLIC_KEY: '', AUTH_JWKS_URL: '', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 1);
    assert.match(stderr, /AUTH_JWT_SECRET/);
  });
});
