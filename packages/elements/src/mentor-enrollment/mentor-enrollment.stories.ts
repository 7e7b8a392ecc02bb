import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CAST, forever, inProgram, pierce, withOverrides, withWorld, worldOf } from '../internal/story-fixtures.ts';
import './define.ts';

const form = html`<mentor-enrollment></mentor-enrollment>`;

// Enrolling and editing, through a real MemoryBackend. The Docs page comes from the JSDoc.
const meta: Meta = {
  title: 'mentor-enrollment',
  component: 'mentor-enrollment',
  loaders: [withWorld()],
  decorators: [(story) => html`<div style="max-inline-size: 60rem">${story()}</div>`],
  render: (_args, context) => inProgram(worldOf(context).as(CAST.newcomer), form),
};
export default meta;
type Story = StoryObj;

/** A member who has not enrolled: no role chosen yet. */
export const NewMember: Story = {};

/** Ama edits her mentor profile: every field filled in from her record. */
export const EditMentor: Story = {
  render: (_args, context) => inProgram(worldOf(context).as(CAST.ama), form),
};

/** Sam is both a mentor and a mentee: a preferences section for each role. */
export const BothRoles: Story = {
  render: (_args, context) => inProgram(worldOf(context).as(CAST.sam), form),
};

/** The program requires its code of conduct: a checkbox and the link to read it. */
export const CodeOfConductRequired: Story = {
  loaders: [
    withWorld({ settings: { codeOfConduct: { required: true, version: '1', url: 'https://example.org/code-of-conduct', text: null } } }),
  ],
};

/** Saved with nothing filled in: every problem listed at the top and marked at its field. */
export const Problems: Story = {
  play: async ({ canvasElement }) => {
    (await pierce<HTMLButtonElement>(canvasElement, 'mentor-enrollment', 'button[type="submit"]')).click();
    await pierce(canvasElement, 'mentor-enrollment', '[part~="summary"]');
  },
};

/** Saving, while the service is slow to answer. */
export const Saving: Story = {
  render: (_args, context) => inProgram(withOverrides(worldOf(context).as(CAST.ama), { enrol: forever }), form),
  play: async ({ canvasElement }) => {
    (await pierce<HTMLButtonElement>(canvasElement, 'mentor-enrollment', 'button[type="submit"]')).click();
  },
};
