import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { FIND, type Find } from '@mentor-match/core';
import {
  CAST, forever, inProgram, pierce, unreachable, withOverrides, withWorld, worldOf,
} from '../internal/story-fixtures.ts';
import { DEFAULT_PAGE_SIZE } from './mentor-search.ts';
import './define.ts';

interface Args {
  find: Find;
  pageSize: number;
}

const search = ({ find, pageSize }: Args) =>
  html`<mentor-search find=${find} page-size=${pageSize}></mentor-search>`;

// Every story runs a real MemoryBackend: a generated roster of 60 members plus a hand-made cast, signed in as
// Vera, a mentee in London (or as Ama, a mentor, to find mentees). The Docs page's description and tables come
// from the element's JSDoc, through custom-elements.json.
const meta: Meta<Args> = {
  title: 'mentor-search',
  component: 'mentor-search',
  loaders: [withWorld()],
  args: { find: 'mentors', pageSize: DEFAULT_PAGE_SIZE },
  argTypes: {
    find: { control: 'inline-radio', options: FIND },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
  },
  render: (args, context) => inProgram(worldOf(context).as(CAST.vera), search(args)),
};
export default meta;
type Story = StoryObj<Args>;

/** "Find a mentor": blank criteria list everyone available, best match first, with the reasons. */
export const Default: Story = {};

/** "Find a mentee", as Ama, a mentor with places open. */
export const FindMentees: Story = {
  args: { find: 'mentees' },
  render: (args, context) => inProgram(worldOf(context).as(CAST.ama), search(args)),
};

/** The search has not answered yet: the results region holds its place. */
export const Loading: Story = {
  render: (args, context) => inProgram(withOverrides(worldOf(context).as(CAST.vera), { search: forever }), search(args)),
};

/** Criteria nobody matches: the message offers to clear them. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const text = await pierce<HTMLInputElement>(canvasElement, 'mentor-search', 'input[name="text"]');
    text.value = 'zzyzx, a topic nobody has';
    text.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    (await pierce<HTMLButtonElement>(canvasElement, 'mentor-search', '[part="submit"]')).click();
  },
};

/** Nobody is available at all (a program with no other members yet): nothing to clear. */
export const NobodyAvailable: Story = {
  loaders: [withWorld({ roster: 0 })],
  render: (args, context) => inProgram(worldOf(context).as(CAST.kofi), search({ ...args, find: 'mentees' })),
};

/** The service cannot be reached: the message, a Try again button, and the details for the web team. */
export const ServiceError: Story = {
  name: 'Error',
  render: (args, context) => inProgram(withOverrides(worldOf(context).as(CAST.vera), { search: unreachable }), search(args)),
};

/** A large program (1,000 members): a page at a time, with "Show more". */
export const ManyResults: Story = {
  loaders: [withWorld({ roster: 1000 })],
};

/** A slow network (800 ms a call): the loading states go by. */
export const SlowNetwork: Story = {
  loaders: [withWorld({ latencyMs: 800 })],
};

/** The cast alone, with a very long name and headline, and a member who typed markup into her profile. */
export const LongNames: Story = {
  loaders: [withWorld({ roster: 0, edgeCases: true })],
};

/** Right to left: the page's `dir="rtl"` mirrors the layout. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
};

/** Dark: `<mentor-program theme="dark">` on a dark page. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args, context) => inProgram(worldOf(context).as(CAST.vera), search(args), 'dark'),
};

/** In French: the page's `lang="fr"` (labels, counts, reasons, topics' languages and countries). */
export const French: Story = {
  globals: { locale: 'fr' },
};

/** In Spanish: the page's `lang="es"`. */
export const Spanish: Story = {
  globals: { locale: 'es' },
};

/** In German: the page's `lang="de"`. */
export const German: Story = {
  globals: { locale: 'de' },
};

/** In Arabic: the page's `lang="ar"` and `dir="rtl"` (plural forms, numbers and dates as Intl writes them for `ar`). */
export const Arabic: Story = {
  globals: { locale: 'ar' },
};
