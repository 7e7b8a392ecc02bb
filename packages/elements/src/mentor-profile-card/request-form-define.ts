// Registers <mentor-request-form>. Not a page tag: the card imports this module the first time a member
// opens the form, so a page of cards does not download the form until it is used.
import { define } from '../internal/define.ts';
import { MentorRequestForm } from './request-form.ts';

define('mentor-request-form', MentorRequestForm);
