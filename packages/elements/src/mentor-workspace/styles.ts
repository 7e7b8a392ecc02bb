// Layout of <mentor-workspace> and <mentor-follow-up>: stacked sections, compact forms, logical properties
// only (right to left works).
import { css } from 'lit';

export const workspaceStyles = css`
  :host {
    display: block;
    /* In the console's item it is a grid or flex child: without this its fields' widths widen the item past a
       phone's screen (WCAG 1.4.10). */
    min-inline-size: 0;
  }
  [role='heading'] {
    font-weight: 700;
    margin-block: 0.75em 0.25em;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  li {
    margin-block: 0.35em;
  }
  p,
  form {
    margin-block: 0.35em;
  }
  .muted {
    color: var(--_muted);
  }
  .member-text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
  }
  label.check {
    flex-direction: row;
    align-items: center;
    min-block-size: 24px;
  }
  label {
    max-inline-size: 100%;
  }
  input,
  select,
  textarea {
    font: inherit;
    max-inline-size: 100%;
    min-inline-size: 0;
    box-sizing: border-box;
  }
  /* On a phone each field takes the whole line. */
  @media (max-width: 30rem) {
    form > label:not(.check) {
      flex: 1 1 100%;
    }
    form > label:not(.check) > :is(input, select, textarea) {
      inline-size: 100%;
    }
  }
  [tabindex='-1']:focus {
    outline: none;
  }
`;
