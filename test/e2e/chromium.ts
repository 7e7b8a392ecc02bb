// Shared by the end-to-end tests: Debian's Chromium driven by playwright-core (TOOLING.md), and a watch
// on everything a page reports that a test should fail on.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** Generous: these machines have 2 cores, and Chromium shares them with the test runner. */
export const TIMEOUT_MS = 30_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Records, for the page's whole life, Content-Security-Policy and Trusted Types violations (from the
 * `securitypolicyviolation` event, which reports both), uncaught errors and console errors.
 */
export async function watchPage(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => problems.push(`violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation(text: string): void }).__reportViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample}`.trim());
    });
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.setDefaultTimeout(TIMEOUT_MS);
  return problems;
}

/** The id of the element that has focus, through shadow roots. */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id || active?.textContent?.trim() || '';
  });
}

/** Presses Tab until the focused element's id (or text, for buttons) is `target`. */
export async function tabTo(page: Page, target: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if ((await focusedId(page)) === target) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}; focus is on ${await focusedId(page)}`);
}

/**
 * The note beside a profile card's badge ("Request sent · expires …"). Not `getByText`: until the results
 * refresh after the member's own action, the card's live region repeats the same words.
 */
export function badgeNote(card: Locator): Locator {
  return card.locator('[part="note"]');
}

/**
 * The first search result whose request badge is open: the mentor's name, and their card found by that name
 * (so it stays the same card once its badge is no longer open).
 */
export async function firstOpenCard(page: Page, results: Locator): Promise<{ mentor: string; card: Locator }> {
  const open = results.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Request as mentor', disabled: false }) }).first();
  const mentor = (await open.getByRole('heading').innerText()).trim();
  return { mentor, card: results.getByRole('listitem').filter({ has: page.getByRole('heading', { name: mentor, exact: true }) }).first() };
}

/** Sends a request from a card's badge as a member would (an area, goals, Send) and waits until the card says it is pending. */
export async function sendRequestFromCard(page: Page, card: Locator, mentor: string): Promise<void> {
  await card.getByRole('button', { name: 'Request as mentor' }).click();
  const dialog = page.getByRole('dialog', { name: `Ask ${mentor} to be your mentor` });
  await dialog.getByRole('checkbox').first().check();
  await dialog.getByLabel('Your goals').fill('Lead my first project end to end within six months.');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await waitForText(badgeNote(card), /^Request sent · expires /);
}

/** Waits until `locator` holds `text`. */
export async function waitForText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: TIMEOUT_MS });
}

/** A fresh folder for one test's build output. */
export async function tempDir(name: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `mentor-match-${name}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
