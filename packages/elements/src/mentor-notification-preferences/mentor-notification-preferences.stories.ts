import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MentoringError } from '@mentor-match/core';
import { CAST, forever, inProgram, pierce, unreachable, withOverrides, withWorld, worldOf } from '../internal/story-fixtures.ts';
import './define.ts';

const preferences = html`<mentor-notification-preferences></mentor-notification-preferences>`;

/** The story world, after Vera used an email's unsubscribe link (only essential emails, her profile's language). */
const withUnsubscribedWorld = async () => {
  const loaded = await withWorld()();
  await loaded.world.as(CAST.vera).setNotificationPreferences!({ language: null, frequency: 'never' });
  return loaded;
};

/** Chooses the weekly digest in French and saves, as a member would. */
const chooseAndSave = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  (await pierce<HTMLInputElement>(canvasElement, 'mentor-notification-preferences', 'input[value="weekly"]')).click();
  const language = await pierce<HTMLSelectElement>(canvasElement, 'mentor-notification-preferences', '[part="language"]');
  language.value = 'fr';
  language.dispatchEvent(new Event('change'));
  (await pierce<HTMLButtonElement>(canvasElement, 'mentor-notification-preferences', '[part="save"]')).click();
};

// The signed-in member's email preferences, through a real MemoryBackend (whose outbox honours them). The
// Docs page comes from the JSDoc.
const meta: Meta = {
  title: 'mentor-notification-preferences',
  component: 'mentor-notification-preferences',
  loaders: [withWorld()],
  render: (_args, context) => inProgram(worldOf(context).as(CAST.vera), preferences),
};
export default meta;
type Story = StoryObj;

/** Vera has chosen nothing: every email as it happens, in her profile's language. */
export const Default: Story = {};

/** Vera chose the weekly digest in French and saved: the confirmation says what is now chosen. */
export const Saved: Story = { play: chooseAndSave };

/** Saving, on a slow connection: "Saving…" in the live region, the button unavailable. */
export const Saving: Story = {
  render: (_args, context) => inProgram(withOverrides(worldOf(context).as(CAST.vera), { setNotificationPreferences: forever }), preferences),
  play: chooseAndSave,
};

/** Vera used an email's unsubscribe link: only essential emails, and how to receive the others again. */
export const Unsubscribed: Story = { loaders: [withUnsubscribedWorld] };

/** The save failed (offline): the reason, and her choice still selected. */
export const SaveFailed: Story = {
  render: (_args, context) => inProgram(withOverrides(worldOf(context).as(CAST.vera), { setNotificationPreferences: unreachable }), preferences),
  play: chooseAndSave,
};

/** The program refused the language (a society's own adapter): the field is marked. */
export const Refused: Story = {
  render: (_args, context) =>
    inProgram(
      withOverrides(worldOf(context).as(CAST.vera), {
        setNotificationPreferences: () => Promise.reject(new MentoringError('validation', 'Not a language this program emails in.', { field: 'language' })),
      }),
      preferences,
    ),
  play: chooseAndSave,
};

/** The preferences could not be read: the message, and Try again. */
export const LoadFailed: Story = {
  render: (_args, context) => inProgram(withOverrides(worldOf(context).as(CAST.vera), { getNotificationPreferences: unreachable }), preferences),
};

/** Loading. */
export const Loading: Story = {
  render: (_args, context) => inProgram(withOverrides(worldOf(context).as(CAST.vera), { getNotificationPreferences: forever }), preferences),
};

/** A society's own adapter without email preferences: said plainly. */
export const NotOffered: Story = {
  render: (_args, context) =>
    inProgram(withOverrides(worldOf(context).as(CAST.vera), { getNotificationPreferences: undefined, setNotificationPreferences: undefined }), preferences),
};

/** In French. */
export const French: Story = {
  render: (_args, context) => html`<div lang="fr">${inProgram(worldOf(context).as(CAST.vera), preferences)}</div>`,
};

/** In Arabic, right to left, after unsubscribing. */
export const Arabic: Story = {
  loaders: [withUnsubscribedWorld],
  render: (_args, context) => html`<div lang="ar" dir="rtl">${inProgram(worldOf(context).as(CAST.vera), preferences)}</div>`,
};
