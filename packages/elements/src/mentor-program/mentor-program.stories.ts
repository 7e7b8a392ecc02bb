import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CAST, forever, inProgram, withOverrides, withWorld, worldOf } from '../internal/story-fixtures.ts';
import { THEMES, type Theme } from './mentor-program.ts';
import './define.ts';
import '../mentor-search/define.ts';

interface Args {
  theme: Theme;
}

// `<mentor-program>` shows nothing itself: it gives the adapter, the settings and the signed-in member to the
// elements inside it. These stories show what those elements say while it is missing, loading or failing.
const meta: Meta<Args> = {
  title: 'mentor-program',
  component: 'mentor-program',
  loaders: [withWorld()],
  args: { theme: 'auto' },
  argTypes: { theme: { control: 'inline-radio', options: THEMES } },
};
export default meta;
type Story = StoryObj<Args>;

/** Connected: a MemoryBackend adapter, signed in as Vera (a mentee); the search inside works. */
export const Connected: Story = {
  render: ({ theme }, context) => inProgram(worldOf(context).as(CAST.vera), html`<mentor-search></mentor-search>`, theme),
};

/** A `<mentor-program>` with no `api`, no `demo` and no `.adapter`: the elements say how to configure it. */
export const NotConfigured: Story = {
  render: ({ theme }) => inProgram(undefined, html`<mentor-search></mentor-search>`, theme),
};

/** No `<mentor-program>` around the element at all: after a moment it says how to add one. */
export const NoProvider: Story = {
  render: () => html`<mentor-search></mentor-search>`,
};

/** The program's settings and the signed-in member are still on their way. */
export const Loading: Story = {
  render: ({ theme }, context) => {
    const adapter = withOverrides(worldOf(context).as(CAST.vera), { getProgram: forever, getViewer: forever });
    return inProgram(adapter, html`<mentor-search></mentor-search>`, theme);
  },
};

/** Nobody is signed in to the member site: the adapter answers `unauthenticated`. */
export const SignInError: Story = {
  render: ({ theme }, context) => inProgram(worldOf(context).backend.anonymous(), html`<mentor-search></mentor-search>`, theme),
};
