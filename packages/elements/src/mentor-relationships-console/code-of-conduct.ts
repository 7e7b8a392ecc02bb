// The code of conduct in the member's console: when the program requires it and the member has not accepted
// the current version (staff changed it, issue 11), a notice with the code (its text, as text, and its link)
// and "I accept"; a request is refused (`code-of-conduct`) until then. Loaded by the console only when that
// is so: most members never download it.
import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ProgramSettings, Viewer } from '@mentor-match/core';
import { codeOfConductDue } from '@mentor-match/core/standing';
import { MentorElement } from '../internal/mentor-element.ts';
import { safeHref } from '@mentor-match/core/safe-url';
import { programLanguage, wordIn } from '@mentor-match/core/program-words';
import { addMessages } from '../i18n/localize.ts';
import { consoleConcernsEn } from '../i18n/en.ts';

addMessages('en', consoleConcernsEn);

/** The enrolled member must accept the current version before their next request (core's rule). */
export const conductDue = (settings: ProgramSettings | null | undefined, viewer: Viewer | null | undefined): boolean =>
  Boolean(settings && viewer?.enrolled && codeOfConductDue(viewer.member, settings));

export class MentorCodeOfConduct extends MentorElement {
  static override properties: PropertyDeclarations = {
    accepting: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    thanks: { state: true, attribute: false },
  };

  static override styles = [
    ...MentorElement.styles,
    css`
      .code {
        max-block-size: 12rem;
        overflow: auto;
        white-space: pre-line;
      }
    `,
  ];

  private accepting = false;
  private failure: unknown;
  private thanks = '';

  readonly #accept = async (): Promise<void> => {
    const adapter = this.program?.adapter;
    const version = this.program?.settings?.codeOfConduct.version;
    if (!adapter || !version || this.accepting) return;
    this.accepting = true;
    this.failure = undefined;
    try {
      await adapter.acceptCodeOfConduct({ version });
      this.thanks = this.i18n.t('conduct.accepted');
    } catch (error) {
      this.failure = error;
    } finally {
      this.accepting = false;
    }
  };

  protected override render(): TemplateResult | typeof nothing {
    const t = this.i18n.t.bind(this.i18n);
    const settings = this.program?.settings;
    const thanks = html`<p role="status" part="conduct-thanks">${this.thanks}</p>`;
    if (!settings || !conductDue(settings, this.program?.viewer)) return thanks;
    const code = settings.codeOfConduct;
    // The code in the member's language where the program gives it, else in the program's, marked.
    const text = code.text === null ? null : wordIn(code.text, code.texts, this.i18n.lang, programLanguage(settings));
    const link = safeHref(code.url);
    return html`<div class="notice" part="conduct">
        <h3 id="conduct-title">${t('conduct.title')}</h3>
        <p>${t('conduct.explain', code.version)}</p>
        ${text
          ? html`<div class="code member-text" part="conduct-text" tabindex="0" role="region" aria-labelledby="conduct-title"
              lang=${text.lang ?? nothing} dir=${text.lang ? 'auto' : nothing}>${text.text}</div>`
          : nothing}
        ${link ? html`<p><a href=${link} target="_blank" rel="noopener">${t('conduct.read')}</a></p>` : nothing}
        ${this.failure === undefined ? nothing : this.renderError(this.failure)}
        <button type="button" class="button primary" part="conduct-accept" aria-disabled=${this.accepting ? 'true' : nothing}
          @click=${this.#accept}>${t(this.accepting ? 'console.busy' : 'conduct.accept')}</button>
      </div>
      ${thanks}`;
  }
}
