// HTTP as it is on the wire, for the tests of compression and caching: fetch() decodes bodies on its own
// and hides what the server sent; node:http leaves the bytes and headers alone.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body's bytes as sent (still compressed, if they were). */
  body: Buffer;
}

export function rawRequest(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The body decoded from its Content-Encoding (br, gzip, or none). */
export function decoded(reply: RawReply): Buffer {
  const coding = reply.headers['content-encoding'];
  if (coding === undefined) return reply.body;
  if (coding === 'br') return brotliDecompressSync(reply.body);
  if (coding === 'gzip') return gunzipSync(reply.body);
  throw new Error(`Unexpected Content-Encoding ${String(coding)}`);
}

/** What a browser sends (Chromium 13x). */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

/** Each way a client can ask: the coding it should get. */
export const ASKED = [
  { acceptEncoding: BROWSER_ACCEPT_ENCODING, coding: 'br' },
  { acceptEncoding: 'gzip', coding: 'gzip' },
  { acceptEncoding: 'br;q=0.5, gzip', coding: 'gzip' },
  { acceptEncoding: 'identity', coding: undefined },
  { acceptEncoding: null, coding: undefined },
] as const;

/** The request headers for one of ASKED (null: no Accept-Encoding at all). */
export const asking = (acceptEncoding: string | null): Record<string, string> =>
  acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding };
