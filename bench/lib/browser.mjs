// Runs a browser bench entry in Debian's Chromium: bundles it with esbuild, serves it from 127.0.0.1 on
// a random port (node:http, nothing leaves the machine) and hands the loaded page to the caller.
import http from 'node:http';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** Debian's Chromium, headless, quiet on a closed network. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * @template T
 * @param {string} entry path of the TypeScript entry, bundled as the page's only module
 * @param {(page: import('playwright-core').Page) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withBenchPage(entry, use) {
  const build = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Production code is measured: minified as the elements' bundle would be. BENCH_MINIFY=0 keeps
    // names readable for a profile (Chromium's Profiler over CDP).
    minify: process.env.BENCH_MINIFY !== '0',
    write: false,
    outdir: 'bench-out',
    logLevel: 'warning',
  });
  const script = build.outputFiles.find((file) => file.path.endsWith('.js'));
  if (!script) throw new Error(`esbuild produced no script for ${entry}`);
  const html = `<!doctype html><meta charset="utf-8"><title>${path.basename(entry)}</title><script type="module" src="/bench.js"></script>`;

  const server = http.createServer((request, response) => {
    const [type, body] = request.url === '/bench.js' ? ['text/javascript', script.contents] : ['text/html', html];
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') console.error(`[page] ${message.text()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    return await use(page);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  }
}
