// The example site's own script (a CMS theme would have one like it). Three things, all for the demo:
//
// - "Signed in as": on a real site the member is whoever logged in to the CMS, and the mentor-match server
//   reads the site's session. Here the demo server (`npm start`) signs in any demo member: the script asks
//   it for a session (POST /api/v1/demo/session) and hands the token to every <mentor-program api> on the
//   page through its `getToken` property, so one person can play both sides of a request. The choice is
//   remembered in localStorage.
// - The language menu sets `lang` on <html>, and `dir` (right to left for Arabic); the mentor-match
//   elements follow them (the loader fetches a language's strings when an element is shown in it). The
//   site's own words are swapped from that language's file (site-text-fr.js, …), fetched when first needed.
// - The "My mentoring" badge in the navigation: how many requests wait for the member's answer. On the
//   My mentoring page it follows <mentor-relationships-console> through its `mentor-pending-count` event;
//   on the other pages it reads the program's `viewer` whenever the program (re)loads, which it does on
//   every change the server reports.
//
// No inline script or style anywhere: the pages are served with a strict Content Security Policy.
import { ENGLISH, LANGUAGES, RIGHT_TO_LEFT, keptWords, siteWords, waitingLabel } from './site-text.js';

const MEMBER_KEY = 'northbridge:signed-in-as';
const LANGUAGE_KEY = 'northbridge:language';

/** A member of the demo who has not enrolled yet, for trying <mentor-enrollment> from scratch. */
const NEW_MEMBER_ID = 'demo-new-member';
/** The demo's program office (packages/demo's DEMO_STAFF): staff, never enrolled, for the Program office page. */
const OFFICE_ID = 'demo-program-office';

function stored(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: the demo still works, it just forgets
  }
}

function store(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // see above
  }
}

/** The page's language: one of the menu's, `en` otherwise. */
const pageLanguage = () => (LANGUAGES.includes(document.documentElement.lang) ? document.documentElement.lang : 'en');

// The language first, before the elements render, so they start in the right one. The site's own words follow:
// at once when kept from an earlier page, else as soon as their file is here (English is in the pages).
const english = new Map();
let words = ENGLISH;
function setLanguage(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
  const kept = keptWords(lang);
  if (kept) showWords(kept);
  return siteWords(lang).then((chosen) => {
    if (pageLanguage() === lang && JSON.stringify(chosen) !== JSON.stringify(kept)) showWords(chosen);
  });
}

function showWords(chosen) {
  words = chosen;
  for (const element of document.querySelectorAll('[data-i18n]')) {
    const key = element.dataset.i18n;
    if (!english.has(`text:${key}`)) english.set(`text:${key}`, element.textContent.trim().replace(/\s+/g, ' '));
    element.textContent = words.text[key] ?? english.get(`text:${key}`);
  }
  for (const element of document.querySelectorAll('[data-i18n-label]')) {
    const key = element.dataset.i18nLabel;
    if (!english.has(`label:${key}`)) english.set(`label:${key}`, element.getAttribute('aria-label'));
    element.setAttribute('aria-label', words.text[key] ?? english.get(`label:${key}`));
  }
  const title = document.querySelector('h1');
  if (title) document.title = `${title.textContent} · Northbridge Society of Engineers`;
  showBadge(badgeCount);
}

// The navigation badge: hidden at 0; otherwise the number. The link's name is what it shows ("My mentoring 2":
// a member who says what they see, with voice control, reaches it); its description says it in words.
let badgeCount = 0;
function showBadge(count) {
  badgeCount = count;
  const lang = pageLanguage();
  for (const link of document.querySelectorAll('a.nav-my-mentoring')) {
    const badge = link.querySelector('.nav-badge');
    if (badge) {
      badge.textContent = new Intl.NumberFormat(lang).format(count);
      badge.hidden = count === 0;
    }
  }
  const description = document.querySelector('#nav-waiting');
  if (description) description.textContent = count > 0 ? waitingLabel(words, lang, count) : '';
}

// Where the console is on the page, it says the number itself (the count is also on its host, should it
// have loaded before this script listened).
const consoleOnPage = document.querySelector('mentor-relationships-console');
document.addEventListener('mentor-pending-count', (event) => showBadge(event.count));
if (consoleOnPage?.hasAttribute('pending-count')) showBadge(Number(consoleOnPage.getAttribute('pending-count')));

const languageSelect = document.querySelector('#site-language');
const language = LANGUAGES.includes(stored(LANGUAGE_KEY)) ? stored(LANGUAGE_KEY) : 'en';
const languageShown = language === 'en' ? Promise.resolve() : setLanguage(language);
if (languageSelect) {
  languageSelect.value = language;
  languageSelect.addEventListener('change', () => {
    store(LANGUAGE_KEY, languageSelect.value);
    void setLanguage(languageSelect.value).then(fillMembers).catch(() => undefined);
  });
}

