// The contract of the office's catalogs for the settings' Emails and Pages parts: English's keys
// (office-emails-en.ts), each a text or a function of the same arguments and a `Format`.
import type { CatalogOf } from './en.ts';
import type { officeEmailsEn } from './office-emails-en.ts';

export type OfficeEmailsMessages = CatalogOf<typeof officeEmailsEn>;
