#!/usr/bin/env node
// `npm start`: builds the CDN loader (packages/elements/dist/cdn) and runs the reference server
// (packages/server) on its embedded default, PGlite in `.data/pglite`, created, migrated and seeded with
// the demo roster on first start. One port (3000, PORT overrides; HOST, default 127.0.0.1; the server's
// other environment variables apply too, e.g. DATABASE_URL) serves both:
//
//   /api/v1/…          the REST API (demo mode: /api/v1/demo/session signs any demo member in)
//   /                  examples/site/: an association's CMS pages using the elements over that API: find a
//                      mentor or a mentee, My mentoring (availability and the console), Enrol; "Signed in
//                      as" switches demo sessions
//   /examples/…        examples/: plain-html, custom-adapter (these two run the in-page demo program)
//   /mentor-match/…    the CDN build: /mentor-match/mentor-match.js is the one script a page includes
//
// Every page is sent with a strict Content Security Policy (no inline script or style, Trusted Types
// required, framed only by its own origin, images only from itself, data: and the program's photo origins)
// and the rest of the server's page headers (pageSecurityHeaders), so the demo proves the elements work on
// the strictest host pages.
//
// `startDemo()` is exported for the end-to-end tests, which start it on a random port with an in-memory
// database. Run with `node --import tsx` (the server is TypeScript).
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdn, CDN_DIR } from '../packages/elements/scripts/build.mjs';
import { configFromEnv } from '../packages/server/src/config.ts';
import { pageSecurityHeaders } from '../packages/server/src/http/security-headers.ts';
import { DEFAULT_DATA_DIR, startServer } from '../packages/server/src/server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** URL prefix → folder, first match wins. */
function routes(cdnDir) {
  return [
    ['/mentor-match/', cdnDir],
    ['/examples/', path.join(root, 'examples')],
    ['/', path.join(root, 'examples', 'site')],
  ];
}

/** The file for a URL path, or a redirect for a folder without its slash; never a file outside the folders. */
async function resolve(urlPath, table) {
  const [prefix, base] = table.find(([p]) => urlPath.startsWith(p));
  const file = path.resolve(base, `.${path.posix.sep}${urlPath.slice(prefix.length)}`);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
      await stat(path.join(file, 'index.html'));
      return { file: path.join(file, 'index.html') };
    }
    return { file };
  } catch {
    return null;
  }
}

const SITE = path.join(root, 'examples', 'site');
const LAYOUT = path.join(SITE, '_theme', 'layout.html');

/** The site's pages hold only their title and <main>; the theme's layout gives them the rest. */
const isSitePage = (file) => file.startsWith(SITE + path.sep) && file.endsWith('.html') && file !== LAYOUT;

/**
 * A page of the example site as its CMS would send it: the layout with the page's title and <main>, and
 * the navigation link to the page itself marked as the current one.
 */
async function renderPage(file, urlPath) {
  const [layout, page] = await Promise.all([readFile(LAYOUT, 'utf8'), readFile(file, 'utf8')]);
  const title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? '';
  const main = page.slice(page.lastIndexOf('\n', page.indexOf('<main')) + 1).trimEnd();
  const html = layout.replace('{{title}}', () => title).replace('{{main}}', () => main);
  const [before, nav, after] = html.split(/(?<=<\/nav>)|(?=<nav )/);
  return before + nav.replace(`<a href="${urlPath}"`, `<a href="${urlPath}" aria-current="page"`) + after;
}

/**
 * @param {string} cdnDir
 * @param {() => readonly string[]} photoOrigins the program's, as they are when a page is asked for
 * @param {import('../packages/server/src/http/security-headers.ts').TransportSecurity} transport
 */
function handler(cdnDir, photoOrigins, transport) {
  const table = routes(cdnDir);
  return async (req, res) => {
    const security = pageSecurityHeaders(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, photoOrigins(), transport);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...security, allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Method not allowed');
      return;
    }
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400, { ...security, 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    // Pages without an icon of their own (the examples) get the site's logo rather than a 404.
    if (urlPath === '/favicon.ico') urlPath = '/assets/logo.svg';
    const found = urlPath.includes('\0') ? null : await resolve(urlPath, table);
    if (!found) {
      res.writeHead(404, { ...security, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    if (found.redirect) {
      res.writeHead(301, { ...security, location: found.redirect }).end();
      return;
    }
    const body = isSitePage(found.file) ? Buffer.from(await renderPage(found.file, urlPath)) : await readFile(found.file);
    res.writeHead(200, {
      ...security,
      'content-type': TYPES[path.extname(found.file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/**
 * Builds the loader into `cdnDir` (unless `build` is false) and starts the server with the site on the
 * same port. Every other option is the server's (`startServer`); by default demo mode on 127.0.0.1:3000
 * with PGlite in `.data/pglite` (`dataDir: 'memory://'` for a database that goes with the process).
 * @param {{ cdnDir?: string, build?: boolean } & import('../packages/server/src/server.ts').ServerOptions} [options]
 * @returns {Promise<{ url: string, port: number, server: import('../packages/server/src/server.ts').RunningServer, close: () => Promise<void> }>}
 */
export async function startDemo({ cdnDir = CDN_DIR, build = true, ...options } = {}) {
  if (build) await buildCdn({ outdir: cdnDir });
  /** @type {import('../packages/server/src/server.ts').RunningServer | undefined} */
  let running;
  const photoOrigins = () => running?.settings.photoOrigins ?? options.settings?.photoOrigins ?? [];
  const server = await startServer({
    port: 3000,
    host: '127.0.0.1',
    dataDir: DEFAULT_DATA_DIR,
    demo: true,
    ...options,
    staticHandler: handler(cdnDir, photoOrigins, { hstsMaxAgeSeconds: options.hstsMaxAgeSeconds }),
  });
  running = server;
  return { url: `${server.url}/`, port: server.port, server, close: () => server.close() };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The deployed server's environment variables apply (DATABASE_URL, DATA_DIR, SMTP_URL, … see the README),
  // with demo mode on and this machine only, unless they say otherwise.
  const config = configFromEnv({ ...process.env, DEMO: process.env.DEMO ?? '1', HOST: process.env.HOST ?? '127.0.0.1' });
  const demo = await startDemo(config);
  console.log(`mentor-match demo: ${demo.url}`);
  console.log(`  Find a mentor:   ${demo.url}find-a-mentor/`);
  console.log(`  Find a mentee:   ${demo.url}find-a-mentee/`);
  console.log(`  My mentoring:    ${demo.url}my-mentoring/`);
  console.log(`  Enrol:           ${demo.url}enrol/`);
  console.log(`  Plain HTML:      ${demo.url}examples/plain-html/`);
  console.log(`  Custom adapter:  ${demo.url}examples/custom-adapter/`);
  console.log(`  API:             ${demo.url}api/v1/openapi.json`);
  if (config.dataDir) console.log(`Data: ${path.resolve(config.dataDir)} (delete the folder to start the demo afresh).`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => void demo.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
