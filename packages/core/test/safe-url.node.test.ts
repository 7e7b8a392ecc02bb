// The links the elements render (safeHref) and the rule under them (isSafeHttpUrl): only http(s) ever
// reaches an href, whatever member or program data holds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSafeHttpUrl, safeHref } from '../src/safe-url.ts';

describe('safeHref', () => {
  it('keeps an http(s) link as it is', () => {
    for (const url of ['https://example.org/code-of-conduct', 'http://localhost:8080/a?b=c#d']) {
      assert.equal(isSafeHttpUrl(url), true);
      assert.equal(safeHref(url), url);
    }
  });

  it('gives no link for anything else, or for nothing', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', '//example.org', 'https://exa mple.org',
      'https://example.org/\u0000', 'mailto:a@example.org', '', null, undefined]) {
      assert.equal(safeHref(url), undefined, String(url));
    }
  });
});
