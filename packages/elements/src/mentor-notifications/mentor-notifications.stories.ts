import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CAST, inProgram, pierce, unreachable, withOverrides, withWorld, worldOf } from '../internal/story-fixtures.ts';
import './define.ts';

const bell = html`<mentor-notifications></mentor-notifications>`;
const PAGES = {
  console: 'https://society.example/mentoring/', search: 'https://society.example/mentoring/find/', preferences: 'https://society.example/mentoring/emails/',
};

/** Opens the list, as a member clicking the bell. */
const open = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  (await pierce<HTMLButtonElement>(canvasElement, 'mentor-notifications', '[part="bell"]')).click();
  await pierce(canvasElement, 'mentor-notifications', '[part="panel"]');
};

// The signed-in member's notifications, through a real MemoryBackend: the cast's requests, answers and
// mentorships told each member as they happened. The Docs page comes from the JSDoc.
const meta: Meta = {
  title: 'mentor-notifications',
  component: 'mentor-notifications',
  loaders: [withWorld({ settings: { pages: PAGES } })],
  decorators: [(story) => html`<div style="display: flex; justify-content: flex-end; min-block-size: 30rem">${story()}</div>`],
  render: (_args, context) => inProgram(worldOf(context).as(CAST.vera), bell),
};
export default meta;
type Story = StoryObj;

/** Vera: the bell with her unread count, closed. */
export const Closed: Story = {};

/** Vera's list: invitations, answers, a mentorship completed and one ended, each linked to the page to act on it. */
export const Open: Story = { play: open };

/** Ama has a request waiting: one unread. */
export const OneRequest: Story = {
  render: (_args, context) => inProgram(worldOf(context).as(CAST.ama), bell),
  play: open,
};

/** Not enrolled yet: nothing has happened. */
export const Empty: Story = {
  render: (_args, context) => inProgram(worldOf(context).as(CAST.newcomer), bell),
  play: open,
};

/** The list could not be read: the message, and Try again. */
export const Failed: Story = {
  render: (_args, context) =>
    inProgram(
      withOverrides(worldOf(context).as(CAST.vera), {
        listNotifications: unreachable,
      }),
      bell,
    ),
  play: open,
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  render: (_args, context) => html`<div lang="ar" dir="rtl">${inProgram(worldOf(context).as(CAST.vera), bell)}</div>`,
  play: open,
};
