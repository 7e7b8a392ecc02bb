// Fixtures for the console's browser tests: members enrolled through a real MemoryBackend, requests
// between them, consoles as one member or another (or as "another tab" that hears no notifications),
// and shadow-DOM lookups.
import { html } from '@open-wc/testing';
import {
  DEFAULT_VISIBILITY, type EnrolmentInput, type MemoryAdapter, type MentoringAdapter, type Mentorship,
  type MentorshipRequestInput, type ProfileInput, type ProgramSettings,
} from '@mentor-match/core';
import { createWorld, faultyAdapter, inProgram, until, type World } from '../../test/helpers.ts';
import './define.ts';
import type { MentorRelationshipsConsole } from './mentor-relationships-console.ts';

export interface Spec {
  profile?: Partial<ProfileInput>;
  mentor?: boolean;
  mentee?: boolean;
  capacity?: number;
}

/** Enrols `id` through its own adapter and returns that adapter. */
export async function enrol(world: World, id: string, spec: Spec = {}): Promise<MemoryAdapter> {
  const adapter = world.backend.adapterFor(id);
  const role = { topics: ['leadership', 'grant-writing'], meetingModes: ['video', 'email'] as const, statement: '' };
  const input = {
    profile: {
      name: `Member ${id}`, headline: '', bio: '', photoUrl: null, email: `${id}@example.org`, phone: null,
      industry: null, careerStage: null, country: null, city: null, timeZone: 'Europe/London', languages: ['en'], links: [],
      ...spec.profile,
    },
    mentor: spec.mentor ? role : null,
    mentee: spec.mentee ? role : null,
    visibility: { ...DEFAULT_VISIBILITY },
    acceptCodeOfConduct: true,
  } as unknown as EnrolmentInput;
  await adapter.enrol(input);
  if (spec.capacity) await adapter.setAvailability({ status: 'participating', returnDate: null, capacity: spec.capacity });
  return adapter;
}

/**
 * Mia, a mentor with two places; Vera, a mentee (the usual viewer); Ben, another mentee. The world's
 * clock stands at 2026-11-23 09:00 UTC.
 */
export async function scene(options: { capacity?: number; settings?: Partial<ProgramSettings> } = {}) {
  const world = createWorld({ size: 50, settings: options.settings });
  const mia = await enrol(world, 'mia', {
    profile: { name: 'Mia Mentor', headline: 'Head of research', email: 'mia@example.org', phone: '+44 20 7946 0018' },
    mentor: true,
    capacity: options.capacity ?? 2,
  });
  const vera = await enrol(world, 'vera', { profile: { name: 'Vera Viewer', headline: 'PhD student' }, mentee: true });
  const ben = await enrol(world, 'ben', { profile: { name: 'Ben Okafor' }, mentee: true });
  return { world, mia, vera, ben };
}

/** `from` asks `to`: as a mentee asking a mentor unless `requesterRole` says otherwise. */
export function ask(from: MentoringAdapter, to: string, overrides: Partial<MentorshipRequestInput> = {}): Promise<Mentorship> {
  return from.requestMentorship({
    recipientId: to, requesterRole: 'mentee', areas: ['leadership', 'grant-writing'], goals: 'Lead my first team',
    termMonths: 6, meetingMode: 'video', message: 'Hello!', ...overrides,
  });
}

/** The same member in another tab: its adapter hears nothing of changes made elsewhere. */
export const otherTab = (adapter: MentoringAdapter) => faultyAdapter(adapter, { subscribe: () => () => {} });

/**
 * A console inside a program as `adapter`'s member, in British English unless `lang` says otherwise,
 * counting from `now` (the world's clock), loaded.
 */
export async function consoleOf(
  adapter: MentoringAdapter,
  options: { world?: World; lang?: string; dir?: string; content?: ReturnType<typeof html>; wait?: boolean } = {},
): Promise<MentorRelationshipsConsole> {
  const { lang = 'en-GB', dir = 'ltr', world } = options;
  const { element } = await inProgram<MentorRelationshipsConsole>(
    adapter,
    html`<div lang=${lang} dir=${dir}>
      <mentor-relationships-console .now=${world?.clock.now()}>${options.content}</mentor-relationships-console>
    </div>`,
    'mentor-relationships-console',
  );
  if (options.wait !== false) await loaded(element);
  return element;
}

export const loaded = (el: MentorRelationshipsConsole) =>
  until(() => part(el, '[part~="section"], [part="empty"], [part="error"]') !== null, 'the console to load');

export const part = <T extends Element = HTMLElement>(el: MentorRelationshipsConsole, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

export const parts = <T extends Element = HTMLElement>(el: MentorRelationshipsConsole, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** An item by mentorship id, or something inside it. */
export const inItem = <T extends Element = HTMLElement>(el: MentorRelationshipsConsole, id: string, selector = ''): T | null =>
  part<T>(el, `[id="m-${id}"] ${selector}`.trim());

export const actionButton = (el: MentorRelationshipsConsole, id: string, action: string) =>
  inItem<HTMLButtonElement>(el, id, `[part~="${action}"]`);

/** The ids of the items listed in a section, in order. */
export const idsIn = (el: MentorRelationshipsConsole, section: 'pending' | 'active' | 'ended') =>
  parts(el, `[part~="${section}"] [part~="item"]`).map((li) => li.id.slice(2));

export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The confirmation dialog. Its module loads the first time a confirmation is asked for: until then there is
 * none, which reads as a dialog that is not open (an empty one, in no document).
 */
export const dialog = (el: MentorRelationshipsConsole) => part<HTMLDialogElement>(el, 'dialog') ?? document.createElement('dialog');
export const status = (el: MentorRelationshipsConsole) => text(part(el, '.visually-hidden[role="status"]'));
export const refusal = (el: MentorRelationshipsConsole) => text(part(el, '#refusal'));

/** The element focused, looking through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
