import { define } from '../internal/define.ts';
import { MentorProfileCard } from './mentor-profile-card.ts';
import type { MentorProfileDialog } from './profile-dialog.ts';
import type { MentorRequestForm } from './request-form.ts';

// The card's two dialogs are elements of their own, registered by the card the first time each is opened
// (profile-dialog-define.ts, request-form-define.ts): most cards on a page are never opened.
define('mentor-profile-card', MentorProfileCard);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-profile-card': MentorProfileCard;
    'mentor-profile-dialog': MentorProfileDialog;
    'mentor-request-form': MentorRequestForm;
  }
}
