import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CAST, inProgram, pierce, worldOf } from '../internal/story-fixtures.ts';
import { withCohortWorld } from '../internal/cohort-story-fixtures.ts';
import './define.ts';

const consoleAt = (now: Date) => html`<mentor-relationships-console .now=${now}></mentor-relationships-console>`;

// The console's cohort part in a program that runs cohorts ("Cohort 2027", matched by the program office):
// Vera (mentee) and Ama (mentor) from their proposed match to the end of its term.
const meta: Meta = {
  title: 'mentor-relationships-console/Cohort matches',
  component: 'mentor-relationships-console',
  // No Docs page of its own: the element's is its main stories' (and each of these builds a cohort world).
  tags: ['!autodocs'],
  loaders: [withCohortWorld('published')],
  render: (_args, context) => inProgram(worldOf(context).as(CAST.vera), consoleAt(worldOf(context).clock.now())),
};
export default meta;
type Story = StoryObj;

/** Vera's proposed match with Ama, the reasons, Accept and Decline. */
export const Proposed: Story = {};

/** The same match seen by Ama, the mentor. */
export const ProposedToMentor: Story = {
  render: (_args, context) => inProgram(worldOf(context).as(CAST.ama), consoleAt(worldOf(context).clock.now())),
};

/** Declining: the dialog asks why (only the program office reads it). */
export const Declining: Story = {
  play: async ({ canvasElement }) => {
    (await pierce<HTMLButtonElement>(canvasElement, 'mentor-relationships-console', 'mentor-cohort-matches', '[part~="decline"]')).click();
  },
};

/** Vera accepted: waiting for her partner. */
export const WaitingForPartner: Story = {
  loaders: [withCohortWorld('accepted')],
};

/** A week before the term ends: complete, or ask to extend. */
export const TermEnding: Story = {
  loaders: [withCohortWorld('ending')],
};

/** Ama's mentorship with Vera ended early: Vera may ask for a new match. */
export const AskForANewMatch: Story = {
  loaders: [withCohortWorld('ended-early')],
};
