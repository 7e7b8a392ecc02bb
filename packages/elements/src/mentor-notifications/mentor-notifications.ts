import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { MentoringAdapter, MentoringChange, NotificationFeed, NotificationItem } from '@mentor-match/core';
import { MentorElement } from '../internal/mentor-element.ts';
import { safeHref } from '@mentor-match/core/safe-url';
import { isolatedContent } from '../internal/isolate.ts';
import { MentorNotificationOpenEvent } from '../events/notification-open.ts';
import { addMessages } from '../i18n/localize.ts';
import { notificationsEn } from '../i18n/notifications-en.ts';
import { featureLocales } from '../i18n/feature-locale.ts';

addMessages('en', notificationsEn);

/** The bell's words in the other languages, downloaded only when it is shown in one. */
const loadLocale = featureLocales('the bell', {
  fr: async () => (await import('../i18n/notifications-fr.ts')).notificationsFr,
  es: async () => (await import('../i18n/notifications-es.ts')).notificationsEs,
  de: async () => (await import('../i18n/notifications-de.ts')).notificationsDe,
  ar: async () => (await import('../i18n/notifications-ar.ts')).notificationsAr,
});

type Announcement = { key: 'notifications.allRead' | 'notifications.markedRead' } | { key: 'notifications.arrived'; count: number };

/**
 * The signed-in member's notifications: a bell button whose name says how many are unread, opening the list
 * of what happened (a request received, answered or expired, reminders, nudges, the program office's actions,
 * replies to their reports), newest first, each linked to the page of the society's site where they act on it
 * (the program's settings name each page). The same notifications as the member's emails, in the same words.
 * Mark one read, or all; a new one is announced as it arrives, with the rest of the page in step (the
 * program's change feed). An adapter without notifications: nothing is shown.
 *
 * @summary A bell with the unread count and the list of what happened, each with its link.
 *
 * @csspart bell - The bell button (`aria-expanded`; its name holds the unread count).
 * @csspart count - The unread count on the bell (hidden at zero).
 * @csspart panel - The list's panel, shown under the bell when open.
 * @csspart heading - The panel's heading.
 * @csspart mark-all - The "Mark all as read" button.
 * @csspart list - The list of notifications.
 * @csspart item - One notification (also `unread` while unread).
 * @csspart link - A notification's link to its page.
 * @csspart mark-read - An unread notification's "Mark as read" button.
 * @csspart status - The polite live region announcing arrivals and what was marked read.
 * @csspart notice - Loading, and the program's own messages.
 * @csspart preferences - The link to the program's email preferences page (settings `pages.preferences`), when it has one.
 *
 * @cssproperty --mentor-notifications-panel-inline-size - The panel's width. Default `min(24rem, calc(100vw - 1rem))`.
 * @cssproperty --mentor-notifications-count-background - The count's background. Default `var(--mentor-color-danger)`.
 * @cssproperty --mentor-notifications-z-index - The panel's stacking above the page. Default `10`.
 *
 * @event {MentorNotificationOpenEvent} mentor-notification-open - The member opened a notification's link (`notificationId`, `kind`, `link`, `mentorshipId`); cancelable, for a page that routes itself.
 */
export class MentorNotifications extends MentorElement {
  static override properties: PropertyDeclarations = {
    open: { state: true, attribute: false },
    feed: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    actionError: { state: true, attribute: false },
  };

