// The built Storybook (storybook-static/, from `npm run build-storybook`, a step of `npm test` that runs before
// the Node tests) served over HTTP and opened in Chromium, for the suites that walk its stories: what renders
// (storybook.node.test.ts) and text spacing (storybook-text-spacing.node.test.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page, type Response } from 'playwright-core';

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png',
};

export interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
}

export interface StorybookSite {
  /** The server's address (`http://127.0.0.1:port`). */
  base: string;
  browser: Browser;
  /** Every story and docs page, in Storybook's order. */
  entries: IndexEntry[];
  close(): Promise<void>;
}

/** Serves the built Storybook (building it first when a suite runs on its own) and starts Chromium. */
export async function openStorybook(): Promise<StorybookSite> {
  // Run on its own (`node --import tsx --test test/e2e/storybook.node.test.ts`), a suite builds what it needs.
  if (!existsSync(join(root, 'index.json'))) {
    const build = spawnSync('npx', ['storybook', 'build', '--quiet'], { stdio: 'inherit' });
    assert.equal(build.status, 0, 'storybook build failed');
  }
  const entries = Object.values(JSON.parse(await readFile(join(root, 'index.json'), 'utf8')).entries as Record<string, IndexEntry>);
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^([/\\]|\.\.)+/, '');
    try {
      const body = await readFile(join(root, path || 'index.html'));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(path === 'favicon.ico' ? 204 : 404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
  return {
    base, browser, entries,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** Opens a story (or docs page), in `page` or a new one, and collects what went wrong while it rendered and settled. */
export async function openStory(
  site: StorybookSite,
  id: string,
  { viewMode = 'story', settleMs = 300, page, globals = '' }: { viewMode?: string; settleMs?: number; page?: Page; globals?: string } = {},
) {
  page ??= await site.browser.newPage();
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onResponse = (response: Response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  };
  page.on('console', onConsole).on('pageerror', onPageError).on('response', onResponse);
  // The accessibility addon's automatic axe run is left to people browsing Storybook: it takes a second a story.
  await page.goto(`${site.base}/iframe.html?id=${id}&viewMode=${viewMode}&globals=a11y.manual:!true${globals}`);
  // Storybook marks the body when the story is shown, or when it failed to render.
  await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay', { timeout: 15000 });
  await page.waitForTimeout(settleMs);
  if (await page.locator('body.sb-show-errordisplay').count()) {
    problems.push(`error display: ${(await page.locator('#error-message').textContent())?.trim()}`);
  }
  page.off('console', onConsole).off('pageerror', onPageError).off('response', onResponse);
  return { page, problems };
}

/**
 * Shows another story (or docs page) through Storybook's own channel: 'ok', or what went wrong. Under load the
 * preview now and then reloads itself while a story is switched ("Execution context was destroyed"): then the
 * story is asked for again once the preview is back, and anything else it did is still charged to it.
 */
export async function showStory(page: Page, entry: IndexEntry): Promise<string> {
  try {
    return await requestStory(page, entry);
  } catch (error) {
    // The preview reloaded while the story was asked for (its context destroyed, or its channel not back yet).
    if (!/Execution context was destroyed|reading 'on'|reading 'emit'/.test(String(error))) throw error;
    await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay', { timeout: 15000 });
    // Reloaded on the story asked for (asking for the story shown renders nothing): shown, or failed to render.
    if (new URL(page.url()).searchParams.get('id') === entry.id) {
      return (await page.locator('body.sb-show-errordisplay').count()) ? `error display: ${(await page.locator('#error-message').textContent())?.trim()}` : 'ok';
    }
    return requestStory(page, entry);
  }
}

async function requestStory(page: Page, entry: IndexEntry): Promise<string> {
  // A preview that has just reloaded shows its body before its channel is back: wait for the channel.
  await page.waitForFunction('window.__STORYBOOK_ADDONS_CHANNEL__ !== undefined', undefined, { timeout: 15000 });
  return page.evaluate<string>(`new Promise((resolve) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    const outcomes = { storyRendered: 'ok', docsRendered: 'ok', storyErrored: 'render error', storyThrewException: 'exception',
      playFunctionThrewException: 'play function failed', storyMissing: 'missing' };
    const handlers = Object.entries(outcomes).map(([event, outcome]) => [event, (payload) => {
      for (const [name, handler] of handlers) channel.off(name, handler);
      resolve(outcome === 'ok' ? outcome : outcome + ': ' + (payload?.description ?? payload?.message ?? ''));
    }]);
    for (const [name, handler] of handlers) channel.on(name, handler);
    setTimeout(() => resolve('not rendered within 15 s'), 15000);
    channel.emit('setCurrentStory', { storyId: ${JSON.stringify(entry.id)}, viewMode: ${JSON.stringify(entry.type)} });
  })`);
}
