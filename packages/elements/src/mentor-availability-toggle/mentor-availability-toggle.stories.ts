import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CAST, forever, inProgram, pierce, withOverrides, withWorld, worldOf } from '../internal/story-fixtures.ts';
import './define.ts';

const toggle = html`<mentor-availability-toggle name="availability"></mentor-availability-toggle>`;

// The signed-in member's availability, through a real MemoryBackend. The Docs page comes from the JSDoc.
const meta: Meta = {
  title: 'mentor-availability-toggle',
  component: 'mentor-availability-toggle',
  loaders: [withWorld()],
  decorators: [(story) => html`<div style="max-inline-size: 36rem">${story()}</div>`],
  render: (_args, context) => inProgram(worldOf(context).as(CAST.ama), toggle),
};
export default meta;
type Story = StoryObj;

/** Ama, a mentor taking part: the switch off, what pausing would do, her capacity. */
export const Participating: Story = {};

/** Kenji is paused until January: the switch on and the return date. */
export const Paused: Story = {
  render: (_args, context) => inProgram(worldOf(context).as(CAST.kenji), toggle),
};

/** Priya's one place is taken. */
export const Full: Story = {
  render: (_args, context) => inProgram(worldOf(context).as(CAST.priya), toggle),
};

/** Vera is a mentee only: no capacity. */
export const MenteeOnly: Story = {
  render: (_args, context) => inProgram(worldOf(context).as(CAST.vera), toggle),
};

/** Not enrolled yet: how to set an availability. */
export const NotEnrolled: Story = {
  render: (_args, context) => inProgram(worldOf(context).as(CAST.newcomer), toggle),
};

/** The switch pressed while the service is slow to answer: the change shows at once, marked as saving. */
export const Saving: Story = {
  render: (_args, context) =>
    inProgram(withOverrides(worldOf(context).as(CAST.ama), { setAvailability: forever }), toggle),
  play: async ({ canvasElement }) => {
    (await pierce<HTMLInputElement>(canvasElement, 'mentor-availability-toggle', 'input[role="switch"]')).click();
  },
};

/** The service refused the change: the switch goes back and the message says why. */
export const Refused: Story = {
  render: (_args, context) =>
    inProgram(
      withOverrides(worldOf(context).as(CAST.ama), {
        setAvailability: () => Promise.reject(new Error('Service unavailable (the story adapter refuses on purpose)')),
      }),
      toggle,
    ),
  play: async ({ canvasElement }) => {
    (await pierce<HTMLInputElement>(canvasElement, 'mentor-availability-toggle', 'input[role="switch"]')).click();
    await pierce(canvasElement, 'mentor-availability-toggle', '[part~="error"]');
  },
};
