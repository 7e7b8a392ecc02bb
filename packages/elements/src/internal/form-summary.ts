// The error summary of a form (GOV.UK's pattern): every problem of a `FormController`, each a button that
// takes the member to its field, in an alert that takes focus when the member submits (the controller's
// `summary` option). Apart from the controller, so a form without a summary does not download it.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FormController } from './form-controller.ts';

export function formSummary<F extends string, P>(form: FormController<F, P>, title: (count: number) => string): TemplateResult | typeof nothing {
  const entries = Object.entries(form.problems) as [F, P][];
  if (entries.length === 0) return nothing;
  return html`<div class="notice error summary" part="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
    <h3 id="summary-title">${title(entries.length)}</h3>
    <ul>
      ${entries.map(
        ([field, problem]) => html`<li>
          <button type="button" class="link" @click=${() => form.focusField(field)}>${form.message(field, problem)}</button>
        </li>`,
      )}
    </ul>
  </div>`;
}

export const summaryStyles = css`
  .summary:focus {
    outline: var(--_focus);
  }
  .summary h3 {
    margin-block-end: 0.5em;
    font-size: 1.1em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary .link {
    color: var(--_danger);
    font-weight: 600;
    text-align: start;
  }
`;
