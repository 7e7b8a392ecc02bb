// The example site (`npm start`: the real server, on in-memory PGlite here) against WCAG 2.2 AA, every page:
// axe in English, French and Arabic; reflow at 320 px (1.4.10) in each; the text-spacing override (1.4.12);
// the focus ring and the field borders at 3:1 or more (1.4.11); in forced colours, a visible focus, control
// borders and the current page's mark; the "My mentoring" link's name holding its visible text (2.5.3).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import {
  REFLOW_WIDTH, axeViolations, clippedText, contrastRatio, emulateForcedColors, overrideTextSpacing, sidewaysOverflow, unseenInScreenshots,
} from './a11y-checks.ts';
import { useDemoSite } from './demo-site.ts';

const PAGES = ['', 'find-a-mentor/', 'find-a-mentee/', 'my-mentoring/', 'enrol/', 'for-web-teams/', 'email-preferences/'] as const;

/** A page of the site in `lang`, settled: the member signed in, the elements rendered, the badge counted. */
async function openPage(context: BrowserContext, url: string, lang: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((language) => localStorage.setItem('northbridge:language', language), lang);
  await page.goto(url);
  await page.locator('#signed-in-as:enabled').waitFor();
  await page.waitForLoadState('networkidle');
  // Results, lists and forms are on screen (no element still says it is loading).
  await page.waitForFunction(`(() => {
    const busy = (root) => [...root.querySelectorAll('*')].some((el) =>
      el.matches('[aria-busy="true"], [part="loading"]') || (el.shadowRoot ? busy(el.shadowRoot) : false));
    return !busy(document);
  })()`);
  return page;
}

/**
 * Each tab stop's focus indicator: its outline's colour against the background it is drawn on (the nearest
 * painted background up the tree, through shadow hosts). Lines for those under 3:1 or without an outline.
 */
async function weakFocusRings(page: Page, stops = 25): Promise<string[]> {
  const problems: string[] = [];
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let i = 0; i < stops; i += 1) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate<{ name: string; style: string; width: number; color: string; behind: string } | null>(`(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const up = (node) => node.parentElement ?? node.getRootNode().host ?? null;
      let behind = 'rgb(255, 255, 255)';
      // A ring drawn inside the element (a negative offset) is seen against the element's own ground.
      const inside = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) <= 0;
      for (let node = inside ? el : up(el); node; node = up(node)) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
          behind = bg;
          break;
        }
      }
      return { name: el.localName + (el.id ? '#' + el.id : '') + ' "' + (el.textContent ?? '').trim().slice(0, 30) + '"',
        style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor, behind };
    })()`);
    if (!ring) continue;
    if (ring.style === 'none' || ring.width < 2) problems.push(`${ring.name}: no focus outline (${ring.style} ${ring.width}px)`);
    else if (contrastRatio(ring.color, ring.behind) < 3) {
      problems.push(`${ring.name}: focus ring ${ring.color} on ${ring.behind} is ${contrastRatio(ring.color, ring.behind).toFixed(2)}:1`);
    }
  }
  return [...new Set(problems)];
}

/** Text fields' and selects' borders against what surrounds them (1.4.11: 3:1), through shadow roots. */
function weakFieldBorders(page: Page): Promise<{ name: string; border: string; behind: string }[]> {
  return page.evaluate<{ name: string; border: string; behind: string }[]>(`(() => {
    const found = [];
    const up = (node) => node.parentElement ?? node.getRootNode().host ?? null;
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        const field = el.matches('select, textarea, input:not([type=checkbox], [type=radio], [type=hidden], [type=range])');
        if (!field || el.offsetWidth === 0) continue;
        let behind = 'rgb(255, 255, 255)';
        for (let node = up(el); node; node = up(node)) {
          const bg = getComputedStyle(node).backgroundColor;
          if (bg !== 'rgba(0, 0, 0, 0)') {
            behind = bg;
            break;
          }
        }
        found.push({ name: el.localName + '#' + el.id, border: getComputedStyle(el).borderBlockStartColor, behind });
      }
    };
    visit(document);
    return found;
  })()`);
}

