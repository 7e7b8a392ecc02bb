// What every story shares: the docs tables from the custom-elements manifest, the toolbar's locale, direction
// and theme, and the Actions panel listening to every `mentor-*` event.
import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Loader, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../packages/elements/custom-elements.json';

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

/** French arrives as the loader brings it: imported when the page first asks for it. */
const loadLocale = (locale: unknown) =>
  locale === 'fr' ? import('../packages/elements/src/i18n/fr-register.ts') : Promise.resolve();

const withLocale: Loader = async ({ globals }) => {
  await loadLocale(globals.locale);
  return {};
};

/**
 * The story sits in a "page" with the toolbar's `lang`, `dir` and `color-scheme`, the way a CMS page holds
 * the widget: the elements read the nearest `lang` and `dir`, and their colours follow `color-scheme`.
 */
const withPage: Decorator = (story, { globals, viewMode }) => {
  const theme = globals.theme === 'dark' ? 'dark' : 'light';
  const dir = globals.direction === 'rtl' ? 'rtl' : 'ltr';
  const lang = typeof globals.locale === 'string' ? globals.locale : 'en';
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
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction of the page (sets dir)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
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
  initialGlobals: { locale: 'en', direction: 'ltr', theme: 'light' },
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
