// The npm packages as a society's developer gets them (issue 16): every published package is built and packed
// (scripts/packages.mjs) and the tarballs installed into a fresh project outside the workspace, with their
// dependencies from npm (the local cache first). There, with no TypeScript loader and nothing of this repository
// on the module path:
//   - the conformance suite runs under plain `node --test` against MemoryAdapter;
//   - `npx mentor-match-server` starts the compiled server, which answers /health and stops on SIGTERM, and
//     refuses a wrong environment naming every wrong variable;
//   - a Vite page importing `@mentor-match/elements/mentor-search.js` (bare imports) builds and shows mentors;
//   - examples/react and examples/vue type-check (tsc, vue-tsc: a wrong property or event fails) and build,
//     and in Chromium a request sent from a card reaches the app and the console shows it pending.
// Vite and the type checkers are the workspace's own (same versions a developer would install); the app's
// dependencies (React, Vue, the Vue plugin) are installed into the project. Prints how long each step took.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { PUBLISHED, packPackages } from '../../scripts/packages.mjs';
import { firstOpenCard, launchChromium, sendRequestFromCard, tempDir, waitForText, watchPage } from './chromium.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = (file: string) => path.join(repoRoot, 'node_modules', file);
const TSC = bin('typescript/bin/tsc');
const VUE_TSC = bin('vue-tsc/bin/vue-tsc.js');
const VITE = bin('vite/bin/vite.js');
/** What the example apps need beside our tarballs, at the versions the workspace locks. */
const APP_DEPENDENCIES = ['react', 'react-dom', '@types/react', '@types/react-dom', 'vue', 'vite', '@vitejs/plugin-vue'];

/**
 * This process's environment without what would tie a child to it: NODE_OPTIONS (a loader) and
 * NODE_TEST_CONTEXT (which makes a child `node --test` report to this runner instead of printing).
 */
function plainEnv(): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _options, NODE_TEST_CONTEXT: _context, ...rest } = process.env;
  return rest;
}

/** Plain Node in `cwd`. */
function run(cwd: string, command: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...plainEnv(), ...env }, timeout: 240_000 });
}

