// Signs the page's member in to mentoring: gives every <mentor-program> the plugin renders a `getToken` that
// asks this WordPress site for a short-lived token (POST /wp-json/mentor-match/v1/token, with the session
// cookie and the REST nonce), keeps it until shortly before it expires, and asks again then. Programs of
// one page share their tokens. No token (signed out meanwhile, the site unreachable) is null: the elements
// then say the member must sign in.
//
// Where to ask comes from the program's attributes, written by the plugin (includes/elements.php):
// data-mentor-token-url, data-mentor-rest-nonce, and data-mentor-nonce-url for a fresh nonce when the
// page has stayed open longer than the nonce lives (a day at most).

/** A token is used until this share of its life is over, so a slow request never carries an expired one. */
const RENEW_AT = 0.8;

/** @type {Map<string, () => Promise<string | null>>} */
const sources = new Map();

/**
 * @param {string} tokenUrl
 * @param {string} nonce
 * @param {string} nonceUrl
 * @returns {() => Promise<string | null>}
 */
function tokenSource(tokenUrl, nonce, nonceUrl) {
  /** @type {{ token: string, renewAt: number } | null} */
  let held = null;
  /** @type {Promise<string | null> | null} */
  let asking = null;

  const ask = () => fetch(tokenUrl, { method: 'POST', credentials: 'same-origin', headers: { 'X-WP-Nonce': nonce } });

  async function fetchToken() {
    let response = await ask();
    if (response.status === 403 && (await response.clone().json().catch(() => null))?.code === 'rest_cookie_invalid_nonce') {
      // The nonce outlived its day: WordPress gives the signed-in user a fresh one.
      const fresh = await fetch(nonceUrl, { credentials: 'same-origin' });
      if (!fresh.ok) return null;
      nonce = (await fresh.text()).trim();
      response = await ask();
    }
    if (!response.ok) return null;
    const { token, expiresIn } = await response.json();
    held = { token, renewAt: Date.now() + expiresIn * 1000 * RENEW_AT };
    return token;
  }

  return async () => {
    if (held && Date.now() < held.renewAt) return held.token;
    held = null;
    asking ??= fetchToken()
      .catch(() => null)
      .finally(() => {
        asking = null;
      });
    return asking;
  };
}

for (const program of document.querySelectorAll('mentor-program[data-mentor-token-url]')) {
  const { mentorTokenUrl: tokenUrl, mentorRestNonce: nonce = '', mentorNonceUrl: nonceUrl = '' } = program.dataset;
  if (!sources.has(tokenUrl)) sources.set(tokenUrl, tokenSource(tokenUrl, nonce, nonceUrl));
  // Set before the loader defines <mentor-program>: Lit keeps a property set on the element before its upgrade.
  program.getToken = sources.get(tokenUrl);
}
