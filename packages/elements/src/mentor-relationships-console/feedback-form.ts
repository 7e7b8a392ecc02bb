// Feedback on a completed or ended mentorship, once per partner: a rating (required) and a comment, in a
// form inside the mentorship's item; "Thanks for your feedback" once given. Its own part of the console:
// it holds which form was sent without a rating, focuses it, and hands a complete feedback over. Imported
// when the console first lists a mentorship that is over (parts.ts).
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FeedbackInput, MentorshipItem } from '@mentor-match/core';
import { canGiveFeedback, partnerOf } from '@mentor-match/core/lifecycle';
import { consoleFeedbackEn } from '../i18n/en.ts';
import { addMessages, type Localize } from '../i18n/localize.ts';
import { bdi, sentence } from '../internal/isolate.ts';
import { joinStyles, type PartHost as Host } from '../internal/join-styles.ts';

// The form's English joins the catalog with it (the console's own does not carry it).
addMessages('en', consoleFeedbackEn);

type OnSend = (item: MentorshipItem, input: FeedbackInput) => void;

/** The form's look (the console's textarea and `label.block` rules, which its dialog shares, stay the console's). */
const feedbackStyles = css`
  form.feedback {
    margin-block-start: 0.75em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
  }
  legend {
    font-weight: 600;
  }
  .ratings {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.25em 0.5em;
  }
  .ratings label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.25rem;
  }
  .thanks {
    color: var(--_success);
    font-weight: 600;
  }
`;

export class FeedbackForms {
  readonly #host: Host;
  readonly #i18n: Localize;
  readonly #onSend: OnSend;
  /** The mentorship whose form was sent without a rating. */
  #ratingMissing: string | undefined;

  /** `onSend` gives the feedback; nothing is sent while `busy` (another action runs). */
  constructor(host: Host, i18n: Localize, onSend: OnSend) {
    this.#host = host;
    this.#i18n = i18n;
    this.#onSend = onSend;
    // Its look joins the console's with it (the console's first load does not carry it).
    joinStyles(host.renderRoot, feedbackStyles);
  }

  #setRatingMissing(id: string | undefined): void {
    this.#ratingMissing = id;
    this.#host.requestUpdate();
  }

  /** The form for `item`, the thanks once the viewer gave feedback, or nothing while none is due. `running`: its feedback is being sent. */
  render(item: MentorshipItem, busy: boolean, running: boolean): TemplateResult | typeof nothing {
    const { mentorship: m, partner } = item;
    const me = partnerOf(m, partner.id);
    const t = this.#i18n.t.bind(this.#i18n);
    if (m.feedback.some((feedback) => feedback.memberId === me)) return html`<p class="thanks" part="thanks">${t('console.thanks')}</p>`;
    if (!canGiveFeedback(m, me)) return nothing;
    const missing = this.#ratingMissing === m.id;
    return html`<form class="feedback" part="feedback" novalidate @submit=${(event: SubmitEvent) => this.#submit(event, item, busy)}>
      <fieldset>
        <legend>${sentence(this.#i18n, 'console.feedback', bdi(partner.name))}</legend>
        <div class="ratings">
          ${[1, 2, 3, 4, 5].map(
            (n) => html`<label><input type="radio" name="rating" value=${n} aria-invalid=${missing ? 'true' : nothing}
              aria-describedby=${missing ? `r-${m.id}` : nothing} @change=${() => this.#setRatingMissing(undefined)} />
              ${t('console.rating', n)}</label>`,
          )}
        </div>
        ${missing ? html`<p class="error" id="r-${m.id}">${t('console.ratingMissing')}</p>` : nothing}
      </fieldset>
      <label class="block">${t('console.comment')}<textarea name="comment" rows="2" maxlength="2000"></textarea></label>
      <button type="submit" class="button" aria-disabled=${busy ? 'true' : nothing}>
        ${running ? t('console.busy') : t('console.sendFeedback')}
      </button>
    </form>`;
  }

  #submit(event: SubmitEvent, item: MentorshipItem, busy: boolean): void {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const rating = Number(data.get('rating'));
    if (!rating) {
      this.#setRatingMissing(item.mentorship.id);
      void this.#host.updateComplete.then(() => form.querySelector('input')?.focus());
      return;
    }
    this.#onSend(item, { rating, comment: String(data.get('comment') ?? '').trim() });
  }
}
