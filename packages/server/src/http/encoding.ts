// Content codings (RFC 9110 §8.4, §12.5.3): which of brotli, gzip and identity a client asked for, which
// bodies are worth compressing, and the compressors. One place for the rules the static files (compressed
// once, at their best) and the API's JSON (compressed as it is answered, fast) both follow.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Coding = 'br' | 'gzip' | 'identity';
/** The codings this server compresses with, in its order of preference when a client likes both equally. */
export const CODINGS = ['br', 'gzip'] as const satisfies readonly Coding[];
export type Compressed = (typeof CODINGS)[number];

/**
 * Bodies smaller than this are sent as they are: they fit in one TCP packet either way, so compressing
 * them saves no round trip, and a few hundred bytes can come out larger than they went in.
 */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * Text formats gain from compression; images, fonts, archives and anything already compressed do not
 * (compressing them again costs time and can make them larger).
 */
const COMPRESSIBLE = /^(?:text\/[^;\s]+|application\/(?:javascript|ecmascript|json|xml|manifest\+json|[\w.-]+\+(?:json|xml))|image\/svg\+xml)\s*(?:;|$)/i;

export function isCompressible(contentType: string | null | undefined): boolean {
  return contentType !== null && contentType !== undefined && COMPRESSIBLE.test(contentType);
}

/**
 * The coding to send, given the request's Accept-Encoding and the codings at hand (`offered`: some of
 * CODINGS; identity is always at hand). The highest `q` wins; between equals, brotli, then gzip, then
 * identity (smaller first). Per RFC 9110: no header, or an empty one, means identity; `*` stands for any
 * coding not named; `q=0` refuses one; identity is acceptable unless refused, ranked, when not named, with
 * the lowest q the client gave (as the `negotiator` package does: "gzip;q=0.5" still prefers gzip). When
 * the client refuses everything, identity is sent anyway rather than a 406: a page that loads beats an
 * error page.
 */
export function negotiate(acceptEncoding: string | null | undefined, offered: readonly Compressed[] = CODINGS): Coding {
  if (!acceptEncoding) return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    let weight = 1;
    const qParam = params.find((param) => /^q\s*=/.test(param));
    if (qParam !== undefined) {
      const match = /^q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.exec(qParam);
      // A weight that is not one (q=2, q=high) leaves the coding out rather than guessing.
      if (!match) continue;
      weight = Number(match[1]);
    }
    const coding = name === 'x-gzip' ? 'gzip' : name;
    // A coding named twice keeps its first weight (the header is read left to right).
    if (!q.has(coding)) q.set(coding, weight);
  }
  const wildcard = q.get('*');
  const weightOf = (coding: Coding): number => {
    const named = q.get(coding);
    if (named !== undefined) return named;
    if (wildcard !== undefined) return wildcard;
    if (coding !== 'identity') return 0;
    const given = [...q.values()].filter((weight) => weight > 0);
    return given.length > 0 ? Math.min(...given) : 1;
  };
  let best: Coding = 'identity';
  let bestWeight = weightOf('identity');
  for (const coding of CODINGS) {
    if (!offered.includes(coding)) continue;
    const weight = weightOf(coding);
    // A tie goes to a compressed coding over identity, and to the earlier of two (CODINGS' order).
    if (weight > 0 && (weight > bestWeight || (weight === bestWeight && best === 'identity'))) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

/** How hard to try: `best` for files compressed once and sent many times, `fast` for answers made per request. */
export type Effort = 'best' | 'fast';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * `body` in `coding`, on libuv's thread pool (the event loop keeps serving). Best: brotli 11, gzip 9.
 * Fast: brotli 5 and gzip 6, which take a fraction of a millisecond for a page of JSON and still
 * shrink it several times.
 */
export function compress(body: Uint8Array, coding: Compressed, effort: Effort): Promise<Buffer> {
  if (coding === 'br') {
    return brotliAsync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: effort === 'best' ? constants.BROTLI_MAX_QUALITY : 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
  }
  return gzipAsync(body, { level: effort === 'best' ? constants.Z_BEST_COMPRESSION : 6 });
}

/** Adds `Accept-Encoding` to a Vary header's value (keeping what it names already). */
export function varyOnEncoding(vary: string | null | undefined): string {
  if (!vary) return 'Accept-Encoding';
  if (vary.trim() === '*' || /(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary)) return vary;
  return `${vary}, Accept-Encoding`;
}
