import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  CAST, STORY_NOW, forever, inProgram, pierce, unreachable, withOverrides, withWorld, worldOf,
} from '../internal/story-fixtures.ts';
import './define.ts';

interface Args {
  recentEnded: number;
}

const consoleOf = ({ recentEnded }: Args) =>
  html`<mentor-relationships-console recent-ended=${recentEnded} .now=${new Date(STORY_NOW)}>
    <a slot="empty" href="#find-a-mentor">Find a mentor</a>
  </mentor-relationships-console>`;

// Vera's mentoring on 23 November 2026, through a real MemoryBackend: Sofia's invitation came this morning,
// Diego's is saved for later, her own request to Lucía waits, Tomasz has mentored her since September, and
// two mentorships are over (Henrik's completed, Inês's ended early). The Docs page comes from the JSDoc.
const meta: Meta<Args> = {
  title: 'mentor-relationships-console',
  component: 'mentor-relationships-console',
  loaders: [withWorld()],
  args: { recentEnded: 5 },
  argTypes: { recentEnded: { control: { type: 'number', min: 0, max: 20 } } },
  render: (args, context) => inProgram(worldOf(context).as(CAST.vera), consoleOf(args)),
};
export default meta;
type Story = StoryObj<Args>;

/** Pending (incoming, saved, outgoing), active with its progress, and ended with feedback to give. */
export const Default: Story = {};

/** The same mentorships seen by Tomasz, the mentor: an active mentee. */
export const AsMentor: Story = {
  render: (args, context) => inProgram(worldOf(context).as(CAST.tomasz), consoleOf(args)),
};

/** A member with no mentorships yet: a friendly line and the page's own link (the `empty` slot). */
export const Empty: Story = {
  render: (args, context) => inProgram(worldOf(context).as(CAST.ama), consoleOf(args)),
};

/** The list has not arrived yet: the space is held. */
export const Loading: Story = {
  render: (args, context) =>
    inProgram(withOverrides(worldOf(context).as(CAST.vera), { listMentorships: forever }), consoleOf(args)),
};

/** The list could not be loaded: the message and Try again. */
export const LoadError: Story = {
  render: (args, context) =>
    inProgram(withOverrides(worldOf(context).as(CAST.vera), { listMentorships: unreachable }), consoleOf(args)),
};

/** Older history folds away after the most recent ended mentorship (`recent-ended="1"`). */
export const OlderHistoryFolded: Story = {
  args: { recentEnded: 1 },
};

/** Declining asks first: the confirmation dialog, with an optional reason. */
export const ConfirmDecline: Story = {
  play: async ({ canvasElement }) => {
    const decline = '[part~="action"][part~="decline"]';
    (await pierce<HTMLButtonElement>(canvasElement, 'mentor-relationships-console', decline)).click();
    await pierce(canvasElement, 'mentor-relationships-console', 'dialog[open]');
  },
};
