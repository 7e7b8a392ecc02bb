#!/usr/bin/env node
// The elements' two builds (DESIGN.md, "Two builds"), with esbuild:
//
//   dist/esm/  ES modules for bundler users: one file per source module, bare imports left for the
//              user's bundler (lit, @lit/context, @lit/task, @mentor-match/core), not minified.
//   dist/cdn/  the page loader for CMS pages: `mentor-match.js` plus code-split chunks, everything
//              bundled, minified, Lit's production build, ES2022. One <script type="module"> defines
//              whichever mentor-* tags the page uses (src/loader.ts).
//
// `node packages/elements/scripts/build.mjs [esm] [cdn]` builds both (or those named); `npm run build` runs it.
// buildCdn() is also used by `npm start`, the size budget (scripts/size.mjs) and the end-to-end tests.
import { rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(packageDir, 'src');
const repoRoot = path.resolve(packageDir, '../..');
// The base tsconfig, not tsconfig.json: esbuild reads it raw and ignores `extends`, and the base one holds
// experimentalDecorators / useDefineForClassFields, without which Lit's decorators break.
const tsconfig = path.join(repoRoot, 'tsconfig.base.json');

export const CDN_DIR = path.join(packageDir, 'dist', 'cdn');
export const ESM_DIR = path.join(packageDir, 'dist', 'esm');

/**
 * The CDN entry points. `mentor-match.js` is the loader; `demo.js` is the demo program (MemoryAdapter
 * over the seeded roster), which `<mentor-program demo>` imports lazily. It has a stable name so demo
 * pages can list the demo members (the "Signed in as" select) from the same copy of the program.
 */
export const CDN_ENTRIES = {
  'mentor-match': path.join(src, 'loader.ts'),
  demo: path.join(repoRoot, 'packages', 'demo', 'src', 'in-page.ts'),
};

/** @param {{ outdir?: string, write?: boolean, minify?: boolean }} [options] */
export async function buildCdn({ outdir = CDN_DIR, write = true, minify = true } = {}) {
  if (write) rmSync(outdir, { recursive: true, force: true });
  return esbuild.build({
    entryPoints: CDN_ENTRIES,
    outdir,
    write,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    sourcemap: write ? 'linked' : false,
    metafile: true,
    // Lit's production build: its packages choose the development build only under `development`.
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    tsconfig,
    // Core's and the demo's package.json declare which of their modules have side effects, so the roster and
    // modules a page does not use stay out of its chunks.
    plugins: [oneZod, catalogSections, minifyTemplatesPlugin(/packages[\\/]elements[\\/]src[\\/].*\.ts$/)],
    logLevel: 'warning',
  });
}

/**
 * One copy of zod in the bundle. npm installs zod 4 under each package that declares it (the root holds a
 * zod 3 another tool depends on), so core and the REST adapter would each bring their own copy of the
 * same version: every `zod` import resolves from core's folder instead.
 */
const oneZod = {
  name: 'one-zod',
  setup(build) {
    const coreDir = path.join(repoRoot, 'packages', 'core');
    build.onResolve({ filter: /^zod(\/|$)/ }, (args) => {
      if (args.pluginData?.oneZod) return undefined;
      return build.resolve(args.path, { kind: args.kind, resolveDir: coreDir, pluginData: { oneZod: true } });
    });
  },
};

/**
 * Each element's English only with that element. i18n/en.ts holds every element's English, a section (a
 * named export) per element, and each element imports its own; but esbuild splits chunks by module, not by
 * export, so one shared module would bring every element's strings to every page. Each module that imports
 * en.ts gets a copy of its own instead (the same file under a suffix naming the importer), which esbuild
 * tree-shakes to the sections that module uses: the common strings with the localisation layer,
 * <mentor-search>'s with <mentor-search>. en.ts has no side effects, so copies cost nothing but what they use.
 */
const catalogSections = {
  name: 'catalog-sections',
  setup(build) {
    const catalog = path.join(src, 'i18n', 'en.ts');
    build.onResolve({ filter: /(^|\/)en\.ts$/ }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      if (file !== catalog) return undefined;
      return { path: file, suffix: `?for=${path.relative(src, args.importer).replaceAll(path.sep, '/')}` };
    });
  },
};

export async function buildEsm({ outdir = ESM_DIR } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  // Walk the import graph from the public entry points: the index, and the loader (which reaches every
  // define module, the French catalog and the demo). Tests, stories and fixtures are left out.
  const graph = await esbuild.build({
    entryPoints: [path.join(src, 'index.ts'), path.join(src, 'loader.ts')],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir,
    packages: 'external',
    tsconfig,
    logLevel: 'silent',
  });
  const modules = Object.keys(graph.metafile.inputs)
    .map((input) => path.resolve(repoRoot, input))
    .filter((file) => file.startsWith(src + path.sep) && file.endsWith('.ts'));
  // One output file per module, transpiled only: the user's bundler resolves and tree-shakes.
  const result = await esbuild.build({
    entryPoints: modules,
    outdir,
    outbase: src,
    bundle: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    sourcemap: 'linked',
    metafile: true,
    tsconfig,
    logLevel: 'warning',
  });
  // Relative imports name the .ts sources; the output files are .js.
  await Promise.all(
    Object.keys(result.metafile.outputs)
      .filter((file) => file.endsWith('.js'))
      .map(async (file) => {
        const full = path.resolve(repoRoot, file);
        const code = await readFile(full, 'utf8');
        await writeFile(full, code.replace(/((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']+)\.ts(["'])/g, '$1$2.js$3'));
      }),
  );
  return { modules: modules.length, result };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = process.argv.slice(2);
  const all = wanted.length === 0;
  const started = Date.now();
  if (all || wanted.includes('esm')) {
    const { modules } = await buildEsm();
    console.log(`esm: ${modules} modules → ${path.relative(process.cwd(), ESM_DIR)}`);
  }
  if (all || wanted.includes('cdn')) {
    const { metafile } = await buildCdn();
    const files = Object.keys(metafile.outputs).filter((file) => file.endsWith('.js'));
    console.log(`cdn: ${files.length} files → ${path.relative(process.cwd(), CDN_DIR)} (mentor-match.js is the loader)`);
  }
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
