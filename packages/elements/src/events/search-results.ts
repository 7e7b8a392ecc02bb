import type { SearchQuery } from '@mentor-match/core';

/**
 * The results of a search the member started (submit, clear, retry) are on screen. `total` counts every
 * match, not only the page shown. Not fired for searches caused by code or by refreshes.
 */
export class MentorResultsEvent extends Event {
  static readonly type = 'mentor-results';
  readonly query: SearchQuery;
  readonly total: number;

  constructor(query: SearchQuery, total: number) {
    super(MentorResultsEvent.type, { bubbles: true, composed: true });
    this.query = query;
    this.total = total;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-results': MentorResultsEvent;
  }
}
