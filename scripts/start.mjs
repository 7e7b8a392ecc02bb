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
// the strictest host pages. Files go out as the reference server sends static files
// (packages/server/src/http/static-files.ts): compressed with brotli or gzip as the browser asks, once per
// file; the build's content-named chunks cached for a year, everything else revalidated (ETag, 304).
//
// `startDemo()` is exported for the end-to-end tests, which start it on a random port with an in-memory
// database. Run with `node --import tsx` (the server is TypeScript).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdn, CDN_DIR } from '../packages/elements/scripts/build.mjs';
import { DEMO_STAFF } from '../packages/demo/src/program.ts';
import { configFromEnv } from '../packages/server/src/config.ts';
import {
  REVALIDATE, StaticFiles, cacheControlFor, contentType, failed, findFile, requestPath, sendRepresentation,
} from '../packages/server/src/http/static-files.ts';
import { pageSecurityHeaders } from '../packages/server/src/http/security-headers.ts';
import { DEFAULT_DATA_DIR, startServer } from '../packages/server/src/server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** URL prefix → folder, first match wins. */
function routes(cdnDir) {
  return [
    ['/mentor-match/', cdnDir],
    ['/examples/', path.join(root, 'examples')],
    ['/', path.join(root, 'examples', 'site')],
  ];
}

/** The file for a URL path, or a redirect for a folder without its slash; never a file outside the folders. */
function resolve(urlPath, table) {
  const [prefix, base] = table.find(([p]) => urlPath.startsWith(p));
  return findFile(base, urlPath.slice(prefix.length), urlPath);
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
 * How long a browser may keep a file: the CDN build's chunks (`chunks/…`) are named by their content, so
 * they are kept a year without asking; its entries (`mentor-match.js`, `demo.js`), whose names stay the
 * same across builds, and the site's pages and assets are revalidated on every use.
 */
function cacheControl(file, cdnDir) {
  return file.startsWith(cdnDir + path.sep) ? cacheControlFor(path.relative(cdnDir, file)) : REVALIDATE;
}

/** The files a page can ask for first: the CDN build's (source maps apart) and the site's. */
async function filesToWarm(cdnDir) {
  const listed = await Promise.all(
    [cdnDir, path.join(SITE, 'assets')].map(async (dir) =>
      (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
        .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name)),
    ),
  );
  return listed.flat();
}

/**
 * @param {string} buildDir
 * @param {() => readonly string[]} photoOrigins the program's, as they are when a page is asked for
 * @param {import('../packages/server/src/http/security-headers.ts').TransportSecurity} transport
 */
function handler(buildDir, photoOrigins, transport) {
  const cdnDir = path.resolve(buildDir);
  const table = routes(cdnDir);
  const files = new StaticFiles();
  // Brotli at its best takes about a second for the whole build: done once, in the background, so the
  // server answers at once and the first visitor does not wait for it.
  filesToWarm(cdnDir)
    .then((list) => files.warm(list))
    .catch(() => undefined);
  const serve = async (req, res) => {
    const security = pageSecurityHeaders(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, photoOrigins(), transport);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...security, allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Method not allowed');
      return;
    }
    let urlPath = requestPath(req);
    if (urlPath === null) {
      res.writeHead(400, { ...security, 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    // Pages without an icon of their own (the examples) get the site's logo rather than a 404.
    if (urlPath === '/favicon.ico') urlPath = '/assets/logo.svg';
    const found = await resolve(urlPath, table);
    if (found && 'redirect' in found) {
      res.writeHead(301, { ...security, location: found.redirect }).end();
      return;
    }
    const file = found?.file;
    const representation = !file
      ? null
      : isSitePage(file)
        ? await files.rendered(urlPath, [LAYOUT, file], contentType(file), () => renderPage(file, urlPath))
        : await files.file(file);
    if (!representation) {
      res.writeHead(404, { ...security, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    sendRepresentation(req, res, representation, { cacheControl: cacheControl(file, cdnDir), headers: security });
  };
  return (req, res) => serve(req, res).catch(() => failed(res));
}

/** The demo site's page for each place a notification sends a member to. */
const demoPages = (url) => ({
  console: `${url}/my-mentoring/`,
  workspace: `${url}/my-mentoring/`,
  search: `${url}/find-a-mentor/`,
  enrolment: `${url}/enrol/`,
  office: `${url}/program-office/`,
  preferences: `${url}/email-preferences/`,
});

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
  // The pages notifications link to (emails and the bell) are this site's: known once the server listens.
  const pages = demoPages(server.url);
  if (!options.settings && JSON.stringify(server.settings.pages) !== JSON.stringify(pages)) await server.setSettings({ ...server.settings, pages });
  return { url: `${server.url}/`, port: server.port, server, close: () => server.close() };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The deployed server's environment variables apply (DATABASE_URL, DATA_DIR, SMTP_URL, … see the README),
  // with demo mode on and this machine only, unless they say otherwise.
  // "Program office" under "Signed in as" is the demo's staff member (the program office page).
  const config = configFromEnv({
    ...process.env, DEMO: process.env.DEMO ?? '1', HOST: process.env.HOST ?? '127.0.0.1', AUTH_STAFF_IDS: process.env.AUTH_STAFF_IDS ?? DEMO_STAFF.id,
  });
  const demo = await startDemo(config);
  console.log(`mentor-match demo: ${demo.url}`);
  console.log(`  Find a mentor:   ${demo.url}find-a-mentor/`);
  console.log(`  Find a mentee:   ${demo.url}find-a-mentee/`);
  console.log(`  My mentoring:    ${demo.url}my-mentoring/`);
  console.log(`  Enrol:           ${demo.url}enrol/`);
  console.log(`  Program office:  ${demo.url}program-office/ (signed in as "Program office")`);
  console.log(`  Plain HTML:      ${demo.url}examples/plain-html/`);
  console.log(`  Custom adapter:  ${demo.url}examples/custom-adapter/`);
  console.log(`  API:             ${demo.url}api/v1/openapi.json`);
  if (config.dataDir) console.log(`Data: ${path.resolve(config.dataDir)} (delete the folder to start the demo afresh).`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => void demo.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
