// The demo server for the browser benches: started in a child process (so the page's timings do not
// share an event loop with the server), from this working tree or from another commit ("before").
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

/**
 * Starts `npm start`'s demo from `checkout` (default: this tree) on a free port, in-memory, rate limits
 * off; `rosterSize` members instead of the demo's 200. Resolves once it listens.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startDemoServer({ checkout = root, rosterSize } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'demo-child.mjs'), checkout, String(rosterSize ?? '')], {
    cwd: checkout,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the demo server in ${checkout} stopped (${code}) before listening`)));
  });
  const { url } = JSON.parse(line);
  return {
    url,
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

/**
 * Runs `use(server, browser)` with the demo of `checkout` started (startDemoServer's options) and Chromium
 * launched; stops both after, whatever happens.
 * @template T
 * @param {{ checkout?: string, rosterSize?: number }} options
 * @param {(server: { url: string }, browser: import('playwright-core').Browser) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withDemoInChromium(options, use) {
  const server = await startDemoServer(options);
  try {
    const browser = await launchChromium();
    try {
      return await use(server, browser);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

/**
 * Commit `ref` of this repository in a temporary folder, with this tree's installed packages linked in
 * (each of them, and each workspace package's own node_modules; the workspace packages themselves point
 * at the commit's code). For "before" figures. `remove` deletes it.
 */
export function checkoutCommit(ref) {
  const sha = spawnSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).stdout.trim();
  if (!sha) throw new Error(`No commit ${ref} in ${root}`);
  const dir = mkdtempSync(path.join(tmpdir(), `mentor-match-${sha}-`));
  const archive = spawnSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { cwd: root, stdio: 'inherit' });
  if (archive.status !== 0) throw new Error(`git archive ${sha} failed`);
  const modules = path.join(root, 'node_modules');
  mkdirSync(path.join(dir, 'node_modules', '@mentor-match'), { recursive: true });
  for (const entry of readdirSync(modules)) {
    if (entry !== '@mentor-match') symlinkSync(path.join(modules, entry), path.join(dir, 'node_modules', entry));
  }
  for (const entry of readdirSync(path.join(dir, 'packages'))) {
    symlinkSync(path.join('..', '..', 'packages', entry), path.join(dir, 'node_modules', '@mentor-match', entry));
    const own = path.join(root, 'packages', entry, 'node_modules');
    try {
      symlinkSync(own, path.join(dir, 'packages', entry, 'node_modules'));
    } catch {
      // no node_modules of its own here, or the package is new
    }
  }
  return { root: dir, sha, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
