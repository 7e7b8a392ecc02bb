import { css } from 'lit';

/** The native modal `<dialog>` both of the card's dialogs use. */
export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    inline-size: min(36rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--mentor-dialog-background, var(--_surface));
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  h2 {
    margin-block: 0 0.75em;
    font-size: 1.25em;
  }
  .bio {
    white-space: pre-line;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    margin-block: 1em 0.25em;
    font-size: 1em;
  }
  p {
    margin-block: 0.25em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
    margin-block-start: var(--_space);
  }
`;
