import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { MemberView, Role } from '@mentor-match/core';
import { ROLES } from '@mentor-match/core/vocabulary';
import { MentorElement } from '../internal/mentor-element.ts';
import { safeHref } from '@mentor-match/core/safe-url';
import { topicWord } from '../internal/program-words.ts';
import { wordList } from '../internal/program-word-list.ts';
import { dialogStyles } from './dialog-styles.ts';
import { addMessages, meetingModeKey } from '../i18n/localize.ts';
import { profileDialogEn } from '../i18n/en.ts';

// This element's English strings join the catalog when it is imported (the page's other elements' do not).
addMessages('en', profileDialogEn);

/**
 * The fuller profile of a member, in a native modal `<dialog>`, opened from the name on
 * `<mentor-profile-card>`. Part of the card: the card's define module registers it.
 *
 * @summary A member's full profile in a modal dialog (part of `<mentor-profile-card>`).
 *
 * @csspart dialog - The `<dialog>`.
 * @event close - The dialog closed (its close button or Escape).
 */
export class MentorProfileDialog extends MentorElement {
  static override properties: PropertyDeclarations = {
    member: { attribute: false },
  };

  static override styles = [...MentorElement.styles, dialogStyles];

  member: MemberView | undefined;

  // A getter, not `@query`: the decorator's module would be one more file to download when the dialog opens.
  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  /** Opens the dialog; focus goes to its heading, so reading starts at the top. */
  async show(): Promise<void> {
    await this.updateComplete;
    this.dialog.showModal();
  }

  protected override render() {
    const view = this.member;
    const settings = this.program?.settings;
    if (!view || !settings) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    // The language the member writes in, when they said: their own words are read in it.
    const lang = view.textLanguage ?? nothing;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#closed}>
      <h2 id="title" tabindex="-1" autofocus dir="auto">${view.name}</h2>
      ${view.headline ? html`<p dir="auto" lang=${lang}>${view.headline}</p>` : nothing}
      ${section(t('card.profile.about'), view.bio && html`<p class="bio" dir="auto" lang=${lang}>${view.bio}</p>`)}
      ${ROLES.map((role) => this.#role(view, role))}
      ${section(t('card.profile.languages'), view.languages?.length && html`<p>${this.i18n.list(view.languages.map((code) => this.i18n.languageName(code)))}</p>`)}
      ${section(t('card.profile.links'), view.links?.length && html`<ul>${view.links.map((link) => html`<li>${this.#link(link)}</li>`)}</ul>`)}
      ${section(t('card.profile.contact'), view.contact && html`<p><a href="mailto:${view.contact.email}">${view.contact.email}</a>${view.contact.phone ? html`<br />${view.contact.phone}` : nothing}</p>`)}
      <form method="dialog" class="buttons">
        <button class="button">${t('action.close')}</button>
      </form>
    </dialog>`;
  }

  /** What the member offers as a mentor or seeks as a mentee: statement, topics, ways to meet. */
  #role(view: MemberView, role: Role): TemplateResult | typeof nothing {
    const profile = view[role];
    const settings = this.program?.settings;
    if (!profile || !settings) return nothing;
    const topics = profile.topics.map((id) => topicWord(this.i18n, settings, id));
    const modes = profile.meetingModes.map((mode) => this.i18n.t(meetingModeKey(mode)));
    return section(
      this.i18n.t(role === 'mentor' ? 'card.profile.offers' : 'card.profile.seeks'),
      html`${profile.statement ? html`<p class="bio" dir="auto" lang=${view.textLanguage ?? nothing}>${profile.statement}</p>` : nothing}
        <p>${this.i18n.t('card.topics')}: ${wordList(this.i18n, topics)}</p>
        <p>${this.i18n.t('card.profile.meetingModes')}: ${this.i18n.list(modes)}</p>`,
    );
  }

  /** A member's link opens in a new tab without giving it this page; anything but http(s) stays text. */
  #link(link: string) {
    const href = safeHref(link);
    return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${link}</a>` : link;
  }

  #closed(): void {
    this.dispatchEvent(new Event('close'));
  }
}

const section = (heading: string, content: unknown) =>
  content ? html`<section><h3>${heading}</h3>${content}</section>` : nothing;
