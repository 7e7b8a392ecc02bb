// The signed link in every email that is not essential (List-Unsubscribe, RFC 2369 and RFC 8058's one-click
// POST): it names the member and carries an HMAC of their id under the server's secret, so it works without
// signing in and cannot be made for anyone else. Using it sets the member's frequency to `never`: their list
// (the bell) still shows everything; only what is not essential stops being emailed.
import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'mentor-match unsubscribe v1:';

export interface UnsubscribeLinks {
  /** The absolute URL of the one-click link for `memberId`. */
  linkFor(memberId: string): string;
  /** The member a token names, or null when it is not one this server signed. */
  memberOf(token: string): string | null;
}

/**
 * `apiBase`: the API's public absolute URL (`https://mentoring.example.org/api/v1`), asked for when a link is
 * made (a server learns its own address once it listens).
 */
export function unsubscribeLinks(secret: string, apiBase: () => string): UnsubscribeLinks {
  const mac = (memberId: string) => createHmac('sha256', secret).update(PURPOSE + memberId).digest('base64url');
  return {
    linkFor: (memberId) => `${apiBase().replace(/\/$/, '')}/unsubscribe?token=${Buffer.from(memberId).toString('base64url')}.${mac(memberId)}`,
    memberOf(token) {
      const [id, signature] = token.split('.');
      if (!id || !signature || token.split('.').length !== 2) return null;
      const memberId = Buffer.from(id, 'base64url').toString('utf8');
      const expected = Buffer.from(mac(memberId));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given) ? memberId : null;
    },
  };
}
