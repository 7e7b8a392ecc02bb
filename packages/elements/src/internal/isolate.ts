// Text that is not the catalog's own, inside a translated sentence: a member's name, their own words (a reason,
// a reply), a cohort's name, a word shown in the program's language for want of the page's. Its direction is
// its own, not the sentence's: a Latin name ending in punctuation inside an Arabic sentence ("طلب من Ada (PhD).")
// would otherwise pull the sentence's punctuation to the wrong side, and an Arabic name in an English sentence
// would reorder the words around it (WCAG 1.3.2, 3.1.2). The one rule, in one place: in content, such text goes
// in a `<bdi>` (with `lang` where its language is known); where no element can go (an attribute, an `<option>`,
// a live region's text kept as a string), it goes between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
import { html, nothing, type TemplateResult } from 'lit';
import type { AllMessages, Localize, MessageKey } from '../i18n/localize.ts';
import type { MessageArgs } from '../i18n/en.ts';

/** Outside text in an element's content: isolated, and marked with its language where known. */
export const bdi = (text: string, lang: string | typeof nothing = nothing): TemplateResult => html`<bdi lang=${lang}>${text}</bdi>`;

/** Outside text in a string (an attribute, an option, an announcement): isolated by FSI … PDI. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/**
 * Text worded elsewhere with FSI … PDI around its outside words (the bell's titles, from core's `renderNotification`
 * with `isolate`): each such span as a `<bdi>`, so no control character reaches the accessible name.
 */
export const isolatedContent = (text: string): unknown[] =>
  text.split(/\u2068([^\u2068\u2069]*)\u2069/).map((part, i) => (i % 2 ? bdi(part) : part));

/** What may stand for a message's text argument in `sentence`: text as is, or marked-up content. */
type Placed<A extends readonly unknown[]> = { [I in keyof A]: A[I] extends string ? string | TemplateResult | readonly unknown[] : A[I] };

// Content goes into a sentence by a mark in the text where it belongs (the item's index between two private-use
// characters, which no catalog holds), written by the catalog or Intl, and then replaced by the item itself:
// so each language keeps its own order around it.
/** The mark that stands for `items[index]` in `place`. */
export const mark = (index: number): string => `\ue000${index}\ue001`;

/** `text` with each mark replaced by the item it names. */
export const place = (text: string, items: readonly unknown[]): unknown[] =>
  text.split(/\ue000(\d+)\ue001/).map((part, i) => (i % 2 ? items[+part] : part));

/** A message from the catalog with content (a `bdi()`, a list of marked words) where its arguments go. */
export const sentence = <K extends MessageKey>(i18n: Localize, key: K, ...args: Placed<MessageArgs<AllMessages[K]>>): unknown[] =>
  place((i18n.t as (key: K, ...args: unknown[]) => string)(key, ...(args as unknown[]).map((arg, i) => (typeof arg == 'object' ? mark(i) : arg))), args);
