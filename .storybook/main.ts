// Storybook: the designers' view of every element in every state (`npm run storybook`, `npm run build-storybook`).
// Stories live beside each element (`packages/elements/src/<tag>/<tag>.stories.ts`); their docs tables come from
// the custom-elements manifest (see preview.ts).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../packages/elements/src/**/*.stories.ts'],
  framework: '@storybook/web-components-vite',
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(vite, { configType }) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(vite, {
      // `npm run build-storybook` runs in `npm test`: Vite's list of chunks is noise there.
      ...(configType === 'PRODUCTION' ? { logLevel: 'warn' } : {}),
      // Lit's decorators are TypeScript's legacy ones (experimentalDecorators, useDefineForClassFields false,
      // as in tsconfig.base.json). Vite 8 transforms with Oxc; said here too, so no file is ever compiled with
      // standard decorators, which reach Chromium unlowered and throw a SyntaxError.
      oxc: {
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
      // The renderer imports `lit/directive-helpers.js`, which the dependency optimizer would otherwise leave
      // out, loading a second lit-html beside the pre-bundled one (a "Multiple versions of Lit" warning in dev).
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      build: {
        // The stories bring the demo roster generator and every locale: large chunks are expected here.
        chunkSizeWarningLimit: 4096,
      },
    });
  },
};

export default config;
