// <mentor-notification-preferences>: its English, and the contract of its catalog in each other language
// (preferences-fr.ts, …), apart from the member elements' catalogs so that only the page with the preferences
// downloads its words. The element adds the English when its module is imported, and the page language's
// catalog when it is shown in one.
import type { Format } from './format.ts';
import type { MessageArgs } from './en.ts';

export const preferencesEn = {
  'preferences.heading': 'Email preferences',
  'preferences.intro': 'Everything that happens stays in your notifications on this site. Choose how often we also email you about it, and in which language.',
  'preferences.loading': 'Loading your email preferences…',
  'preferences.unsupported': 'This program does not offer email preferences.',
  'preferences.frequency': 'How often to email you',
  'preferences.immediately': 'As it happens',
  'preferences.immediatelyHint': 'One email for each request, answer, reminder and nudge.',
  'preferences.daily': 'Daily digest',
  'preferences.dailyHint': 'At most one email a day, listing what happened.',
  'preferences.weekly': 'Weekly digest',
  'preferences.weeklyHint': 'At most one email a week, listing what happened.',
  'preferences.never': 'Only essential emails',
  'preferences.neverHint': 'Nothing else by email: you read it in your notifications here.',
  'preferences.essential': 'Always emailed at once, whatever you choose: the program office’s decisions about your participation (approval as a mentor, a pause, a suspension) and its replies to concerns you raised.',
  'preferences.language': 'Email language',
  'preferences.languageHint': 'Your emails and your notifications on this site are written in it. Automatic: your profile’s language when it is one of these, else English.',
  'preferences.languageDefault': (language: string) => `Automatic (${language})`,
  'preferences.unsubscribed': 'You unsubscribed from these emails, so only essential ones are sent. To receive the others again, choose how often and save.',
  'preferences.save': 'Save preferences',
  'preferences.saving': 'Saving…',
  'preferences.saved': (choice: string, language: string) => `Saved: ${choice}, in ${language}.`,
  'preferences.kept': 'Your choices are still selected: save again when you are ready.',
};

type PreferencesEnglish = typeof preferencesEn;

/** Every key of the preferences' catalog, with its arguments (and the `Format`, as every message gets), in each language. */
export type PreferencesMessages = {
  [K in keyof PreferencesEnglish]: PreferencesEnglish[K] extends string ? string : (...args: [...MessageArgs<PreferencesEnglish[K]>, f: Format]) => string;
};
