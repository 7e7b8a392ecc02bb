// Issue 12: nothing on the example site's pages moves while the widget loads. Cumulative Layout Shift (the
// largest session window of layout-shift entries not caused by input, as web-vitals computes it) on each
// page of the demo with an element (npm start's code, before and after: bench/lib/variants.mjs), first
// visit on the slow connection (150 ms, 1.6 Mbps: the widget arrives in stages), at a desktop's and a
// phone's width, until the widget has loaded and the network is quiet. Medians over runs; for a page that
// shifts, what moved. Target: 0.
/* global Node, ShadowRoot, PerformanceObserver -- recordShifts runs in the page */
import { withDemoInChromium } from './lib/demo-server.mjs';
import { median } from './lib/stats.mjs';
import { printTable } from './lib/table.mjs';
import { throttleNetwork } from './lib/throttle.mjs';
import { forEachVariant } from './lib/variants.mjs';

export const title = 'Layout shift while the widget loads: the example site on a slow connection (issue 12)';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** BENCH_PAGES=enrol/,… measures only those pages. */
const PAGES = process.env.BENCH_PAGES?.split(',') ?? ['find-a-mentor/', 'find-a-mentee/', 'my-mentoring/', 'enrol/'];
/**
 * BENCH_LANG=fr measures a visitor who chose that language on the site's menu on an earlier page (English by
 * default): chosen first in the same browser, whose HTTP cache is then emptied, so the page still loads cold.
 */
const LANGUAGE = process.env.BENCH_LANG ?? 'en';
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
/** How long the page must stay quiet (no request, no shift) to count as loaded. */
const SETTLE_MS = 1500;

/** In the page, before anything else: every layout shift, with what moved (through shadow roots). */
function recordShifts() {
  const describe = (node) => {
    const parts = [];
    for (let n = node; n && parts.length < 4; ) {
      if (n.nodeType === Node.ELEMENT_NODE) {
        const el = n;
        const part = el.getAttribute('part');
        parts.unshift(`${el.localName}${el.id ? `#${el.id}` : ''}${part ? `[part=${part}]` : el.classList.length ? `.${[...el.classList].join('.')}` : ''}`);
      }
      n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode;
    }
    return parts.join(' > ');
  };
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shifts.push({
        time: entry.startTime,
        value: entry.value,
        // Each source's box before → after (x,y w×h), so a reader sees whether it moved or grew.
        sources: entry.sources.map((s) => {
          const box = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          return `${s.node ? describe(s.node) : '(gone)'} (${box(s.previousRect)} → ${box(s.currentRect)})`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** web-vitals' CLS: shifts less than 1 s apart and within 5 s form a session; the largest session counts. */
function cls(shifts) {
  let largest = 0;
  let session = 0;
  let first = 0;
  let last = 0;
  for (const shift of shifts) {
    if (session > 0 && shift.time - last < 1000 && shift.time - first < 5000) {
      session += shift.value;
    } else {
      session = shift.value;
      first = shift.time;
    }
    last = shift.time;
    largest = Math.max(largest, session);
  }
  return largest;
}

/** The site's menu set to LANGUAGE on a page of its own (its words kept), then the HTTP cache emptied. */
async function chooseLanguage(context, url) {
  const earlier = await context.newPage();
  await earlier.goto(url);
  await earlier.locator('#site-language').selectOption(LANGUAGE);
  await earlier.waitForFunction((lang) => document.documentElement.lang === lang, LANGUAGE);
  await earlier.waitForLoadState('networkidle');
  const cdp = await context.newCDPSession(earlier);
  await cdp.send('Network.clearBrowserCache');
  await earlier.close();
}

async function visit(browser, url, viewport) {
  const context = await browser.newContext({ locale: 'en-GB', viewport });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await throttleNetwork(context, page);
    if (LANGUAGE !== 'en') await chooseLanguage(context, url);
    await page.addInitScript(recordShifts);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // The elements are on screen (each has rendered past the program's loading notice) and nothing has moved for a while.
    await page.waitForFunction(
      () => [...document.querySelectorAll('mentor-program > *')].every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[part="notice"][role="status"]')),
    );
    for (let quiet = 0; quiet < 10; quiet += 1) {
      const count = await page.evaluate(() => window.__shifts.length);
      await page.waitForTimeout(SETTLE_MS);
      if ((await page.evaluate(() => window.__shifts.length)) === count) break;
    }
    return page.evaluate(() => window.__shifts);
  } finally {
    await context.close();
  }
}

function measure(checkout) {
  return withDemoInChromium({ checkout }, async (server, browser) => {
    await visit(browser, `${server.url}${PAGES[0]}`, VIEWPORTS.desktop);
    const results = [];
    for (const pagePath of PAGES) {
      for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
        const runs = [];
        for (let i = 0; i < RUNS; i += 1) runs.push(await visit(browser, `${server.url}${pagePath}`, viewport));
        const values = runs.map(cls);
        console.error(`[bench] layout shift: /${pagePath} ${viewportName}: ${values.map((v) => v.toFixed(4)).join(', ')}`);
        results.push({ page: `/${pagePath}`, viewport: viewportName, runs, values });
      }
    }
    return results;
  });
}

export async function run() {
  const variants = await forEachVariant(({ checkout }) => measure(checkout));
  const rows = [];
  const moved = [];
  for (let i = 0; i < variants[0].result.length; i += 1) {
    for (const { label, result } of variants) {
      const { page, viewport, runs, values } = result[i];
      const value = median(values);
      rows.push([page, viewport, label, value.toFixed(4), Math.max(...values).toFixed(4), value === 0 ? 'met' : 'NOT met']);
      if (value > 0) {
        const worst = runs[values.indexOf(Math.max(...values))];
        for (const shift of worst) moved.push([page, viewport, label, shift.time.toFixed(0), shift.value.toFixed(4), shift.sources.join(' ; ')]);
      }
    }
  }
  printTable(['page', 'width', 'build', 'CLS, median', 'worst run', 'target 0'], rows, ['left', 'left', 'left', 'right', 'right', 'left']);
  console.log(`\n${RUNS} first visits each, network at 150 ms and 1.6 Mbps; desktop 1280×800, phone 390×844; the site in ${LANGUAGE}.`);
  if (moved.length > 0) {
    console.log('\nWhat moved (the worst run of each page that shifts):\n');
    printTable(['page', 'width', 'build', 'at ms', 'shift', 'elements'], moved, ['left', 'left', 'left', 'right', 'right', 'left']);
  }
}
