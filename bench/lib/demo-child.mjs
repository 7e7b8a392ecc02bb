// Runs in a child process (bench/lib/demo-server.mjs starts it, with tsx, in the checkout to measure):
// the demo as `npm start` runs it (that checkout's scripts/start.mjs: its build, its server), on an
// in-memory database and a free port. Prints `{"url": …}` once listening; stops when stdin closes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, rosterSize] = process.argv.slice(2);
const cdnDir = mkdtempSync(path.join(tmpdir(), 'mentor-match-bench-cdn-'));
const { startDemo } = await import(pathToFileURL(path.join(root, 'scripts', 'start.mjs')).href);
const demo = await startDemo({
  port: 0,
  cdnDir,
  dataDir: 'memory://',
  log: 'warn',
  rateLimit: null,
  ...(rosterSize ? { demo: { rosterSize: Number(rosterSize) } } : {}),
});
process.stdout.write(`${JSON.stringify({ url: demo.url })}\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await demo.close();
  rmSync(cdnDir, { recursive: true, force: true });
  process.exit(0);
});
