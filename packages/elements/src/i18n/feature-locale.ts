// A feature's own catalogs in the other languages (one module each: cohort-fr.ts, workspace-fr.ts, notifications-fr.ts,
// preferences-fr.ts …),
// downloaded the first time one of its elements is shown in that language: a page without the feature never
// downloads them. English is added by the feature's element module itself.
import { addMessages, type AllMessages } from './localize.ts';

/** Loads `lang`'s (a BCP-47 tag) catalog of the feature once; every element re-renders when it arrives. */
export function featureLocales(feature: string, loaders: Readonly<Record<string, () => Promise<Partial<AllMessages>>>>): (lang: string) => void {
  const requested = new Set<string>();
  return (lang) => {
    const base = lang.toLowerCase().split('-')[0] ?? '';
    const load = loaders[base];
    if (!load || requested.has(base)) return;
    requested.add(base);
    load().then((messages) => addMessages(base, messages)).catch((error: unknown) => {
      requested.delete(base);
      console.error(`mentor-match: could not load the ${base} strings of ${feature}.`, error);
    });
  };
}
