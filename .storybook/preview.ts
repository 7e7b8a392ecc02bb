// What every story shares: the docs tables from the custom-elements manifest, the toolbar's locale, direction
// and theme, and the Actions panel listening to every `mentor-*` event.
import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Loader, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../packages/elements/custom-elements.json';
import { LOCALES } from '../packages/elements/src/i18n/locales.ts';

interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  events?: { name: string }[];
}
const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap((m) => m.declarations ?? []);

// The docs tables show what a page author uses: public instance members only (not `static version`, not the
// protected hooks kept in the manifest for authors of new elements).
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: (module.declarations as Declaration[] | undefined)?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter((member) => !member.static && !member.privacy),
    })),
  })),
});

/** Every event the elements document, for the Actions panel (they bubble and cross shadow roots). */
const EVENTS = [...new Set(declarations.flatMap((d) => (d.events ?? []).map((e) => e.name)))].filter((name) =>
  name.startsWith('mentor-'),
);

/** A catalog arrives as the loader brings it: imported when the page first asks for its language. */
const loadLocale = (locale: unknown) =>
  typeof locale === 'string' && locale in LOCALES ? LOCALES[locale]!() : Promise.resolve();

/** The toolbar's languages, each named in itself; Arabic is written right to left. */
const LANGUAGES = [
  { value: 'en', title: 'English', right: 'en' },
  { value: 'fr', title: 'Français', right: 'fr' },
  { value: 'es', title: 'Español', right: 'es' },
  { value: 'de', title: 'Deutsch', right: 'de' },
  { value: 'ar', title: 'العربية', right: 'ar' },
];
const RIGHT_TO_LEFT = new Set(['ar']);

const withLocale: Loader = async ({ globals }) => {
  await loadLocale(globals.locale);
  return {};
};

/**
 * The story sits in a "page" with the toolbar's `lang`, `dir` and `color-scheme`, the way a CMS page holds
 * the widget: the elements read the nearest `lang` and `dir`, and their colours follow `color-scheme`.
 * The direction follows the language unless the toolbar forces one.
 */
const withPage: Decorator = (story, { globals, viewMode }) => {
  const theme = globals.theme === 'dark' ? 'dark' : 'light';
  const lang = typeof globals.locale === 'string' ? globals.locale : 'en';
  const dir = globals.direction === 'rtl' || (globals.direction !== 'ltr' && RIGHT_TO_LEFT.has(lang)) ? 'rtl' : 'ltr';
  // A locale picked in the toolbar after the story loaded: the elements re-render when it registers.
  void loadLocale(lang);
  if (viewMode === 'story') document.documentElement.style.colorScheme = theme;
  return html`<div class="story-page" lang=${lang} dir=${dir} style="color-scheme: ${theme}">${story()}</div>`;
};

/**
 * The Docs tables list everything the manifest documents; a control is offered only where a story wires the
 * arg to the element (its `args`), so no control in the panel does nothing.
 */
type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
const controlsForWiredArgsOnly: ArgTypesEnhancer = ({ argTypes, initialArgs }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [name, name in initialArgs ? argType : { ...argType, control: false }]),
  );
controlsForWiredArgsOnly.secondPass = true;

const preview: Preview = {
  argTypesEnhancers: [controlsForWiredArgsOnly],
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the page around the elements (sets lang)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: LANGUAGES,
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction of the page (sets dir): the language’s own, unless forced',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'The language’s direction' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The page’s color-scheme, which <mentor-program theme="auto"> follows',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'auto', theme: 'light' },
  loaders: [withLocale],
  decorators: [withPage, withActions],
  parameters: {
    layout: 'fullscreen',
    actions: { handles: EVENTS },
    controls: { expanded: true },
    docs: { toc: true },
    options: {
      storySort: {
        order: [
          'mentor-program', 'mentor-search', 'mentor-profile-card', 'mentor-relationships-console',
          'mentor-availability-toggle', 'mentor-enrollment',
        ],
      },
    },
  },
};

export default preview;
