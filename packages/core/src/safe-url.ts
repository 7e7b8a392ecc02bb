/**
 * An http(s) link: a scheme, a host, no white space or control characters. Checked without `URL`, so core
 * needs no DOM. Member links are checked with it at every boundary (schemas/common.ts), so a `javascript:`
 * or `data:` URL never reaches an `href`, and the elements check again before they link.
 */
export function isSafeHttpUrl(value: string): boolean {
  // Matching control characters is the point of the second test.
  // eslint-disable-next-line no-control-regex
  return /^https?:\/\/[^\s/?#@\\]+(?:[/?#][^\s]*)?$/i.test(value) && !/[\u0000-\u001f\u007f]/.test(value);
}

/**
 * A link from member or program data, or undefined (render no link). Lit escapes text but does not sanitise
 * URLs, so a `javascript:` link would otherwise render live. Here, beside its rule, so every element (and the
 * enrolment form, whose own file would otherwise hold nothing else) calls the one helper.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  return value && isSafeHttpUrl(value) ? value : undefined;
}

// Where member photos may come from. A photo is an image the viewer's browser fetches from its host, so a
// host the program does not trust could learn who looks at whose card (a tracking pixel). The program lists
// the origins it allows (`photoOrigins`); `data:` images, made in the page, are always allowed. Here, beside
// the other URL checks (no zod), so the elements and the adapters share it.

/** `https://photos.example.org` or `http://localhost:8080`: a scheme and a host (and port), nothing after. */
export const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

/** A photo made in the page. */
export const DATA_IMAGE = /^data:image\/(svg\+xml|png|jpeg|webp);/;

/** The origin of an http(s) URL, lower-cased (`HTTPS://Photos.Example.org/a.jpg` → `https://photos.example.org`); null for anything else. */
export function originOf(url: string): string | null {
  // The host runs to the path, query or fragment: a URL with credentials (`user@host`) has no origin here.
  const match = /^(https?):\/\/([^/?#@\\\s]+)(?=[/?#]|$)/i.exec(url);
  if (!match) return null;
  const [, scheme, host] = match as unknown as [string, string, string];
  const lower = `${scheme.toLowerCase()}://${host.toLowerCase()}`;
  // The default ports name the same origin as none.
  return lower.replace(/^(https:\/\/[^:]+):443$|^(http:\/\/[^:]+):80$/, '$1$2');
}

/** May a member's photo at `url` be stored and shown, with the program's `photoOrigins`? */
export function isAllowedPhoto(url: string, photoOrigins: readonly string[]): boolean {
  if (DATA_IMAGE.test(url)) return true;
  const origin = originOf(url);
  return origin !== null && photoOrigins.some((allowed) => allowed.toLowerCase() === origin);
}
