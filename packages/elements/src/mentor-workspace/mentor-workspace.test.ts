// <mentor-workspace> and <mentor-follow-up> as the console opens them, over a real MemoryBackend: the
// "Workspace" disclosure, goals and meetings added by keyboard, what a partner wrote shown as text, the
// calendar file, read only (and "Legacy") once the mentorship is over, and a request's follow-up with other
// members who match. Axe in every state.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryAdapter, MentoringAdapter, WorkspaceAdapter } from '@mentor-match/core';
import { until } from '../../test/helpers.ts';
import { ask, consoleOf, deepActive, inItem, part, scene, text } from '../mentor-relationships-console/console-fixtures.ts';
import type { MentorRelationshipsConsole } from '../mentor-relationships-console/mentor-relationships-console.ts';
import type { MentorWorkspace } from './mentor-workspace.ts';
import type { MentorFollowUp } from './follow-up.ts';

/** The member's adapter offering their workspace calls too, as a society's adapter may. */
function withWorkspace(member: MemoryAdapter, workspace: WorkspaceAdapter): MentoringAdapter & WorkspaceAdapter {
  return new Proxy(member, {
    // `in` asks the proxy too: <mentor-program> looks for getWorkspace on a page's own adapter that way.
    has: (target, key) => key in workspace || key in target,
    get(target, key) {
      const source = key in workspace ? workspace : target;
      const value = Reflect.get(source, key, source) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(source) : value;
    },
  }) as unknown as MentoringAdapter & WorkspaceAdapter;
}

/** Vera asked Mia, who accepted: Vera's console, loaded. */
async function activePair(options: { accept?: boolean } = {}) {
  const { world, mia, vera } = await scene();
  const request = await ask(vera, 'mia', { goals: 'Lead my first team\nPublish a paper' });
  if (options.accept !== false) await mia.act(request.id, 'accept', { version: request.version });
  const as = async (adapter: MemoryAdapter, id: string) => withWorkspace(adapter, await world.backend.workspaceAdapterFor(id));
  const el = await consoleOf(await as(vera, 'vera'), { world });
  return { world, mia, vera, request, el, as };
}

async function openPanel(el: MentorRelationshipsConsole, id: string, panel: 'workspace' | 'follow-up') {
  const button = inItem<HTMLButtonElement>(el, id, `[part~="panel"][part~="${panel}"]`)!;
  expect(button.getAttribute('aria-expanded')).to.equal('false');
  button.click();
  await until(() => inItem(el, id, `#p-${id}-panel`) !== null, `the ${panel} to open`);
  expect(button.getAttribute('aria-expanded')).to.equal('true');
  return { button, panel: inItem(el, id, `#p-${id}-panel`)! };
}

const shadow = (host: Element, selector: string) => host.shadowRoot!.querySelector<HTMLElement>(selector);

