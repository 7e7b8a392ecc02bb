// The workspace's strings: English joins the catalog when this module is imported; another language's
// the first time an element of the workspace is shown in it (apart from the member elements' catalogs).
import { addMessages } from '../i18n/localize.ts';
import { workspaceEn } from '../i18n/workspace-en.ts';
import { featureLocales } from '../i18n/feature-locale.ts';

addMessages('en', workspaceEn);

/** The workspace's strings in `lang` (a BCP-47 tag), the first time they are asked for. */
export const loadWorkspaceLocale = featureLocales('the workspace', {
  fr: async () => (await import('../i18n/workspace-fr.ts')).workspaceFr,
  es: async () => (await import('../i18n/workspace-es.ts')).workspaceEs,
  de: async () => (await import('../i18n/workspace-de.ts')).workspaceDe,
  ar: async () => (await import('../i18n/workspace-ar.ts')).workspaceAr,
});
