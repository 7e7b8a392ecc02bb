// The demo site's language menu (`npm start`: the real server on PGlite, here in memory), in Chromium: five
// languages, each named in itself; the one chosen sets `lang` on <html>, and `dir` for Arabic; the site's
// words and the elements' follow; and a page downloads the strings of the language its elements are shown
// in, and no other, though the menu names all five.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { waitForText, watchPage } from './chromium.ts';
import { useDemoSite } from './demo-site.ts';

/** The catalogs' chunks the page requested, by language (the CDN build names them `<lang>-register-<hash>.js`). */
function watchCatalogs(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const lang = /\/chunks\/([a-z]{2})-register-[\w-]+\.js$/.exec(request.url())?.[1];
    if (lang) requested.push(lang);
  });
  return requested;
}

/** The site's own word files the page requested (`site-text.js`, then one per other language, `site-text-fr.js`…). */
function watchSiteWords(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const file = /\/assets\/(site-text[\w-]*)\.js$/.exec(request.url())?.[1];
    if (file) requested.push(file);
  });
  return requested;
}

const htmlLangDir = (page: Page) =>
  page.evaluate(() => [document.documentElement.lang, document.documentElement.dir] as const);

describe('the demo site in five languages', { timeout: 120_000 }, () => {
  const site = useDemoSite('languages');

  test('the menu offers five languages, each named in itself and marked with its lang; an English page downloads none', async () => {
    const page = await site.browser.newPage({ locale: 'en-GB' });
    try {
      const problems = await watchPage(page);
      const catalogs = watchCatalogs(page);
      const siteWords = watchSiteWords(page);
      await page.goto(`${site.url}find-a-mentor/`);
      const options = await page.locator('#site-language option').evaluateAll((all) =>
        all.map((option) => [(option as HTMLOptionElement).value, option.textContent, option.getAttribute('lang')]));
      assert.deepEqual(options, [
        ['en', 'English', 'en'], ['fr', 'Français', 'fr'], ['es', 'Español', 'es'], ['de', 'Deutsch', 'de'], ['ar', 'العربية', 'ar'],
      ]);
      await waitForText(page.getByRole('status'), /\d+ mentors found/);
      assert.deepEqual(catalogs, [], 'no language was downloaded for the menu’s options');
      assert.deepEqual(siteWords, ['site-text'], 'the site’s other languages wait until one is chosen');
      assert.deepEqual(await htmlLangDir(page), ['en', '']);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('Arabic: right to left, the site and the elements in Arabic, only the Arabic strings downloaded, and kept on reload', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page);
      const catalogs = watchCatalogs(page);
      const siteWords = watchSiteWords(page);
      await page.goto(`${site.url}find-a-mentor/`);
      await waitForText(page.getByRole('status'), /\d+ mentors found/);

      await page.locator('#site-language').selectOption('ar');
      await page.getByRole('heading', { level: 1, name: 'البحث عن مرشد' }).waitFor();
      assert.deepEqual(await htmlLangDir(page), ['ar', 'rtl']);
      const search = page.getByRole('search', { name: 'البحث عن مرشد' });
      await search.getByRole('button', { name: 'بحث', exact: true }).waitFor();
      await waitForText(page.getByRole('status'), /تم العثور على/);
      await page.getByRole('button', { name: 'طلب الإرشاد' }).first().waitFor();
      assert.equal(await search.evaluate((form) => getComputedStyle(form).direction), 'rtl');
      assert.deepEqual(catalogs, ['ar']);
      assert.deepEqual(siteWords, ['site-text', 'site-text-ar'], 'the site’s Arabic words, and no other language’s');
      // The "Signed in as" list is written again in Arabic once the words are here.
      await page.locator('#signed-in-as option', { hasText: 'مكتب البرنامج (الفريق)' }).waitFor({ state: 'attached' });

      // The choice is remembered: the next page starts in Arabic, and downloads Arabic alone.
      catalogs.length = 0;
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'البحث عن مرشد' }).waitFor();
      await waitForText(page.getByRole('status'), /تم العثور على/);
      assert.deepEqual(await htmlLangDir(page), ['ar', 'rtl']);
      assert.deepEqual(catalogs, ['ar']);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('Spanish, then German: left to right again, each language’s words, each downloaded once', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page);
      const catalogs = watchCatalogs(page);
      await page.goto(`${site.url}find-a-mentee/`);

      await page.locator('#site-language').selectOption('es');
      await page.getByRole('heading', { level: 1, name: 'Buscar un mentorizado' }).waitFor();
      await waitForText(page.getByRole('status'), /mentorizados? encontrados?|Ningún mentorizado encontrado/);
      assert.deepEqual(await htmlLangDir(page), ['es', 'ltr']);

      await page.locator('#site-language').selectOption('de');
      await page.getByRole('heading', { level: 1, name: 'Mentee finden' }).waitFor();
      await page.getByRole('search', { name: 'Mentee finden' }).getByRole('button', { name: 'Suchen' }).waitFor();
      assert.deepEqual(await htmlLangDir(page), ['de', 'ltr']);
      assert.equal(await page.getByLabel('Angemeldet als').count(), 1);
      assert.deepEqual(catalogs, ['es', 'de']);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a language chosen on an earlier page: the next page shows its words from storage, before (and without) their file', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}find-a-mentor/`);
      await page.locator('#site-language').selectOption('fr');
      await page.getByRole('heading', { level: 1, name: 'Trouver un mentor' }).waitFor();
      // The next page cannot fetch the French words: those kept from this one are shown all the same.
      const next = await context.newPage();
      const problems = await watchPage(next);
      await next.route('**/assets/site-text-fr.js', (route) => route.abort());
      await next.goto(`${site.url}find-a-mentee/`);
      await next.getByRole('heading', { level: 1, name: 'Trouver un mentoré' }).waitFor();
      assert.equal(await next.getByRole('navigation', { name: 'Navigation principale' }).count(), 1);
      assert.deepEqual(await htmlLangDir(next), ['fr', 'ltr']);
      assert.deepEqual(problems.filter((problem) => !problem.includes('net::ERR_FAILED')), [], 'nothing but the refused file');
    } finally {
      await context.close();
    }
  });
});
