/**
 * A status event of `<mentor-relationships-console>`: the number of requests waiting for the viewer's
 * answer (incoming, pending or saved for later) changed after the list loaded, including the first load.
 * For a navigation badge. Fired after a load, never when a page script sets properties.
 */
export class MentorPendingCountEvent extends Event {
  static readonly type = 'mentor-pending-count';
  readonly count: number;

  constructor(count: number) {
    super(MentorPendingCountEvent.type, { bubbles: true, composed: true });
    this.count = count;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-pending-count': MentorPendingCountEvent;
  }
}
