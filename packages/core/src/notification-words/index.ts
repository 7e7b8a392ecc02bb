// The built-in notification words of each email language.
import type { EmailLanguage } from '../schemas/notification.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import type { LanguageWords } from './types.ts';

export type { EmailFrame, KindWords, LanguageWords } from './types.ts';

export const EMAIL_WORDS: Readonly<Record<EmailLanguage, LanguageWords>> = { en, fr, es, de, ar };
