// Importing this module adds German; the loader imports it when an element is shown in German.
import { registerLocale } from './localize.ts';
import { de } from './de.ts';

registerLocale('de', de);
