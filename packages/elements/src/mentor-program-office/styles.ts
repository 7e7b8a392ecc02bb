// The program office's look, shared by the shell and every view: tabs, toolbars of filters, tables, figures,
// dialogs. Logical properties only, so right-to-left works; nothing moves, so reduced motion has nothing to
// stop; forced colours get system colours where a colour carries meaning.
import { css } from 'lit';
import { dialogStyles } from '../mentor-profile-card/dialog-styles.ts';

export const officeStyles = [
  dialogStyles,
  css`
    :host {
      display: block;
      --_gap: var(--mentor-office-gap, var(--_space));
    }
    h2 {
      margin-block: 0 var(--_gap);
      font-size: 1.4em;
    }
    h3 {
      margin-block: var(--_gap) 0.5em;
      font-size: 1.15em;
    }
    h4 {
      margin-block: 0.75em 0.25em;
      font-size: 1em;
    }
    p {
      margin-block: 0.25em;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    .muted {
      color: var(--_muted);
    }
    .loading {
      min-block-size: var(--mentor-office-loading-min-block-size, 8rem);
      color: var(--_muted);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5em var(--_gap);
      margin-block: 0 var(--_gap);
    }
    .toolbar label,
    .field > label,
    .field > span {
      display: block;
      font-weight: 600;
      font-size: 0.95em;
    }
    /* A long topic name must not widen the page at 320 px (1.4.10): the field shrinks, the option text cuts. */
    .toolbar > *,
    .toolbar select,
    .toolbar input {
      max-inline-size: 100%;
    }
    .toolbar fieldset {
      border: none;
      margin: 0;
      padding: 0;
    }
    .toolbar legend {
      font-weight: 600;
      font-size: 0.95em;
      padding: 0;
    }
    .checks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.75em;
    }
    .checks label {
      font-weight: normal;
      display: inline-flex;
      gap: 0.3em;
      align-items: center;
    }
    .table-wrap {
      overflow-x: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      font-size: 0.95em;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding: 0.5em 0.75em;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.45em 0.75em;
      border-block-start: 1px solid var(--_border);
      overflow-wrap: anywhere;
    }
    thead th {
      background: var(--_surface-2);
      border-block-start: none;
    }
    td.number,
    th.number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
    }
    .row-actions .button {
      min-block-size: 2.25rem;
      padding: 0.2em 0.7em;
      font-size: 0.9em;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em var(--_gap);
      margin-block: 0.75em;
    }
    .tag {
      display: inline-block;
      padding: 0.05em 0.55em;
      border-radius: 1em;
      border: 1px solid var(--_border);
      background: var(--_surface-2);
      font-size: 0.85em;
      white-space: nowrap;
    }
    .tag.warning {
      border-color: var(--_warning);
      color: var(--_warning);
    }
    .tag.danger {
      border-color: var(--_danger);
      color: var(--_danger);
    }
    .member-text {
      white-space: pre-line;
    }
    .export {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }
    dialog form > label,
    dialog .field {
      display: block;
      margin-block-start: 0.75em;
    }
    dialog label,
    dialog legend {
      font-weight: 600;
    }
    dialog textarea,
    dialog select,
    dialog input:not([type='checkbox']):not([type='radio']) {
      display: block;
      inline-size: 100%;
    }
    dialog fieldset {
      border: none;
      padding: 0;
      margin: 0.75em 0 0;
    }
    p.error {
      margin-block: 0.25em 0;
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
      gap: 0.5em var(--_gap);
      margin: 0 0 var(--_gap);
    }
    .figures > div {
      padding: 0.6em 0.8em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .figures dt {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .figures dd {
      margin: 0;
      font-size: 1.35em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .concerns {
      display: grid;
      gap: calc(var(--_gap) * 0.75);
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .concern {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      overflow-wrap: anywhere;
    }
    details dl {
      display: grid;
      grid-template-columns: fit-content(40%) 1fr;
      gap: 0.1em 1em;
      margin: 0.25em 0 0;
    }
    details dl div {
      display: contents;
    }
    details dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.9em;
    }
    @media (forced-colors: active) {
      .tag {
        border: 1px solid CanvasText;
      }
      th,
      td {
        border-color: CanvasText;
      }
    }
  `,
];
