import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CAST, STORY_NOW, inProgram, pierce, worldOf } from '../internal/story-fixtures.ts';
import { withCohortWorld } from '../internal/cohort-story-fixtures.ts';
import './define.ts';

const now = new Date(STORY_NOW);
const application = html`<mentor-cohort-application .now=${now}></mentor-cohort-application>`;

// Applying to a cohort on 23 November 2026, through a real MemoryBackend whose program runs cohorts beside
// self-serve ("Cohort 2027": applications until 15 December). The Docs page comes from the JSDoc and shows the
// first story only: each story builds a cohort world of its own, and a dozen at once make the page slow.
const meta: Meta = {
  title: 'mentor-cohort-application',
  component: 'mentor-cohort-application',
  loaders: [withCohortWorld('open')],
  decorators: [(story) => html`<div style="max-inline-size: 40rem">${story()}</div>`],
  render: (_args, context) => inProgram(worldOf(context).as(CAST.vera), application),
};
export default meta;
type Story = StoryObj;

/** Vera, a mentee, has not applied: the form, her profile's topics ticked. */
export const Open: Story = {};

/** Ama, a mentor: how many mentees she takes in this cohort. */
export const AsMentor: Story = {
  tags: ['!autodocs'],
  render: (_args, context) => inProgram(worldOf(context).as(CAST.ama), application),
};

/** Sam is enrolled as both: he chooses the role he applies in. */
export const BothRoles: Story = {
  tags: ['!autodocs'],
  render: (_args, context) => inProgram(worldOf(context).as(CAST.sam), application),
};

/** Vera applied (avoiding Diego): what she sent, Change and Withdraw. */
export const Applied: Story = {
  tags: ['!autodocs'],
  loaders: [withCohortWorld('applied')],
};

/** Vera changing her application. */
export const Editing: Story = {
  tags: ['!autodocs'],
  loaders: [withCohortWorld('applied')],
  play: async ({ canvasElement }) => {
    (await pierce<HTMLButtonElement>(canvasElement, 'mentor-cohort-application', '#edit')).click();
  },
};

/** Vera about to withdraw: the question, and Cancel. */
export const Withdrawing: Story = {
  tags: ['!autodocs'],
  loaders: [withCohortWorld('applied')],
  play: async ({ canvasElement }) => {
    (await pierce<HTMLButtonElement>(canvasElement, 'mentor-cohort-application', '#withdraw')).click();
  },
};

/** Sent without a topic: the summary of problems. */
export const Problems: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const element = await pierce(canvasElement, 'mentor-cohort-application', 'form');
    for (const box of element.querySelectorAll<HTMLInputElement>('input[name="topics"]:checked')) box.click();
    element.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** The window opens on 1 December: when, and no form yet. */
export const NotOpenYet: Story = {
  tags: ['!autodocs'],
  loaders: [withCohortWorld('upcoming')],
};

/** Staff closed the applications: Vera's stands, with when the matches come. */
export const Closed: Story = {
  tags: ['!autodocs'],
  loaders: [withCohortWorld('closed')],
};

/** No cohort at all. */
export const NoCohort: Story = {
  tags: ['!autodocs'],
  loaders: [withCohortWorld('none')],
};

/** Not enrolled yet: enrol first. */
export const NotEnrolled: Story = {
  tags: ['!autodocs'],
  render: (_args, context) => inProgram(worldOf(context).as(CAST.newcomer), application),
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  tags: ['!autodocs'],
  render: (_args, context) => html`<div lang="ar" dir="rtl">${inProgram(worldOf(context).as(CAST.vera), application)}</div>`,
};
