#!/usr/bin/env node
// The elements' two builds (DESIGN.md, "Two builds"):
//
//   dist/esm/  ES modules for bundler users (esbuild): one file per source module, bare imports left for
//              the user's bundler (lit, @lit/context, @lit/task, @mentor-match/core), not minified.
//   dist/cdn/  the page loader for CMS pages (Vite's library build, Rolldown): `mentor-match.js` plus a few
//              chunks, everything bundled, minified, Lit's production build, ES2022. One
//              <script type="module"> defines whichever mentor-* tags the page uses (src/loader.ts).
//
// The CDN build's chunks are chosen, not left to the bundler (CHUNK_GROUPS, below): a page downloads a few
// larger files rather than one per set of modules its elements share, which is smaller gzipped (each file
// is compressed on its own, and every chunk boundary costs imports and exports) and fewer requests. Both
// bundlers were measured on the same sources (README, "Size budget"): esbuild, which cannot group chunks,
// gave the api page 24 files and Vite's library build with these groups fewer and smaller ones.
//
// `node packages/elements/scripts/build.mjs [esm] [cdn]` builds both (or those named); `npm run build` runs it.
// buildCdn() is also used by `npm start`, the size budget (scripts/size.mjs) and the end-to-end tests.
import { rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';
import { minifyTemplates } from './minify-templates.mjs';

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

/** The REST adapter's entry: `<mentor-program api>` imports it, and the loader preloads it. */
export const REST_ADAPTER_ENTRY = path.join(repoRoot, 'packages', 'rest-adapter', 'src', 'index.ts');

/**
 * @typedef {object} CdnFile One JavaScript file of the CDN build.
 * @property {string} fileName relative to the output folder (`mentor-match.js`, `chunks/runtime-AbC123xy.js`)
 * @property {string} code
 * @property {string | null} entry the module it is the entry or dynamic-import target of, relative to the
 *   repository (`packages/elements/src/mentor-search/define.ts`), or null for a shared chunk; the first of
 *   `entries` when it stands for several
 * @property {string[]} entries every module it is the entry or dynamic-import target of: a group chunk is the
 *   target of each element's define module it holds (`runtime`: <mentor-program>'s and <mentor-profile-card>'s)
 * @property {string[]} modules the modules bundled in it, relative to the repository (node_modules included)
 * @property {Record<string, number>} moduleSizes each module's length in it before minification, for finding
 *   what a chunk's bytes are
 * @property {string[]} imports the files it imports statically (downloaded before it runs)
 * @property {string[]} dynamicImports the files it may import later
 */

/**
 * Builds dist/cdn. Returns every JavaScript file with what it holds and imports (scripts/size.mjs reads it).
 * @param {{ outdir?: string, write?: boolean, minify?: boolean }} [options]
 * @returns {Promise<CdnFile[]>}
 */
export async function buildCdn({ outdir = CDN_DIR, write = true, minify = true } = {}) {
  /** File name → the define modules it now stands for (defineFacades). */
  const standsFor = new Map();
  const result = await viteBuild({
    configFile: false,
    root: packageDir,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    // Lit's production build: its packages choose the development build only under `development`.
    define: { 'process.env.NODE_ENV': '"production"' },
    // Lit's decorators are TypeScript's legacy ones, as in tsconfig.base.json (and .storybook/main.ts).
    oxc: {
      decorator: { legacy: true },
      typescript: { removeClassFieldsWithoutInitializer: true },
      assumptions: { setPublicClassFields: true },
    },
    plugins: [oneZod, catalogSections, inMemoryCopies, minifyLitTemplates, defineFacades(standsFor), reexportFacades(standsFor), chunkPreloads(standsFor), linkedLicenses],
    build: {
      lib: { entry: CDN_ENTRIES, formats: ['es'] },
      outDir: outdir,
      emptyOutDir: true,
      write,
      target: 'es2022',
      minify: minify ? 'oxc' : false,
      sourcemap: write,
      reportCompressedSize: false,
      // Vite's own preloading is for applications; the loader preloads what each tag needs (chunkPreloads).
      modulePreload: false,
      rolldownOptions: {
        // demo.js keeps its exports (the demo pages read the demo members from it); the loader's are unused.
        preserveEntrySignatures: 'allow-extension',
        // Rolldown's report of slow plugin callbacks: on a loaded machine it fills `npm test`'s output.
        checks: { bundlerTimings: false },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // A library build keeps white space and /*@__PURE__*/ comments for the user's bundler; this one
          // is what the browser runs.
          ...(minify ? { minify: true, comments: { legal: false, annotation: false, jsdoc: false } } : {}),
          codeSplitting: { groups: [{ name: chunkNamer(), debugName: 'mentor-match chunks' }], includeDependenciesRecursively: false },
        },
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return output.filter((file) => file.type === 'chunk').map((chunk) => {
    const entries = [chunk.facadeModuleId, ...(standsFor.get(chunk.fileName) ?? [])].filter(Boolean).map(repoPath);
    return {
    fileName: chunk.fileName,
    code: chunk.code,
    entry: entries[0] ?? null,
    entries,
    modules: chunk.moduleIds.map(repoPath),
    moduleSizes: Object.fromEntries(Object.entries(chunk.modules).map(([id, info]) => [repoPath(id), info.renderedLength])),
    imports: chunk.imports,
    dynamicImports: chunk.dynamicImports,
    };
  });
}

const repoPath = (id) => path.relative(repoRoot, id).replaceAll(path.sep, '/');

/**
 * The CDN build's chunks. The bundler's own splitting makes a chunk for every set of entry points that
 * share modules (24 files for a search page); this names the chunk of each module instead, from which of
 * the loader's imports reach it by static imports (`roots`):
 *
 * - `runtime`: what every element needs whatever the page: `<mentor-program>` (the provider, the page's
 *   resource cache) and everything it imports, the elements' base class (Lit, @lit/context, the
 *   localisation layer with the common English strings, the shared styles, core's errors) and @lit/task.
 *   With them, zod and core's member schemas (every schema but the program office's staff.ts) with
 *   core/adapter.ts: every adapter checks answers with them (the REST one, the demo's, the checked adapter
 *   around a page's own), and an enrolment form its input, so every page with a `<mentor-program>` loads
 *   them. In a chunk of their own (`adapters`) they cost every page a file and ~0.5 KiB more.
 * - one chunk per element (`mentor-search`, `mentor-profile-card`, …, any element the loader adds): the
 *   modules the element's define module reaches and no other element's does, or that every element reaching
 *   them reaches through it (the card's modules are `mentor-profile-card`'s, though the search and the
 *   console import the card).
 * - `rest`: the REST adapter with ky and what its staff half shares with it (the staff half, rest-adapter's
 *   staff.ts, is imported only where the REST adapter is in use, so what they share goes with the REST
 *   adapter, not into a chunk of its own), with the REST contract's own schemas. Its parts imported at their first call (the member's
 *   changes, the cohort calls) are not in it: each is a file of its own.
 *
 * Anything else is left to the bundler: the demo program and the languages' catalogs are chunks of their
 * own, the card's dialogs load when first opened, and the few modules two unrelated elements share get a
 * chunk for the pair.
 */
function chunkNamer() {
  let plan;
  // The bundler asks module by module; the plan is made once per build, from the whole module graph.
  return (id, chunking) => (plan ??= planChunks(moduleGraph((module) => chunking.getModuleInfo(module)))).get(id) ?? null;
}

/** Every module reachable from the CDN entries: its static and dynamic importers and imports, its size. */
function moduleGraph(getModuleInfo) {
  const graph = new Map();
  const visit = (id) => {
    if (graph.has(id)) return;
    const info = getModuleInfo(id);
    if (!info) return;
    graph.set(id, {
      isEntry: info.isEntry,
      importers: info.importers,
      dynamicImporters: info.dynamicImporters,
      imports: info.importedIds,
      size: info.code?.length ?? Infinity,
    });
    for (const next of [...info.importedIds, ...info.dynamicallyImportedIds]) visit(next);
  };
  for (const entry of Object.values(CDN_ENTRIES)) visit(entry);
  return graph;
}

/** Each module's chunk name (the rules above), by module id; a module left out is the bundler's to place. */
export function planChunks(graph) {
  const memo = (compute) => {
    const known = new Map();
    return (id) => {
      if (!known.has(id)) known.set(id, compute(id));
      return known.get(id);
    };
  };
  /** Every module `from` imports statically, directly or not, itself included. */
  const closure = memo((from) => {
    const found = new Set();
    const visit = (id) => {
      if (found.has(id)) return;
      found.add(id);
      for (const next of graph.get(id)?.imports ?? []) visit(next);
    };
    visit(from);
    return found;
  });
  /** The entry points and lazily imported modules whose static imports reach `id`. */
  const rootsOf = memo((id) => {
    const roots = new Set();
    const seen = new Set();
    const visit = (module) => {
      if (seen.has(module)) return;
      seen.add(module);
      const node = graph.get(module);
      if (node?.isEntry || node?.dynamicImporters.length) roots.add(module);
      for (const importer of node?.importers ?? []) visit(importer);
    };
    visit(id);
    return [...roots];
  });
  const intersection = (sets) => sets.reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
  /**
   * What is loaded whenever `root` is: its static imports and, for a module imported lazily (a dialog, the
   * demo's roster), whatever is loaded wherever a module that imports it is.
   */
  const context = memo((root) => {
    const found = new Set(closure(root));
    const lazy = !DEFINE.test(root) && !ADAPTERS.includes(root) && !graph.get(root)?.isEntry;
    if (lazy) {
      const importers = graph.get(root).dynamicImporters.map((importer) => {
        const around = rootsOf(importer).filter((other) => other !== root);
        return around.length > 0 ? intersection(around.map(context)) : new Set();
      });
      for (const id of intersection(importers)) found.add(id);
    }
    return found;
  });
  /**
   * A staff adapter (rest-adapter/src/staff.ts, checked-staff-adapter.ts) is imported only where the member
   * adapter beside it is in use: what that adapter loads is loaded with it too.
   */
  const follows = (root, adapter) => context(root).has(adapter) || (root !== adapter && path.dirname(adapter) === path.dirname(root));
  const adaptersOf = (root) => ADAPTERS.filter((adapter) => context(root).has(adapter));

  const plan = new Map();
  for (const [id, node] of graph) {
    if (MEMBER_SCHEMAS.test(id) || /node_modules[\\/]zod[\\/]/.test(id)) {
      plan.set(id, 'runtime');
      continue;
    }
    if (REST_SCHEMAS.test(id)) {
      plan.set(id, 'rest');
      continue;
    }
    if (RUNTIME_ROOTS.some((root) => closure(root).has(id)) || RUNTIME_LIBRARIES.test(id)) {
      plan.set(id, 'runtime');
      continue;
    }
    const roots = rootsOf(id);
    // An element whose define module imports this one, and is loaded wherever this module is needed.
    const owner = roots.find((root) => DEFINE.test(root) && roots.every((other) => context(other).has(root)));
    if (owner) {
      plan.set(id, DEFINE.exec(owner)[1]);
      continue;
    }
    // An adapter loaded wherever this module is (the REST adapter's code its staff half shares).
    // What only an entry (the demo's in-page.ts) imports of its own code stays in the entry's file
    // (memory-backend.ts: so demo.js alone imports the in-memory staff half, lazily).
    const adapter = roots.find((root) => ADAPTERS.includes(root) && roots.every((other) => follows(other, root)));
    const entryOnly = adapter && graph.get(adapter)?.isEntry &&
      node.importers.every((importer) => importer === adapter || !closure(adapter).has(importer));
    if (adapter && !node.isEntry && !entryOnly) {
      plan.set(id, ADAPTER_CHUNKS.get(adapter));
      continue;
    }
    const adapters = new Set(roots.flatMap(adaptersOf));
    if (roots.length > 0 && roots.every((root) => adaptersOf(root).length > 0)) {
      // Shared by the adapters, the REST adapter's among them: the runtime, which every adapter's page loads. What
      // the REST adapter does not use (the checked adapter's cohort checks, which the demo's roster also reaches)
      // is left to the bundler, and so is what only its lazily imported parts use (the member's changes, the
      // cohort calls): each such part is a file of its own, downloaded at its first call.
      if (adapters.size > 1 && adapters.has(REST_ADAPTER_ENTRY)) plan.set(id, 'runtime');
    } else if (adapters.size > 0 && roots.some((root) => DEFINE.test(root))) {
      // Elements and adapters both use it: core's small helpers (the vocabulary, time zones, links, initials,
      // the request guards), and what several adapters share, go to the runtime; a larger module only one
      // adapter uses (the lifecycle) is left to the bundler.
      if ((CORE_HELPER.test(id) && node.size < SMALL_SHARED_MODULE) || adapters.size > 1) plan.set(id, 'runtime');
    }
  }
  return plan;
}

const DEFINE = /packages[\\/]elements[\\/]src[\\/](mentor-[a-z-]+)[\\/]define\.ts$/;
const RUNTIME_ROOTS = [
  path.join(src, 'mentor-program', 'define.ts'),
  path.join(src, 'internal', 'mentor-element.ts'),
  // The card: the search and the console show cards, and a page may show one on its own.
  path.join(src, 'mentor-profile-card', 'define.ts'),
];
/** In characters of transformed source: what is smaller goes to the runtime when elements and adapters share it. */
const SMALL_SHARED_MODULE = 4000;
/**
 * The schemas every member page checks with, named one by one so that a new schema module (the staff's, the
 * cohorts', the workspace's, the notifications') stays out of the runtime and loads with what imports
 * it lazily. settings.ts brings cohort-settings.ts (a program's settings hold its cohort settings). What a
 * member sends (inputs.ts) is not among them: it loads with what first sends (the enrolment form's submit,
 * the in-page demo's service), as do the records only stores keep (staff-records.ts), and the REST contract's
 * own shapes go with the REST adapter (REST_SCHEMAS).
 */
const MEMBER_SCHEMAS = /packages[\\/]core[\\/]src[\\/](schemas[\\/](text|refine|common|member|mentorship|search|settings|cohort-settings|concern)|adapter)\.ts$/;
/**
 * The REST contract's own shapes (schemas/api.ts: the problem report, the change feed's page, its headers): only
 * the REST adapter checks with them, so they go with it, not to the runtime every page loads. (The demo roster
 * reaches them only through core's index, which it imports for other names, so the rules above would not see it.)
 */
const REST_SCHEMAS = /packages[\\/]core[\\/]src[\\/]schemas[\\/]api\.ts$/;
const CORE_HELPER = /packages[\\/]core[\\/]src[\\/](?!schemas[\\/])/;
/** @lit/task and Lit's directives: most elements use them, and they are small. */
const RUNTIME_LIBRARIES = /node_modules[\\/](@lit[\\/]task|lit-html[\\/]directive|lit[\\/]directives)/;
const ADAPTERS = [REST_ADAPTER_ENTRY, CDN_ENTRIES.demo, path.join(src, 'mentor-program', 'checked-adapter.ts')];
const ADAPTER_CHUNKS = new Map([[REST_ADAPTER_ENTRY, 'rest'], [CDN_ENTRIES.demo, 'demo-program'], [ADAPTERS[2], 'checked-adapter']]);

/**
 * One copy of zod in the bundle. npm installs zod 4 under each package that declares it (the root holds a
 * zod 3 another tool depends on), so core and the REST adapter would each bring their own copy of the
 * same version: every `zod` import resolves from core's folder instead.
 */
const oneZod = {
  name: 'one-zod',
  enforce: 'pre',
  async resolveId(source, _importer, options) {
    if (!/^zod(\/|$)/.test(source) || options.custom?.oneZod) return null;
    const fromCore = path.join(repoRoot, 'packages', 'core', 'src', 'index.ts');
    return this.resolve(source, fromCore, { ...options, skipSelf: true, custom: { oneZod: true } });
  },
};

/**
 * Each element's English only with that element. i18n/en.ts holds every element's English, a section (a
 * named export) per element, and each element imports its own; but a bundler splits chunks by module, not
 * by export, so one shared module would bring every element's strings to every page. Each module that
 * imports en.ts gets a copy of its own instead (the same file under a suffix naming the importer), which
 * the bundler tree-shakes to the sections that module uses: the common strings with the localisation
 * layer, <mentor-search>'s with <mentor-search>. en.ts has no side effects, so copies cost nothing but what
 * they use.
 */
const catalogSections = {
  name: 'catalog-sections',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer || !/(^|\/)en\.ts$/.test(source)) return null;
    const file = path.resolve(path.dirname(importer.replace(/\?.*$/, '')), source);
    if (file !== catalogFile) return null;
    return `${file}?for=${path.relative(src, importer.replace(/\?.*$/, '')).replaceAll(path.sep, '/')}`;
  },
  async load(id) {
    if (!id.startsWith(`${catalogFile}?for=`)) return null;
    return { code: await readFile(catalogFile, 'utf8'), moduleType: 'ts' };
  },
};
const catalogFile = path.join(src, 'i18n', 'en.ts');

/**
 * The in-page demo's own copy of the schemas it checks its saved state with (IN_MEMORY_COPIES: the records only
 * stores keep), bundled with it, where a REST page loads the module itself only when the office first asks.
 * Core's in-memory program (`memory-*.ts`, which only the demo program bundles) imports a copy (`?in-memory`),
 * which goes into the demo program's chunk, a file fewer on a demo page; everything else imports the module
 * itself. As with en.ts, a copy costs nothing but what its importers use.
 */
const inMemoryCopies = {
  name: 'in-memory-copies',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || !IN_MEMORY.test(importer)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && IN_MEMORY_COPIES.test(resolved.id) ? `${resolved.id}${IN_MEMORY_COPY}` : null;
  },
  async load(id) {
    if (!id.endsWith(IN_MEMORY_COPY)) return null;
    return { code: await readFile(id.slice(0, -IN_MEMORY_COPY.length), 'utf8'), moduleType: 'ts' };
  },
};
const IN_MEMORY = /packages[\\/]core[\\/]src[\\/]memory-[a-z-]+\.ts$/;
const IN_MEMORY_COPIES = /packages[\\/]core[\\/]src[\\/]schemas[\\/]staff-records\.ts$/;
const IN_MEMORY_COPY = '?in-memory';

/** The elements' Lit templates without the indentation and comments a minifier leaves in them. */
const minifyLitTemplates = {
  name: 'minify-lit-templates',
  enforce: 'pre',
  transform(code, id) {
    if (!id.startsWith(src + path.sep) || !id.endsWith('.ts')) return null;
    return { code: minifyTemplates(code, id), map: null };
  },
};

/**
 * The files each tag needs, written into the loader (src/loader.ts, `CHUNKS`), so it asks for all of
 * them at once (module preloads) instead of learning each chunk's imports from the one before: for each
 * element's define module, and for each adapter `<mentor-program>` may import (`api`: the REST adapter,
 * `demo`: the demo program and its roster), every file it imports statically. The loader's source holds
 * `{ __chunks__: [] }`, replaced here, once the files have their names and the define facades are gone.
 * @param {Map<string, string[]>} standsFor
 */
const chunkPreloads = (standsFor) => ({
  name: 'chunk-preloads',
  generateBundle(_options, chunks) {
    const all = Object.values(chunks).filter((file) => file.type === 'chunk');
    const chunk = all.find((c) => c.facadeModuleId === CDN_ENTRIES['mentor-match']);
    if (!chunk) return;
    const { code } = chunk;
    const closure = (start, into = new Set()) => {
      if (into.has(start.fileName)) return into;
      into.add(start.fileName);
      for (const name of start.imports) closure(chunks[name], into);
      return into;
    };
    const preloads = {};
    for (const name of chunk.dynamicImports) {
      const tags = [chunks[name].facadeModuleId, ...(standsFor.get(name) ?? [])].map((id) => DEFINE.exec(id ?? '')?.[1]).filter(Boolean);
      for (const tag of tags) preloads[tag] = [...closure(chunks[name])];
    }
    const entryChunk = (id) => all.find((c) => c.facadeModuleId === id || standsFor.get(c.fileName)?.includes(id));
    const rest = entryChunk(REST_ADAPTER_ENTRY);
    const demo = entryChunk(CDN_ENTRIES.demo);
    if (rest) preloads.api = [...closure(rest)];
    // The demo program imports its roster (seed data) at once: it is needed before any answer. Its other lazy
    // import, the staff half of the in-memory program, waits for the office to ask for it.
    const roster = (name) => chunks[name].moduleIds.some((id) => /[\\/]demo[\\/]src[\\/]roster\.ts$/.test(id));
    if (demo) preloads.demo = [...new Set([...closure(demo), ...demo.dynamicImports.filter(roster).flatMap((name) => [...closure(chunks[name])])])];
    const marker = /\{\s*__chunks__\s*:\s*\[\s*\]\s*\}/g;
    if ((code.match(marker) ?? []).length !== 1) throw new Error('chunk-preloads: the loader must hold `{ __chunks__: [] }` once (src/loader.ts).');
    chunk.code = code.replace(marker, JSON.stringify(preloads));
  },
});

/**
 * No file of its own for an element's define module. The bundler gives each lazily imported module that a
 * chunk group holds a facade, a file of one line (`import"./mentor-search-AbC.js";`), which would cost a
 * file and its gzip frame per tag (about 50 bytes each); the loader imports the group's file instead: the
 * define module's side effect (defining the tag) runs when that file does, and the loader uses nothing the
 * import returns. Done after the files have their names, in the loader only (its name has no hash to keep
 * true); the facade goes, and `standsFor` records which define modules each file now stands for.
 * @param {Map<string, string[]>} standsFor
 */
const defineFacades = (standsFor) => ({
  name: 'define-facades',
  generateBundle(_options, bundle) {
    const loader = Object.values(bundle).find((file) => file.type === 'chunk' && file.facadeModuleId === CDN_ENTRIES['mentor-match']);
    if (!loader) return;
    for (const facade of Object.values(bundle)) {
      if (facade.type !== 'chunk' || !DEFINE.test(facade.facadeModuleId ?? '')) continue;
      const only = /^import\s*["'`](\.\/[^"'`]+)["'`];?\s*$/.exec(facade.code.trim());
      const importers = Object.values(bundle).filter((file) => file.type === 'chunk' && [...file.imports, ...file.dynamicImports].includes(facade.fileName));
      if (!only || importers.some((file) => file !== loader) || loader.imports.includes(facade.fileName)) continue;
      const target = path.posix.join(path.posix.dirname(facade.fileName), only[1]);
      const from = (file) => `./${path.posix.relative(path.posix.dirname(loader.fileName), file)}`;
      if (!loader.code.includes(from(facade.fileName))) continue;
      loader.code = loader.code.replaceAll(from(facade.fileName), from(target));
      loader.dynamicImports = [...new Set(loader.dynamicImports.map((name) => (name === facade.fileName ? target : name)))];
      standsFor.set(target, [...(standsFor.get(target) ?? []), facade.facadeModuleId]);
      delete bundle[facade.fileName];
      delete bundle[`${facade.fileName}.map`];
    }
  },
});

/**
 * No file of its own for a lazily imported module whose code is in a chunk group (the REST adapter's entry, in
 * `rest`). The bundler gives it a facade, a file that only re-exports the group's file under the module's names
 * (`export{n as createRestAdapter}from"./rest-AbC.js";`): a file more on the api page. Instead the group's file
 * exports those names too and its importers import it, before the files are minified and named (so their hashes
 * stay true); the facade goes, and `standsFor` records the module its group's file now stands for.
 * @param {Map<string, string[]>} standsFor
 */
const reexportFacades = (standsFor) => {
  /** A file with no module of its own that re-exports one other, imported only lazily (`chunks`: every file). */
  const isFacade = (chunk, chunks) => chunk.isDynamicEntry && chunk.moduleIds.length === 0 && chunk.imports.length === 1 && chunk.dynamicImports.length === 0 &&
    chunk.exports.length > 0 && !chunks.some((other) => other.imports.includes(chunk.fileName));
  const specifier = (from, to) => `./${path.posix.relative(path.posix.dirname(from), to)}`;
  return {
    name: 'reexport-facades',
    renderChunk(code, chunk, _options, meta) {
      const all = Object.values(meta.chunks);
      const facades = all.filter((other) => isFacade(other, all));
      const names = facades.filter((facade) => facade.imports[0] === chunk.fileName).flatMap((facade) => facade.exports);
      const redirected = facades.filter((facade) => chunk.dynamicImports.includes(facade.fileName));
      if (names.length === 0 && redirected.length === 0) return null;
      let changed = code;
      for (const facade of redirected) changed = changed.replaceAll(specifier(chunk.fileName, facade.fileName), specifier(chunk.fileName, facade.imports[0]));
      if (names.length > 0) {
        // The module's exports are the group file's own bindings, under the names the module gave them.
        const exported = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(code)?.[1].split(',').map((entry) => entry.trim().split(/\s+as\s+/)[0]) ?? [];
        const missing = names.filter((name) => !exported.includes(name));
        if (missing.length > 0) throw new Error(`reexport-facades: ${chunk.fileName} has no binding named ${missing.join(', ')} to export.`);
        changed += `\nexport { ${names.join(', ')} };\n`;
      }
      // Nothing moves but a file name in an import (a character longer or shorter) and what is added at the end:
      // the chunk's source map stays as it is.
      return { code: changed, map: null };
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      for (const facade of chunks.filter((chunk) => isFacade(chunk, chunks))) {
        const target = bundle[facade.imports[0]];
        for (const importer of chunks) {
          if (importer.dynamicImports.includes(facade.fileName)) importer.dynamicImports = importer.dynamicImports.map((name) => (name === facade.fileName ? target.fileName : name));
        }
        standsFor.set(target.fileName, [...(standsFor.get(target.fileName) ?? []), facade.facadeModuleId]);
        delete bundle[facade.fileName];
        delete bundle[`${facade.fileName}.map`];
      }
    },
  };
};

/**
 * Licence comments (Lit's `@license`) go to `<file>.LEGAL.txt` beside each file that bundles them, named
 * in a last comment, as esbuild's `legalComments: 'linked'` did: the code stays small and the notices ship.
 */
const linkedLicenses = {
  name: 'linked-licenses',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const notices = [];
      for (const id of chunk.moduleIds) {
        if (!id.includes(`${path.sep}node_modules${path.sep}`)) continue;
        const source = await readFile(id.replace(/\?.*$/, ''), 'utf8').catch(() => '');
        const comments = source.match(/\/\*\*?!?[\s\S]*?@license[\s\S]*?\*\//g) ?? [];
        if (comments.length > 0) notices.push(`${repoPath(id).replace(/^.*node_modules\//, '')}:\n${comments.map((c) => `  ${c}`).join('\n')}`);
      }
      if (notices.length === 0) continue;
      const legal = `${chunk.fileName}.LEGAL.txt`;
      this.emitFile({ type: 'asset', fileName: legal, source: `Bundled license information:\n\n${notices.join('\n\n')}\n` });
      chunk.code += `\n/*! For license information please see ${path.posix.basename(legal)} */\n`;
    }
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
    const files = await buildCdn();
    console.log(`cdn: ${files.length} files → ${path.relative(process.cwd(), CDN_DIR)} (mentor-match.js is the loader)`);
  }
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
