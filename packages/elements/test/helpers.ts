// Shared fixtures for element tests: a real MemoryBackend behind a real <mentor-program>.
import { fixture, html } from '@open-wc/testing';
import {
  ManualClock, MemoryBackend, programSettings,
  type MentoringAdapter, type ProgramSettings, type StaffAdapter,
} from '@mentor-match/core';
import { generateRoster } from '@mentor-match/demo';
import '../src/mentor-program/define.ts';
import type { MentorProgram } from '../src/mentor-program/mentor-program.ts';

export interface World {
  backend: MemoryBackend;
  clock: ManualClock;
  /** The id of a member enrolled as mentee only (the usual viewer). */
  menteeId: string;
  /** The id of a member enrolled as mentor only. */
  mentorId: string;
}

/** The program office's member in the tests' worlds (not in the roster: signed in, never enrolled). */
export const STAFF_ID = 'staff-office';

/** A backend over a small deterministic roster; `STAFF_ID` is staff. */
export function createWorld(options: { size?: number; seed?: number; settings?: Partial<ProgramSettings> } = {}): World {
  const clock = new ManualClock('2026-11-23T09:00:00.000Z');
  const settings = programSettings(options.settings);
  const roster = generateRoster({ size: options.size ?? 60, seed: options.seed ?? 7, settings, now: clock.now() });
  const backend = new MemoryBackend({ settings, clock, members: roster.members, mentorships: roster.mentorships, staff: [STAFF_ID] });
  const available = roster.members.filter((m) => m.availability.status === 'participating');
  const mentee = available.find((m) => m.mentee !== null && m.mentor === null);
  const mentor = available.find((m) => m.mentor !== null && m.mentee === null);
  if (!mentee || !mentor) throw new Error('roster has no mentee-only or mentor-only member');
  return { backend, clock, menteeId: mentee.id, mentorId: mentor.id };
}

/** Renders `content` inside a <mentor-program> with this adapter and waits until the program is loaded. */
export async function inProgram<T extends Element>(
  adapter: MentoringAdapter,
  content: ReturnType<typeof html>,
  selector: string,
): Promise<{ program: MentorProgram; element: T }> {
  const ready = new Promise((resolve) => document.addEventListener('mentor-program-ready', resolve, { once: true }));
  const program = await fixture<MentorProgram>(html`<mentor-program .adapter=${adapter}>${content}</mentor-program>`);
  await ready;
  const element = program.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector} inside the program`);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { program, element };
}

/**
 * Renders `content` inside a <mentor-program> signed in as `memberId`, with the member's adapter and the
 * staff adapter (`staff`, when given, instead of the backend's: a failing or slow one), and waits until the
 * program is loaded.
 */
export async function inStaffProgram<T extends Element>(
  backend: MemoryBackend,
  memberId: string,
  content: ReturnType<typeof html>,
  selector: string,
  staff: StaffAdapter = backend.staffAdapterFor(memberId),
): Promise<{ program: MentorProgram; element: T }> {
  const ready = new Promise((resolve) => document.addEventListener('mentor-program-ready', resolve, { once: true }));
  const program = await fixture<MentorProgram>(
    html`<mentor-program .adapter=${backend.adapterFor(memberId)} .staffAdapter=${staff}>${content}</mentor-program>`,
  );
  await ready;
  const element = program.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector} inside the program`);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { program, element };
}

/** Waits until `predicate` holds, polling each animation frame (for async renders). */
export async function until(predicate: () => boolean, what = 'condition', timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** An adapter whose chosen methods misbehave, for error states. Everything else goes to `inner`. */
export function faultyAdapter(inner: MentoringAdapter, overrides: Partial<MentoringAdapter>): MentoringAdapter {
  return new Proxy(inner, {
    get(target, key, receiver) {
      if (key in overrides) return overrides[key as keyof MentoringAdapter];
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
