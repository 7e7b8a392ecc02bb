import { css, html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { MemberView, MentoringAdapter, MentoringChange, Mentorship, Relation, Role, SearchHit } from '@mentor-match/core';
import type { RequestRefusal } from '@mentor-match/core/request-guards';
import { placesLeft } from '@mentor-match/core/request-guards';
import { MentorElement } from '../internal/mentor-element.ts';
import { avatar, avatarStyles } from '../internal/avatar.ts';
import { MentorProfileOpenEvent } from '../events/profile-open.ts';
import type { MentorRequestSentEvent } from '../events/request-sent.ts';
import { badgeRefusal, type BadgeFacts } from './badge.ts';
import { rareParts } from './rare-parts-loader.ts';
import { locationLine, reasonText } from './describe.ts';
import { topicWord } from '../internal/program-words.ts';
import type { MentorProfileDialog } from './profile-dialog.ts';
import type { MentorRequestForm } from './request-form.ts';
import { addMessages } from '../i18n/localize.ts';
import { cardEn } from '../i18n/en.ts';
import { isolate } from '../internal/isolate.ts';

// This element's English strings join the catalog when it is imported (the page's other elements' do not).
addMessages('en', cardEn);

/**
 * The card's dialogs, each a module of its own imported the first time a member opens it: a page shows
 * many cards and opens few, so neither is in the page's first download.
 */
const DIALOGS = {
  profile: { tag: 'mentor-profile-dialog', load: () => import('./profile-dialog-define.ts') },
  form: { tag: 'mentor-request-form', load: () => import('./request-form-define.ts') },
} as const;
type DialogName = keyof typeof DIALOGS;

/** The roles a card can present a member in (`show-as`). */
export const SHOW_AS = ['mentor', 'mentee'] as const satisfies readonly Role[];

/**
 * One member of the mentoring program: photo, name, headline, topics, location and local time,
 * languages, places left, why they match, and the request badge that opens the request form. When the
 * badge cannot be used it stays visible and says why (yourself, paused, full, already requested, …).
 *
 * Give it a search hit (`.hit`), a member (`.member`), or an id (`member-id`, loaded through the adapter).
 * Uses `<mentor-request-form>` and `<mentor-profile-dialog>`, which it imports and registers the first time
 * each is opened (the button says it is busy meanwhile).
 *
 * @summary A member's profile card with the mentoring request badge.
 *
 * @csspart card - The card's `<article>`.
 * @csspart photo - The photo, or the initials shown when there is none.
 * @csspart initials - The initials fallback.
 * @csspart name - The heading with the member's name (a button opening the full profile).
 * @csspart headline - The member's headline.
 * @csspart location - Place, local time and time difference to the viewer.
 * @csspart topics - The list of topics; each is a `topic`.
 * @csspart languages - The languages the member speaks.
 * @csspart places - Places left (mentors).
 * @csspart reasons - Why a search hit matches; each is a `reason`.
 * @csspart badge - The request badge (a button).
 * @csspart note - Beside the badge: why it cannot be used, or the pending request and its expiry date.
 * @csspart dialog - The profile and the request dialogs.
 * @csspart error - An error, in the card or the request dialog.
 * @csspart notice - Loading, or the missing-program message.
 *
 * @cssproperty --mentor-card-background - The card's background.
 * @cssproperty --mentor-card-border-color - The card's border colour.
 * @cssproperty --mentor-card-padding - Space inside the card.
 * @cssproperty --mentor-card-photo-size - The photo's width and height.
 * @cssproperty --mentor-dialog-background - The dialogs' background.
 * @cssproperty --mentor-ribbon-color - The border of the mentor ribbon, "Mentor · 3 mentorships completed" (a mentor
 *   with a completed mentorship); its words take the card's colour.
 *
 * @event {MentorProfileOpenEvent} mentor-profile-open - The member opened the full profile (a `MentorProfileOpenEvent`).
 * @event {MentorRequestSentEvent} mentor-request-sent - The member sent a request or invitation (a `MentorRequestSentEvent`).
 */
export class MentorProfileCard extends MentorElement {
  static override properties: PropertyDeclarations = {
    hit: { attribute: false },
    member: { attribute: false },
    memberId: { attribute: 'member-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    showAs: { attribute: 'show-as' },
    changes: { state: true, attribute: false },
    sent: { state: true, attribute: false },
    announced: { state: true, attribute: false },
    opened: { state: true, attribute: false },
    loadingDialog: { state: true, attribute: false },
    dialogError: { state: true, attribute: false },
  };

  static override styles = [
    ...MentorElement.styles,
    avatarStyles,
    css`
      article {
        display: flex;
        gap: var(--_space);
        padding: var(--mentor-card-padding, var(--_space));
        background: var(--mentor-card-background, var(--_surface));
        border: 1px solid var(--mentor-card-border-color, var(--_border));
        border-radius: var(--_radius);
        overflow-wrap: anywhere;
      }
      .body {
        flex: 1;
        min-inline-size: 0;
      }
      :host {
        --_photo-size: var(--mentor-card-photo-size, 4rem);
      }
      .initials {
        font-size: 1.25em;
      }
      [part='name'] {
        font-size: 1.15em;
      }
      .link {
        font-weight: 700;
        text-align: start;
      }
      p {
        margin-block: 0.25em;
      }
      [part='location'],
      [part='languages'],
      [part='places'] {
        color: var(--_muted);
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35em;
        list-style: none;
        padding: 0;
        margin-block: 0.5em;
      }
      li {
        padding: 0.1em 0.6em;
        border-radius: 1em;
        background: var(--_surface-2);
        font-size: 0.9em;
      }
      @media (forced-colors: active) {
        li {
          border: 1px solid CanvasText;
        }
      }
      [part='reason'] {
        border: 1px solid var(--_success);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
        margin-block-start: 0.75em;
      }
      [part='note']:empty {
        display: none;
      }
      [aria-busy='true'] {
        cursor: progress;
      }
    `,
  ];

  /** A search hit: the member, the score and the reasons they match. */
  hit: SearchHit | undefined;

  /** A member, as `adapter.getMember()` returns them. */
  member: MemberView | undefined;

  /** The id of a member to load through the adapter. */
  memberId: string | undefined;

  /**
   * The level of the heading with the member's name (1–6), so the card fits the host page's outline. The
   * elements' headings are `role="heading"` with this `aria-level`: one template for every level.
   */
  headingLevel = 3;

  /** Which of the member's roles the card presents; default: mentor if they are one. */
  showAs: Role | undefined;

  /** Changes seen since the member was given (0: show `.hit` / `.member` as given, no fetch). */
  private changes = 0;

  /** The request just sent, shown as pending until the member is fetched again. */
  private sent: Mentorship | undefined;

  /**
   * The expiry of the request the member just sent from this card, announced in a polite live region. The
   * note beside the badge is not one: a mentorship change refreshes every card on a page, and each would
   * speak at once. ('' when there is nothing to announce.)
   */
  private announced = '';
  /** Whom the announcement is about: a fresh copy of the same member (the refresh after a request) keeps it. */
  #announcedFor: string | undefined;

  /** The dialogs opened so far: each is rendered from the first time it is opened, so a page of cards stays light. */
  private opened: { [name in DialogName]?: true } = {};

  /** The dialog whose module is being downloaded (its button is busy meanwhile). */
  private loadingDialog: DialogName | null = null;

  /** Why a dialog's module could not be downloaded (shown beside the badge; another click tries again). */
  private dialogError: unknown;

  // Plain getters, not `@query`: the decorator's module would be on every page showing a card for these two.
  get #badge() {
    return this.renderRoot.querySelector<HTMLButtonElement>('[part~="badge"]');
  }
  get #nameButton() {
    return this.renderRoot.querySelector<HTMLButtonElement>('[part~="name"] button');
  }

  /** The member fetched by `member-id`, or fetched again after a change for a hit or member. */
  private readonly fetched = new Task(this, {
    args: () => [this.memberId ?? (this.changes ? this.#given?.id : undefined), this.program?.adapter, this.changes] as const,
    task: async ([id, adapter]: readonly [string | undefined, MentoringAdapter | undefined, number], { signal }) => {
      if (!id || !adapter) return initialState;
      return adapter.getMember(id, { signal });
    },
    onComplete: () => {
      this.sent = undefined;
    },
  });

  get #given(): MemberView | undefined {
    return this.hit?.member ?? this.member;
  }

  /** The member shown: loaded by id, or as given until a change made it fetch a fresher copy. */
  get #view(): MemberView | undefined {
    const fetched = this.fetched.value;
    if (this.memberId) return fetched?.id === this.memberId ? fetched : undefined;
    const given = this.#given;
    return this.changes && fetched && fetched.id === given?.id ? fetched : given;
  }

  #role(view: MemberView): Role {
    if (this.showAs && SHOW_AS.includes(this.showAs)) return this.showAs;
    return view.mentor ? 'mentor' : 'mentee';
  }

  #relation(view: MemberView): Relation | null {
    const sent = this.sent;
    if (view.relation || !sent || (sent.mentorId !== view.id && sent.menteeId !== view.id)) return view.relation;
    return { mentorshipId: sent.id, state: 'pending', viewerIsRequester: true, expiresAt: sent.expiresAt };
  }

  /** What decides whether the badge can be used; undefined until the program knows the viewer. */
  #badgeFacts(view: MemberView): BadgeFacts | undefined {
    const { settings, viewer } = this.program ?? {};
    return settings && viewer ? { view, role: this.#role(view), viewer, settings, relation: this.#relation(view) } : undefined;
  }

  /** Why the badge cannot be used, in core's terms; null when it can. */
  #refusal(view: MemberView): RequestRefusal | null {
    const facts = this.#badgeFacts(view);
    return facts ? badgeRefusal(facts) : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('hit') || changed.has('member') || changed.has('memberId')) {
      this.changes = 0;
      this.sent = undefined;
      if ((this.memberId ?? this.#given?.id) !== this.#announcedFor) this.announced = '';
    }
  }

  protected override onMentoringChange(change: MentoringChange): void {
    // A mentorship changing may fill the member's places or answer a request between us.
    if (change.kind === 'mentorship' || (change.kind === 'member' && change.id === this.#view?.id)) this.changes += 1;
  }

  protected override render() {
    const gate = this.renderProgramGate();
    if (gate) return gate;
    const view = this.#view;
    if (!view) {
      if (this.fetched.status === TaskStatus.ERROR) return this.renderError(this.fetched.error, () => void this.fetched.run());
      return this.memberId ? html`<p class="notice" part="notice" role="status">${this.i18n.t('card.loading')}</p>` : nothing;
    }
    const settings = this.program!.settings!;
    const { i18n } = this;
    const role = this.#role(view);
    const profile = view[role];
    const facts = this.#badgeFacts(view);
    const refusal = facts ? badgeRefusal(facts) : null;
    // The words of a refusal, and of an announcement, come with the card's rarer parts: the badge is refused
    // at once, and its reason follows when they arrive.
    const rare = refusal || this.announced ? rareParts() : undefined;
    const location = locationLine(i18n, view, this.program?.viewer?.member.timeZone);
    const reasons = this.hit?.member.id === view.id ? this.hit.reasons : [];
    return html`<article part="card" aria-labelledby="name">
        ${avatar(view, i18n.t('card.photoOf', isolate(view.name)), settings.photoOrigins)}
        <div class="body">
          <div role="heading" aria-level=${this.headingLevel} part="name" id="name">
            <button type="button" class="link" dir="auto" aria-haspopup="dialog" aria-busy=${this.#busy('profile')}
              @click=${() => this.#open('profile')}>${view.name}</button>
          </div>
          ${this.#ribbon(view.mentor?.completedMentorships)}
          ${view.headline ? html`<p part="headline" dir="auto" lang=${view.textLanguage ?? nothing}>${view.headline}</p>` : nothing}
          ${location ? html`<p part="location">${location}</p>` : nothing}
          ${profile?.topics.length
            ? html`<ul part="topics" aria-label=${i18n.t('card.topics')}>
                ${profile.topics.map((id) => topicWord(i18n, settings, id)).map(
                  (topic) => html`<li part="topic" dir="auto" lang=${topic.lang ?? nothing}>${topic.text}</li>`,
                )}
              </ul>`
            : nothing}
          ${view.languages?.length
            ? html`<p part="languages">${i18n.t('card.speaks', i18n.list(view.languages.map((code) => i18n.languageName(code))))}</p>`
            : nothing}
          ${role === 'mentor' && view.mentor
            ? html`<p part="places">${i18n.t('card.places', Math.max(0, placesLeft('mentor', view.mentor.capacity, view.mentor.activeMentees, 0, settings)), view.mentor.capacity)}</p>`
            : nothing}
          ${reasons.length
            ? html`<ul part="reasons" aria-label=${i18n.t('card.reasons')}>
                ${reasons.map((reason) => html`<li part="reason">${reasonText(i18n, settings, reason)}</li>`)}
              </ul>`
            : nothing}
          <div class="actions">
            <button type="button" part="badge" class="button primary" aria-haspopup="dialog"
              aria-disabled=${refusal ? 'true' : nothing} aria-describedby=${refusal ? 'note' : nothing}
              aria-busy=${this.#busy('form')} @click=${() => this.#open('form')}>
              ${i18n.t(role === 'mentor' ? 'card.requestAsMentor' : 'card.inviteAsMentee')}
            </button>
            <p part="note" id="note">${refusal && rare ? rare.badgeNote(i18n, facts!, refusal) : ''}</p>
          </div>
          ${this.dialogError === undefined ? nothing : this.renderError(this.dialogError)}
        </div>
        <p class="visually-hidden" role="status">${this.announced && rare ? i18n.t('card.requestSent', i18n.date(this.announced, 'long')) : ''}</p>
      </article>
      ${this.opened.profile
        ? html`<mentor-profile-dialog exportparts="dialog" .member=${view} @close=${() => this.#nameButton?.focus()}></mentor-profile-dialog>`
        : nothing}
      ${this.opened.form
        ? html`<mentor-request-form exportparts="dialog, error" .member=${view} .recipientRole=${role}
            @close=${() => this.#badge?.focus()} @mentor-request-sent=${this.#onSent}></mentor-request-form>`
        : nothing}`;
  }

  /**
   * The mentor ribbon, for a mentor with a completed mentorship. Its module is imported the first time a card
   * shows one (a page of cards with none never downloads it); the element upgrades when it arrives.
   */
  #ribbon(count: number | undefined) {
    if (!count) return nothing;
    void import('./ribbon-define.ts');
    return html`<mentor-ribbon count=${count}></mentor-ribbon>`;
  }

  #busy(name: DialogName) {
    return this.loadingDialog === name ? 'true' : nothing;
  }

  /**
   * Opens a dialog, downloading its module the first time (its button is busy meanwhile). Nothing happens while
   * another dialog downloads, or for a badge that cannot be used; a failed download is shown beside the badge.
   */
  async #open(name: DialogName): Promise<void> {
    const { tag, load } = DIALOGS[name];
    let view = this.#view;
    // aria-disabled keeps the badge focusable so its reason is read; clicks must still do nothing.
    if (!view || (name === 'form' && this.#refusal(view))) return;
    if (!customElements.get(tag)) {
      if (this.loadingDialog) return;
      this.loadingDialog = name;
      this.dialogError = undefined;
      try {
        await load();
      } catch (error) {
        this.dialogError = error;
        return;
      } finally {
        this.loadingDialog = null;
      }
      // Read again: the member shown may have been refreshed while the dialog's module downloaded.
      view = this.#view;
      if (!view) return;
    }
    this.opened = { ...this.opened, [name]: true };
    await this.updateComplete;
    await this.renderRoot.querySelector<MentorProfileDialog | MentorRequestForm>(tag)?.show();
    if (name === 'profile') void this.emit(new MentorProfileOpenEvent(view));
  }

  #onSent(event: MentorRequestSentEvent): void {
    this.sent = event.mentorship;
    this.#announcedFor = this.#view?.id;
    this.announced = event.mentorship.expiresAt;
  }
}
