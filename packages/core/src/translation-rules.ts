// A rule of the staff service on a settings change (beside settings-rules.ts, in a module of its own so that
// only the service's bundle holds it): no translation keyed by the program's own language.
import { MentoringError } from './errors.ts';
import { programLanguage, sameLanguage } from './program-words.ts';
import type { ProgramSettings } from './schemas/settings.ts';

/**
 * Throws `validation` (field `language`) when a translation is in the program's own language: that word is
 * its label, name or text, and two texts for one language would leave a page to guess.
 */
export function checkTranslations(settings: ProgramSettings): void {
  const own = programLanguage(settings);
  const maps = [settings.names, settings.codeOfConduct.texts, ...[...settings.topics, ...settings.industries, ...settings.careerStages].map((entry) => entry.labels)];
  if (maps.some((map) => map !== undefined && Object.keys(map).some((tag) => sameLanguage(tag, own)))) {
    throw new MentoringError('validation', `A translation is in the program's own language (${own}): that word is its label, name or text.`, {
      field: 'language',
    });
  }
}
