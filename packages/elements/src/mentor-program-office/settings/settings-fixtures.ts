// Test fixtures for the settings tab's parts (words-fields.test.ts, email-fields.test.ts): the office on its
// settings tab for staff, and a field set as staff would type or choose it.
import { html } from '@open-wc/testing';
import { STAFF_ID, inStaffProgram, until, type World } from '../../../test/helpers.ts';
import '../define.ts';
import type { MentorProgramOffice } from '../mentor-program-office.ts';
import type { MentorOfficeSettings } from './settings-view.ts';

const shadow = (el: Element) => el.shadowRoot!;

/** The office on its settings tab, for staff, in `lang`; the settings view once `ready` (a selector) is in it. */
export async function settingsView(world: World, lang = 'en', ready = '#program-language'): Promise<MentorOfficeSettings> {
  const { element: office } = await inStaffProgram<MentorProgramOffice>(
    world.backend, STAFF_ID, html`<div lang=${lang}><mentor-program-office></mentor-program-office></div>`, 'mentor-program-office',
  );
  await until(() => shadow(office).querySelector('#tab-settings') !== null, 'the tabs');
  shadow(office).querySelector<HTMLButtonElement>('#tab-settings')!.click();
  await until(() => Boolean(shadow(office).querySelector('mentor-office-settings')?.shadowRoot?.querySelector(ready)), `the settings form (${ready})`);
  return shadow(office).querySelector('mentor-office-settings') as MentorOfficeSettings;
}

/** Types `value` into the field at `selector` (one input event). */
export function type(root: ShadowRoot, selector: string, value: string): void {
  const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Chooses `value` in the select at `selector` (one change event). */
export function choose(root: ShadowRoot, selector: string, value: string): void {
  const select = root.querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
