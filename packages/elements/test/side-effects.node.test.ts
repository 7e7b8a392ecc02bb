// The npm package's manifest says which of its modules have side effects (publishConfig.sideEffects); an app's
// bundler drops the top-level code of every other module it bundles unless something that module itself
// exports is used (Vite does, building the React and Vue examples). A module that exports nothing is imported
// for what its top level does (registering a language's or a lazily loaded part's words, defining a tag): the
// manifest must name it, or an app built with the package would load it and register nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const elements = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(elements, 'src');

/** A sideEffects entry (`./dist/**\/define.js`) as a pattern over `./dist/…` paths. */
const pattern = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').split('**/').map((part) => part.replaceAll('*', '[^/]*')).join('(?:.*/)?')}$`);

test('the package\'s manifest names every module imported only for what it does when loaded', () => {
  const manifest = JSON.parse(readFileSync(path.join(elements, 'package.json'), 'utf8')) as { publishConfig: { sideEffects: string[] } };
  const declared = manifest.publishConfig.sideEffects.map(pattern);
  const modules = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.(test|stories)\.ts$|\.d\.ts$/.test(file))
    .filter((file) => !/^export\b/m.test(readFileSync(path.join(src, file), 'utf8')))
    .map((file) => `./dist/${file.split(path.sep).join('/').replace(/\.ts$/, '.js')}`);
  assert.ok(modules.includes('./dist/i18n/fr-register.js'), `the modules that export nothing were found: ${modules.join(', ')}`);
  assert.deepEqual(modules.filter((module) => !declared.some((declares) => declares.test(module))), []);
});
