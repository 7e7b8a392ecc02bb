import { LitElement, css, nothing, type PropertyDeclarations } from 'lit';
import { Localize, addMessages } from '../i18n/localize.ts';
import { recognitionEn, recognitionLocales } from '../i18n/recognition.ts';
import { sharedStyles } from '../styles/shared.ts';

// One message in five languages (i18n/recognition.ts says why they travel together).
addMessages('en', recognitionEn);
for (const [lang, messages] of Object.entries(recognitionLocales)) addMessages(lang, messages);

/**
 * The mentor ribbon: "Mentor · 3 mentorships completed", in words (not a colour or an icon alone), so it
 * reads the same to a screen reader, in forced colours and in print. Part of `<mentor-profile-card>`,
 * which imports this module only when it shows a mentor with a completed mentorship: most pages of cards
 * that show none never download it. Needs no program: the count is given.
 *
 * @summary A mentor's completed mentorships, as a ribbon (part of `<mentor-profile-card>`).
 *
 * @cssproperty --mentor-ribbon-color - The ribbon's border (set it on the card or the page: it inherits).
 */
export class MentorRibbon extends LitElement {
  static override properties: PropertyDeclarations = {
    count: { type: Number },
  };

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-block;
        margin-block: 0.25em;
        padding: 0.1em 0.6em;
        border: 1px solid var(--mentor-ribbon-color, var(--_accent));
        border-inline-start-width: 0.35em;
        border-radius: var(--_radius);
        font-size: 0.9em;
        font-weight: 600;
      }
      @media (forced-colors: active) {
        :host {
          border-color: CanvasText;
        }
      }
    `,
  ];

  readonly #i18n = new Localize(this);

  /** Mentorships the member completed as mentor (the card shows the ribbon only when there is one). */
  count = 0;

  protected override render() {
    return this.count > 0 ? this.#i18n.t('ribbon.completed', this.count) : nothing;
  }
}
