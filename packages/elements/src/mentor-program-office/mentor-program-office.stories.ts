import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { StaffAdapter } from '@mentor-match/core';
import { CAST, STORY_NOW, STORY_STAFF, forever, pierce, unreachable, withWorld, worldOf, type StoryWorld } from '../internal/story-fixtures.ts';
import './define.ts';
import type { OfficeViewName } from './mentor-program-office.ts';

interface Args {
  view: OfficeViewName;
}

/** The office inside a program signed in as `memberId`, with the backend's staff adapter (or `staff`). */
const officeOf = (world: StoryWorld, { view }: Args, memberId = STORY_STAFF, staff?: StaffAdapter) =>
  html`<mentor-program .adapter=${world.as(memberId)} .staffAdapter=${staff ?? world.backend.staffAdapterFor(memberId)}>
    <mentor-program-office view=${view} .now=${new Date(STORY_NOW)}></mentor-program-office>
  </mentor-program>`;

/** A staff adapter whose every read waits forever, or fails as if the service were unreachable. */
const staffThat = (world: StoryWorld, answer: () => Promise<never>): StaffAdapter => {
  const real = world.backend.staffAdapterFor(STORY_STAFF);
  return {
    pair: answer, actOnMentorship: answer, actOnMember: answer, updateConcern: answer, updateSettings: answer,
    exportCsv: (request, options) => real.exportCsv(request, options),
    getDashboard: answer, listMembers: answer, getMember: answer, listMentorships: answer, listRequests: answer,
    listConcerns: answer, getSettings: answer, listEvaluations: answer, listAudit: answer,
    listCohorts: answer, getCohort: answer, createCohort: answer, updateCohort: answer, actOnCohort: answer, listApplicants: answer,
    runMatching: answer, getProposal: answer, editProposal: answer, publishProposal: answer, listCohortMatches: answer,
    subscribe: (listener) => real.subscribe(listener),
  };
};

// The program office on 23 November 2026, signed in as its staff member, over the same real MemoryBackend as
// the other elements' stories (60 generated members and the cast, with Vera's concern about how Inês ended
// their mentorship). Each tab is a story; the Docs page comes from the JSDoc.
const meta: Meta<Args> = {
  title: 'mentor-program-office',
  component: 'mentor-program-office',
  loaders: [withWorld()],
  args: { view: 'dashboard' },
  argTypes: {
    view: { control: 'select', options: ['dashboard', 'members', 'mentorships', 'requests', 'concerns', 'evaluations', 'audit', 'settings'] },
  },
  render: (args, context) => officeOf(worldOf(context), args),
};
export default meta;
type Story = StoryObj<Args>;

/** The figures for the last twelve months, the trend (chart, and its table), demand against supply by topic. */
export const Dashboard: Story = {};

/** Members with their roles, standing and counts; the staff actions each standing allows. */
export const Members: Story = { args: { view: 'members' } };

/** Every mentorship and request, newest first, with End or Withdraw. */
export const Mentorships: Story = { args: { view: 'mentorships' } };

/** Requests waiting a week or more for an answer. */
export const WaitingRequests: Story = { args: { view: 'requests' } };

/** The concerns queue: Vera's report, new. */
export const Concerns: Story = { args: { view: 'concerns' } };

/** Each partner's feedback and the averages. */
export const Evaluations: Story = { args: { view: 'evaluations' } };

/** The audit log (empty until staff act: try an action on Members first). */
export const AuditLog: Story = { args: { view: 'audit' } };

/** The program's settings, edited without a redeploy. */
export const Settings: Story = { args: { view: 'settings' } };

/** A staff action asks for its reason: suspending a member. */
export const ReasonDialog: Story = {
  args: { view: 'members' },
  play: async ({ canvasElement }) => {
    const suspend = await pierce<HTMLButtonElement>(canvasElement, 'mentor-program-office', 'mentor-office-members', 'tbody button.danger');
    suspend.click();
    await pierce(canvasElement, 'mentor-program-office', 'mentor-office-members', 'dialog[open]');
  },
};

/** A member who is not staff (Vera): the page is for program staff, and shows no data. */
export const NotStaff: Story = {
  render: (args, context) => officeOf(worldOf(context), args, CAST.vera),
};

/** The figures have not arrived yet. */
export const Loading: Story = {
  render: (args, context) => officeOf(worldOf(context), args, STORY_STAFF, staffThat(worldOf(context), forever)),
};

/** The service could not be reached: the message and Try again. */
export const LoadError: Story = {
  render: (args, context) => officeOf(worldOf(context), args, STORY_STAFF, staffThat(worldOf(context), unreachable)),
};