describe('<mentor-workspace> in the console', () => {
  it('opens from "Workspace" with the request\'s goals; goals and meetings added by keyboard; accessible', async () => {
    const { request, el } = await activePair();
    const { panel } = await openPanel(el, request.id, 'workspace');
    const ws = panel as MentorWorkspace;
    await until(() => shadow(ws, '[part="goals"]') !== null, 'the workspace to load');
    expect([...ws.shadowRoot!.querySelectorAll('[part="goal"] .member-text')].map(text)).to.deep.equal(['Lead my first team', 'Publish a paper']);
    expect(text(shadow(ws, '[part="title"]'))).to.equal('Workspace with Mia Mentor');
    await expect(el).to.be.accessible();

    const goalInput = ws.shadowRoot!.querySelectorAll<HTMLInputElement>('form input[name="title"]');
    const newGoal = goalInput[goalInput.length - 1]!;
    newGoal.focus();
    await sendKeys({ type: 'Speak at a <b>conference</b>' });
    await sendKeys({ press: 'Enter' });
    await until(() => ws.shadowRoot!.querySelectorAll('[part="goal"]').length === 3, 'the new goal');
    const added = [...ws.shadowRoot!.querySelectorAll('[part="goal"] .member-text')].at(-1)!;
    expect(added.textContent).to.equal('Speak at a <b>conference</b>');
    expect(added.querySelector('b')).to.equal(null, 'member text is never HTML');
    expect(added.getAttribute('dir')).to.equal('auto');

    const notes = shadow(ws, 'textarea[name="notes"]')!;
    notes.focus();
    await sendKeys({ type: 'Talked about the team' });
    (shadow(ws, 'form[aria-label="Log a meeting"] button') as HTMLButtonElement).click();
    await until(() => ws.shadowRoot!.querySelectorAll('[part="meeting"]').length === 1, 'the logged meeting');
    expect(text(shadow(ws, '[part="meeting"]'))).to.contain('Talked about the team').and.contain('Logged by you');
    expect(text(shadow(ws, '.visually-hidden[role="status"]'))).to.equal('Saved.');
    await expect(el).to.be.accessible();
  });

  it('shows the partner\'s entries as theirs, and gives the next meeting as a calendar file', async () => {
    const { world, mia, request, el, as } = await activePair();
    const miaWs = await as(mia, 'mia');
    await miaWs.changeWorkspace(request.id, { type: 'log-meeting', date: '2026-11-23', minutes: 45, notes: 'From Mia', nextSteps: 'Read' });
    await miaWs.changeWorkspace(request.id, { type: 'set-next-meeting', start: '2026-11-30T15:00:00.000Z', minutes: 30, timeZone: 'Europe/London' });
    const { panel } = await openPanel(el, request.id, 'workspace');
    await until(() => shadow(panel, '[part="meeting"]') !== null, 'Mia\'s meeting');
    expect(text(shadow(panel, '[part="meeting"]'))).to.contain('Logged by Mia Mentor').and.contain('45 minutes');
    const made: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      made.push(blob);
      return original.call(URL, blob);
    };
    try {
      (shadow(panel, '[part="next-meeting"] button[type="button"]') as HTMLButtonElement).click();
      await until(() => made.length === 1, 'the calendar file');
    } finally {
      URL.createObjectURL = original;
    }
    const ics = await made[0]!.text();
    expect(made[0]!.type).to.equal('text/calendar');
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).to.contain('DTSTART:20261130T150000Z');
    void world;
  });

  it('is read only once the mentorship is over, and the console labels it Legacy', async () => {
    const { mia, request, el } = await activePair();
    await mia.act(request.id, 'complete');
    await until(() => inItem(el, request.id, '[part~="legacy"]') !== null, 'the Legacy label');
    expect(text(inItem(el, request.id, '[part~="legacy"]'))).to.equal('Legacy');
    const { panel } = await openPanel(el, request.id, 'workspace');
    await until(() => shadow(panel, '[part="read-only"]') !== null, 'the read-only notice');
    expect(panel.shadowRoot!.querySelectorAll('form, select, input').length).to.equal(0);
    expect(text(shadow(panel, '[part="goals"]'))).to.contain('Lead my first team');
    await expect(el).to.be.accessible();
  });

  it('closes and reopens from the keyboard, focus staying on its button', async () => {
    const { request, el } = await activePair();
    const { button } = await openPanel(el, request.id, 'workspace');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => inItem(el, request.id, `#p-${request.id}-panel`) === null, 'the workspace to close');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActive()).to.equal(button);
    await sendKeys({ press: 'Space' });
    await until(() => inItem(el, request.id, `#p-${request.id}-panel`) !== null, 'the workspace to reopen');
  });
});

describe('<mentor-follow-up> in the console', () => {
  it('a week after an unanswered request: one follow-up to the recipient, and other members who match', async () => {
    const { world, request, el } = await activePair({ accept: false });
    expect(inItem(el, request.id, '[part~="follow-up"]')).to.equal(null, 'not before the program\'s days');
    world.clock.advance({ days: 7 });
    el.now = world.clock.now();
    await el.updateComplete;
    const { panel } = await openPanel(el, request.id, 'follow-up');
    const followUp = panel as MentorFollowUp;
    await until(() => shadow(followUp, '[part="others"], .muted') !== null, 'other members');
    await expect(el).to.be.accessible();
    (shadow(followUp, '[part="send"]') as HTMLButtonElement).click();
    await until(() => text(shadow(followUp, 'p[role="status"]')) !== '', 'the follow-up to go');
    expect(text(shadow(followUp, 'p[role="status"]'))).to.equal('Your follow-up went to \u2068Mia Mentor\u2069.');
    expect(world.backend.outbox.filter((n) => n.kind === 'nudge-follow-up').map((n) => n.memberId)).to.deep.equal(['mia']);
    expect(shadow(followUp, '[part="send"]')).to.equal(null, 'only once');
    await expect(el).to.be.accessible();
    void part;
  });
});
