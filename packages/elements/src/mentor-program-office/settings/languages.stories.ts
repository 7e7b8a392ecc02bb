import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DEFAULT_PROGRAM_SETTINGS, type ProgramSettings } from '@mentor-match/core';
import { STORY_NOW, STORY_STAFF, pierce, withWorld, worldOf, type StoryWorld } from '../../internal/story-fixtures.ts';
import '../define.ts';

/** A program in English with some of its words given in French and Arabic, as staff leave them half done. */
const PARTLY_TRANSLATED: Partial<ProgramSettings> = {
  names: { fr: 'Programme de mentorat', ar: 'برنامج الإرشاد' },
  codeOfConduct: {
    required: true, version: '2', url: null,
    text: 'Treat every member with respect. Keep what you are told in confidence.',
    texts: { fr: 'Traitez chaque membre avec respect. Gardez pour vous ce qui vous est confié.' },
  },
  topics: DEFAULT_PROGRAM_SETTINGS.topics.map((topic) =>
    topic.id === 'leadership' ? { ...topic, labels: { fr: 'Direction d’équipe', ar: 'القيادة' } } : topic),
  industries: DEFAULT_PROGRAM_SETTINGS.industries.map((entry) =>
    entry.id === 'healthcare' ? { ...entry, labels: { fr: 'Santé', ar: 'الرعاية الصحية' } } : entry),
  careerStages: DEFAULT_PROGRAM_SETTINGS.careerStages.map((entry) =>
    entry.id === 'early' ? { ...entry, labels: { fr: 'Début de carrière' } } : entry),
};

const officeOf = (world: StoryWorld) =>
  html`<mentor-program .adapter=${world.as(STORY_STAFF)} .staffAdapter=${world.backend.staffAdapterFor(STORY_STAFF)}>
    <mentor-program-office view="settings" .now=${new Date(STORY_NOW)}></mentor-program-office>
  </mentor-program>`;

/** The settings view's Languages part, brought into view. */
const languages = async (canvasElement: HTMLElement) => {
  const part = await pierce(canvasElement, 'mentor-program-office', 'mentor-office-settings', 'fieldset[part="words"]');
  part.scrollIntoView({ block: 'start' });
  return part.getRootNode() as ShadowRoot;
};

/** Chooses `value` in the settings view's select `selector`, as staff would. */
const choose = (root: ShadowRoot, selector: string, value: string) => {
  const select = root.querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};

// The office's settings, "Languages" part (issue 13): the program's language, and its words (name, code of
// conduct, topics, industries, career stages) in each other language the elements speak, each field empty
// where no translation is given yet (member pages then show the program's word, marked with its language).
const meta: Meta = {
  title: 'mentor-program-office/Languages',
  component: 'mentor-program-office',
  // No Docs page of its own: the element's is its main stories'.
  tags: ['!autodocs'],
  loaders: [withWorld({ settings: PARTLY_TRANSLATED })],
  render: (_args, context) => officeOf(worldOf(context)),
};
export default meta;
type Story = StoryObj;

/** French first: the words given, and the fields still empty. */
export const Translations: Story = { play: async ({ canvasElement }) => void (await languages(canvasElement)) };

/** Into Arabic: each field typed right to left, marked as Arabic. */
export const IntoArabic: Story = {
  play: async ({ canvasElement }) => choose(await languages(canvasElement), '#words-into', 'ar'),
};

/** The program's language cannot become French while words lack a French label: they are listed to fill in. */
export const LanguageChangeRefused: Story = {
  play: async ({ canvasElement }) => choose(await languages(canvasElement), '#program-language', 'fr'),
};
