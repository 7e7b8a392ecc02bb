// The one localisation layer: every visible string comes from a catalog through `Localize`.
// English is built in, a section at a time: the common strings here, and each element's own section of
// en.ts when its module is imported (`addMessages('en', …)`), so a page holds the English of the elements
// it uses only. Other catalogs register themselves (the loader imports them when the page's language asks
// for one). A key is looked up in the page language's catalog, then in English. Every element re-renders
// when a catalog arrives or `lang` changes. Numbers, plural forms and durations are Intl's, for the
// element's language (format.ts): each message function is handed a `Format` after its own arguments.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ErrorCode, ErrorReason, MeetingMode } from '@mentor-match/core';
import { commonEn, type MessageArgs, type Messages, type OfficeMessages } from './en.ts';
import type { AllMessages } from './all-messages.ts';
import { formatFor, type Format } from './format.ts';

export type { AllMessages, Format, Messages, OfficeMessages };
export type MessageKey = keyof AllMessages;
/** The keys of plain-text messages (no arguments): what a key computed from data may turn out to be. */
export type TextKey = { [K in MessageKey]: AllMessages[K] extends string ? K : never }[MessageKey];
type Message = string | ((...args: unknown[]) => string);

const english: Partial<AllMessages> = { ...commonEn };
const catalogs = new Map<string, Partial<AllMessages>>([['en', english]]);
const hosts = new Set<ReactiveControllerHost>();

/**
 * The errors and refusals shown only once something went wrong (en.ts `errorsEn`): their English is
 * downloaded the first time one is asked for (and by <mentor-program>'s cache when a call fails, so it is
 * there when the error renders). Until it arrives the sentence is empty, and every element renders again
 * when it does; if it cannot be downloaded, the network's sentence stands in (nothing more can load), and
 * it is asked for again when a call fails next. (`load`: for a test to make the download fail.)
 */
let errorSentences: Promise<void> | undefined;
let errorSentencesFailed = false;
export const loadErrorSentences = (load: () => Promise<unknown> = () => import('./error-sentences.ts')): Promise<void> =>
  (errorSentences ??= load().then(
    () => {
      errorSentencesFailed = false;
    },
    (error: unknown) => {
      errorSentences = undefined;
      errorSentencesFailed = true;
      console.error('mentor-match: could not load the English error messages.', error);
      for (const host of hosts) host.requestUpdate();
    },
  ));

/** Keys for the catalogs, so code can name them from data (an error code, a meeting mode). */
export const errorKey = (code: ErrorCode) => `error.${code}` as const;
export const reasonKey = (reason: ErrorReason) => `reason.${reason}` as const;
export const meetingModeKey = (mode: MeetingMode) => `meetingMode.${mode}` as const;

/** Adds strings to a language's catalog (an element's English section when its module is imported). */
export function addMessages(lang: string, messages: Partial<AllMessages>): void {
  const tag = lang.toLowerCase();
  const catalog = catalogs.get(tag);
  if (catalog) Object.assign(catalog, messages);
  else catalogs.set(tag, { ...messages });
  for (const host of hosts) host.requestUpdate();
}

/**
 * Registers a whole catalog for a language; typed as `Messages` (or the office's `OfficeMessages`), so it has
 * every key English has.
 */
export function registerLocale(lang: string, messages: Messages | OfficeMessages): void {
  addMessages(lang, messages);
}

export const registeredLocales = (): string[] => [...catalogs.keys()];

/** The catalog for a BCP-47 tag: exact (`fr-ca`), then base language (`fr`), then English. */
function catalogFor(lang: string): Partial<AllMessages> {
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
  // A page that switches language (a CMS language menu) re-renders every element. Direction needs no
  // update: `dir` reaches the shadow roots through inheritance, and the styles use logical properties.
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export class Localize implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** The language this update renders in: read from the page once per update, not once per string. */
  #lang: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    watchDocument();
    this.#lang = undefined; // moved in the page: perhaps under another `lang`
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  /**
   * Before each render. A page changing `lang`, or a catalog arriving, requests an update; between
   * updates (in an event handler) the last update's language holds.
   */
  hostUpdate(): void {
    this.#lang = undefined;
  }

  /** The language in force for this element: the nearest `lang`, else the browser's. */
  get lang(): string {
    return (this.#lang ??= closestAttribute(this.#host, 'lang') || navigator.language || 'en');
  }

  t<K extends MessageKey>(key: K, ...args: MessageArgs<AllMessages[K]>): string {
    // Per key: a catalog may lack a key (one registered in part, or older than an element), and English
    // has every key of the elements imported. The key itself is the last resort: visible, and searchable.
    const message = (catalogFor(this.lang)[key] ?? english[key] ?? (/^(error|reason)\./.test(key) ? laterError() : key)) as Message;
    return typeof message === 'function' ? message(...args, this.format) : message;
  }

  /** Numbers, plural forms and durations in this element's language (what message functions are given). */
  get format(): Format {
    return formatFor(this.lang);
  }

  /**
   * Whether `key` names a plain-text message: for a key computed from data (a field named by a schema
   * path), so that `t(key)` is then type-checked like any other.
   */
  has(key: string): key is TextKey {
    return typeof english[key as MessageKey] === 'string';
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

  number(value: number): string {
    return this.format.number(value);
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

/** An error's sentence not downloaded yet: nothing while it comes, the network's if it cannot. */
function laterError(): string {
  // Asked for again only when a call fails next (the cache), not by every render of the stand-in.
  if (errorSentencesFailed) return english['error.network']!;
  void loadErrorSentences();
  return '';
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