describe('the example site, accessible', { timeout: 300_000 }, () => {
  const site = useDemoSite('site-accessibility');

  for (const lang of ['en', 'fr', 'ar'] as const) {
    for (const path of PAGES) {
      test(`/${path} in ${lang}: axe (WCAG 2.2 AA) finds nothing, and at 320 px nothing scrolls sideways`, async () => {
        const context = await site.browser.newContext({ locale: 'en-GB' });
        try {
          const page = await openPage(context, `${site.url}${path}`, lang);
          assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
          assert.deepEqual(await axeViolations(page), []);
          await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
          await page.evaluate(() => new Promise(requestAnimationFrame));
          assert.deepEqual(await sidewaysOverflow(page), []);
        } finally {
          await context.close();
        }
      });
    }
  }

  for (const path of PAGES) {
    test(`/${path}: text spacing overridden (1.4.12) clips nothing, focus rings and field borders reach 3:1`, async () => {
      const context = await site.browser.newContext({ locale: 'en-GB' });
      try {
        const page = await openPage(context, `${site.url}${path}`, 'en');
        assert.deepEqual(await weakFocusRings(page), []);
        const fields = await weakFieldBorders(page);
        const weak = fields.filter(({ border, behind }) => contrastRatio(border, behind) < 3);
        assert.deepEqual(weak.map(({ name, border, behind }) => `${name}: ${border} on ${behind}`), []);
        await overrideTextSpacing(page);
        await page.evaluate(() => new Promise(requestAnimationFrame));
        assert.deepEqual(await clippedText(page), []);
        await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
        await page.evaluate(() => new Promise(requestAnimationFrame));
        assert.deepEqual(await clippedText(page), [], 'at 320 px too');
        assert.deepEqual(await sidewaysOverflow(page), [], 'at 320 px with the spacing overridden');
      } finally {
        await context.close();
      }
    });
  }

  test('forced colours: focus shows, fields and buttons keep a border, the current page keeps its mark', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await openPage(context, `${site.url}find-a-mentor/`, 'en');
      await emulateForcedColors(page, true);
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      assert.deepEqual(await weakFocusRings(page).then((lines) => lines.filter((line) => line.includes('no focus outline'))), []);
      const borders = await page.evaluate<string[]>(`(() => {
        const none = [];
        const visit = (root) => {
          for (const el of root.querySelectorAll('select, input[type=text], input[type=search], textarea, button, .button')) {
            const style = getComputedStyle(el);
            if (el.offsetWidth > 0 && style.borderBlockStartStyle === 'none' && !el.classList.contains('link')) {
              none.push(el.localName + ' "' + (el.textContent ?? '').trim().slice(0, 30) + '"');
            }
          }
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
        };
        visit(document);
        return none;
      })()`);
      assert.deepEqual(borders, [], 'every field and button has a border');
      // Topic chips are told apart by their background, which forced colours removes: a border marks them.
      const chips = await page.evaluate<string[]>(`[...document.querySelectorAll('mentor-search')].flatMap((search) =>
        [...search.shadowRoot.querySelectorAll('mentor-profile-card')].flatMap((card) =>
          [...card.shadowRoot.querySelectorAll('[part="topic"]')].map((chip) => getComputedStyle(chip).borderTopStyle)))`);
      assert.ok(chips.length > 0, 'the cards show topics');
      assert.deepEqual([...new Set(chips)], ['solid'], 'every topic chip has a border');
      // The current page: marked by more than a colour (forced colours paints every border alike).
      const marks = await page.locator('.site-nav a').evaluateAll((links) =>
        links.map((link) => {
          const style = getComputedStyle(link);
          return `${style.textDecorationLine} ${style.borderBlockEndWidth} ${style.borderBlockEndStyle}`;
        }));
      const current = await page.locator('.site-nav a[aria-current="page"]').evaluate((link) => {
        const style = getComputedStyle(link);
        return `${style.textDecorationLine} ${style.borderBlockEndWidth} ${style.borderBlockEndStyle}`;
      });
      assert.equal(marks.filter((mark) => mark === current).length, 1, `the current page looks unlike the others (${marks.join(' | ')})`);
    } finally {
      await context.close();
    }
  });

  for (const path of ['find-a-mentor/', 'my-mentoring/', 'enrol/'] as const) {
    test(`forced colours, in screenshots of ${path}: every control's focus shows, every field and button draws its border`, async () => {
      const context = await site.browser.newContext({ locale: 'en-GB' });
      try {
        const page = await openPage(context, `${site.url}${path}`, 'en');
        await emulateForcedColors(page, true);
        const decoder = await context.newPage();
        const { checked, problems } = await unseenInScreenshots(page, decoder, 40);
        assert.ok(checked.length >= 30, `controls checked: ${checked.join(', ')}`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  test('the screenshot check sees a focus without a ring and a field without a border', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.setContent(`<main style="padding:40px"><p><input id="ringless" style="outline:none" aria-label="Ringless"></p>
        <p><button id="borderless" style="border:none;padding:8px" aria-label="Borderless">Go</button></p>
        <p><button id="fine" style="border:2px solid ButtonText;padding:8px">Fine</button></p></main>`);
      await emulateForcedColors(page, true);
      const { checked, problems } = await unseenInScreenshots(page, await context.newPage(), 3);
      assert.equal(checked.length, 3);
      assert.equal(problems.length, 2, problems.join('\n'));
      assert.match(problems[0]!, /^input#ringless "": focus changes 0\.\d\d× its perimeter/);
      assert.match(problems[1]!, /^button#borderless "Go": a border on 0% of its edges/);
    } finally {
      await context.close();
    }
  });

  test('the "My mentoring" link is named by what it shows (2.5.3) and described in words', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await openPage(context, `${site.url}find-a-mentor/`, 'en');
      // Two requests waiting, as the console tells the site's script on My mentoring.
      await page.evaluate(`(() => { const event = new Event('mentor-pending-count'); event.count = 2; document.dispatchEvent(event); })()`);
      const link = page.getByRole('navigation', { name: 'Main' }).locator('a.nav-my-mentoring');
      await page.locator('.nav-badge:not([hidden])').waitFor();
      const shown = await link.evaluate((a) => (a as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
      const snapshot = await page.getByRole('navigation', { name: 'Main' }).ariaSnapshot();
      const named = /link "([^"]+)"/.exec(snapshot.split('\n').find((line) => line.includes('My mentoring')) ?? '')?.[1] ?? '';
      assert.equal(shown, 'My mentoring 2');
      assert.ok(named.toLowerCase().includes(shown.toLowerCase()), `the name "${named}" holds the visible "${shown}"`);
      const described = await link.evaluate((a) => document.getElementById(a.getAttribute('aria-describedby') ?? '')?.textContent);
      assert.equal(described, '2 requests waiting');
    } finally {
      await context.close();
    }
  });
});
