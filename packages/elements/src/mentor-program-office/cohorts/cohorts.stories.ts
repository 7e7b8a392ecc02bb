import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { STORY_NOW, STORY_STAFF, pierce, worldOf, type StoryWorld } from '../../internal/story-fixtures.ts';
import { withCohortWorld } from '../../internal/cohort-story-fixtures.ts';
import '../define.ts';

const officeOf = (world: StoryWorld) =>
  html`<mentor-program .adapter=${world.as(STORY_STAFF)} .staffAdapter=${world.backend.staffAdapterFor(STORY_STAFF)}>
    <mentor-program-office view="cohorts" .now=${new Date(STORY_NOW)}></mentor-program-office>
  </mentor-program>`;

/** Opens the review of the first cohort. */
const review = async (canvasElement: HTMLElement) => {
  (await pierce<HTMLButtonElement>(canvasElement, 'mentor-program-office', 'mentor-office-cohorts', 'button[id^="review-"]')).click();
};

// The office's Cohorts tab on 23 November 2026 ("Cohort 2027", applications open until 15 December), over a
// real MemoryBackend: from no cohort to a published proposal.
const meta: Meta = {
  title: 'mentor-program-office/Cohorts',
  component: 'mentor-program-office',
  // No Docs page of its own: the element's is its main stories' (and each of these builds a cohort world).
  tags: ['!autodocs'],
  loaders: [withCohortWorld('applied')],
  render: (_args, context) => officeOf(worldOf(context)),
};
export default meta;
type Story = StoryObj;

/** No cohort yet: New cohort. */
export const Empty: Story = { loaders: [withCohortWorld('none')] };

/** The list: Cohort 2027 open, with its applicants. */
export const List: Story = {};

/** Creating a cohort: the dialog. */
export const NewCohort: Story = {
  loaders: [withCohortWorld('none')],
  play: async ({ canvasElement }) => {
    (await pierce<HTMLButtonElement>(canvasElement, 'mentor-program-office', 'mentor-office-cohorts', '#new-cohort')).click();
  },
};

/** One cohort: the applicants per role, and Propose matches. */
export const Applicants: Story = { play: async ({ canvasElement }) => review(canvasElement) };

/** The proposal to review: each pair's score and reasons; lock, remove, swap, rerun, publish. */
export const Proposal: Story = {
  loaders: [withCohortWorld('proposed')],
  play: async ({ canvasElement }) => review(canvasElement),
};

/** A pair removed from the proposal: its mentee unmatched, and "Add a pair by hand" offers mentors with a place. */
export const AddingAPair: Story = {
  loaders: [withCohortWorld('proposed')],
  play: async ({ canvasElement }) => {
    await review(canvasElement);
    (await pierce<HTMLButtonElement>(canvasElement, 'mentor-program-office', 'mentor-office-cohorts', 'td button.danger')).click();
    await pierce(canvasElement, 'mentor-program-office', 'mentor-office-cohorts', '#add-pair');
  },
};

/** Publishing asks for a reason and says what happens. */
export const Publishing: Story = {
  loaders: [withCohortWorld('proposed')],
  play: async ({ canvasElement }) => {
    await review(canvasElement);
    (await pierce<HTMLButtonElement>(canvasElement, 'mentor-program-office', 'mentor-office-cohorts', '#publish')).click();
  },
};

/** Published: the members answer; declines would be listed here. */
export const Published: Story = {
  loaders: [withCohortWorld('published')],
  play: async ({ canvasElement }) => review(canvasElement),
};
