// <mentor-follow-up>: for a request the viewer sent that has waited the program's days unanswered, the one
// follow-up they may send its recipient, and other members who match the request, to ask instead. Loaded with
// the workspace's module (workspace-define.ts) the first time a member opens it from the console.
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task } from '@lit/task';
import type { MemberView, MentoringAdapter, MentorshipItem } from '@mentor-match/core';
import { MentorElement } from '../internal/mentor-element.ts';
import { loadWorkspaceLocale } from './strings.ts';
import { workspaceStyles } from './styles.ts';
import { isolate } from '../internal/isolate.ts';

/** How many other matching members are shown. */
const OTHERS = 3;

/**
 * Follow up one unanswered request. Set `item` (the request and its recipient, as the console lists them).
 *
 * @summary A requester's one follow-up, and other members who match the request.
 *
 * @csspart send - The button that sends the follow-up.
 * @csspart others - The list of other members who match.
 * @csspart error - A refusal (too early, already sent).
 */
export class MentorFollowUp extends MentorElement {
  static override properties: PropertyDeclarations = {
    item: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    sending: { state: true, attribute: false },
    refusal: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  static override styles = [...MentorElement.styles, workspaceStyles];

  item: MentorshipItem | undefined;

  /** The level of the "other members" heading. */
  headingLevel = 4;

  private sending = false;
  private refusal: unknown;
  private announcement = '';

  /** Members found in the role the viewer asked for, on the request's areas, the recipient left out. */
  readonly #others = new Task<[MentoringAdapter | undefined, MentorshipItem | undefined], MemberView[]>(this, {
    task: async ([adapter, item], { signal }) => {
      if (!adapter || !item) return [];
      const m = item.mentorship;
      const find = m.requesterId === m.menteeId ? 'mentors' : 'mentees';
      const page = await adapter.search({ find, topics: m.areas, limit: OTHERS + 1 }, { signal });
      return page.hits.map((hit) => hit.member).filter((member) => member.id !== item.partner.id).slice(0, OTHERS);
    },
    args: () => [this.program?.adapter, this.item],
  });

  async #send(): Promise<void> {
    const make = this.program?.workspace;
    const item = this.item;
    if (!make || !item || this.sending) return;
    this.sending = true;
    this.refusal = undefined;
    try {
      await (await make()).followUp(item.mentorship.id);
      this.announcement = this.i18n.t('followUp.sent', isolate(item.partner.name));
    } catch (error) {
      this.refusal = error;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="error"]')?.focus();
    } finally {
      this.sending = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    loadWorkspaceLocale(this.i18n.lang);
  }

  protected override render(): TemplateResult {
    const gate = this.renderProgramGate();
    if (gate) return gate;
    const t = this.i18n.t.bind(this.i18n);
    const others = this.#others.value;
    return html`<div role="alert">${this.refusal === undefined ? nothing : html`<div part="error" tabindex="-1">${this.renderError(this.refusal)}</div>`}</div>
      ${this.announcement
        ? nothing
        : html`<button type="button" class="button primary" part="send" aria-disabled=${this.sending ? 'true' : nothing}
            @click=${() => void this.#send()}>${t('followUp.send')}</button>`}
      <p role="status">${this.announcement}</p>
      <div role="heading" aria-level=${this.headingLevel} id="others">${t('followUp.others')}</div>
      ${others === undefined
        ? nothing
        : others.length === 0
          ? html`<p class="muted">${t('followUp.none')}</p>`
          : html`<ul part="others" aria-labelledby="others">
              ${others.map((member) => html`<li><span dir="auto">${member.name}</span>${member.headline
                ? html` · <span class="muted" dir="auto" lang=${member.textLanguage ?? nothing}>${member.headline}</span>`
                : nothing}</li>`)}
            </ul>`}`;
  }
}
