// Importing this module adds Arabic; the loader imports it when an element is shown in Arabic.
import { registerLocale } from './localize.ts';
import { ar } from './ar.ts';

registerLocale('ar', ar);
