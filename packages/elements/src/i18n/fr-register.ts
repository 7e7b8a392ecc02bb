// Importing this module adds French; the loader imports it when an element is shown in French.
import { registerLocale } from './localize.ts';
import { fr } from './fr.ts';

registerLocale('fr', fr);
