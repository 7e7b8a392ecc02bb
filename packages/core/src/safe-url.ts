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
