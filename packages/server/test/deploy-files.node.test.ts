// The files an operator deploys the server with: packages/server/Dockerfile and deploy/mentor-match.service.
// Docker cannot run on the test machines (no daemon), so the Dockerfile is checked for its structure: two
// stages, pinned images, a build stage that has every package's manifest for `npm ci`, a runtime stage that runs
// the compiled server with plain Node as an unprivileged user, with a health check; and its HEALTHCHECK command
// is run against a real server. The systemd unit goes through `systemd-analyze verify` (no warning allowed)
// where systemd is installed, as on the CI machine, and is read here for what must hold whatever systemd says.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { EX_CONFIG } from '../src/config.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = path.resolve(serverDir, '../..');
const read = (file: string) => readFileSync(path.join(serverDir, file), 'utf8');

interface Instruction { keyword: string; args: string; line: number }

/** The Dockerfile's instructions, continuation lines joined, comments left out. */
function dockerInstructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending: Instruction | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    if (pending && line.startsWith('#')) return;
    const continued = line.endsWith('\\');
    const body = continued ? line.slice(0, -1).trim() : line;
    if (pending) pending.args = `${pending.args} ${body}`.trim();
    else {
      const [keyword = '', ...rest] = body.split(/\s+/);
      pending = { keyword: keyword.toUpperCase(), args: rest.join(' '), line: index + 1 };
    }
    if (!continued) {
      out.push(pending);
      pending = undefined;
    }
  });
  return out;
}

/** The instructions of each stage, by its name. */
function stages(instructions: Instruction[]): Map<string, Instruction[]> {
  const byName = new Map<string, Instruction[]>();
  let current: Instruction[] | undefined;
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const name = /\sAS\s+(\S+)$/i.exec(instruction.args)?.[1];
      assert.ok(name, `line ${instruction.line}: every stage is named (FROM … AS name)`);
      current = [instruction];
      byName.set(name, current);
    } else {
      assert.ok(current, `line ${instruction.line}: ${instruction.keyword} before any FROM`);
      current.push(instruction);
    }
  }
  return byName;
}

const execForm = (args: string): string[] => {
  const parsed: unknown = JSON.parse(args);
  assert.ok(Array.isArray(parsed) && parsed.every((part) => typeof part === 'string'), `exec form (a JSON array): ${args}`);
  return parsed as string[];
};

describe('the Dockerfile', () => {
  const instructions = dockerInstructions(read('Dockerfile'));
  const byName = stages(instructions);
  const build = byName.get('build') ?? [];
  const runtime = byName.get('runtime') ?? [];

  it('has a build stage and a runtime stage, each on a pinned Node image', () => {
    assert.deepEqual([...byName.keys()], ['build', 'runtime']);
    for (const stage of [build, runtime]) {
      const image = stage[0]?.args.split(/\s+/)[0] ?? '';
      assert.match(image, /^node:\d+\.\d+[\w.-]*$/, `${image}: a Node image pinned to a minor version, not latest`);
    }
  });

  it('builds from the lockfile with every package\'s manifest in place, and copies only what exists', () => {
    assert.ok(build.some((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args)), 'npm ci');
    assert.ok(build.some((i) => i.keyword === 'RUN' && i.args.includes('scripts/packages.mjs pack')), 'packs as npm publishes');
    const copied = build.filter((i) => i.keyword === 'COPY').flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    for (const source of copied) assert.ok(existsSync(path.join(repoRoot, source)), `COPY ${source}: exists in the repository`);
    const packages = readdirSync(path.join(repoRoot, 'packages')).filter((name) => existsSync(path.join(repoRoot, 'packages', name, 'package.json')));
    for (const name of packages) assert.ok(copied.includes(`packages/${name}/package.json`), `packages/${name}/package.json is copied before npm ci`);
    const ignored = readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8').split('\n');
    for (const pattern of ['**/node_modules', '**/dist', '.data']) assert.ok(ignored.includes(pattern), `.dockerignore leaves out ${pattern}`);
  });

  it('runs the compiled server with plain Node, as an unprivileged user, with a health check and the port it exposes', () => {
    const keywords = runtime.map((i) => i.keyword);
    for (const copy of runtime.filter((i) => i.keyword === 'COPY')) assert.match(copy.args, /^--from=build\s/, 'the runtime stage takes only the build\'s output');
    assert.ok(runtime.some((i) => i.keyword === 'RUN' && /npm install --omit=dev/.test(i.args)), 'production dependencies only');
    const user = runtime.filter((i) => i.keyword === 'USER').at(-1);
    assert.ok(user && !/^(root|0)(:|$)/.test(user.args), 'USER is not root');
    assert.ok(keywords.lastIndexOf('USER') > keywords.lastIndexOf('RUN'), 'nothing runs as root after USER');
    const entry = execForm(runtime.find((i) => i.keyword === 'ENTRYPOINT')?.args ?? '');
    assert.equal(entry[0], 'node');
    assert.match(entry.at(-1) ?? '', /\/node_modules\/@mentor-match\/server\/dist\/main\.js$/);
    assert.ok(!runtime.some((i) => /\btsx\b/.test(i.args)), 'no TypeScript loader');
    const port = /\bPORT=(\d+)/.exec(runtime.find((i) => i.keyword === 'ENV')?.args ?? '')?.[1];
    assert.ok(port, 'ENV PORT');
    assert.ok(runtime.some((i) => i.keyword === 'EXPOSE' && i.args === port), `EXPOSE ${port}`);
    assert.ok(runtime.some((i) => i.keyword === 'HEALTHCHECK'), 'HEALTHCHECK');
  });

  describe('its HEALTHCHECK command', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server.close());

    const check = instructions.find((i) => i.keyword === 'HEALTHCHECK');
    const command = execForm(/\bCMD\s+(\[.*\])$/.exec(check?.args ?? '')?.[1] ?? '[]');
    // Not spawnSync: the server answering it runs in this process.
    const runCheck = (port: string) => new Promise<number | null>((resolve) => {
      spawn(process.execPath, command.slice(1), { env: { PATH: process.env.PATH, PORT: port }, stdio: 'ignore' }).on('exit', resolve);
    });

    it('passes against a running server and fails when nothing answers', async () => {
      assert.equal(command[0], 'node');
      assert.equal(await runCheck(new URL(server.url).port), 0, 'healthy');
      assert.equal(await runCheck('9'), 1, 'nothing listens on port 9');
    });
  });
});

