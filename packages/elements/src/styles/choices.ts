// Lists of choices in a form, shared by <mentor-search>'s criteria and <mentor-enrollment>: a checkbox
// with its label as one tall-enough target (`.check`), and a disclosure (`<details>`) whose summary says
// how many are chosen. Logical properties only, so right-to-left works.
import { css } from 'lit';

export const choicesStyles = css`
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.25rem;
    cursor: pointer;
  }
  .check input {
    flex: none;
    inline-size: 1.15rem;
    block-size: 1.15rem;
    /* Not stretched to the text inputs' height: a checkbox keeps its own size. */
    min-block-size: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    min-block-size: 2.5rem;
    padding-block: 0.4rem;
    padding-inline: 0.75rem;
    cursor: pointer;
  }
`;
