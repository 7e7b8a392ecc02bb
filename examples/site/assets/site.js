// The example site's own script (a CMS theme would have one like it). Three things, all for the demo:
//
// - "Signed in as": on a real site the member is whoever logged in to the CMS. Here any demo member can
//   be chosen, so one person can play both sides of a request. It sets the `member` attribute of every
//   <mentor-program demo> on the page and remembers the choice in localStorage.
// - The language switch sets `lang` on <html>; the mentor-match elements follow it (the loader fetches
//   the French strings when the page turns French). The site's own words are swapped from the table below.
// - The "My mentoring" badge in the navigation: how many requests wait for the member's answer. On the
//   My mentoring page it follows <mentor-relationships-console> through its `mentor-pending-count` event;
//   on the other pages (no console there) the script asks the demo program itself, and listens to its
//   change notifications, so the badge and the "Signed in as" list stay in step with what happens.
//
// No inline script or style anywhere: the pages are served with a strict Content Security Policy.

const MEMBER_KEY = 'northbridge:signed-in-as';
const LANGUAGE_KEY = 'northbridge:language';

const FRENCH = {
  skip: 'Aller au contenu',
  signedInAs: 'Connecté en tant que',
  loadingMembers: 'Chargement des membres…',
  language: 'Langue',
  settings: 'Réglages de la démonstration',
  mainNav: 'Navigation principale',
  home: 'Accueil',
  findMentor: 'Trouver un mentor',
  findMentee: 'Trouver un mentoré',
  forWebTeams: 'Pour les équipes web',
  myMentoring: 'Mon mentorat',
  enrol: 'Inscription',
  footer:
    'Northbridge Society of Engineers · une association imaginaire qui montre mentor-match sur une page de CMS. ' +
    'Tous les membres sont inventés ; ce que vous faites reste dans ce navigateur.',
  homeTitle: 'Le mentorat à Northbridge',
  homeLede:
    'Chaque ingénieur se souvient de la personne qui lui a appris le métier. Notre programme de mentorat réunit ' +
    'des membres qui cherchent conseil et des membres passés par là avant eux : pour trois mois, un an, ou entre les deux.',
  howTitle: 'Comment ça marche',
  how1: 'Trouvez un mentor par thème, secteur, étape de carrière, langue ou fuseau horaire. Chaque résultat dit pourquoi il vous correspond.',
  how2: 'Envoyez une demande depuis son profil : les domaines où vous voulez être accompagné, vos objectifs, la durée et la façon de vous rencontrer.',
  how3: 'Votre mentor accepte, refuse ou garde la demande pour plus tard. Une demande sans réponse expire après 30 jours.',
  tryTitle: 'Essayez les deux rôles',
  tryText:
    'Ceci est une démonstration : choisissez n’importe quel membre sous « Connecté en tant que » en haut de la page. ' +
    'Envoyez une demande comme mentoré, puis connectez-vous comme le mentor pour la voir arriver.',
  findMentorLede:
    'Laissez les critères vides pour voir tous les mentors qui ont une place, les meilleurs d’abord, ou affinez la liste. ' +
    'Ouvrez un nom pour le profil complet ; « Demander comme mentor » envoie votre demande.',
  tipsTitle: 'Une bonne demande',
  tip1: 'Dites en une phrase ou deux ce que vous espérez atteindre pendant la durée choisie.',
  tip2: 'Choisissez les domaines où vous voulez être accompagné ; votre mentor les voit en premier.',
  tip3: 'Les mentors répondent sous 30 jours ; vous pouvez retirer une demande tant qu’elle attend.',
  findMenteeLede:
    'Les membres qui cherchent un mentor, les meilleurs d’abord. Invitez quelqu’un dont vous pouvez servir les objectifs : ' +
    'il accepte ou refuse, comme pour toute demande.',
  mentorTitle: 'Être mentor prend une heure par mois',
  mentorText:
    'La plupart des binômes se voient une ou deux fois par mois, en visio ou autour d’un café. Vous choisissez combien de mentorés vous accompagnez.',
  myMentoringLede:
    'Les demandes qui attendent votre réponse, celles que vous avez envoyées, vos mentorats en cours et votre historique. ' +
    'Une fois une demande acceptée, vous et votre binôme voyez les coordonnées l’un de l’autre.',
  playTitle: 'Jouez les deux rôles',
  play1: 'Comme mentoré, trouvez un mentor et envoyez une demande.',
  play2: 'Choisissez ce mentor sous « Connecté en tant que » : la demande attend ici. Acceptez-la.',
  play3: 'Revenez au mentoré : vous voyez tous deux le mentorat en cours, avec l’e-mail de l’autre.',
  play4: 'Absent quelque temps ? Faites une pause : vous quittez les résultats de recherche, vos mentorats continuent.',
  play5: 'Marquez-le terminé, puis donnez votre avis, de chaque côté.',
  enrolLede:
    'Rejoignez le programme comme mentor, mentoré ou les deux, ou modifiez votre profil : ce que vous proposez ou cherchez, ' +
    'comment vous aimez vous rencontrer, et qui voit quoi. Vos coordonnées ne sont montrées qu’aux binômes que vous acceptez.',
  enrolTipsTitle: 'Nouveau ?',
  enrolTips:
    'Choisissez « Un nouveau membre (pas inscrit) » sous « Connecté en tant que » pour vous inscrire depuis le début, ' +
    'ou n’importe quel membre pour modifier son profil. Une fois inscrit comme mentoré, trouvez un mentor.',
};

