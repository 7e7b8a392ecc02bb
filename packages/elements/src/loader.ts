// The page loader: the one script a CMS page includes (`<script type="module" src="…/mentor-match.js">`).
// It defines the `mentor-*` tags the page uses, and only those: each tag's module is a chunk of its own,
// imported when the tag is first seen in the document, now or later (a CMS or a page script adding the
// widget after load). A language's strings are downloaded only when one of those elements is shown in it:
// the element's nearest `lang` counts, not any `lang` on the page (a language menu's `<option lang="fr">`
// on an English page downloads no French).
//
// Every file a tag needs is asked for at once (the tags are defined after the page's own scripts have run), with the adapter's that `<mentor-program api>` or
// `<mentor-program demo>` will import (module preloads, from CHUNKS): the browser would otherwise learn each
// chunk's imports only once the chunk before had arrived, a round trip each.
//
// ELEMENTS is the one place where tags are listed: adding an element is adding a line here (a test
// fails while an element folder with a committed define.ts is missing from it).
import { LOCALES } from './i18n/locales.ts';

/** Each public tag and the module that registers it (its define file, which pulls in its class). */
export const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'mentor-program': () => import('./mentor-program/define.ts'),
  'mentor-search': () => import('./mentor-search/define.ts'),
  'mentor-profile-card': () => import('./mentor-profile-card/define.ts'),
  'mentor-availability-toggle': () => import('./mentor-availability-toggle/define.ts'),
  'mentor-relationships-console': () => import('./mentor-relationships-console/define.ts'),
  'mentor-enrollment': () => import('./mentor-enrollment/define.ts'),
  'mentor-program-office': () => import('./mentor-program-office/define.ts'),
  'mentor-cohort-application': () => import('./mentor-cohort-application/define.ts'),
  'mentor-notifications': () => import('./mentor-notifications/define.ts'),
  'mentor-notification-preferences': () => import('./mentor-notification-preferences/define.ts'),
};

/** Catalogs other than English (built in), by base language; each registers itself when imported. */
export { LOCALES };

/**
 * The files each tag's module needs, and each adapter's (`api`: the REST adapter, `demo`: the demo program),
 * relative to this script. The CDN build writes them in (scripts/build.mjs, `chunkPreloads`); in the
 * ES-module build the object stays as written and nothing is preloaded (an application's bundler has its own
 * way).
 */
const CHUNKS: Readonly<Record<string, readonly string[] | undefined>> = { __chunks__: [] };

const requested = new Map<string, Promise<unknown>>();

// Tags are defined once the page's own scripts have run (module and deferred scripts all run before
// DOMContentLoaded): a script after this one that gives a program its getToken has done so before any element
// upgrades and asks the API. So a page may put this script first, and its files start downloading at once.
const pageScriptsRan = new Promise((resolve) =>
  (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart === 0
    ? addEventListener('DOMContentLoaded', resolve, { once: true })
    : resolve(0));
const preloaded = new Set<string>();

/** Starts downloading `key`'s files now, all at once; the imports that need them find them on their way. */
function preload(key: string): void {
  for (const file of CHUNKS[key] ?? []) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

/** Imports a tag's or a locale's module once; a failure is reported and may be retried later. */
function load(key: string, importer: () => Promise<unknown>): Promise<unknown> {
  let loading = requested.get(key);
  if (!loading) {
    loading = importer().catch((error: unknown) => {
      requested.delete(key);
      console.error(`mentor-match: could not load ${key}.`, error);
    });
    requested.set(key, loading);
  }
  return loading;
}

const TAGS = Object.keys(ELEMENTS);
const TAG_SELECTOR = TAGS.join(',');

/**
 * What the `mentor-*` elements in `root` (itself included) need: their tags; the base languages they are shown
 * in, each element's nearest `lang`, else the browser's, as the elements themselves read it
 * (i18n/localize.ts); and the adapters their `<mentor-program>`s will import, as its attributes say (`api`
 * wins). The loader sees the light DOM only, where `closest` finds that `lang`; elements inside a shadow root
 * render in their host's language, which is counted with the host.
 */
function scan(root: Element | Document): void {
  const tags = new Set<string>();
  const languages = new Set<string>();
  const adapters = new Set<string>();
  const elements = [...root.querySelectorAll(TAG_SELECTOR)];
  if (root instanceof Element && root.localName in ELEMENTS) elements.push(root);
  for (const element of elements) {
    tags.add(element.localName);
    const lang = element.closest('[lang]')?.getAttribute('lang') || navigator.language;
    languages.add(lang.trim().toLowerCase().split('-')[0]!);
    if (element.localName === 'mentor-program') {
      if (element.hasAttribute('api')) adapters.add('api');
      else if (element.hasAttribute('demo')) adapters.add('demo');
    }
  }
  for (const tag of tags) if (!requested.has(tag)) preload(tag);
  for (const adapter of adapters) preload(adapter);
  for (const tag of tags) void load(tag, () => pageScriptsRan.then(ELEMENTS[tag]!));
  for (const lang of languages) {
    const locale = LOCALES[lang];
    if (locale) void load(`locale ${lang}`, locale);
  }
}

/** Defines the tags already on the page and keeps watching for tags and languages added later. */
export function startLoader(root: Document = document): MutationObserver {
  scan(root);
  const observer = new MutationObserver((records) => {
    // Everything requested: nothing left to watch for.
    if (requested.size === TAGS.length + Object.keys(LOCALES).length) return observer.disconnect();
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof Element) scan(record.target);
        continue;
      }
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(root.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['lang', 'api', 'demo'] });
  return observer;
}

startLoader();
