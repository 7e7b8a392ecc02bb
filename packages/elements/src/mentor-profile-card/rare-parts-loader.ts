// The rarer parts of the card and of the search that shows cards, in one module (rare-parts.ts) downloaded the
// first time a card shows a badge that cannot be used or announces a sent request, or a search finds nobody:
// most cards a member sees can be asked, and most searches find someone. One file for all of them, so a page
// pays for its import once.
import type { ReactiveControllerHost } from 'lit';

type RareParts = typeof import('./rare-parts.ts');

/** The download (`load`: for a test to make it fail) and, once it arrived, the parts. */
export const rarePartsDownload: { load: () => Promise<RareParts>; parts?: RareParts } = {
  load: () => import('./rare-parts.ts'),
};

let loading: Promise<void> | undefined;
const waiting = new Set<ReactiveControllerHost>();

/**
 * The rare parts if they are here; otherwise undefined, and `host` renders again once they arrive (meanwhile
 * it shows the state without its words). If they cannot be downloaded, the web team is told, and the next
 * render that needs them asks again: not at once, so a page offline does not ask in a loop.
 */
export function rareParts(host: ReactiveControllerHost): RareParts | undefined {
  const { parts } = rarePartsDownload;
  if (parts) return parts;
  waiting.add(host);
  loading ??= rarePartsDownload.load().then(
    (arrived) => {
      rarePartsDownload.parts = arrived;
      for (const waiter of waiting) waiter.requestUpdate();
    },
    (error: unknown) => console.error('mentor-match: could not load the words of the cards\' and the search\'s rarer states.', error),
  ).finally(() => {
    loading = undefined;
    waiting.clear();
  });
  return undefined;
}
