// The newcomer's path through the demo (`npm start`), end to end in Chromium: sign in as a mentee, find
// a mentor by topic, open the request badge, fill the form, send, and see the request pending with its
// expiry date. Once in English with the keyboard only, once in French with the mouse only.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startDemo } from '../../scripts/start.mjs';
import { launchChromium, tabTo, tempDir, waitForText, watchPage } from './chromium.ts';

interface Newcomer {
  id: string;
  name: string;
  /** A topic the newcomer seeks, as the program labels it. */
  topic: string;
}

const DEMO_MODULE = '/mentor-match/demo.js';

/** A mentee-only member, participating, with no mentor and no open request: one the badge is open to. */
function findNewcomer(page: Page): Promise<Newcomer> {
  return page.evaluate(async (url) => {
    const { demoBackend } = await import(url);
    const backend = demoBackend();
    for (const member of backend.members()) {
      if (!member.mentee || member.mentor || member.availability.status !== 'participating') continue;
      const viewer = await backend.adapterFor(member.id).getViewer();
      if (viewer.activeAsMentee > 0 || viewer.openRequestsSent > 0) continue;
      const topic = backend.settings.topics.find((t: { id: string }) => t.id === member.mentee.topics[0]);
      return { id: member.id, name: member.name, topic: topic.label };
    }
    throw new Error('no newcomer in the demo roster');
  }, DEMO_MODULE);
}

/** The newcomer's pending request, from the demo backend, with its expiry date as the card words it in `lang`. */
function pendingRequest(page: Page, newcomerId: string, lang: string) {
  return page.evaluate(
    async ([url, id, lang]) => {
      const { demoBackend } = await import(url);
      const items = await demoBackend().adapterFor(id).listMentorships();
      const { mentorship } = items.find((item: { mentorship: { state: string } }) => item.mentorship.state === 'pending');
      const expires = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(mentorship.expiresAt));
      return { expires, termMonths: mentorship.termMonths as number, goals: mentorship.goals as string, areas: mentorship.areas as string[] };
    },
    [DEMO_MODULE, newcomerId, lang] as const,
  );
}

describe('the newcomer flow on the demo site', { timeout: 180_000 }, () => {
  let browser: Browser;
  let demo: Awaited<ReturnType<typeof startDemo>>;
  let build: Awaited<ReturnType<typeof tempDir>>;

  before(async () => {
    build = await tempDir('demo');
    demo = await startDemo({ port: 0, host: '127.0.0.1', cdnDir: build.dir });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
    await build?.remove();
  });

  test('in English, with the keyboard only', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page);
      await page.goto(`${demo.url}find-a-mentor/`);

      const signedInAs = page.getByLabel('Signed in as');
      await signedInAs.and(page.locator(':enabled')).waitFor();
      const newcomer = await findNewcomer(page);
      await signedInAs.selectOption(newcomer.id);
      assert.match(await signedInAs.locator('option:checked').innerText(), new RegExp(`^${newcomer.name} — mentee`));

      // Criteria: open the Topics disclosure, tick the newcomer's topic, search.
      const search = page.getByRole('search', { name: 'Find a mentor' });
      await search.locator('summary').filter({ hasText: 'Topics' }).focus();
      await page.keyboard.press('Enter');
      await search.getByRole('checkbox', { name: newcomer.topic, exact: true }).focus();
      await page.keyboard.press('Space');
      await search.getByRole('button', { name: 'Search' }).focus();
      await page.keyboard.press('Enter');
      const status = page.getByRole('status').filter({ hasText: /mentors? found/ });
      await waitForText(status, /\d+ mentors? found/);

      // The first result whose badge is open; it shares the topic.
      const results = page.getByRole('list', { name: /mentors? found/ });
      const item = results.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Request as mentor', disabled: false }) }).first();
      const mentor = (await item.getByRole('heading').innerText()).trim();
      const card = results.getByRole('listitem').filter({ has: page.getByRole('heading', { name: mentor, exact: true }) });
      await waitForText(card.getByRole('list', { name: 'Why this match' }), newcomer.topic);

      await card.getByRole('button', { name: 'Request as mentor' }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: `Ask ${mentor} to be your mentor` });
      await dialog.waitFor();

      // Focus starts on the first area of guidance.
      await page.keyboard.press('Space');
      await tabTo(page, 'goals');
      await page.keyboard.type('Move from site engineering into project management within a year.');
      await tabTo(page, 'termMonths');
      await page.keyboard.press('ArrowDown'); // 6 months
      await tabTo(page, 'message');
      await page.keyboard.type('I read your profile and would value your advice.');
      await tabTo(page, 'Send');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });

      await card.getByText(/^Request sent · expires /).waitFor();
      const request = await pendingRequest(page, newcomer.id, 'en');
      await card.getByText(`Request sent · expires ${request.expires}`).waitFor();
      assert.equal(request.termMonths, 6);
      assert.equal(request.goals, 'Move from site engineering into project management within a year.');
      assert.equal(request.areas.length, 1);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('in French, with the mouse', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page);
      await page.goto(`${demo.url}find-a-mentor/`);

      await page.locator('#site-language').selectOption('fr');
      await page.getByRole('heading', { level: 1, name: 'Trouver un mentor' }).waitFor();
      const signedInAs = page.getByLabel('Connecté en tant que');
      await signedInAs.and(page.locator(':enabled')).waitFor();
      const newcomer = await findNewcomer(page);
      await signedInAs.selectOption(newcomer.id);
      assert.match(await signedInAs.locator('option:checked').innerText(), new RegExp(`^${newcomer.name} — mentoré`));

      const search = page.getByRole('search', { name: 'Trouver un mentor' });
      await search.locator('summary').filter({ hasText: 'Thèmes' }).click();
      await search.getByRole('checkbox', { name: newcomer.topic, exact: true }).click();
      await search.getByRole('button', { name: 'Rechercher' }).click();
      await waitForText(page.getByRole('status'), /\d+ mentors? trouvés?/);

      const results = page.getByRole('list', { name: /mentors? trouvés?/ });
      const item = results.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Demander comme mentor', disabled: false }) }).first();
      const mentor = (await item.getByRole('heading').innerText()).trim();
      const card = results.getByRole('listitem').filter({ has: page.getByRole('heading', { name: mentor, exact: true }) });
      await card.getByRole('button', { name: 'Demander comme mentor' }).click();

      const dialog = page.getByRole('dialog', { name: `Demander à ${mentor} d’être votre mentor` });
      await dialog.getByRole('checkbox').first().click();
      await dialog.getByLabel('Vos objectifs').click();
      await page.keyboard.type('Préparer le passage au management de projet.');
      await dialog.getByLabel('Durée').selectOption({ index: 1 });
      await dialog.getByRole('button', { name: 'Envoyer' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await card.getByText(/^Demande envoyée · expire le /).waitFor();
      const request = await pendingRequest(page, newcomer.id, 'fr');
      await card.getByText(`Demande envoyée · expire le ${request.expires}`).waitFor();
      assert.equal(request.termMonths, 6);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
