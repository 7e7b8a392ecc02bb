// Static files as a browser should get them: each text file read, hashed and compressed (brotli and gzip,
// at their best) once per version on disk, then sent in the coding the request asks for, with a validator
// (ETag, Last-Modified) so a revisit costs a 304, and the Cache-Control its caller chooses. The demo site
// (scripts/start.mjs) and the server's `staticRoot` serve through it.
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { CODINGS, MIN_COMPRESS_BYTES, compress, isCompressible, negotiate, type Compressed } from './encoding.ts';

/** Chunks whose names carry a hash of their content never change under that name: a year, and no revalidation. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Whether a file (its path relative to the folder served) is one of a build's content-named chunks:
 * mentor-match's CDN build writes them, named by a hash of their content, in a `chunks/` folder beside
 * the loader, so the folder's name says it.
 */
export const isContentNamed = (relativePath: string): boolean => relativePath.split(/[\\/]/).slice(0, -1).includes('chunks');

/** The Cache-Control for a file served from a folder: a year for content-named chunks, revalidation for the rest. */
export const cacheControlFor = (relativePath: string): string => (isContentNamed(relativePath) ? IMMUTABLE : REVALIDATE);

/**
 * Files whose URL stays the same across releases (pages, the loader that names the chunks): the browser
 * keeps them but asks every time, a 304 of a few hundred bytes while nothing changed, the new file at
 * once after a release (never an old loader naming chunks that are no longer there).
 */
export const REVALIDATE = 'no-cache';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** A file ready to send: its bytes, the same compressed in each coding that made it smaller, its validators. */
export interface Representation {
  type: string;
  body: Buffer;
  encoded: Partial<Record<Compressed, Buffer>>;
  /** Weak: the codings of one file are the same content, so they share it (If-None-Match compares weakly). */
  etag: string;
  lastModified: Date;
}

const versionOf = (info: Stats) => `${info.size}:${info.mtimeMs}`;

/** Reads, hashes and compresses one version of a body. */
export async function represent(body: Buffer, type: string, lastModified: Date): Promise<Representation> {
  const encoded: Partial<Record<Compressed, Buffer>> = {};
  if (isCompressible(type) && body.length >= MIN_COMPRESS_BYTES) {
    await Promise.all(
      CODINGS.map(async (coding) => {
        const bytes = await compress(body, coding, 'best');
        if (bytes.length < body.length) encoded[coding] = bytes;
      }),
    );
  }
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  return { type, body, encoded, etag: `W/"${hash}"`, lastModified };
}

/**
 * Text files prepared once per version (size and modification time: an edit shows on the next request),
 * each version prepared by one request while the others wait for it. Other files (images, fonts) are
 * read per request and not kept: there is nothing to gain by holding them in memory.
 */
export class StaticFiles {
  readonly #kept = new Map<string, { version: string; ready: Promise<Representation> }>();

  /** The file as it is on disk now, or null when there is no such file. */
  async file(file: string): Promise<Representation | null> {
    let info: Stats;
    try {
      info = await stat(file);
    } catch {
      return null;
    }
    if (!info.isFile()) return null;
    const type = contentType(file);
    if (!isCompressible(type)) {
      const version = `${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}`;
      return { type, body: await readFile(file), encoded: {}, etag: `W/"${version}"`, lastModified: info.mtime };
    }
    return this.#keep(file, versionOf(info), async () => represent(await readFile(file), type, info.mtime));
  }

  /**
   * What `render` makes of `sources` (a page put together from a layout and its content), kept under
   * `key` until one of the sources changes.
   */
  async rendered(key: string, sources: readonly string[], type: string, render: () => Promise<string | Buffer>): Promise<Representation> {
    const infos = await Promise.all(sources.map((source) => stat(source)));
    const lastModified = new Date(Math.max(...infos.map((info) => info.mtimeMs)));
    return this.#keep(key, infos.map(versionOf).join('|'), async () => {
      const body = await render();
      return represent(typeof body === 'string' ? Buffer.from(body) : body, type, lastModified);
    });
  }

  /** Prepares these files now (at a start, before the first page asks), so no request waits for brotli. */
  async warm(files: readonly string[]): Promise<void> {
    await Promise.all(files.map((file) => this.file(file)));
  }

  #keep(key: string, version: string, prepare: () => Promise<Representation>): Promise<Representation> {
    const kept = this.#kept.get(key);
    if (kept?.version === version) return kept.ready;
    const ready = prepare();
    this.#kept.set(key, { version, ready });
    // A failed read is not kept: the next request tries again.
    ready.catch(() => {
      if (this.#kept.get(key)?.ready === ready) this.#kept.delete(key);
    });
    return ready;
  }
}

