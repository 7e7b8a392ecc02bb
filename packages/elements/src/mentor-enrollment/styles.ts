// Layout of <mentor-enrollment>: sections stacked; inside each, fields wrap into as many columns as the
// width allows (one on a phone). Long text, lists of choices and messages take the whole row.
// Logical properties only, so right-to-left works.
import { css } from 'lit';

export const enrollmentStyles = css`
  :host {
    --_gap: var(--mentor-enrollment-gap, var(--_space));
    --_field-min: var(--mentor-enrollment-field-min-inline-size, 15rem);
  }
  form {
    display: grid;
    gap: var(--_gap);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.35em;
  }
  .section {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_field-min)), 1fr));
    align-items: start;
    gap: calc(var(--_gap) * 0.75) var(--_gap);
    min-inline-size: 0;
    margin: 0;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--mentor-enrollment-section-background, var(--_surface));
  }
  legend {
    padding-inline: 0.25em;
    font-weight: 700;
    font-size: 1.1em;
  }
  .wide,
  .group,
  .section > p {
    grid-column: 1 / -1;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .field > label,
  .group > legend,
  .label {
    font-weight: 600;
  }
  .field input,
  .field select,
  .field textarea {
    inline-size: 100%;
  }
  .group {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0 var(--_gap);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .group > legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-size: 1em;
  }
  .links {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_field-min)), 1fr));
    gap: 0.5rem var(--_gap);
  }
  .links > .hint {
    grid-column: 1 / -1;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  p.error {
    font-weight: 600;
  }
  details .group {
    padding-block: 0 0.5rem;
    padding-inline: 0.75rem;
  }
  a {
    color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .status {
    min-block-size: 1.5em;
    color: var(--_success);
    font-weight: 600;
  }
`;
