// The built Storybook (storybook-static/, from `npm run build-storybook`, a step of `npm test` that runs before
// this file) works in Chromium: every story and docs page renders without an error in the console, and the
// main stories show what they promise. Lit's legacy decorators reaching Chromium unlowered would fail here first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { REFLOW_WIDTH, axeViolations, sidewaysOverflow } from './a11y-checks.ts';
import { openStorybook, openStory, showStory, type IndexEntry, type StorybookSite } from './storybook-site.ts';

let site: StorybookSite;
let base: string;
let browser: StorybookSite['browser'];
let entries: IndexEntry[];

before(async () => {
  site = await openStorybook();
  ({ base, browser, entries } = site);
});

after(async () => {
  await site?.close();
});

const open = (id: string, options: Parameters<typeof openStory>[2] = {}) => openStory(site, id, options);

/** The text of the story, looking into shadow roots (a string: tsx would wrap a function with helpers). */
const deepText = (page: Page) =>
  page.evaluate<string>(`(() => {
    const walk = (node) => [...node.childNodes].map((child) => child.nodeType === Node.TEXT_NODE
      ? child.textContent : child instanceof Element ? (child.shadowRoot ? walk(child.shadowRoot) : '') + ' ' + walk(child) : '').join('');
    return walk(document.querySelector('#storybook-root')).replace(/\\s+/g, ' ');
  })()`);

const show = showStory;

describe('the built Storybook', () => {
  it('has a docs page and stories for each element', async () => {
    // The public elements: those in a folder of their own (`src/<tag>/<tag>.ts`); the card's dialogs are its parts.
    const manifest = JSON.parse(await readFile(new URL('../../packages/elements/custom-elements.json', import.meta.url), 'utf8')) as {
      modules: { path: string; declarations?: { tagName?: string }[] }[];
    };
    const tags = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).flatMap((d) => (d.tagName && module.path === `src/${d.tagName}/${d.tagName}.ts` ? [d.tagName] : [])),
    );
    assert.ok(tags.length >= 6, `the manifest lists the elements (${tags.join(', ')})`);
    const ids = entries.map((entry) => entry.id);
    for (const tag of tags) {
      assert.ok(ids.includes(`${tag}--docs`), `${tag} has a docs page`);
      assert.ok(ids.filter((id) => id.startsWith(`${tag}--`)).length >= 4, `${tag} has stories`);
    }
  });

  it('renders the search with ranked profile cards and their reasons', async () => {
    const { page, problems } = await open('mentor-search--default');
    await page.getByRole('button', { name: 'Request as mentor' }).first().waitFor();
    const text = await deepText(page);
    assert.match(text, /\d+ mentors found/);
    assert.match(text, /Ama Mensah/);
    assert.match(text, /Shares \d topics?:/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('opens the request form from the badge (play function) and keeps markup as text', async () => {
    const form = await open('mentor-profile-card--request-form-open');
    await form.page.getByRole('dialog', { name: 'Ask Ama Mensah to be your mentor' }).waitFor();
    assert.deepEqual(form.problems, []);
    await form.page.close();

    const mallory = await open('mentor-profile-card--malicious-bio');
    await mallory.page.getByRole('dialog').waitFor();
    assert.match(await deepText(mallory.page), /Bio with markup: <img src=x onerror=/);
    const injected = await mallory.page.evaluate<number>(`(() => {
      const card = document.querySelector('mentor-profile-card').shadowRoot;
      const dialog = card.querySelector('mentor-profile-dialog').shadowRoot;
      return [card, dialog].flatMap((root) => [...root.querySelectorAll('img:not([part~="photo"]), script, iframe, svg')]).length;
    })()`);
    assert.equal(injected, 0, 'no element was made from member text');
    assert.deepEqual(mallory.problems, []);
    await mallory.page.close();
  });

  it('offers the five languages in the toolbar, each named in itself', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/index.html?path=/story/mentor-search--default`);
    await page.getByRole('button', { name: /^Language of the page/ }).click();
    await page.getByRole('option').first().waitFor();
    const options = await page.getByRole('option').allInnerTexts();
    assert.deepEqual(options.map((text) => text.split('\n')[0]), ['English', 'Français', 'Español', 'Deutsch', 'العربية']);
    await page.close();
  });

  for (const [story, search, dir] of [
    ['french', 'Rechercher', 'ltr'], ['spanish', 'Buscar', 'ltr'], ['german', 'Suchen', 'ltr'], ['arabic', 'بحث', 'rtl'],
  ] as const) {
    it(`speaks ${story} when the toolbar locale says so, ${dir === 'rtl' ? 'right to left' : 'left to right'}`, async () => {
      const { page, problems } = await open(`mentor-search--${story}`);
      await page.getByRole('button', { name: search, exact: true }).waitFor();
      // The direction follows the language (the toolbar's default), down to the element's own form.
      assert.equal(await page.locator('.story-page').getAttribute('dir'), dir);
      assert.equal(await page.locator('mentor-search form').evaluate((form) => getComputedStyle(form).direction), dir);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('renders every story and docs page without an error', async () => {
    // One page, the stories switched through Storybook's own channel (a reload each would take three times
    // as long); whatever goes wrong is charged to the story shown at the time.
    const [first, ...rest] = entries;
    const { page, problems } = await open(first!.id, { viewMode: first!.type });
    const failures = problems.map((problem) => `${first!.id}: ${problem}`);
    let current = first!.id;
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`${current}: console: ${message.text()}`);
    });
    page.on('pageerror', (error) => failures.push(`${current}: page error: ${error.message}`));
    for (const entry of rest) {
      current = entry.id;
      const outcome = await show(page, entry);
      if (outcome !== 'ok') failures.push(`${entry.id}: ${outcome}`);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(500);
    await page.close();
    assert.deepEqual(failures, []);
  });

  // WCAG 2.2 AA by axe on every story, at 320 px (1.4.10: nothing scrolls sideways), in both directions.
  for (const direction of ['ltr', 'rtl'] as const) {
    it(`every story at ${REFLOW_WIDTH} px, ${direction === 'rtl' ? 'right to left' : 'left to right'}: axe (WCAG 2.2 AA) finds nothing, nothing scrolls sideways`, async () => {
      const stories = entries.filter((entry) => entry.type === 'story');
      const page = await browser.newPage({ viewport: { width: REFLOW_WIDTH, height: 640 } });
      await page.goto(`${base}/iframe.html?id=${stories[0]!.id}&viewMode=story&globals=a11y.manual:!true;direction:${direction}`);
      await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay', { timeout: 15000 });
      const failures: string[] = [];
      for (const [index, story] of stories.entries()) {
        // The first is shown already (asking for the story shown renders nothing).
        const outcome = index === 0 ? 'ok' : await show(page, story);
        if (outcome !== 'ok') failures.push(`${story.id}: ${outcome}`);
        // The story's program loads from its in-memory backend, and play functions open dialogs.
        await page.waitForTimeout(400);
        // The toolbar's direction holds, except in the story that sets its own.
        const dir = await page.locator('.story-page').first().getAttribute('dir');
        if (dir !== direction && !story.id.endsWith('--right-to-left')) failures.push(`${story.id}: dir ${dir}`);
        for (const line of [...(await axeViolations(page, '#storybook-root')), ...(await sidewaysOverflow(page))]) {
          failures.push(`${story.id}: ${line}`);
        }
      }
      await page.close();
      assert.deepEqual(failures, []);
    });
  }
});
