import type { SearchQuery } from '@mentor-match/core';

/** What the member did to the criteria. */
export type SearchTrigger = 'submit' | 'clear';

/**
 * The member submitted or cleared the search criteria of `<mentor-search>`. `query` holds the criteria
 * (and `find`), without paging. Not fired when a page script sets properties.
 */
export class MentorSearchEvent extends Event {
  static readonly type = 'mentor-search';
  readonly query: SearchQuery;
  readonly trigger: SearchTrigger;

  constructor(query: SearchQuery, trigger: SearchTrigger) {
    super(MentorSearchEvent.type, { bubbles: true, composed: true });
    this.query = query;
    this.trigger = trigger;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-search': MentorSearchEvent;
  }
}
