// Fixtures for the card's browser tests: members enrolled through a real MemoryBackend (the roster of
// test/helpers.ts plus hand-made members whose every field the tests know), and shadow-DOM lookups.
import { html } from '@open-wc/testing';
import {
  DEFAULT_VISIBILITY, type MemoryAdapter, type MentoringAdapter, type ProfileInput, type RoleInput,
} from '@mentor-match/core';
import { createWorld, inProgram, type World } from '../../test/helpers.ts';
import './define.ts';
import type { MentorProfileCard } from './mentor-profile-card.ts';

export interface Spec {
  profile?: Partial<ProfileInput>;
  mentor?: Partial<RoleInput> | null;
  mentee?: Partial<RoleInput> | null;
  capacity?: number;
}

/** Enrols (or re-enrols) `id` through its own adapter and returns that adapter. */
export async function enrol(world: World, id: string, spec: Spec = {}): Promise<MemoryAdapter> {
  const adapter = world.backend.adapterFor(id);
  const role = (input: Partial<RoleInput> | null | undefined) =>
    input === null || input === undefined ? null : { topics: ['leadership'], meetingModes: ['video'] as const, statement: '', ...input };
  await adapter.enrol({
    profile: {
      name: `Member ${id}`, headline: '', bio: '', photoUrl: null, email: `${id}@example.org`, phone: null,
      industry: null, careerStage: null, country: null, city: null, timeZone: 'Europe/London', languages: ['en'], links: [],
      ...spec.profile,
    },
    mentor: role(spec.mentor),
    mentee: role(spec.mentee),
    visibility: { ...DEFAULT_VISIBILITY },
    acceptCodeOfConduct: true,
  } as Parameters<MemoryAdapter['enrol']>[0]);
  if (spec.capacity) await adapter.setAvailability({ status: 'participating', returnDate: null, capacity: spec.capacity });
  return adapter;
}

/** Ama, a mentor with three places in Nairobi, and the viewer, a mentee in London. */
export async function scene(options: Parameters<typeof createWorld>[0] = {}) {
  const world = createWorld(options);
  const ama = await enrol(world, 'ama', {
    profile: {
      name: 'Ama Mensah', headline: 'Research director', bio: 'Twenty years in public health.',
      city: 'Nairobi', country: 'KE', timeZone: 'Africa/Nairobi', languages: ['en', 'fr'],
      links: ['https://example.org/ama'],
    },
    mentor: { topics: ['leadership', 'grant-writing', 'statistics'], meetingModes: ['video', 'email'], statement: 'I help new leaders.' },
    capacity: 3,
  });
  const viewer = await enrol(world, 'viewer', { profile: { name: 'Vera Viewer' }, mentee: { topics: ['leadership'] } });
  return { world, ama, viewer };
}

/** A request from `from` to `recipientId` (a mentee asking, by default), as a member would send it. */
export function ask(from: MentoringAdapter, recipientId: string, requesterRole: 'mentee' | 'mentor' = 'mentee') {
  return from.requestMentorship({
    recipientId, requesterRole, areas: ['leadership'], goals: 'Grow', termMonths: 6, meetingMode: 'video', message: '',
  });
}

/** A card inside a program as `adapter`'s member, in British English unless `lang` says otherwise. */
export async function card(adapter: MentoringAdapter, content: ReturnType<typeof html>, lang = 'en-GB', dir = 'ltr') {
  const { element } = await inProgram<MentorProfileCard>(adapter, html`<div lang=${lang} dir=${dir}>${content}</div>`, 'mentor-profile-card');
  return element;
}

/** An element inside the card's shadow root, or inside one of its dialogs' (`in: 'form' | 'profile'`). */
export function part<T extends Element = HTMLElement>(el: MentorProfileCard, selector: string, inside?: 'form' | 'profile'): T | null {
  const root = el.shadowRoot!;
  if (!inside) return root.querySelector<T>(selector);
  const host = root.querySelector(inside === 'form' ? 'mentor-request-form' : 'mentor-profile-dialog');
  return host?.shadowRoot?.querySelector<T>(selector) ?? null;
}

export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The element focused, looking through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
