// The demo's program: the default program (core's DEFAULT_PROGRAM_SETTINGS: a general professional
// society's taxonomy and the usual limits) run by the example site's association, with its words in the
// five languages of the elements (settings-words.ts): ids and English labels are the default's.
import { DEFAULT_PROGRAM_SETTINGS, type ProgramSettings, type TaxonomyEntry, type Translations } from '@mentor-match/core';
import { DEMO_INDUSTRY_LABELS, DEMO_NAMES, DEMO_STAGE_LABELS, DEMO_TOPIC_LABELS } from './settings-words.ts';

const translated = <T extends TaxonomyEntry>(entries: readonly T[], labels: Readonly<Record<string, Translations>>): T[] =>
  entries.map((entry) => (labels[entry.id] ? { ...entry, labels: labels[entry.id] } : entry));

/** The program `npm start`, the in-page demo and the roster generator use unless told otherwise. */
export const DEMO_PROGRAM_SETTINGS: ProgramSettings = Object.freeze({
  ...DEFAULT_PROGRAM_SETTINGS,
  name: 'Northbridge Society of Engineers mentoring program',
  // Both ways of matching side by side (issue 14): members search and ask, and the seeded cohort takes
  // applications the office matches.
  mode: 'both',
  names: DEMO_NAMES,
  topics: translated(DEFAULT_PROGRAM_SETTINGS.topics, DEMO_TOPIC_LABELS),
  industries: translated(DEFAULT_PROGRAM_SETTINGS.industries, DEMO_INDUSTRY_LABELS),
  careerStages: translated(DEFAULT_PROGRAM_SETTINGS.careerStages, DEMO_STAGE_LABELS),
});
