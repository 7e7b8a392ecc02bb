// The rarer parts of the card and of the search that shows cards, in one module (rare-parts.ts) downloaded the
// first time a card shows a badge that cannot be used or announces a sent request, or a search finds nobody:
// most cards a member sees can be asked, and most searches find someone. One file for all of them, so a page
// pays for its import once.
import { addMessages } from '../i18n/localize.ts';

type RareParts = typeof import('./rare-parts.ts');

/** The download (`load`: for a test to make it fail) and, once it arrived, the parts. */
export const rarePartsDownload: { load: () => Promise<RareParts>; parts?: RareParts } = {
  load: () => import('./rare-parts.ts'),
};

let loading: Promise<void> | undefined;

/**
 * The rare parts if they are here; otherwise undefined, and every element renders again once they arrive (their
 * words join the catalog): meanwhile an element shows the state without its words. If they cannot be downloaded,
 * the web team is told, and the next render that needs them asks again: not at once, so a page offline does not
 * ask in a loop.
 */
export function rareParts(): RareParts | undefined {
  const { parts } = rarePartsDownload;
  if (!parts) {
    loading ??= rarePartsDownload.load().then(
      (arrived) => {
        loading = undefined;
        rarePartsDownload.parts = arrived;
        addMessages('en', arrived.english);
      },
      (error: unknown) => {
        loading = undefined;
        console.error('mentor-match: could not load the words of the cards\' and the search\'s rarer states.', error);
      },
    );
  }
  return parts;
}
