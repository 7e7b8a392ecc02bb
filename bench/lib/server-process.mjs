// What the server benchmarks share: the server in a child process (packages/server/bench/load-server.ts),
// the PostgreSQL to run it on, and one HTTP call timed from sending to the whole answer read.
//
// The server runs in a child process and the load generator in the bench's: the server is single-threaded
// Node, and a client in its process would take turns with it on that one thread.
import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { createConnection } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';

const DEFAULT_POSTGRES_URL = 'postgres://mentor_match:mentor_match@127.0.0.1:5432/mentor_match_test';

/**
 * Seeds `size` members into a schema of their own (PostgreSQL at `databaseUrl`, or an in-memory PGlite
 * without one), starts the server on it in a child process and resolves once it listens, with what
 * load-server.ts says of it (`info`: url, tokens, mentors, …) and a handle to ask it for its usage and stop it.
 * `nodeArgs`: for the child's Node (`--expose-gc`, `--cpu-prof`); `env`: added to its environment.
 */
export async function startServerProcess(root, size, databaseUrl, { nodeArgs = [], env = {} } = {}) {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'packages/server/bench/load-server.ts', String(size)], {
    cwd: root,
    env: { ...process.env, ...env, BENCH_DATABASE_URL: databaseUrl },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`the server process exited (${child.exitCode ?? child.signalCode})`);
    return JSON.parse(value);
  };
  const info = await next().catch((error) => {
    child.kill();
    throw error;
  });
  if (info.error) throw new Error(info.error);
  return {
    info,
    /** The server's CPU time since the last call, and its memory (`gc`: after a full garbage collection). */
    async usage({ gc = false } = {}) {
      child.stdin.write(gc ? 'usage gc\n' : 'usage\n');
      return next();
    },
    async profile(file) {
      child.stdin.write(file ? `profile ${file}\n` : 'profile\n');
      return next();
    },
    async stop() {
      child.stdin.end('stop\n');
      await next().catch(() => {});
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/**
 * PostgreSQL for the benchmark: DATABASE_URL or TEST_DATABASE_URL; else scripts/ci-postgres.sh when
 * PostgreSQL is installed here and this is root (it starts the cluster and creates the role and database);
 * else the default URL if something listens on 127.0.0.1:5432; else `{ skip: why }`.
 */
export async function postgresUrl(root) {
  const fromEnv = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (fromEnv) return { url: fromEnv };
  const installed = spawnSync('sh', ['-c', 'command -v pg_ctlcluster'], { encoding: 'utf8' }).status === 0;
  if (installed && process.getuid?.() === 0) {
    const script = spawnSync('bash', [path.join(root, 'scripts/ci-postgres.sh')], { encoding: 'utf8' });
    const url = script.stdout.trim().split('\n').at(-1);
    if (script.status === 0 && url?.startsWith('postgres')) return { url };
  }
  if (await listening('127.0.0.1', 5432)) return { url: DEFAULT_POSTGRES_URL };
  return { skip: 'no DATABASE_URL or TEST_DATABASE_URL, and no PostgreSQL on 127.0.0.1:5432 (scripts/ci-postgres.sh starts one)' };
}

function listening(host, port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: 1000 });
    socket.once('connect', () => resolve(true) || socket.destroy());
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => resolve(false) || socket.destroy());
  });
}

/**
 * One call as `token`, with a fresh Idempotency-Key `key` for a body: resolves with the status and the
 * whole answer's text (status 0 and the error's message when none came within 30 s).
 */
export function send(agent, base, { method, path: target, token, body, key }) {
  return new Promise((resolve) => {
    const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (body !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'idempotency-key': key });
    const req = request({ agent, host: base.hostname, port: base.port, method, path: target, headers, timeout: 30_000 }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      res.on('error', (error) => resolve({ status: 0, text: error.message }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ status: 0, text: error.message }));
    req.end(body);
  });
}

/** A 409 a rule gave (a full mentor, the open-request limit, …): an answer, not an error. */
export const refusedByRule = (status, text) => {
  if (status !== 409) return false;
  try {
    return ['conflict', 'capacity-reached', 'unavailable'].includes(JSON.parse(text).code);
  } catch {
    return false;
  }
};