/** The badge's accessible name: the link's words and the number waiting. */
const BADGE_LABEL = {
  en: (n) => `My mentoring, ${n} ${n === 1 ? 'request' : 'requests'} waiting`,
  fr: (n) => `Mon mentorat, ${n} ${n === 1 ? 'demande en attente' : 'demandes en attente'}`,
};

/** A member of the demo who has not enrolled yet, for trying <mentor-enrollment> from scratch. */
const NEW_MEMBER_ID = 'demo-new-member';

const ROLE_WORDS = {
  en: { mentor: 'mentor', mentee: 'mentee', both: 'mentor and mentee', paused: 'not participating', newMember: 'A new member (not enrolled)' },
  fr: { mentor: 'mentor', mentee: 'mentoré', both: 'mentor et mentoré', paused: 'ne participe pas', newMember: 'Un nouveau membre (pas inscrit)' },
};

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

// The language first, before the elements render, so they start in the right one.
const english = new Map();
function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-i18n]')) {
    const key = element.dataset.i18n;
    if (!english.has(`text:${key}`)) english.set(`text:${key}`, element.textContent.trim().replace(/\s+/g, ' '));
    element.textContent = lang === 'fr' ? (FRENCH[key] ?? english.get(`text:${key}`)) : english.get(`text:${key}`);
  }
  for (const element of document.querySelectorAll('[data-i18n-label]')) {
    const key = element.dataset.i18nLabel;
    if (!english.has(`label:${key}`)) english.set(`label:${key}`, element.getAttribute('aria-label'));
    element.setAttribute('aria-label', lang === 'fr' ? (FRENCH[key] ?? english.get(`label:${key}`)) : english.get(`label:${key}`));
  }
  const title = document.querySelector('h1');
  if (title) document.title = `${title.textContent} · Northbridge Society of Engineers`;
  showBadge(badgeCount);
}

// The navigation badge: hidden at 0; otherwise the number, and the link's accessible name says it in words.
let badgeCount = 0;
function showBadge(count) {
  badgeCount = count;
  const lang = document.documentElement.lang === 'fr' ? 'fr' : 'en';
  for (const link of document.querySelectorAll('a.nav-my-mentoring')) {
    const badge = link.querySelector('.nav-badge');
    if (badge) {
      badge.textContent = String(count);
      badge.hidden = count === 0;
    }
    if (count > 0) link.setAttribute('aria-label', BADGE_LABEL[lang](count));
    else link.removeAttribute('aria-label');
  }
}

