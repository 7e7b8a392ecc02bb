// The catalogs other than English (English is built in, a section with each element), by base language.
// Importing one registers it. The page loader imports one when an element is shown in its language;
// Storybook when its toolbar picks it. Adding a language: its catalog (`xx.ts: Messages`), its register
// module, a line here, and its name in the example site's and Storybook's language menus.
export const LOCALES: Readonly<Record<string, () => Promise<unknown>>> = {
  fr: () => import('./fr-register.ts'),
  es: () => import('./es-register.ts'),
  de: () => import('./de-register.ts'),
  ar: () => import('./ar-register.ts'),
};
