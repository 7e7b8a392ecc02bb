// Layout of <mentor-relationships-console>: sections of item cards (photo beside the details) and the
// feedback form. Logical properties only, so right-to-left works. The confirmation dialog's look
// (dialog-styles.ts) joins the console's shadow root with the dialog's module (confirm-dialog.ts).
import { css } from 'lit';
import { avatarStyles } from '../internal/avatar.ts';

export const consoleStyles = [
  avatarStyles,
  css`
    :host {
      --_gap: var(--mentor-console-gap, var(--_space));
      --_photo-size: var(--mentor-console-photo-size, 3rem);
      display: block;
    }
    [role='heading'] {
      font-weight: 700;
    }
    [part='title'] {
      margin-block: 0 var(--_gap);
      font-size: 1.4em;
    }
    [part='heading'] {
      margin-block: var(--_gap) 0.5em;
      font-size: 1.2em;
    }
    [part='name'] {
      font-size: 1.1em;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    [tabindex='-1']:focus-visible {
      outline: var(--_focus);
    }
    p,
    dl {
      margin-block: 0.25em;
    }
    .loading {
      min-block-size: var(--mentor-console-loading-min-block-size, 12rem);
      color: var(--_muted);
    }
    .list {
      display: grid;
      /* One column no wider than the console: an item's widest content (a workspace's fields) wraps or
         shrinks instead of widening the page past a phone's screen (WCAG 1.4.10). */
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_gap) * 0.75);
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .item {
      display: flex;
      gap: var(--_gap);
      padding: var(--mentor-console-item-padding, var(--_space));
      background: var(--mentor-console-item-background, var(--_surface));
      border: 1px solid var(--mentor-console-item-border-color, var(--_border));
      border-radius: var(--_radius);
      overflow-wrap: anywhere;
    }
    .body {
      flex: 1;
      min-inline-size: 0;
    }
    .muted,
    [part~='dates'],
    .none {
      color: var(--_muted);
    }
    dl {
      display: grid;
      grid-template-columns: fit-content(40%) 1fr;
      gap: 0.1em 1em;
    }
    dl div {
      display: contents;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      white-space: pre-line;
    }
    a {
      color: var(--_accent);
    }
    .tag {
      display: inline-block;
      margin-inline-start: 0.5em;
      padding: 0 0.6em;
      border-radius: 1em;
      border: 1px solid currentColor;
      font-size: 0.875em;
      font-weight: 600;
    }
    .warning {
      color: var(--_warning);
      font-weight: 600;
      border-inline-start: 4px solid currentColor;
      padding-inline-start: 0.5em;
    }
    progress {
      inline-size: min(100%, 12rem);
      margin-inline-end: 0.5em;
      accent-color: var(--_accent);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block-start: 0.75em;
    }
    label.block {
      font-weight: 600;
    }
    textarea {
      display: block;
      inline-size: 100%;
      margin-block: 0.25em 0.5em;
    }
    details {
      margin-block-start: calc(var(--_gap) * 0.75);
    }
    summary {
      min-block-size: 2.5rem;
      padding-block: 0.4em;
      cursor: pointer;
      font-weight: 600;
    }
    details .list {
      margin-block-start: 0.5em;
    }
    [part~='error'] {
      margin-block: 0 var(--_gap);
    }
    @media (forced-colors: active) {
      .item {
        border: 1px solid CanvasText;
      }
    }
  `,
];
