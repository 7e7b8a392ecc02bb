// Registers <mentor-profile-dialog>. Not a page tag: the card imports this module the first time a member
// opens a profile, so a page of cards does not download the dialog until it is used.
import { define } from '../internal/define.ts';
import { MentorProfileDialog } from './profile-dialog.ts';

define('mentor-profile-dialog', MentorProfileDialog);
