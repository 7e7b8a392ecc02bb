// Lint rules for every package. Type-aware rules are left out on purpose: `tsc` already checks types,
// and the untyped rule set keeps `npm test` fast on 2-core machines.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'storybook-static/**', '.data/**', 'coverage/**', '.test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        URL: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', performance: 'readonly',
        fetch: 'readonly', Response: 'readonly', Request: 'readonly', Headers: 'readonly', customElements: 'readonly',
        HTMLElement: 'readonly', Event: 'readonly', CustomEvent: 'readonly', localStorage: 'readonly',
        TextEncoder: 'readonly', crypto: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly',
        Buffer: 'readonly', navigator: 'readonly', location: 'readonly', Intl: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'Focused tests (.only) are not allowed.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'Skipped tests (.skip) are not allowed.' },
      ],
    },
  },
  // Dependencies point one way (DESIGN.md, "Packages"): core imports no other package of ours, and the elements
  // reach the demo data only through <mentor-program>'s lazy import for `demo` (a dynamic import, which this
  // rule leaves alone), so a page with `api` downloads none of it. Stories and tests may use the demo.
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@mentor-match/*'], message: 'core depends on no other package of ours.' }] }],
    },
  },
  // The elements take values from core's own modules, never from its index: the index brings zod's
  // configuration (schemas/common.ts has a side effect) and with it zod into every page's first download,
  // where only the adapters parse (README, "Size budget"). Types may come from anywhere.
  {
    files: ['packages/elements/src/**/*.ts'],
    ignores: ['**/*.stories.ts', '**/*.test.ts', '**/*-fixtures.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{
          name: '@mentor-match/core',
          allowTypeImports: true,
          message: 'Import values from the core module that has them (@mentor-match/core/errors, /vocabulary, …), not from the index.',
        }, {
          // Reactive properties are declared in `static properties`, the context through its controllers
          // (CONVENTIONS.md, "Properties"): Lit's and @lit/context's decorators, and the helper that applies
          // them, were 0.5 KiB gzipped on every page.
          name: '@lit/context',
          importNames: ['provide', 'consume'],
          message: 'Use ContextProvider / ContextConsumer (controllers), not the decorators.',
        }],
        patterns: [
          { group: ['lit/decorators.js', 'lit/decorators/*'], message: 'Declare reactive properties in `static properties` (CONVENTIONS.md, "Properties"), not with decorators.' },
          { group: ['@mentor-match/demo', '@mentor-match/demo/*'], message: 'The elements reach the demo only through the lazy import for `demo` in mentor-program.ts.' },
          { group: ['zod', 'zod/*'], allowTypeImports: true, message: 'The elements parse nothing: answers are checked at the adapter\'s boundary.' },
        ],
      }],
    },
  },
);
