// The workspace's strings: English joins the catalog when this module is imported; another language's
// the first time an element of the workspace is shown in it (apart from the member elements' catalogs).
import { addMessages } from '../i18n/localize.ts';
import { workspaceEn, type WorkspaceMessages } from '../i18n/workspace-en.ts';

addMessages('en', workspaceEn);

const LOCALES: Readonly<Record<string, () => Promise<WorkspaceMessages>>> = {
  fr: async () => (await import('../i18n/workspace-fr.ts')).workspaceFr,
  es: async () => (await import('../i18n/workspace-es.ts')).workspaceEs,
  de: async () => (await import('../i18n/workspace-de.ts')).workspaceDe,
  ar: async () => (await import('../i18n/workspace-ar.ts')).workspaceAr,
};
const requested = new Set<string>();

/** The workspace's strings in `lang` (a BCP-47 tag), the first time they are asked for. */
export async function loadWorkspaceLocale(lang: string): Promise<void> {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const load = LOCALES[base];
  if (!load || requested.has(base)) return;
  requested.add(base);
  try {
    addMessages(base, await load());
  } catch (error) {
    requested.delete(base);
    console.error(`mentor-match: could not load the workspace's ${base} strings.`, error);
  }
}
