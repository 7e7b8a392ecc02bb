import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import type { Role } from '@mentor-match/core';
import { CAST, inProgram, pierce, withWorld, worldOf } from '../internal/story-fixtures.ts';
import { SHOW_AS } from './mentor-profile-card.ts';
import './define.ts';

interface Args {
  showAs: Role | undefined;
}

/** A card for `memberId`, loaded through the adapter, as `viewer` sees it (Vera, a mentee, unless said). */
const byId = (memberId: string, viewer: string = CAST.vera) => ({
  render: ({ showAs }: Args, context: StoryContext<Args>) =>
    inProgram(
      worldOf(context).as(viewer),
      html`<mentor-profile-card member-id=${memberId} show-as=${ifDefined(showAs)}></mentor-profile-card>`,
    ),
});

/** A card given a search hit (`.hit`), so it shows why the member matches. */
const asHit = (memberId: string) => ({
  loaders: [
    async () => {
      const { world } = await withWorld({ edgeCases: true })();
      return { world, hit: await world.hit(CAST.vera, memberId) };
    },
  ],
  render: ({ showAs }: Args, context: StoryContext<Args>) =>
    inProgram(
      worldOf(context).as(CAST.vera),
      html`<mentor-profile-card .hit=${context.loaded.hit} show-as=${ifDefined(showAs)}></mentor-profile-card>`,
    ),
});

// One member, seen by Vera (a mentee in London) through a real MemoryBackend: the badge is usable, or stays
// visible and says why not. The Docs page's description and tables come from the element's JSDoc.
const meta: Meta<Args> = {
  title: 'mentor-profile-card',
  component: 'mentor-profile-card',
  loaders: [withWorld({ edgeCases: true })],
  args: { showAs: undefined },
  argTypes: { showAs: { control: 'inline-radio', options: SHOW_AS } },
  decorators: [(story) => html`<div style="max-inline-size: 36rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj<Args>;

/** Ama, from a search: topics, places, local time, and why she matches. The badge is ready. */
export const Default: Story = asHit(CAST.ama);

/** A very long name and headline in a narrow card. */
export const LongName: Story = asHit(CAST.long);

/** Kenji is temporarily not participating, back in January. */
export const Paused: Story = byId(CAST.kenji);

/** Priya's one place is taken. */
export const Full: Story = byId(CAST.priya);

/** Vera already asked Lucía; the request is waiting, with its expiry date. */
export const AlreadyRequested: Story = byId(CAST.lucia);

/** Vera's own card. */
export const Yourself: Story = byId(CAST.vera);

/** Tomasz is already Vera's mentor. */
export const ActivePartner: Story = byId(CAST.tomasz);

/** A member who has not enrolled as a mentee sees Ama's card: the badge says to enrol first. */
export const ViewerNotEnrolled: Story = byId(CAST.ama, CAST.newcomer);

/** The badge clicked: the request form, in a modal dialog. */
export const RequestFormOpen: Story = {
  ...asHit(CAST.ama),
  play: async ({ canvasElement }) => {
    (await pierce<HTMLButtonElement>(canvasElement, 'mentor-profile-card', '[part~="badge"]')).click();
    await pierce(canvasElement, 'mentor-profile-card', 'mentor-request-form', 'dialog[open]');
  },
};

/**
 * Mallory typed markup into her name, headline, city, bio and statement: all of it shows as text, in the card
 * and in her full profile (opened from her name). Nothing runs, no image loads.
 */
export const MaliciousBio: Story = {
  ...byId(CAST.mallory),
  play: async ({ canvasElement }) => {
    (await pierce<HTMLButtonElement>(canvasElement, 'mentor-profile-card', '[part~="name"] button')).click();
    await pierce(canvasElement, 'mentor-profile-card', 'mentor-profile-dialog', 'dialog[open]');
  },
};

/** Henrik mentored Vera to the end of their term: his ribbon says so in words, "Mentor · 1 mentorship completed". */
export const Recognised: Story = byId(CAST.henrik);