  static override styles = [
    ...MentorElement.styles,
    css`
      :host {
        display: inline-block;
        position: relative;
      }
      .placeholder {
        display: inline-block;
        inline-size: 2.75rem;
        block-size: 2.75rem;
        vertical-align: top;
      }
      [part='bell'] {
        position: relative;
        display: inline-grid;
        place-items: center;
        inline-size: 2.75rem;
        block-size: 2.75rem;
        padding: 0;
        border: 1px solid var(--_border);
        border-radius: 50%;
        background: var(--_surface);
        color: var(--_text);
        cursor: pointer;
      }
      [part='bell'][aria-expanded='true'] {
        border-color: var(--_accent);
        color: var(--_accent);
      }
      svg {
        inline-size: 1.4rem;
        block-size: 1.4rem;
        fill: currentColor;
      }
      [part='count'] {
        position: absolute;
        inset-block-start: -0.3rem;
        inset-inline-end: -0.3rem;
        min-inline-size: 1.3rem;
        padding-inline: 0.3rem;
        border-radius: 0.65rem;
        background: var(--mentor-notifications-count-background, var(--_danger));
        color: var(--_on-accent);
        font-size: 0.75rem;
        font-weight: 700;
        line-height: 1.3rem;
        text-align: center;
      }
      [part='panel'] {
        position: absolute;
        inset-block-start: calc(100% + 0.4rem);
        inset-inline-end: 0;
        z-index: var(--mentor-notifications-z-index, 10);
        inline-size: var(--mentor-notifications-panel-inline-size, min(24rem, calc(100vw - 1rem)));
        max-block-size: min(70vh, 32rem);
        overflow: auto;
        padding: calc(var(--_space) * 0.75);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.2);
      }
      /* On a phone the panel, anchored to the bell, would start off screen wherever the bell is not at the
         viewport's edge (WCAG 1.4.10): there it spans the viewport, just under the bell (its static position). */
      @media (max-width: 30rem) {
        [part='panel'] {
          position: fixed;
          inset-block-start: auto;
          inset-inline: 0.5rem;
          inline-size: auto;
        }
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
        margin-block-end: 0.5rem;
      }
      h2 {
        margin: 0;
        font-size: 1.1rem;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      [part~='item'] {
        display: grid;
        gap: 0.25rem;
        padding-block: 0.6rem;
        padding-inline-start: 0.75rem;
        border-block-start: 1px solid var(--_border);
        border-inline-start: 4px solid transparent;
      }
      [part~='unread'] {
        border-inline-start-color: var(--_accent);
        font-weight: 600;
      }
      [part='link'] {
        color: var(--_accent);
        overflow-wrap: anywhere;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.75rem;
        color: var(--_muted);
        font-size: 0.875rem;
        font-weight: 400;
      }
      .meta .button {
        min-block-size: 2.25rem;
        padding-block: 0.2em;
        font-size: 0.875rem;
      }
      p {
        margin: 0;
      }
      .preferences {
        padding-block-start: 0.6rem;
        border-block-start: 1px solid var(--_border);
      }
      [part='preferences'] {
        color: var(--_accent);
      }
      @media (forced-colors: active) {
        [part='bell'],
        [part='panel'] {
          border: 1px solid CanvasText;
        }
        [part='count'] {
          border: 1px solid CanvasText;
          forced-color-adjust: none;
          background: Highlight;
          color: HighlightText;
        }
        [part~='unread'] {
          border-inline-start-color: Highlight;
        }
      }
    `,
  ];

  private open = false;
  private feed: NotificationFeed | undefined;
  private announcement: Announcement | undefined;
  private busy = false;
  private actionError: unknown;

