import { define } from '../internal/define.ts';
import { MentorProfileCard } from './mentor-profile-card.ts';
import { MentorProfileDialog } from './profile-dialog.ts';
import { MentorRequestForm } from './request-form.ts';

// The card's two dialogs are elements of their own; they are registered with it.
define('mentor-profile-dialog', MentorProfileDialog);
define('mentor-request-form', MentorRequestForm);
define('mentor-profile-card', MentorProfileCard);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-profile-card': MentorProfileCard;
    'mentor-profile-dialog': MentorProfileDialog;
    'mentor-request-form': MentorRequestForm;
  }
}
