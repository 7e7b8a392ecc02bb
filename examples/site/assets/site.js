// The example site's own script (a CMS theme would have one like it). Two things, both for the demo:
//
// - "Signed in as": on a real site the member is whoever logged in to the CMS. Here any demo member can
//   be chosen, so one person can play both sides of a request. It sets the `member` attribute of every
//   <mentor-program demo> on the page and remembers the choice in localStorage.
// - The language switch sets `lang` on <html>; the mentor-match elements follow it (the loader fetches
//   the French strings when the page turns French). The site's own words are swapped from the table below.
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
};

const ROLE_WORDS = {
  en: { mentor: 'mentor', mentee: 'mentee', both: 'mentor and mentee', paused: 'not participating' },
  fr: { mentor: 'mentor', mentee: 'mentoré', both: 'mentor et mentoré', paused: 'ne participe pas' },
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
}

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

function roleOf(member) {
  if (member.mentor && member.mentee) return 'both';
  return member.mentor ? 'mentor' : 'mentee';
}

function fillMembers() {
  if (!memberSelect || members.length === 0) return;
  const words = ROLE_WORDS[document.documentElement.lang === 'fr' ? 'fr' : 'en'];
  const current = memberSelect.value || remembered || members.find((member) => member.mentee)?.id;
  memberSelect.replaceChildren(
    ...members.map((member) => {
      const paused = member.availability.status === 'paused' ? ` (${words.paused})` : '';
      const option = document.createElement('option');
      option.value = member.id;
      option.textContent = `${member.name} — ${words[roleOf(member)]}${paused}`;
      return option;
    }),
  );
  memberSelect.value = current;
  memberSelect.disabled = false;
}

async function loadMembers() {
  if (!memberSelect) return;
  // The same module <mentor-program demo> uses, so the list and the program share one demo backend.
  const { demoBackend } = await import('/mentor-match/demo.js');
  const collator = new Intl.Collator('en');
  members = demoBackend()
    .members()
    .filter((member) => member.mentor || member.mentee)
    .sort((a, b) => collator.compare(a.name, b.name));
  fillMembers();
  memberSelect.addEventListener('change', () => {
    const id = memberSelect.value;
    store(MEMBER_KEY, id);
    for (const program of programs()) program.setAttribute('member', id);
  });
}

void loadMembers();
