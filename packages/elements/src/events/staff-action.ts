import type { AuditAction } from '@mentor-match/core';

/**
 * A staff member's action in `<mentor-program-office>` succeeded: a pairing, ending a mentorship or
 * withdrawing a request, pausing, resuming, approving, declining, suspending or lifting a suspension, moving
 * a concern on, or saving the settings (`action`, as the audit log names it), on `subjectId` (the member,
 * mentorship or concern; `program` for the settings). Never fired for changes made elsewhere or when a page
 * script sets properties.
 */
export class MentorStaffActionEvent extends Event {
  static readonly type = 'mentor-staff-action';
  readonly action: AuditAction;
  readonly subjectId: string;

  constructor(action: AuditAction, subjectId: string) {
    super(MentorStaffActionEvent.type, { bubbles: true, composed: true });
    this.action = action;
    this.subjectId = subjectId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-staff-action': MentorStaffActionEvent;
  }
}
