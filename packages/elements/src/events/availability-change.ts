import type { Availability } from '@mentor-match/core';

/**
 * The member's change in `<mentor-availability-toggle>` (pausing, resuming, a return date, a capacity) was
 * saved. `availability` is what the adapter stored. Never fired when a page script sets properties or
 * when the availability changes elsewhere.
 */
export class MentorAvailabilityChangeEvent extends Event {
  static readonly type = 'mentor-availability-change';
  readonly availability: Availability;

  constructor(availability: Availability) {
    super(MentorAvailabilityChangeEvent.type, { bubbles: true, composed: true });
    this.availability = availability;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-availability-change': MentorAvailabilityChangeEvent;
  }
}