describe('the systemd unit', () => {
  const unitFile = path.join(serverDir, 'deploy', 'mentor-match.service');
  const sections = new Map<string, Map<string, string[]>>();
  let section = '';
  for (const raw of readFileSync(unitFile, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header?.[1]) {
      section = header[1];
      sections.set(section, new Map());
      continue;
    }
    const [, key = '', value = ''] = /^(\w+)=(.*)$/.exec(line) ?? [];
    assert.ok(key && section, `a key=value line inside a section: ${line}`);
    const values = sections.get(section)!;
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  const service = (key: string) => sections.get('Service')?.get(key) ?? [];

  it('has the sections and what a service of ours needs: compiled server, its own user, the environment file, no restart on a wrong environment', () => {
    assert.deepEqual([...sections.keys()], ['Unit', 'Service', 'Install']);
    const [node, main, ...rest] = (service('ExecStart')[0] ?? '').split(/\s+/);
    assert.ok(node?.startsWith('/') && node.endsWith('/node'), 'ExecStart: an absolute path to node');
    assert.match(main ?? '', /^\/.*\/node_modules\/@mentor-match\/server\/dist\/main\.js$/);
    assert.deepEqual(rest, [], 'no loader, no arguments');
    assert.ok(service('User')[0] && service('User')[0] !== 'root', 'its own user');
    assert.ok(service('EnvironmentFile').length === 1, 'the variables from a file');
    assert.deepEqual(service('RestartPreventExitStatus'), [String(EX_CONFIG)], 'main.ts\'s exit code for a wrong environment');
    assert.equal(service('Restart')[0], 'on-failure');
    assert.match(service('Environment').join(' '), /\bDATA_DIR=\/var\/lib\/mentor-match\//, 'PGlite\'s data in the StateDirectory');
    assert.deepEqual(service('StateDirectory'), ['mentor-match']);
    assert.deepEqual(sections.get('Install')?.get('WantedBy'), ['multi-user.target']);
  });

  it('passes systemd-analyze verify with no warning (where systemd is installed)', (t) => {
    const analyze = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
    if (analyze.error) {
      t.diagnostic('systemd-analyze is not installed: the unit was checked by the reading above only');
      return;
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'mentor-match-unit-'));
    try {
      const copy = path.join(dir, 'mentor-match.service');
      copyFileSync(unitFile, copy);
      const result = spawnSync('systemd-analyze', ['verify', '--man=no', copy], { encoding: 'utf8' });
      // verify also checks that ExecStart's program exists: on a machine whose node is elsewhere, that line alone is allowed.
      const nodeElsewhere = !existsSync('/usr/bin/node');
      const output = `${result.stdout}${result.stderr}`.split('\n')
        .filter((line) => line.trim() !== '' && !(nodeElsewhere && line.includes('/usr/bin/node is not executable')));
      if (!nodeElsewhere) assert.equal(result.status, 0, output.join('\n'));
      assert.deepEqual(output, [], 'no warning');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
