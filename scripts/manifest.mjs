#!/usr/bin/env node
// `npm run manifest`: writes packages/elements/custom-elements.json from the elements' JSDoc
// (config: packages/elements/custom-elements-manifest.config.mjs).
// `node scripts/manifest.mjs --check` (a step of `npm test`): fails when the committed file is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const cwd = fileURLToPath(new URL('../packages/elements/', import.meta.url));
const file = `${cwd}custom-elements.json`;
const check = process.argv.includes('--check');

const manifest = await cli({ argv: ['analyze', '--quiet'], cwd, noWrite: true });
const text = `${JSON.stringify(manifest, null, 2)}\n`;

if (!check) {
  writeFileSync(file, text);
  console.log(`wrote packages/elements/custom-elements.json (${countElements(manifest)} elements)`);
} else if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
  console.error('packages/elements/custom-elements.json is stale: an element\'s public API or JSDoc changed.');
  console.error('Run `npm run manifest` and commit the result.');
  process.exitCode = 1;
} else {
  console.log(`custom-elements.json is up to date (${countElements(manifest)} elements)`);
}

function countElements(m) {
  return m.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).length;
}
