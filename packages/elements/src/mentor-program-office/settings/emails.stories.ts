import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ProgramSettings } from '@mentor-match/core';
import { STORY_NOW, STORY_STAFF, pierce, withWorld, worldOf, type StoryWorld } from '../../internal/story-fixtures.ts';
import '../define.ts';

/** A program with its name in French, one email of its own, and two of its pages given. */
const WORDED: Partial<ProgramSettings> = {
  name: 'Society Mentoring',
  names: { fr: 'Programme de mentorat' },
  contactEmail: 'mentoring@society.example',
  emailTemplates: [{
    kind: 'accepted', language: 'en',
    subject: 'Good news from {{program}}: {{other}} said yes',
    body: '{{other}} accepted your request. Your mentorship runs until {{ends}}.\n\nPlan your first meeting this week.',
  }],
  pages: { console: 'https://society.example/mentoring', preferences: 'https://society.example/mentoring/emails' },
};

const officeOf = (world: StoryWorld) =>
  html`<mentor-program .adapter=${world.as(STORY_STAFF)} .staffAdapter=${world.backend.staffAdapterFor(STORY_STAFF)}>
    <mentor-program-office view="settings" .now=${new Date(STORY_NOW)}></mentor-program-office>
  </mentor-program>`;

/** The settings view's part `part` (`emails`, `pages`) once it shows, brought into view; the view's shadow root. */
const partOf = async (canvasElement: HTMLElement, part: string, ready = '') => {
  const element = await pierce(canvasElement, 'mentor-program-office', 'mentor-office-settings', `fieldset[part="${part}"] ${ready}`.trim());
  element.closest('fieldset')!.scrollIntoView({ block: 'start' });
  return element.getRootNode() as ShadowRoot;
};

/** Sets a field of the settings view as staff would type or choose it. */
const enter = (root: ShadowRoot, selector: string, value: string, event: 'input' | 'change' = 'input') => {
  const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true }));
};

/** Submits the settings with a reason. */
const submit = (root: ShadowRoot) => {
  enter(root, '#reason', 'Our own words');
  root.querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
};

// The office's settings, "Emails" and "Pages" parts (issue 15): each email members receive, per kind and
// language, with the placeholders it fills and its preview on sample facts (the server's render, shown as
// text); and the address of each page of the society's site that emails and the bell link to.
const meta: Meta = {
  title: 'mentor-program-office/Emails and pages',
  component: 'mentor-program-office',
  // No Docs page of its own: the element's is its main stories'.
  tags: ['!autodocs'],
  loaders: [withWorld({ settings: WORDED })],
  render: (_args, context) => officeOf(worldOf(context)),
};
export default meta;
type Story = StoryObj;

/** A request received, in English: the built-in words, the placeholders and the preview. */
export const Emails: Story = { play: async ({ canvasElement }) => void (await partOf(canvasElement, 'emails', '#email-subject')) };

/** The program's own words for an accepted request, with Reset to built-in. */
export const OwnWords: Story = {
  play: async ({ canvasElement }) => {
    const root = await partOf(canvasElement, 'emails', '#email-subject');
    enter(root, '#email-kind', 'accepted', 'change');
  },
};

/** The email in `language` (`fr`, `ar`), as its reader gets it. */
const inLanguage = (language: string): Story => ({
  play: async ({ canvasElement }) => enter(await partOf(canvasElement, 'emails', '#email-subject'), '#email-language', language, 'change'),
});

/** The French email: signed with the program's French name. */
export const InFrench = inLanguage('fr');

/** The Arabic email, right to left. */
export const InArabic = inLanguage('ar');

/** A placeholder misspelt: no preview, and on saving the reason beside the text, nothing lost. */
export const WouldNotRender: Story = {
  play: async ({ canvasElement }) => {
    const root = await partOf(canvasElement, 'emails', '#email-subject');
    enter(root, '#email-body', 'Dear {{membre}},\n\n{{other}} asks you to be their mentor.');
    submit(root);
  },
};

/** The pages: two given, one typed without its https://, refused with how to write it. */
export const Pages: Story = {
  play: async ({ canvasElement }) => {
    const root = await partOf(canvasElement, 'pages');
    enter(root, '#pages-search', 'society.example/mentoring/find');
    submit(root);
  },
};
