// Importing this module adds Spanish; the loader imports it when an element is shown in Spanish.
import { registerLocale } from './localize.ts';
import { es } from './es.ts';

registerLocale('es', es);