/** If-None-Match (weak comparison, a list or `*`), else If-Modified-Since (to the second). */
export function notModified(req: IncomingMessage, representation: Representation): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    const mine = opaque(representation.etag);
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === mine);
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(representation.lastModified.getTime() / 1000) * 1000 <= since;
}

export interface SendOptions {
  cacheControl: string;
  /** Sent with every answer (200 and 304): security headers, say. */
  headers?: Record<string, string>;
}

/** Answers a GET or HEAD with `representation`: 304 when the client's copy is current, else the body in the coding it asked for. */
export function sendRepresentation(req: IncomingMessage, res: ServerResponse, representation: Representation, options: SendOptions): void {
  const codings = Object.keys(representation.encoded) as Compressed[];
  const headers: Record<string, string | number> = {
    ...options.headers,
    'cache-control': options.cacheControl,
    etag: representation.etag,
    'last-modified': representation.lastModified.toUTCString(),
    // Only a file that exists in several codings varies with the request's Accept-Encoding.
    ...(codings.length > 0 ? { vary: 'Accept-Encoding' } : {}),
  };
  if (notModified(req, representation)) {
    res.writeHead(304, headers).end();
    return;
  }
  const coding = negotiate(req.headers['accept-encoding'], codings);
  const body = coding === 'identity' ? representation.body : representation.encoded[coding]!;
  res.writeHead(200, {
    ...headers,
    'content-type': representation.type,
    'content-length': body.length,
    ...(coding === 'identity' ? {} : { 'content-encoding': coding }),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Where a URL path leads inside `base`: a file, a redirect (a folder asked without its slash), or nothing. */
export type Found = { file: string } | { redirect: string } | null;

/**
 * The file `relative` (a decoded URL path below the folder's prefix) names in `base`, or its folder's
 * index.html; never a file outside `base`. `urlPath` is the whole path, for the redirect.
 */
export async function findFile(base: string, relative: string, urlPath: string): Promise<Found> {
  if (relative.includes('\0')) return null;
  const file = path.resolve(base, `.${path.posix.sep}${relative}`);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  try {
    const info = await stat(file);
    if (!info.isDirectory()) return { file };
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    await stat(path.join(file, 'index.html'));
    return { file: path.join(file, 'index.html') };
  } catch {
    return null;
  }
}

/** The request's path, decoded; null when it cannot be. */
export function requestPath(req: IncomingMessage): string | null {
  try {
    return decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
}

export interface FolderOptions {
  /** The Cache-Control for a file, given its path relative to the folder; default cacheControlFor. */
  cacheControl?: (relativePath: string) => string;
  /** Headers for every answer to this request (a page's security headers, say); default nosniff alone. */
  headers?: (req: IncomingMessage) => Record<string, string>;
}

/**
 * A Node handler serving a folder (the server's `staticRoot`): GET and HEAD only, compressed and
 * validated as above. Content-named chunks are cached a year, every other file revalidated (`no-cache`),
 * unless `cacheControl` says otherwise.
 */
export function serveFolder(root: string, options: FolderOptions = {}) {
  const base = path.resolve(root);
  const files = new StaticFiles();
  const cacheControl = options.cacheControl ?? cacheControlFor;
  const headersFor = options.headers ?? (() => ({ 'x-content-type-options': 'nosniff' }));
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = headersFor(req);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed');
      return;
    }
    const urlPath = requestPath(req);
    if (urlPath === null) {
      res.writeHead(400, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    const found = await findFile(base, urlPath, urlPath);
    if (found && 'redirect' in found) {
      res.writeHead(301, { ...headers, location: found.redirect }).end();
      return;
    }
    const representation = found ? await files.file(found.file) : null;
    if (!representation) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    sendRepresentation(req, res, representation, { cacheControl: cacheControl(path.relative(base, found!.file)), headers });
  };
  return (req: IncomingMessage, res: ServerResponse): Promise<void> => serve(req, res).catch(() => failed(res));
}

/** A file that could not be read after all (removed mid-request, unreadable): 500, not a crashed process. */
export function failed(res: ServerResponse): void {
  if (res.headersSent) res.destroy();
  else res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Server error');
}