function ok(result: ReturnType<typeof run>, what: string): string {
  assert.equal(result.status, 0, `${what} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const lockedVersion = (name: string): string => {
  const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  const version = lock.packages[`node_modules/${name}`]?.version;
  assert.ok(version, `${name} is in package-lock.json`);
  return version;
};

describe('the npm packages, installed from their tarballs into a project of their own', { timeout: 600_000 }, () => {
  let folder: Awaited<ReturnType<typeof tempDir>> | undefined;
  let project: string;
  let tarballs: Record<string, string>;
  let browser: Browser | undefined;
  const timings: string[] = [];
  const timed = async <T>(what: string, step: () => T | Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await step();
    timings.push(`${what} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };

  before(async () => {
    folder = await tempDir('packages');
    project = path.join(folder.dir, 'project');
    tarballs = await timed('build and pack', () => packPackages(path.join(folder!.dir, 'packs')));
    writeFileSync(path.join(folder.dir, 'package.json'), '{}\n'); // keeps npm from looking above the folder
    cpSync(path.join(repoRoot, 'test/e2e/fixtures/packages'), project, { recursive: true });
    await timed('npm install', () => ok(run(project, 'npm', [
      'install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error',
      ...Object.values(tarballs), ...APP_DEPENDENCIES.map((name) => `${name}@${lockedVersion(name)}`),
    ]), 'npm install'));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await folder?.remove();
    console.log(`packages test: ${timings.join(', ')}`);
  });

  test('each tarball ships JavaScript, declarations and source maps, its licence, and exports that name them', () => {
    assert.deepEqual(Object.keys(tarballs).sort(), [...PUBLISHED].sort());
    for (const name of PUBLISHED) {
      const installed = path.join(project, 'node_modules', '@mentor-match', name);
      const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as Record<string, unknown> & { exports: Record<string, unknown> };
      assert.equal(manifest.private, undefined, `${name} is publishable`);
      assert.equal(manifest.license, 'MIT');
      assert.equal(manifest.devDependencies, undefined, `${name}: no development fields`);
      assert.ok(existsSync(path.join(installed, 'LICENSE')), `${name}: LICENSE`);
      const root = manifest.exports['.'] as { types: string; import: string };
      for (const file of [root.types, root.import, `${root.import}.map`, `${root.types}.map`]) assert.ok(existsSync(path.join(installed, file)), `${name}: ${file}`);
      assert.ok(!existsSync(path.join(installed, 'src')), `${name}: no TypeScript sources`);
      const declarations = readFileSync(path.join(installed, root.types), 'utf8');
      assert.doesNotMatch(declarations, /from '\.{1,2}\/[^']+\.ts'/, `${name}: declarations import .js files`);
    }
    const elements = JSON.parse(readFileSync(path.join(project, 'node_modules/@mentor-match/elements/package.json'), 'utf8')) as { exports: Record<string, unknown>; sideEffects: string[] };
    assert.equal(elements.exports['./custom-elements.json'], './custom-elements.json');
    assert.ok(existsSync(path.join(project, 'node_modules/@mentor-match/elements/custom-elements.json')));
    assert.ok(elements.sideEffects.includes('./dist/**/define.js'), 'registering a tag is a side effect bundlers keep');
  });

  test('the conformance suite passes against MemoryAdapter under plain node --test', () => {
    const resolved = ok(run(project, process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('@mentor-match/testkit'))"]), 'resolve');
    assert.match(resolved.trim(), /\/project\/node_modules\/@mentor-match\/testkit\/dist\/index\.js$/);
    const result = run(project, process.execPath, ['--test', 'conformance.test.js']);
    const output = `${result.stdout}\n${result.stderr}`;
    assert.equal(result.status, 0, output.slice(-3000));
    const passed = Number(/^# pass (\d+)$/m.exec(output)?.[1]);
    assert.ok(passed >= 100, `the whole suite ran (${passed} passed)`);
    assert.match(output, /^# fail 0$/m);
    timings.push(`conformance ${passed} tests`);
  });

  test('npx mentor-match-server starts the compiled server: /health answers, SIGTERM stops it', async () => {
    assert.match(realpathSync(path.join(project, 'node_modules/.bin/mentor-match-server')), /@mentor-match\/server\/dist\/main\.js$/);
    // Its own process group: npx runs the server as its child and does not pass SIGTERM on, so the group gets it.
    const child = spawn('npx', ['--no-install', 'mentor-match-server'], {
      cwd: project,
      detached: true,
      env: { ...plainEnv(), PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', DEMO: '1', DEMO_ROSTER_SIZE: '50', LOG_LEVEL: 'info', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // The server writes to the same pipe as npx: it is closed once both have exited.
    const closed = new Promise<void>((resolve) => child.stdout.on('close', resolve));
    const logged: string[] = [];
    try {
      const url = await timed('server start', () => new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).on('line', (line) => {
          const entry = JSON.parse(line) as { msg?: string; url?: string };
          logged.push(String(entry.msg));
          if (entry.msg === 'listening') resolve(String(entry.url));
        });
        void exited.then((code) => reject(new Error(`exited with ${code} before listening:\n${stderr}`)));
      }));
      const health = await fetch(`${url}/api/v1/health`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { status: 'ok' });
      const members = (await (await fetch(`${url}/api/v1/demo/members`)).json()) as { members: unknown[] };
      assert.equal(members.members.length, 50, 'the demo roster from the installed demo package');
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
    await closed;
    assert.ok(logged.includes('stopped'), `the server stopped cleanly on SIGTERM: ${logged.join(', ')}`);
  });

  test('the compiled server refuses a wrong environment, naming every wrong variable, exit 78', () => {
    const result = run(project, 'npx', ['--no-install', 'mentor-match-server'], {
      PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://db/mentoring', AUTH_STAFF_CLAIM: 'roles', DEMO: '1', DATA_DIR: 'memory://',
    });
    assert.equal(result.status, 78, result.stderr);
    assert.match(result.stderr, /The server's environment has 4 problems:/);
    for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'AUTH_STAFF_CLAIM']) assert.match(result.stderr, new RegExp(`- ${name} `), name);
    const line = JSON.parse(result.stderr.split('\n')[0] ?? '') as { level: string; msg: string; problems: string[] };
    assert.equal(line.msg, 'invalid configuration');
    assert.equal(line.problems.length, 4);
  });

  test('a Vite page with bare imports of the elements builds and shows mentors in Chromium', async () => {
    const page = path.join(project, 'page');
    await timed('vite build (page)', () => ok(run(page, process.execPath, [VITE, 'build', '--logLevel', 'warn']), 'vite build'));
    await inChromium(page, async (tab) => {
      const results = tab.getByRole('list', { name: /\d+ mentors found/ });
      await results.getByRole('listitem').first().waitFor();
      assert.equal(await tab.locator('mentor-search mentor-profile-card').count(), 5);
    });
  });

  test('React: the example type-checks and builds; a request sent reaches the app and the console', async () => {
    const app = copyExample('react');
    typeChecks(app, TSC, 'tsc (react)', 'Broken.tsx', [
      "import { MentorNotifications, MentorSearch } from '@mentor-match/react';",
      'export const A = () => <MentorSearch pageSize="five" />;',
      'export const B = () => <MentorSearch onMentorRequestSent={(e) => e.notThere} />;',
      'export const C = () => <MentorNotifications onMentorNotificationOpen={(e) => e.notThere} />;',
    ], [
      /Broken\.tsx\(2,[^)]*\): error TS2322: Type 'string' is not assignable to type 'number'/,
      /Broken\.tsx\(3,[^)]*\): error TS2339: Property 'notThere' does not exist on type 'MentorRequestSentEvent'/,
      /Broken\.tsx\(4,[^)]*\): error TS2339: Property 'notThere' does not exist on type 'MentorNotificationOpenEvent'/,
    ]);
    await sentAndShown(app, 'react');
  });

  test('Vue: vue-tsc knows every element, attribute and event; built, a request sent reaches the app and the console', async () => {
    const app = copyExample('vue');
    typeChecks(app, VUE_TSC, 'vue-tsc (vue)', 'Broken.vue', [
      '<script setup lang="ts"></script>',
      '<template>',
      '  <mentor-search :page-size="\'five\'"></mentor-search>',
      '  <mentor-search @mentor-request-sen="() => {}"></mentor-search>',
      '  <mentor-availability-toggle :capacity-of="3"></mentor-availability-toggle>',
      '  <mentor-program-office @mentor-staff-action="(e) => e.notThere"></mentor-program-office>',
      '  <mentor-notifications @mentor-notification-open="(e) => e.notThere"></mentor-notifications>',
      '</template>',
    ], [
      /Broken\.vue\(3,[^)]*\): error TS2322: Type 'string' is not assignable to type 'number'/,
      /Broken\.vue\(4,[^)]*\): error TS\d+: .*'onMentorRequestSen' does not exist/,
      /Broken\.vue\(5,[^)]*\): error TS\d+: .*'capacityOf' does not exist/,
      /Broken\.vue\(6,[^)]*\): error TS2339: Property 'notThere' does not exist on type 'MentorStaffActionEvent'/,
      /Broken\.vue\(7,[^)]*\): error TS2339: Property 'notThere' does not exist on type 'MentorNotificationOpenEvent'/,
    ]);
    await sentAndShown(app, 'vue');
  });

  /** The app type-checks as it is; with a file of mistakes added to it, the checker fails naming each of `errors`. */
  function typeChecks(app: string, checker: string, label: string, file: string, lines: string[], errors: RegExp[]): void {
    const started = Date.now();
    ok(run(app, process.execPath, [checker, '-p', '.']), label);
    timings.push(`${label} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    writeFileSync(path.join(app, 'src', file), [...lines, ''].join('\n'));
    const refused = run(app, process.execPath, [checker, '-p', '.']);
    assert.notEqual(refused.status, 0, `${label} refuses ${file}`);
    for (const error of errors) assert.match(refused.stdout, error);
  }

  /** Copies an example app (its sources and configuration, not its package.json) into the project. */
  function copyExample(name: string): string {
    const app = path.join(project, name);
    for (const entry of ['index.html', 'vite.config.js', 'tsconfig.json', 'src']) cpSync(path.join(repoRoot, 'examples', name, entry), path.join(app, entry), { recursive: true });
    return app;
  }

  /** Builds the app, sends a request from the first open card, and checks the app and the console heard it. */
  async function sentAndShown(app: string, name: string): Promise<void> {
    await timed(`vite build (${name})`, () => ok(run(app, process.execPath, [VITE, 'build', '--logLevel', 'warn']), 'vite build'));
    await inChromium(app, async (tab) => {
      const status = tab.getByRole('status', { name: 'Requests sent from this page' });
      await waitForText(status, 'No request sent yet.');
      await tab.locator('mentor-notifications').getByRole('button', { name: /^Notifications, / }).waitFor();
      const results = tab.getByRole('list', { name: /\d+ mentors found/ });
      await results.getByRole('listitem').first().waitFor();
      const { mentor, card } = await firstOpenCard(tab, results);
      await sendRequestFromCard(tab, card, mentor);
      await waitForText(status, /^1 request sent \(.+\)\.$/);
      await tab
        .locator('mentor-relationships-console')
        .getByRole('region', { name: /^Pending \(\d+\)$/ })
        .getByRole('listitem', { name: mentor, exact: true })
        .waitFor();
    });
  }

  /** Serves `dir`'s dist/ (vite preview) and opens it in Chromium; fails on any page error or console error. */
  async function inChromium(dir: string, check: (page: Page) => Promise<void>): Promise<void> {
    let server: PreviewServer | undefined;
    const page = await browser!.newPage();
    try {
      server = await preview({ root: dir, configFile: false, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0 } });
      const problems = await watchPage(page);
      await page.goto(server.resolvedUrls?.local[0] ?? assert.fail('vite preview has no address'));
      await check(page);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      await server?.close();
    }
  }
});
