// The demo site as `npm start` serves it (the real server, on in-memory PGlite here, with the CDN loader
// built into a folder of the test's own) and a Chromium, started before a suite's tests and stopped after.
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { startDemo } from '../../scripts/start.mjs';
import { launchChromium, tempDir } from './chromium.ts';

export interface DemoSite {
  /** The site's address, ending in `/`. */
  url: string;
  browser: Browser;
}

/** Call inside a `describe`: the returned object is filled in by the suite's `before`. */
export function useDemoSite(name: string): DemoSite {
  const site = {} as DemoSite;
  let demo: Awaited<ReturnType<typeof startDemo>> | undefined;
  let build: Awaited<ReturnType<typeof tempDir>> | undefined;
  before(async () => {
    build = await tempDir(name);
    demo = await startDemo({ port: 0, cdnDir: build.dir, dataDir: 'memory://', log: 'warn' });
    site.url = demo.url;
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