// The member next: every program on the page waits for the session before its first request.
const API = '/api/v1';
const programs = () => [...document.querySelectorAll('mentor-program[api]')];
const memberSelect = document.querySelector('#signed-in-as');

async function call(path, init = {}) {
  const response = await fetch(`${API}${path}`, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${API}${path} answered ${response.status}`);
  return response.json();
}

/** Enrolled demo members by name: `{ id, name, roles, paused }`. */
let members = call('/demo/members').then((body) => body.members);

/** A session for `memberId`; for the demo's default member (its first participating mentee) when none is given. */
const postSession = (memberId) =>
  call('/demo/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(memberId ? { memberId } : {}),
  });

/** A session for `wanted`; for the default member when none is wanted or `wanted` is gone (one call on a first visit). */
async function openSession(wanted) {
  if (wanted) {
    try {
      return await postSession(wanted);
    } catch {
      // A member remembered from a demo database since deleted: fall back to the default.
    }
  }
  return postSession(null);
}

// The badge on pages without the console: the program's viewer says how many requests wait. A page with
// no program at all (the home page) asks the server itself. Above the first signIn, which counts at once:
// `counting` read before its `let` would throw on every load.
let counting = 0;
async function countWaiting() {
  if (consoleOnPage || programs().length > 0) return;
  const turn = (counting += 1);
  try {
    const token = await currentToken();
    const viewer = await call('/me', { headers: { authorization: `Bearer ${token}` } });
    if (turn === counting) showBadge(viewer.awaitingResponse);
  } catch {
    if (turn === counting) showBadge(0);
  }
}

let session;
let currentToken = () => session.then((opened) => opened.token);
function signIn(wanted) {
  session = openSession(wanted);
  const current = session;
  // A session lives as long as the server lets a token live (an hour): a minute before it ends, the next
  // call renews it (the first caller asks; any other waits for the same answer).
  let fresh = current;
  const getToken = async () => {
    const held = fresh;
    const opened = await held;
    if (Date.parse(opened.expiresAt) - Date.now() >= 60_000) return opened.token;
    if (fresh === held) fresh = postSession(opened.member.id);
    return (await fresh).token;
  };
  currentToken = getToken;
  // A new getToken tells each program another member signed in: it loads again.
  for (const program of programs()) program.getToken = getToken;
  // The select shows who is signed in (the default member, or the fallback for a forgotten one), unless
  // the member chose someone else meanwhile: then a later session is the one that counts.
  void current.then((opened) => {
    if (memberSelect && session === current && memberSelect.value !== opened.member.id) memberSelect.value = opened.member.id;
  }, () => undefined);
  void countWaiting();
}

signIn(stored(MEMBER_KEY));

function roleOf(member) {
  const mentor = member.roles.includes('mentor');
  const mentee = member.roles.includes('mentee');
  if (mentor && mentee) return 'both';
  return mentor ? 'mentor' : 'mentee';
}

async function fillMembers() {
  if (!memberSelect) return;
  const [list, opened] = await Promise.all([members, session.catch(() => null), languageShown]);
  const roles = words.roles;
  const options = list.map((member) => {
    const option = document.createElement('option');
    option.value = member.id;
    option.textContent = `${member.name} — ${roles[roleOf(member)]}${member.paused ? ` (${roles.paused})` : ''}`;
    return option;
  });
  if (!list.some((member) => member.id === NEW_MEMBER_ID)) {
    const option = document.createElement('option');
    option.value = NEW_MEMBER_ID;
    option.textContent = roles.newMember;
    options.unshift(option);
  }
  const office = document.createElement('option');
  office.value = OFFICE_ID;
  office.textContent = roles.office;
  options.push(office);
  memberSelect.replaceChildren(...options);
  if (opened) memberSelect.value = opened.member.id;
  memberSelect.disabled = false;
}

/** After a change to who takes part (enrolling, pausing): read the list again. */
function refreshMembers() {
  members = call('/demo/members').then((body) => body.members);
  void fillMembers();
}

document.addEventListener('mentor-program-ready', (event) => {
  if (!consoleOnPage) showBadge(event.target.viewer?.awaitingResponse ?? 0);
});
document.addEventListener('mentor-enrolment-saved', refreshMembers);
document.addEventListener('mentor-availability-change', refreshMembers);

if (memberSelect) {
  void fillMembers().catch(() => {
    const option = document.createElement('option');
    option.textContent = words.text.serverDown ?? ENGLISH.text.serverDown;
    memberSelect.replaceChildren(option);
  });
  memberSelect.addEventListener('change', () => {
    store(MEMBER_KEY, memberSelect.value);
    signIn(memberSelect.value);
  });
}
