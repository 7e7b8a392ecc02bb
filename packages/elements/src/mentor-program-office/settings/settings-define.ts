// Registers <mentor-office-settings>. Not a page tag: <mentor-program-office> imports this module the first time
// staff open the tab.
import { define } from '../../internal/define.ts';
import { MentorOfficeSettings } from './settings-view.ts';

define('mentor-office-settings', MentorOfficeSettings);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-office-settings': MentorOfficeSettings;
  }
}
