// Interaction to Next Paint, as web-vitals computes it, from the Event Timing API: every event entry with
// an interactionId (durationThreshold 16 ms, Chromium's floor), grouped by interaction, each interaction as
// long as its longest event (input delay + handlers + until the next frame is painted). The INP of a few
// interactions (under 50) is the longest of them.

/* global PerformanceObserver, requestAnimationFrame -- these functions run in the page */
/** In the page, before anything else: records every interaction's duration in `window.__interactions`. */
export function recordInteractions() {
  window.__interactions = new Map();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const known = window.__interactions.get(entry.interactionId);
      if (!known || entry.duration > known.duration) {
        window.__interactions.set(entry.interactionId, {
          id: entry.interactionId,
          name: entry.name,
          start: entry.startTime,
          duration: entry.duration,
          // Where the time went: waiting for the main thread, the handlers, then rendering until the paint.
          inputDelay: entry.processingStart - entry.startTime,
          processing: entry.processingEnd - entry.processingStart,
          presentation: entry.startTime + entry.duration - entry.processingEnd,
        });
      }
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/**
 * Runs `action` (interactions with the page) and returns the interactions it made, once their entries are
 * in: Event Timing reports an interaction after its frame is painted, so this waits two frames and a moment.
 */
export async function interactionsOf(page, action) {
  const before = await page.evaluate(() => [...window.__interactions.keys()]);
  await action();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
  return page.evaluate((known) => [...window.__interactions.values()].filter((i) => !known.includes(i.id)), before);
}

/** The INP of these interactions (the longest: fewer than 50), 0 for none. */
export const inpOf = (interactions) => interactions.reduce((longest, i) => Math.max(longest, i.duration), 0);
