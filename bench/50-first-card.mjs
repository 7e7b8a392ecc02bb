// Issue 12: how soon a first-time visitor on a slow connection sees a mentor. The demo as `npm start`
// serves it (its build, its server, compression as it does it), started from "before" and from this tree
// (bench/lib/variants.mjs); /find-a-mentor/ opened in a fresh Chromium context (nothing cached) with the
// network at 150 ms round trip and 1.6 Mbps. Measured: the time from navigation to the first frame that
// shows a result card with its name, and the critical chain: the requests that ran one after another
// before it (each one starting only after the one before it had ended; the page, scripts and API calls),
// from the page itself to the search.
// Target: 1.2 s or less.
/* global requestAnimationFrame -- watchForFirstCard runs in the page */
import path from 'node:path';
import { withDemoInChromium } from './lib/demo-server.mjs';
import { median, range } from './lib/stats.mjs';
import { ms, printTable } from './lib/table.mjs';
import { throttleNetwork, SLOW_NETWORK } from './lib/throttle.mjs';
import { forEachVariant } from './lib/variants.mjs';

export const title = 'First result card on a slow connection: /find-a-mentor/ at 150 ms and 1.6 Mbps (issue 12)';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 1200;
const PAGE = 'find-a-mentor/';

/**
 * In the page, before anything else: watches every frame for the first result card with its name, and
 * keeps the frame's time (performance.now()'s clock, like the resource timings).
 */
function watchForFirstCard() {
  const look = (time) => {
    const card = document.querySelector('mentor-search')?.shadowRoot?.querySelector('mentor-profile-card');
    if (card?.shadowRoot?.querySelector('[part~="name"], h1, h2, h3, h4')?.textContent?.trim()) {
      window.__firstCard = time;
      return;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** One visit: the first card's time and every request the page made, with its start and end. */
async function visit(browser, url) {
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
    await throttleNetwork(context, page);
    await page.addInitScript(watchForFirstCard);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => typeof window.__firstCard === 'number', null, { timeout: 60_000, polling: 100 });
    return await page.evaluate(() => {
      performance.setResourceTimingBufferSize(1000);
      const [navigation] = performance.getEntriesByType('navigation');
      const requests = [navigation, ...performance.getEntriesByType('resource')].map((entry) => ({
        url: entry.name,
        start: entry.startTime,
        end: entry.responseEnd,
        transfer: entry.transferSize,
        body: entry.decodedBodySize,
      }));
      return { firstCard: window.__firstCard, requests };
    });
  } finally {
    await context.close();
  }
}

/**
 * The chain ending at the first search's answer: from it, again and again, the request that ended last
 * before this one began (the one it waited for), back to the page.
 */
function criticalChain(requests, firstCard) {
  // Only what can hold the next request back: the page, scripts and API calls (not images or styles).
  const done = requests.filter((r) => r.end > 0 && r.end <= firstCard && canBlock(r.url, requests[0].url));
  const searches = done.filter((r) => new URL(r.url).pathname.endsWith('/search'));
  let current = searches.at(-1) ?? done.reduce((a, b) => (b.end > a.end ? b : a));
  const chain = [current];
  for (;;) {
    const before = done.filter((r) => r !== current && r.end <= current.start + 1);
    if (before.length === 0) break;
    current = before.reduce((a, b) => (b.end > a.end ? b : a));
    chain.unshift(current);
  }
  return chain;
}

const canBlock = (url, page) => url === page || /\.m?js$/.test(new URL(url).pathname) || new URL(url).pathname.startsWith('/api/');

const short = (url) => {
  const { pathname } = new URL(url);
  return pathname.startsWith('/mentor-match/') ? path.posix.relative('/mentor-match', pathname) : pathname;
};

function measure(checkout) {
  return withDemoInChromium({ checkout }, async (server, browser) => {
    const url = `${server.url}${PAGE}`;
    // Once unmeasured: the server's first search builds its directory, and it compresses its files at start.
    await visit(browser, url);
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      const run = await visit(browser, url);
      const chain = criticalChain(run.requests, run.firstCard);
      const scripts = run.requests.filter((r) => new URL(r.url).pathname.startsWith('/mentor-match/') && r.url.endsWith('.js') && r.start < run.firstCard);
      runs.push({
        firstCard: run.firstCard,
        chain,
        scripts: scripts.length,
        scriptWire: scripts.reduce((sum, r) => sum + r.transfer, 0),
        scriptBody: scripts.reduce((sum, r) => sum + r.body, 0),
      });
      console.error(`[bench] first card: run ${i + 1}: ${ms(run.firstCard)} ms, chain of ${chain.length}`);
    }
    return runs;
  });
}

export async function run() {
  const variants = await forEachVariant(({ checkout }) => measure(checkout));
  const kib = (bytes) => (bytes / 1024).toFixed(1);
  printTable(
    ['build', 'first card, median ms', 'spread', 'critical chain (requests)', 'JS files before it', 'JS on the wire KiB', 'JS decoded KiB', `target ${TARGET_MS} ms`],
    variants.map(({ label, result: runs }) => {
      const first = median(runs.map((r) => r.firstCard));
      return [
        label, ms(first), range(runs.map((r) => r.firstCard), ms), median(runs.map((r) => r.chain.length)),
        median(runs.map((r) => r.scripts)), kib(median(runs.map((r) => r.scriptWire))), kib(median(runs.map((r) => r.scriptBody))),
        first <= TARGET_MS ? 'met' : 'not met',
      ];
    }),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
  console.log(`\n${RUNS} visits each (after one to warm the server), each in a fresh browser context; network ${SLOW_NETWORK.latency} ms round trip,`);
  console.log(`${(SLOW_NETWORK.downloadThroughput * 8) / 1e6} Mbps. "On the wire": the bytes received for the loader and its chunks (compressed, with headers).`);
  for (const { label, result: runs } of variants) {
    // The run whose time is the median's (or the one just above it).
    const sorted = [...runs].sort((a, b) => a.firstCard - b.firstCard);
    const middle = sorted[Math.floor(sorted.length / 2)];
    console.log(`\nCritical chain, ${label} (the median visit, first card at ${ms(middle.firstCard)} ms):\n`);
    printTable(
      ['#', 'request', 'starts ms', 'ends ms'],
      middle.chain.map((r, i) => [i + 1, i === 0 ? `${short(r.url)} (the page)` : short(r.url), ms(r.start), ms(r.end)]),
      ['right', 'left', 'right', 'right'],
    );
  }
}
