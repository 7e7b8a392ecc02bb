// Styles every element shares. Theming has three tiers: global `--mentor-*` tokens, a hook per element
// (`--mentor-card-*`), and private `--_x` locals the rules use. The tokens' defaults are the fallbacks of
// the `var()`s below, read only where the page sets no token of its own: custom properties inherit into
// shadow roots, so a page's `--mentor-*` on any ancestor always wins, with no layer or specificity to beat.
// Colours come from `light-dark()`, so a page with `color-scheme: dark` (or `<mentor-program theme="dark">`)
// gets the dark theme with no extra CSS.
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    --_accent: var(--mentor-color-accent, light-dark(#0b5cad, #8cc4ff));
    --_on-accent: var(--mentor-color-on-accent, light-dark(#ffffff, #0b1b2e));
    --_text: var(--mentor-color-text, light-dark(#1d232b, #e9edf2));
    --_muted: var(--mentor-color-muted, light-dark(#545e6b, #b3bcc8));
    --_surface: var(--mentor-color-surface, light-dark(#ffffff, #1b2027));
    --_surface-2: var(--mentor-color-surface-2, light-dark(#f3f5f8, #252b34));
    --_border: var(--mentor-color-border, light-dark(#8a94a3, #6b7684));
    --_danger: var(--mentor-color-danger, light-dark(#b3261e, #ffb4ab));
    --_success: var(--mentor-color-success, light-dark(#1b6b3a, #8fdca8));
    --_warning: var(--mentor-color-warning, light-dark(#7a4b00, #ffd18a));
    --_radius: var(--mentor-radius, 0.5rem);
    --_space: var(--mentor-space, 1rem);
    --_focus: var(--mentor-focus-ring, 3px solid var(--_accent));
    --_font: var(--mentor-font-family, inherit);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_mentor-paint, none);
    font-family: var(--_font);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  /* Not checkboxes and radios: stretched to a field's height they stand apart from their labels. */
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4em 0.6em;
    min-block-size: 2.5rem;
    max-inline-size: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.5rem;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    font-weight: 600;
    text-decoration: none;
    transition: background-color 120ms ease;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.65;
  }
  .link {
    background: none;
    border: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error {
    color: var(--_danger);
  }
  .notice {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface-2);
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .button,
    input,
    select,
    textarea,
    .notice {
      border: 1px solid CanvasText;
    }
    .button.primary {
      background: ButtonText;
      color: ButtonFace;
      forced-color-adjust: none;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
