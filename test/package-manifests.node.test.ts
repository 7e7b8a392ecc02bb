// The workspace's manifests point at TypeScript sources; the published ones (publishConfig) at dist/. A subpath
// added to one and not the other installs fine here and breaks every project that imports it from npm (the
// REST adapter's ./workspace did, after issue 15): checked here, without packing, on every manifest.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { test } from 'node:test';

interface Manifest { name: string; private?: boolean; exports?: Record<string, unknown>; publishConfig?: { exports?: Record<string, unknown> } }
const packages = readdirSync('packages').filter((dir) => existsSync(`packages/${dir}/package.json`))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8')) as Manifest }));

test('every subpath a package exports in the workspace is exported when published', () => {
  const published = packages.filter(({ manifest }) => manifest.publishConfig?.exports);
  assert.ok(published.length >= 5, 'the published packages were read');
  for (const { manifest } of published) {
    const missing = Object.keys(manifest.exports ?? {}).filter((key) => !key.includes('*') && !(key in manifest.publishConfig!.exports!));
    assert.deepEqual(missing, [], `${manifest.name}: exported in the workspace, not when published`);
  }
});

test('every element the loader knows has its own module in the published elements package', () => {
  const elements = packages.find(({ dir }) => dir === 'elements')!.manifest;
  const tags = readdirSync('packages/elements/src').filter((dir) => /^mentor-/.test(dir) && existsSync(`packages/elements/src/${dir}/define.ts`));
  assert.ok(tags.includes('mentor-search'));
  assert.deepEqual(tags.filter((tag) => !(`./${tag}.js` in elements.publishConfig!.exports!)), []);
});

test('every element the loader knows is a React component and a Vue global component', () => {
  const tags = [...readFileSync('packages/elements/src/loader.ts', 'utf8').matchAll(/^\s*'(mentor-[a-z-]+)': \(\) => import\(/gm)].map((match) => match[1]!);
  assert.ok(tags.length >= 9 && tags.includes('mentor-notifications'), `the loader's tags were read: ${tags.join(', ')}`);
  const react = readFileSync('packages/react/src/index.ts', 'utf8');
  const vue = readFileSync('packages/vue/src/index.ts', 'utf8');
  const pascal = (tag: string) => tag.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
  assert.deepEqual(tags.filter((tag) => !react.includes(`export const ${pascal(tag)} = wrap('${tag}', elements.${pascal(tag)},`)), [], 'React components missing');
  assert.deepEqual(tags.filter((tag) => !vue.includes(`'${tag}': elements.${pascal(tag)},`)), [], 'Vue: tags not registered');
  assert.deepEqual(tags.filter((tag) => !vue.includes(`'${tag}': DefineMentorElement<elements.${pascal(tag)},`)), [], 'Vue: tags vue-tsc does not know');
});
