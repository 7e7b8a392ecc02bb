// The one localisation layer: every visible string comes from a catalog through `Localize`.
// English is built in, a part at a time: the common strings here, and each element's own strings when its
// module is imported (`addMessages('en', …)`), so a page holds the English of the elements it uses only.
// Other catalogs register themselves (the loader imports them when the page's language asks for one).
// A key is looked up in the page language's catalog, then in English. Every element re-renders when a
// catalog arrives or `lang` changes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { commonEn, type Messages } from './en.ts';

export type { Messages };
type MessageKey = keyof Messages;
type Args<K extends MessageKey> = Messages[K] extends (...args: infer A) => string ? A : [];
type Message = string | ((...args: unknown[]) => string);

const english: Partial<Messages> = { ...commonEn };
const catalogs = new Map<string, Partial<Messages>>([['en', english]]);
const hosts = new Set<ReactiveControllerHost>();

/** Right-to-left scripts; `dir` on the page wins when set. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ku', 'sd', 'ug']);

/** Adds strings to a language's catalog (an element's English when its module is imported). */
export function addMessages(lang: string, messages: Partial<Messages>): void {
  const tag = lang.toLowerCase();
  const catalog = catalogs.get(tag);
  if (catalog) Object.assign(catalog, messages);
  else catalogs.set(tag, { ...messages });
  for (const host of hosts) host.requestUpdate();
}

/** Registers a whole catalog for a language; a key it lacks is shown in English. */
export function registerLocale(lang: string, messages: Messages): void {
  addMessages(lang, messages);
}

export const registeredLocales = (): string[] => [...catalogs.keys()];

/** The catalog for a BCP-47 tag: exact (`fr-ca`), then base language (`fr`), then English. */
export function catalogFor(lang: string): Partial<Messages> {
  const tag = lang.toLowerCase();
  return catalogs.get(tag) ?? catalogs.get(tag.split('-')[0] ?? '') ?? english;
}

/** Walks up from an element through shadow roots to the nearest `attr`. */
function closestAttribute(start: Element, attr: string): string | null {
  let node: Element | null = start;
  while (node) {
    const found: Element | null = node.closest(`[${attr}]`);
    if (found) return found.getAttribute(attr);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

let observer: MutationObserver | undefined;
function watchDocument(): void {
  if (observer) return;
  // A page that switches language or direction (a CMS language menu) re-renders every element.
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

export class Localize implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    watchDocument();
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  /** The language in force for this element: the nearest `lang`, else the browser's. */
  get lang(): string {
    return closestAttribute(this.#host, 'lang') || navigator.language || 'en';
  }

  get dir(): 'ltr' | 'rtl' {
    const dir = closestAttribute(this.#host, 'dir');
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return RTL_LANGUAGES.has(this.lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
  }

  t<K extends MessageKey>(key: K, ...args: Args<K>): string {
    // Per key: a catalog may lack a key (one registered in part, or older than an element), and English
    // has every key of the elements imported. undefined for a key nobody has (elements probing computed
    // keys rely on it).
    const message = (catalogFor(this.lang)[key] ?? english[key]) as Message;
    return typeof message === 'function' ? message(...args) : message;
  }

  /** A date (`2026-12-23`) or instant in the member's language. */
  date(value: string | Date, style: 'medium' | 'long' | 'short' = 'medium'): string {
    const date = typeof value === 'string' && value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
    return new Intl.DateTimeFormat(this.lang, { dateStyle: style, timeZone: 'UTC' }).format(date);
  }

  /** A time of day in another time zone (a mentor's local time). */
  time(at: Date, timeZone: string): string {
    return new Intl.DateTimeFormat(this.lang, { timeStyle: 'short', timeZone }).format(at);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang, options).format(value);
  }

  /** "French, English and Swahili". */
  list(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return new Intl.ListFormat(this.lang, { style: 'long', type }).format(items);
  }

  /** A language's name in the member's language (`fr` → "French" / "français"). */
  languageName(code: string): string {
    return displayName(this.lang, 'language', code);
  }

  /** A country's name in the member's language (`KE` → "Kenya"). */
  regionName(code: string): string {
    return displayName(this.lang, 'region', code);
  }
}

const displayNames = new Map<string, Intl.DisplayNames>();
function displayName(lang: string, type: 'language' | 'region', code: string): string {
  const key = `${lang}|${type}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type, fallback: 'code' });
    displayNames.set(key, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