// Where the console is on the page, it says the number itself (the count is also on its host, should it
// have loaded before this script listened).
const consoleOnPage = document.querySelector('mentor-relationships-console');
document.addEventListener('mentor-pending-count', (event) => showBadge(event.count));
if (consoleOnPage?.hasAttribute('pending-count')) showBadge(Number(consoleOnPage.getAttribute('pending-count')));

const languageSelect = document.querySelector('#site-language');
const language = stored(LANGUAGE_KEY) === 'fr' ? 'fr' : 'en';
if (language !== 'en') setLanguage(language);
if (languageSelect) {
  languageSelect.value = language;
  languageSelect.addEventListener('change', () => {
    setLanguage(languageSelect.value);
    store(LANGUAGE_KEY, languageSelect.value);
    fillMembers();
  });
}

// The member next: set on the programs before they connect, so they load the right viewer once.
const programs = () => [...document.querySelectorAll('mentor-program[demo]')];
const remembered = stored(MEMBER_KEY);
if (remembered) for (const program of programs()) program.setAttribute('member', remembered);

const memberSelect = document.querySelector('#signed-in-as');
let members = [];
let backend;
/** The member <mentor-program demo> signs in when none is chosen (the demo's own default). */
let defaultId;

function roleOf(member) {
  if (member.mentor && member.mentee) return 'both';
  return member.mentor ? 'mentor' : 'mentee';
}

function signedIn() {
  return memberSelect?.value || stored(MEMBER_KEY) || defaultId;
}

function fillMembers() {
  if (!memberSelect || !backend) return;
  const words = ROLE_WORDS[document.documentElement.lang === 'fr' ? 'fr' : 'en'];
  const current = signedIn();
  const options = members.map((member) => {
    const paused = member.availability.status === 'paused' ? ` (${words.paused})` : '';
    const option = document.createElement('option');
    option.value = member.id;
    option.textContent = `${member.name} — ${words[roleOf(member)]}${paused}`;
    return option;
  });
  if (!members.some((member) => member.id === NEW_MEMBER_ID)) {
    const option = document.createElement('option');
    option.value = NEW_MEMBER_ID;
    option.textContent = words.newMember;
    options.unshift(option);
  }
  memberSelect.replaceChildren(...options);
  memberSelect.value = current;
  memberSelect.disabled = false;
}

function readMembers() {
  const collator = new Intl.Collator('en');
  members = backend
    .members()
    .filter((member) => member.mentor || member.mentee)
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Requests waiting for the signed-in member's answer, asked of the demo program (pages without a console). */
let counting = 0;
async function countWaiting() {
  if (consoleOnPage || !backend) return;
  const turn = (counting += 1);
  try {
    const items = await backend.adapterFor(signedIn()).listMentorships();
    const waiting = items.filter(
      ({ mentorship, partner }) =>
        (mentorship.state === 'pending' || mentorship.state === 'saved') && mentorship.requesterId === partner.id,
    ).length;
    if (turn === counting) showBadge(waiting);
  } catch {
    if (turn === counting) showBadge(0);
  }
}

async function loadMembers() {
  if (!memberSelect) return;
  // The same module <mentor-program demo> uses, so the list and the program share one demo backend.
  const { demoBackend } = await import('/mentor-match/demo.js');
  backend = demoBackend();
  defaultId = backend.members().find((member) => member.mentee)?.id;
  readMembers();
  fillMembers();
  void countWaiting();
  memberSelect.addEventListener('change', () => {
    const id = memberSelect.value;
    store(MEMBER_KEY, id);
    for (const program of programs()) program.setAttribute('member', id);
    void countWaiting();
  });
  // Every change anyone makes in the demo program (pausing, enrolling, a request): keep the list and the
  // badge in step, once per burst of changes.
  let queued = false;
  backend.anonymous().subscribe(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      readMembers();
      fillMembers();
      void countWaiting();
    });
  });
}

void loadMembers();
