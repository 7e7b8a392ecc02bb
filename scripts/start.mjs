#!/usr/bin/env node
// `npm start`: builds the browser bundles and serves the example site on http://localhost:3000
// (PORT overrides). No database and no network: the demo runs on MemoryAdapter in the page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const outdir = join(root, 'dist', 'examples');

await build({
  entryPoints: { 'minimal/main': join(root, 'examples/minimal/main.ts') },
  outdir,
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  sourcemap: true,
  target: 'es2022',
  logLevel: 'warning',
  tsconfig: join(root, 'tsconfig.json'),
});

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Files from the bundle output first, then the examples folder; never outside them. */
async function resolveFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  for (const base of [outdir, join(root, 'examples')]) {
    let file = join(base, clean);
    if (!file.startsWith(base)) continue;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      return file;
    } catch {
      // try the next folder
    }
  }
  return null;
}

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = await resolveFile(path === '/' ? '/minimal/' : path);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  res.end(await readFile(file));
});

const port = Number(process.env.PORT ?? 3000);
server.listen(port, () => {
  console.log(`mentor-match demo: http://localhost:${port}/`);
});
