// The API's answers compressed as they leave: JSON (a page of search results is tens of kilobytes, and
// shrinks several times) in brotli or gzip as the request asks, at a fast level, since each answer is made
// once. Small answers and anything not JSON go as they are.
import type { MiddlewareHandler } from 'hono';
import { MIN_COMPRESS_BYTES, compress, negotiate, varyOnEncoding } from './encoding.ts';

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

export function compressJson(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!res.body || res.headers.has('content-encoding') || !JSON_TYPE.test(res.headers.get('content-type') ?? '')) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    headers.delete('content-length');
    let sent: Uint8Array<ArrayBuffer> = body;
    if (body.byteLength >= MIN_COMPRESS_BYTES) {
      // Whether this answer is compressed depends on the request's Accept-Encoding, even when it is not.
      headers.set('vary', varyOnEncoding(headers.get('vary')));
      const coding = negotiate(c.req.header('accept-encoding'));
      if (coding !== 'identity') {
        sent = new Uint8Array(await compress(body, coding, 'fast'));
        headers.set('content-encoding', coding);
      }
    }
    headers.set('content-length', String(sent.byteLength));
    // Replaced, not assigned through `c.res =`, which would copy the old headers (its length) back over.
    c.res = undefined;
    c.res = new Response(sent, { status: res.status, statusText: res.statusText, headers });
  };
}
