import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { MentoringAdapter, WorkspaceAdapter } from '@mentor-match/core';
import { CAST, STORY_NOW, forever, inProgram, pierce, withWorld, worldOf } from '../internal/story-fixtures.ts';
import '../mentor-relationships-console/define.ts';

/** `member` offering `calls` too, as a society's own adapter may (`<mentor-program>` then uses them). */
const combine = (member: MentoringAdapter, calls: WorkspaceAdapter): MentoringAdapter =>
  new Proxy(member, {
    // `in` asks the proxy too: <mentor-program> looks for getWorkspace on a page's own adapter that way.
    has: (target, key) => key in calls || key in target,
    get(target, key) {
      const source = key in calls ? calls : target;
      const value = Reflect.get(source, key, source) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(source) : value;
    },
  });

/** Vera's adapter with her workspace calls, and the same with a workspace that never arrives. */
async function withWorkspace(context: { loaded: Record<string, unknown> }) {
  const world = worldOf(context);
  const calls = await world.backend.workspaceAdapterFor(CAST.vera);
  const never: WorkspaceAdapter = {
    getWorkspace: forever, changeWorkspace: forever, nextMeetingIcs: forever, followUp: (id, options) => calls.followUp(id, options),
  };
  return { vera: combine(world.as(CAST.vera), calls), loading: combine(world.as(CAST.vera), never) };
}

/** The panel (`workspace` or `follow-up`) of Vera's item about `partner`, opened. */
const open = (partner: string, panel: 'workspace' | 'follow-up', ready: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const consoleEl = 'mentor-relationships-console';
  const name = await pierce(canvasElement, consoleEl, '[part~="name"]');
  const items = [...(name.getRootNode() as ShadowRoot).querySelectorAll<HTMLElement>('li.item')];
  items.find((li) => li.textContent?.includes(partner))?.querySelector<HTMLButtonElement>(`[part~="panel"][part~="${panel}"]`)?.click();
  await pierce(canvasElement, consoleEl, panel === 'workspace' ? 'mentor-workspace' : 'mentor-follow-up', ready);
};

const consoleOf = (adapter: unknown) =>
  inProgram(adapter as MentoringAdapter, html`<mentor-relationships-console .now=${new Date(STORY_NOW)}></mentor-relationships-console>`);

// Vera's console on 23 November 2026 (real MemoryBackend), each story opening one panel: her workspace with
// Tomasz (her mentor since September), the one with Henrik (completed in July: read only, labelled Legacy),
// and the follow-up of her request to Lucía, unanswered for two weeks.
const meta: Meta = {
  title: 'mentor-workspace',
  component: 'mentor-workspace',
  // One loader: Storybook runs a story's loaders at once, so the workspace calls could not wait for the world.
  loaders: [async () => {
    const loaded = await withWorld()();
    return { ...loaded, ...(await withWorkspace({ loaded })) };
  }],
  render: (_args, context) => consoleOf(context.loaded.vera),
};
export default meta;
type Story = StoryObj;

/** An active mentorship's workspace: the request's goals, forms to add goals and milestones, log a meeting, agree a cadence, plan the next meeting. */
export const Active: Story = { play: open('Tomasz', 'workspace', '[part="goals"]') };

/** A completed mentorship's workspace: kept with its history, read only. */
export const ReadOnly: Story = { play: open('Henrik', 'workspace', '[part="read-only"]') };

/** The workspace has not arrived yet. */
export const Loading: Story = {
  render: (_args, context) => consoleOf(context.loaded.loading),
  play: open('Tomasz', 'workspace', '[role="status"]'),
};

/** A request unanswered for the program's days: one follow-up to send, and other members who match (`<mentor-follow-up>`). */
export const FollowUp: Story = { play: open('Lucía', 'follow-up', '[part="send"]') };
