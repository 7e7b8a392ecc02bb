// Layout of <mentor-search>: fields wrap into as many per row as the host's width allows (a phone gets
// one, a wide page five or six), results into a grid of cards. Logical properties only, so right-to-left works.
import { css } from 'lit';

export const searchStyles = css`
  :host {
    --_gap: var(--mentor-search-gap, var(--_space));
    --_field-min: var(--mentor-search-field-min-inline-size, 12rem);
    --_card-min: var(--mentor-search-card-min-inline-size, 18rem);
    --_loading-min: var(--mentor-search-loading-min-block-size, 12rem);
  }

  form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: calc(var(--_gap) * 0.75) var(--_gap);
    margin-block-end: var(--_gap);
  }
  .field {
    display: flex;
    flex: 1 1 var(--_field-min);
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  /* Free text wants room: it takes two fields' width, and the whole row on a phone. */
  .keywords {
    flex: 2 1 calc(var(--_field-min) * 2);
  }
  .topics,
  .actions {
    flex: 1 1 100%;
  }
  .field label,
  .summary-label {
    font-weight: 600;
  }
  .field select,
  .field input {
    inline-size: 100%;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .topics {
    background: var(--_surface);
  }
  .summary-count {
    color: var(--_muted);
  }
  .topics fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0 var(--_gap);
    margin: 0;
    border: 0;
    padding-block: 0 0.5rem;
    padding-inline: 0.75rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .status {
    /* One line reserved, so the count appearing after a search does not push the results down. */
    min-block-size: 1.5em;
    margin-block: 0 calc(var(--_gap) * 0.5);
    font-weight: 600;
  }
  .enrol {
    margin-block: 0 var(--_gap);
  }

  .results[aria-busy='true'] {
    min-block-size: var(--_loading-min);
  }
  .loading {
    display: flex;
    align-items: center;
    gap: 0.75em;
    margin: 0;
    padding-block: var(--_gap);
    color: var(--_muted);
  }
  .loading::before {
    content: '';
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 3px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 900ms linear infinite;
  }
  @keyframes spin {
    to {
      rotate: 1turn;
    }
  }

  ol {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    min-inline-size: 0;
    border-radius: var(--_radius);
    /* No content-visibility: auto here (tried for long lists after many Show more): axe measured the skipped
       cards' buttons as too small targets, and a check that cannot see a card cannot vouch for it. */
  }

  .empty p {
    margin-block: 0 0.75em;
  }
  /* Until its words arrive (or if they cannot be downloaded) the empty state holds nothing: no blank box; the
     count above says that nobody was found. */
  .empty:empty {
    display: none;
  }

  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem var(--_gap);
    margin-block-start: var(--_gap);
  }
  .more p {
    margin: 0;
    color: var(--_muted);
  }
  .results .notice.error {
    margin-block-start: var(--_gap);
  }
`;
