// The demo site as `npm start` serves it (the real server, on in-memory PGlite here, with the CDN loader
// built into a folder of the test's own) and a Chromium, started before a suite's tests and stopped after.
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startDemo } from '../../scripts/start.mjs';
import type { ServerOptions } from '../../packages/server/src/server.ts';
import { launchChromium, tempDir, watchPage } from './chromium.ts';

export interface DemoSite {
  /** The site's address, ending in `/`. */
  url: string;
  browser: Browser;
  /** The folder the CDN build was written to (what `/mentor-match/` serves). */
  cdnDir: string;
}

/**
 * Call inside a `describe`: the returned object is filled in by the suite's `before`. `options` are the
 * server's (startServer), e.g. `auth` to make the demo's program office staff as `npm start` does.
 */
export function useDemoSite(name: string, options: Partial<ServerOptions> = {}): DemoSite {
  const site = {} as DemoSite;
  let demo: Awaited<ReturnType<typeof startDemo>> | undefined;
  let build: Awaited<ReturnType<typeof tempDir>> | undefined;
  before(async () => {
    build = await tempDir(name);
    demo = await startDemo({ port: 0, cdnDir: build.dir, dataDir: 'memory://', log: 'warn', ...options });
    site.url = demo.url;
    site.cdnDir = build.dir;
    site.browser = await launchChromium();
  });
  after(async () => {
    try {
      await site.browser?.close();
    } finally {
      await demo?.close();
      await build?.remove();
    }
  });
  return site;
}

/**
 * "Signed in as" (`label` in the page's language): chooses a member, then waits until every program on the
 * page has loaded as them. The switch reloads no page, but its elements show "Loading" meanwhile, which
 * would swallow keys and clicks meant for the previous member's form.
 */
export async function signInAs(page: Page, memberId: string, label = 'Signed in as'): Promise<void> {
  const select = page.getByLabel(label);
  await select.and(page.locator(':enabled')).waitFor();
  await select.selectOption(memberId);
  await page.waitForFunction(
    (id) =>
      [...document.querySelectorAll('mentor-program')].every(
        (program) => (program as Element & { viewer: { member: { id: string } } | null }).viewer?.member.id === id,
      ),
    memberId,
  );
}

/** A page of the site in a browser context of its own, signed in as `memberId`; closed by `close()`. */
export async function openAs(browser: Browser, url: string, memberId: string) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(url);
  await signInAs(page, memberId);
  return { page, problems, close: () => context.close() };
}
