#!/usr/bin/env node
// The npm packages (DESIGN.md, "Ecosystem"): builds each published package to JavaScript with type declarations
// and source maps (`tsc -b tsconfig.build.json`: one project per package, referencing the packages it imports),
// and packs each into a tarball `npm install` takes.
//
// In this repository every package.json points its `exports` at the TypeScript sources, so the workspace (tsx,
// Vite, web-test-runner, Storybook, the CDN build) runs the sources with no build step, and every package stays
// `private`, so `npm publish` in a package folder cannot ship that manifest by mistake. What ships is written at
// pack time: the package's own manifest with its `publishConfig` laid over it (the `exports`, `bin` and
// `sideEffects` that name dist/, pnpm's convention), `private` and the development-only fields removed. The
// package's folder is staged with only what `files` lists, the licence and the changelog, and `npm pack`ed there.
//
//   node scripts/packages.mjs build           tsc -b (incremental) into packages/*/dist
//   node scripts/packages.mjs pack [dir]      build, then one .tgz per package into dir (default .packs/)
//
// Releasing: `npx changeset` records a change, `npx changeset version` bumps versions and writes each
// CHANGELOG.md, then `npm run release` packs and `npm publish`es each tarball (README, "Releasing").
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The published packages' folders under packages/, in dependency order. */
export const PUBLISHED = ['core', 'demo', 'testkit', 'rest-adapter', 'server', 'elements', 'react', 'vue'];

/** Fields of a workspace manifest that mean nothing to someone installing the package. */
const WORKSPACE_ONLY = ['private', 'devDependencies', 'scripts', 'publishConfig'];

/** Compiles every published package (incremental: only what changed since the last build). */
export function buildPackages() {
  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('tsc -b tsconfig.build.json failed');
  for (const name of PUBLISHED) {
    const dist = path.join(repoRoot, 'packages', name, 'dist');
    if (existsSync(dist)) importsNameJs(dist);
  }
}

/**
 * tsc rewrites `./x.ts` to `./x.js` in most of the JavaScript it emits (rewriteRelativeImportExtensions), but
 * not in a dynamic import inside a decorated class (TypeScript 6.0), and keeps `./x.ts` in the declarations,
 * which a consumer's TypeScript accepts only with allowImportingTsExtensions: name the .js files everywhere.
 * `.ts` and `.js` are as long, so the source maps stay right.
 */
function importsNameJs(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(d\.ts|js)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    const fixed = code.replace(/((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']+)\.ts(["'])/g, '$1$2.js$3');
    if (fixed !== code) writeFileSync(file, fixed);
  }
}

/** The manifest that ships: the workspace one with its publishConfig laid over it. */
export function publishedManifest(manifest, license) {
  const published = { ...manifest, ...manifest.publishConfig };
  for (const field of WORKSPACE_ONLY) delete published[field];
  published.publishConfig = { access: 'public' };
  published.license = license;
  return published;
}

/**
 * Packs one package (built already) into `destination`; returns the tarball's path. The folder staged for
 * `npm pack` holds what the manifest's `files` lists, README.md, CHANGELOG.md and the repository's LICENSE.
 */
export function packPackage(name, destination) {
  const dir = path.join(repoRoot, 'packages', name);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (!manifest.publishConfig?.exports) throw new Error(`packages/${name}/package.json has no publishConfig.exports`);
  const stage = mkdtempSync(path.join(tmpdir(), `mentor-match-pack-${name}-`));
  try {
    for (const entry of [...(manifest.files ?? []), 'README.md', 'CHANGELOG.md']) {
      const from = path.join(dir, entry);
      if (existsSync(from)) cpSync(from, path.join(stage, entry), { recursive: true, filter: (src) => !src.endsWith('.tsbuildinfo') });
    }
    cpSync(path.join(repoRoot, 'LICENSE'), path.join(stage, 'LICENSE'));
    writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(publishedManifest(manifest, 'MIT'), null, 2)}\n`);
    mkdirSync(destination, { recursive: true });
    const run = spawnSync('npm', ['pack', '--json', '--pack-destination', path.resolve(destination)], { cwd: stage, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`npm pack packages/${name} failed:\n${run.stderr}`);
    const [{ filename }] = JSON.parse(run.stdout);
    return path.join(path.resolve(destination), filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Builds, then packs every published package; returns the tarballs' paths by package name. */
export function packPackages(destination = path.join(repoRoot, '.packs')) {
  buildPackages();
  return Object.fromEntries(PUBLISHED.filter((name) => existsSync(path.join(repoRoot, 'packages', name))).map((name) => [name, packPackage(name, destination)]));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, destination] = process.argv.slice(2);
  if (command === 'build') buildPackages();
  else if (command === 'pack') for (const file of Object.values(packPackages(destination))) console.log(file);
  else {
    console.error('usage: node scripts/packages.mjs build | pack [dir]');
    process.exitCode = 2;
  }
}