  readonly #feed = new Task<[MentoringAdapter | undefined], NotificationFeed | undefined>(this, {
    task: async ([adapter], { signal }) => {
      if (!adapter?.listNotifications) return undefined;
      const next = await adapter.listNotifications({ signal });
      const before = this.feed;
      // Only what arrives while the member is on the page is announced, not what was there when it opened.
      if (before && next.unread > before.unread) this.announcement = { key: 'notifications.arrived', count: next.unread - before.unread };
      this.feed = next;
      return next;
    },
    args: () => [this.program?.adapter],
  });

  protected override onMentoringChange(change: MentoringChange): void {
    if (change.kind === 'notification' || change.kind === 'program') void this.#feed.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    loadLocale(this.i18n.lang);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.open = false;
  }

  protected override render(): TemplateResult | typeof nothing {
    // While the program loads, the bell holds its own size and says nothing: a "Loading…" line in a page's
    // header would push what is below it down, then up again (layout shift).
    if (!this.providerMissing && !this.program?.error && !this.program?.settings) return html`<span class="placeholder"></span>`;
    const gate = this.renderProgramGate();
    if (gate) return gate;
    if (!this.program?.adapter.listNotifications) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    const unread = this.feed?.unread ?? 0;
    return html`
      <button type="button" part="bell" aria-expanded=${String(this.open)} aria-controls="panel" @click=${this.#toggle} @keydown=${this.#onKeydown}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        <span class="visually-hidden">${this.feed ? t('notifications.button', unread) : t('notifications.heading')}</span>
        ${unread > 0 ? html`<span part="count" aria-hidden="true">${this.i18n.number(unread)}</span>` : nothing}
      </button>
      <p part="status" class="visually-hidden" role="status">${this.#announcementText()}</p>
      ${this.open ? this.#renderPanel() : nothing}
    `;
  }

  #renderPanel(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const feed = this.feed;
    const body = (): TemplateResult => {
      if (this.#feed.status === TaskStatus.ERROR && !feed) return this.renderError(this.#feed.error, () => void this.#feed.run());
      if (!feed) return html`<p part="notice" class="muted">${t('notifications.loading')}</p>`;
      if (feed.items.length === 0) return html`<p part="notice">${t('notifications.empty')}</p>`;
      return html`<ul part="list">${feed.items.map((item) => this.#renderItem(item))}</ul>`;
    };
    const none = (feed?.unread ?? 0) === 0;
    return html`<section id="panel" part="panel" aria-labelledby="heading" @keydown=${this.#onKeydown}>
      <header>
        <h2 id="heading" part="heading">${t('notifications.heading')}</h2>
        ${feed && feed.items.length > 0
          ? html`<button type="button" class="button" part="mark-all" aria-disabled=${String(none || this.busy)} @click=${this.#markAll}>
              ${t('notifications.markAll')}
            </button>`
          : nothing}
      </header>
      ${this.actionError ? this.renderError(this.actionError) : nothing}
      ${body()}
      ${this.#preferencesLink()}
    </section>`;
  }

  /** The program's email preferences page (settings `pages.preferences`), when it names one. */
  #preferencesLink(): TemplateResult | typeof nothing {
    const href = safeHref(this.program?.settings?.pages?.preferences);
    return href ? html`<p class="preferences"><a part="preferences" href=${href}>${this.i18n.t('notifications.preferences')}</a></p>` : nothing;
  }

  #renderItem(item: NotificationItem): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const href = item.link ? safeHref(item.link) : undefined;
    const titleId = `title-${item.id}`;
    const title = href
      ? html`<a id=${titleId} part="link" href=${href} @click=${(event: MouseEvent) => this.#opened(event, item, href)}>${isolatedContent(item.title)}</a>`
      : html`<span id=${titleId}>${isolatedContent(item.title)}</span>`;
    return html`<li part=${item.read ? 'item' : 'item unread'}>
      ${title}
      <p class="meta">
        ${item.read ? nothing : html`<span>${t('notifications.unread')}</span>`}
        <time datetime=${item.at}>${this.i18n.date(item.at)}</time>
        ${item.read
          ? nothing
          : html`<button type="button" class="button" part="mark-read" aria-describedby=${titleId} aria-disabled=${String(this.busy)}
              @click=${() => void this.#markRead(item)}>${t('notifications.markRead')}</button>`}
      </p>
    </li>`;
  }

  #announcementText(): string {
    const a = this.announcement;
    if (!a) return '';
    return a.key === 'notifications.arrived' ? this.i18n.t(a.key, a.count) : this.i18n.t(a.key);
  }

  #toggle = (): void => {
    this.open = !this.open;
    if (this.open) void this.#feed.run();
  };

  /** Escape closes the list, from the bell or from inside it, and the bell keeps the focus. */
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.#bell()?.focus();
  };

  #bell(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('[part="bell"]');
  }

  #opened(event: MouseEvent, item: NotificationItem, href: string): void {
    if (!item.read) void this.#mark({ ids: [item.id] });
    const open = new MentorNotificationOpenEvent(item.id, item.kind, href, item.mentorshipId);
    this.dispatchEvent(open);
    if (open.defaultPrevented) event.preventDefault();
  }

  async #markRead(item: NotificationItem): Promise<void> {
    if (this.busy) return;
    if (await this.#mark({ ids: [item.id] })) {
      this.announcement = { key: 'notifications.markedRead' };
      // Its button is gone: the focus goes to the notification's own link (or the list's heading).
      await this.updateComplete;
      (this.renderRoot.querySelector<HTMLElement>(`#title-${CSS.escape(item.id)}[href]`) ?? this.#bell())?.focus();
    }
  }

  #markAll = async (): Promise<void> => {
    if (this.busy || (this.feed?.unread ?? 0) === 0) return;
    if (await this.#mark({})) this.announcement = { key: 'notifications.allRead' };
  };

  async #mark(input: { ids?: string[] }): Promise<boolean> {
    const adapter = this.program?.adapter;
    if (!adapter?.markNotificationsRead) return false;
    this.busy = true;
    this.actionError = undefined;
    try {
      this.feed = await adapter.markNotificationsRead(input);
      return true;
    } catch (error) {
      this.actionError = error;
      return false;
    } finally {
      this.busy = false;
    }
  }
}
