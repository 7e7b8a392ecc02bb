// The elements' two builds (packages/elements/scripts/build.mjs): what a bundler user and a CMS page get.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildCdn, buildEsm, packageDir } from '../../packages/elements/scripts/build.mjs';
import { minifyCssPart, minifyHtmlPart, minifyTemplates } from '../../packages/elements/scripts/minify-templates.mjs';
import { ALL_PAGE, API_PAGE, PAGE, measure, officePlan, pagePlan } from '../../scripts/size.mjs';
import { tempDir } from './chromium.ts';

const src = path.join(packageDir, 'src');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the ES-module build, for bundler users', () => {
  let out: Awaited<ReturnType<typeof tempDir>>;
  let files: string[];

  before(async () => {
    out = await tempDir('esm');
    await buildEsm({ outdir: out.dir });
    files = (await filesUnder(out.dir)).map((file) => path.relative(out.dir, file));
  });
  after(() => out.remove());

  test('has one module per source module, and no tests, stories or fixtures', () => {
    for (const file of ['index.js', 'loader.js', 'mentor-search/define.js', 'mentor-search/mentor-search.js', 'i18n/fr-register.js']) {
      assert.ok(files.includes(file), `${file} is missing`);
    }
    assert.deepEqual(files.filter((file) => /\.(test|stories)\.js$|fixtures/.test(file)), []);
  });

  test('leaves dependencies as bare imports, and names sibling modules by their .js files', async () => {
    const search = await readFile(path.join(out.dir, 'mentor-search', 'mentor-search.js'), 'utf8');
    assert.match(search, /from "lit"/);
    assert.match(search, /from "@lit\/task"/);
    assert.match(search, /from "@mentor-match\/core\/vocabulary"/);
    assert.match(search, /from "\.\.\/internal\/mentor-element\.js"/);
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      const code = await readFile(path.join(out.dir, file), 'utf8');
      assert.doesNotMatch(code, /["']\.{1,2}\/[^"']+\.ts["']/, `${file} imports a .ts file`);
    }
  });
});

describe('the CDN loader, for CMS pages', () => {
  let out: Awaited<ReturnType<typeof tempDir>>;
  let code: Map<string, string>;

  before(async () => {
    out = await tempDir('cdn');
    await buildCdn({ outdir: out.dir });
    code = new Map();
    for (const file of await filesUnder(out.dir)) {
      if (file.endsWith('.js')) code.set(path.relative(out.dir, file), await readFile(file, 'utf8'));
    }
  });
  after(() => out.remove());

  test('has the loader and the demo at stable names, everything else in hashed chunks', () => {
    const names = [...code.keys()];
    assert.ok(names.includes('mentor-match.js'));
    assert.ok(names.includes('demo.js'));
    assert.deepEqual(names.filter((name) => !['mentor-match.js', 'demo.js'].includes(name) && !/^chunks\/[\w-]+-[\w-]{8}\.js$/.test(name)), []);
  });

  test('lists every element in the loader: each committed mentor-*/define.ts', async () => {
    const loader = await readFile(path.join(src, 'loader.ts'), 'utf8');
    const tracked = spawnSync('git', ['ls-files', 'mentor-*/define.ts'], { cwd: src, encoding: 'utf8' }).stdout;
    const tags = tracked.split('\n').filter(Boolean).map((file) => file.split('/')[0]!);
    assert.ok(tags.length >= 3, `only ${tags.join(', ')}`);
    for (const tag of tags) {
      assert.ok(loader.includes(`'${tag}': () => import('./${tag}/define.ts')`), `<${tag}> is missing from ELEMENTS in src/loader.ts`);
    }
  });

  test('is Lit\'s production build, and compiles no code from strings (strict CSP pages)', () => {
    for (const [name, text] of code) {
      assert.doesNotMatch(text, /Lit is in dev mode|lit-html\/development/, name);
      assert.doesNotMatch(text, /[^\w$.]Function[^\w$]|[^\w$.]eval\s*\(/, `${name} uses Function or eval`);
    }
    // zod is told not to probe for `new Function` (core/schemas/common.ts).
    assert.ok([...code.values()].some((text) => /\{jitless:!0\}/.test(text)));
  });

  // Two chunks importing each other statically run one before the other is done: a `const` the first needs is
  // not yet set ("l is not a function" stopped every built page once, when a member schema imported staff.ts).
  test('has no cycle of static imports between its files', () => {
    const imports = new Map([...code].map(([name, text]) => [name, [...text.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)]
      .map((m) => path.posix.join(path.posix.dirname(name), m[1]!))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (name: string, trail: string[]) => {
      if (state.get(name) === 'done') return;
      if (state.get(name) === 'open') return void cycles.push([...trail.slice(trail.indexOf(name)), name].join(' -> '));
      state.set(name, 'open');
      for (const next of imports.get(name) ?? []) visit(next, [...trail, name]);
      state.set(name, 'done');
    };
    for (const name of imports.keys()) visit(name, []);
    assert.ok(imports.size > 10 && [...imports.values()].some((list) => list.length > 0), 'the files and their imports were read');
    assert.deepEqual(cycles, []);
  });

  test('bundles one copy of zod, however many packages install it', async () => {
    const outputs = [...(await measure()).values()];
    const copies = new Set(outputs.flatMap((o) => o.inputs).filter((i) => i.includes('/zod/')).map((i) => i.slice(0, i.indexOf('/zod/'))));
    assert.equal(copies.size, 1, [...copies].join(', '));
  });

  test('gives a page the English of its elements only, and each element\'s English once', async () => {
    const outputs = await measure();
    const page = pagePlan(outputs).counted.map((output) => output.text).join('\n');
    // A catalog entry, minified: `,"search.findMentors":"Find a mentor"` (code names keys otherwise).
    const entries = (text: string, key: string) => text.split(new RegExp(`[{,]"${key.replaceAll('.', '\\.')}":`)).length - 1;
    // <mentor-program> and <mentor-search> (with its cards): the common strings, the search's and the card's.
    for (const key of ['program.loading', 'search.findMentors', 'card.requestAsMentor']) assert.equal(entries(page, key), 1, key);
    // The errors' English loads at the first failure (i18n/error-sentences.ts), or when a refused badge first
    // explains itself with one, but the network's, shown when nothing more can load, is there from the start.
    for (const key of ['error.network']) assert.equal(entries(page, key), 1, key);
    for (const key of ['error.forbidden', 'reason.mentor-full', 'reason.open-request-limit']) assert.equal(entries(page, key), 0, `${key} is on the page before any failure`);
    // Not the other elements', nor the card's dialogs until they open, nor the words of the card's and the
    // search's rarer states (a refused badge's reason, nobody found) until one shows.
    for (const key of ['availability.title', 'enrollment.title', 'console.title', 'card.form.goals', 'card.profile.about', 'card.self', 'search.empty.mentors']) {
      assert.equal(entries(page, key), 0, `${key} is on a page without its element`);
    }
    // Every English section is bundled once, however many modules import the catalog.
    const english = [...outputs.values()].filter((output) => !output.entryPoint?.includes('/i18n/')).map((output) => output.text);
    for (const key of ['program.loading', 'search.findMentors', 'card.form.goals', 'card.self', 'search.empty.mentors', 'availability.title', 'enrollment.title', 'console.title', 'console.confirm.end']) {
      assert.equal(entries(english.join('\n'), key), 1, key);
    }
    // The console's confirmation words load with its dialog, when a member first asks for one.
    const allSix = pagePlan(outputs, ALL_PAGE).counted.map((output) => output.text).join('\n');
    assert.equal(entries(allSix, 'console.title'), 1);
    assert.equal(entries(allSix, 'console.confirm.end'), 0, 'the confirmation dialog\'s words are on the page before it opens');
  });

  test('keeps the demo roster and every other language\'s catalog out of an English page\'s path', async () => {
    const outputs = await measure();
    for (const page of [PAGE, ALL_PAGE]) {
      const plan = pagePlan(outputs, page);
      const inputs = plan.counted.flatMap((output) => output.inputs);
      assert.deepEqual(inputs.filter((input) => /roster|i18n\/(fr|es|de|ar)[.-]/.test(input)), []);
      assert.ok(inputs.some((input) => input.endsWith('core/src/memory-adapter.ts')), 'the adapter is counted');
      assert.deepEqual(plan.apart.map((output) => output.reason.split(':')[0]).sort(), [
        'Arabic catalog', 'French catalog', 'German catalog', 'Spanish catalog', 'demo roster',
      ]);
    }
  });

  test('gives each language\'s catalog a chunk of its own, which only the loader imports, on demand', async () => {
    const outputs = [...(await measure()).values()];
    const loader = outputs.find((output) => output.entryPoint === 'packages/elements/src/loader.ts')!;
    for (const lang of ['fr', 'es', 'de', 'ar']) {
      const holding = outputs.filter((output) => output.inputs.some((input) => input.endsWith(`/i18n/${lang}.ts`)));
      assert.equal(holding.length, 1, `${lang}.ts is in one chunk`);
      const chunk = holding[0]!;
      assert.equal(chunk.entryPoint, `packages/elements/src/i18n/${lang}-register.ts`);
      assert.ok(loader.dynamic.includes(chunk.name), `the loader imports ${lang} on demand`);
      assert.deepEqual(outputs.filter((output) => output.imports.includes(chunk.name)).map((o) => o.name), [], `nothing imports ${lang} statically`);
      // No other language's words ride along.
      assert.deepEqual(chunk.inputs.filter((input) => /\/i18n\/(fr|es|de|ar)\.ts$/.test(input) && !input.endsWith(`/${lang}.ts`)), []);
    }
  });

  test('preloads, for each tag and each adapter, every file its module imports statically (one round trip after the loader)', async () => {
    const outputs = await measure({ minify: false });
    const loader = [...outputs.values()].find((output) => output.entryPoint === 'packages/elements/src/loader.ts')!;
    // The build writes the preloads into the loader as JSON (scripts/build.mjs, chunkPreloads).
    const written = /\bCHUNKS = (\{[^}]*\})/.exec(loader.text);
    assert.ok(written, 'the loader holds its preloads');
    const preloads = JSON.parse(written[1]!) as Record<string, string[]>;
    const closure = (name: string, into = new Set<string>()): Set<string> => {
      if (into.has(name)) return into;
      into.add(name);
      for (const next of outputs.get(name)!.imports) closure(next, into);
      return into;
    };
    const outputOf = (entry: string) => [...outputs.values()].find((output) => output.entryPoints.includes(entry))!.name;
    const needed: Record<string, Set<string>> = { api: closure(outputOf(API_PAGE.adapter)), demo: closure(outputOf(PAGE.adapter)) };
    for (const name of loader.dynamic) {
      for (const entry of outputs.get(name)!.entryPoints) {
        const tag = /^packages\/elements\/src\/(mentor-[a-z-]+)\/define\.ts$/.exec(entry)?.[1];
        if (tag) needed[tag] = closure(name);
      }
    }
    assert.ok(Object.keys(needed).length >= 9, 'every tag and both adapters');
    for (const [key, files] of Object.entries(needed)) {
      const missing = [...files].filter((file) => !preloads[key]?.includes(file));
      assert.deepEqual(missing, [], `${key}: files the loader would learn of only from another chunk`);
      assert.equal(new Set(preloads[key]).size, preloads[key]!.length, `${key}: each file preloaded once`);
    }
    // The demo preloads its roster (needed before any answer), not the staff half it imports for the office,
    // nor the service's changes it imports with a member's first change (core's memory-adapter.ts), nor the
    // cohorts' rules beyond those its roster makes its open cohort with (cohort-applications.ts).
    const demoInputs = preloads.demo!.flatMap((file) => outputs.get(file)!.inputs);
    assert.ok(demoInputs.some((input) => input.endsWith('demo/src/roster.ts')), 'the roster is preloaded');
    assert.ok(demoInputs.some((input) => input.endsWith('core/src/cohort-applications.ts')), 'the roster\'s cohort rules are preloaded');
    assert.deepEqual(demoInputs.filter((input) => /core\/src\/(memory-staff-adapter|service\/staff-service|service\/mentoring-service|enrolment-changes|cohorts)\.ts$/.test(input)), []);
  });

  test('loads the lifecycle\'s changing rules only where a change is made: not with the console, nor before the demo\'s first search', async () => {
    const outputs = await measure();
    const pages = { demo: PAGE, 'all six': ALL_PAGE, 'all six on the REST adapter': { ...ALL_PAGE, adapter: API_PAGE.adapter } };
    for (const [name, page] of Object.entries(pages)) {
      const inputs = pagePlan(outputs, page).counted.flatMap((output) => output.inputs);
      if (page !== PAGE) assert.ok(inputs.includes('packages/core/src/lifecycle.ts'), `${name}: the console shows mentorships by the lifecycle's states`);
      assert.deepEqual(inputs.filter((input) => input.endsWith('core/src/lifecycle-changes.ts')), [], name);
    }
    // They load with the mentoring service's changes (a member's first change on the demo).
    const service = [...outputs.values()].find((output) => output.inputs.some((input) => input.endsWith('core/src/service/mentoring-service.ts')))!;
    const serviceFiles = [service.name, ...service.imports].flatMap((name) => outputs.get(name)!.inputs);
    assert.ok(serviceFiles.some((input) => input.endsWith('core/src/lifecycle-changes.ts')));
  });

  test('gives a page with api="…" no way to demo code: only <mentor-program demo> imports it, lazily', async () => {
    const outputs = await measure();
    const isDemoCode = (input: string) => input.startsWith('packages/demo/') || /core\/src\/memory-/.test(input);
    const downloaded = pagePlan(outputs, API_PAGE).counted.flatMap((output) => output.inputs);
    assert.ok(downloaded.some((input) => input.startsWith('packages/rest-adapter/')), 'the REST adapter is counted');
    assert.deepEqual(downloaded.filter(isDemoCode), []);
    // Every import from the loader, static or lazy (any element, any language, a member's first click), except
    // the demo program's own entry: none of it is demo code, so `demo` is the one way in.
    const demo = [...outputs.values()].find((output) => output.entryPoint === PAGE.adapter)!;
    const loader = [...outputs.values()].find((output) => output.entryPoint === 'packages/elements/src/loader.ts')!;
    const reached = new Set<string>();
    const visit = (name: string) => {
      if (name === demo.name || reached.has(name)) return;
      reached.add(name);
      for (const next of [...outputs.get(name)!.imports, ...outputs.get(name)!.dynamic]) visit(next);
    };
    visit(loader.name);
    const reachedInputs = [...reached].flatMap((name) => outputs.get(name)!.inputs);
    assert.ok(reachedInputs.some((input) => input.endsWith('mentor-relationships-console/mentor-relationships-console.ts')), 'every element is reached');
    assert.deepEqual(reachedInputs.filter(isDemoCode), []);
    const importers = [...outputs.values()].filter((output) => output.dynamic.includes(demo.name) || output.imports.includes(demo.name));
    assert.deepEqual(importers.map((output) => output.inputs.some((input) => input.endsWith('mentor-program/mentor-program.ts'))), [true]);
  });

  test('keeps the program office off every member page: its element, its strings, the staff half of each adapter', async () => {
    const outputs = await measure();
    const isOfficeCode = (input: string) =>
      /elements\/src\/mentor-program-office\/|i18n\/office-|rest-adapter\/src\/staff\.ts|core\/src\/(memory-staff-adapter|service\/staff-service|csv|audit)\.ts|checked-staff-adapter/.test(input);
    const english = (text: string) => /"office\.(title|forbidden|tab\.dashboard)":/.test(text);
    for (const page of [PAGE, ALL_PAGE, API_PAGE]) {
      const counted = pagePlan(outputs, page).counted;
      assert.deepEqual(counted.flatMap((output) => output.inputs).filter(isOfficeCode), [], `${page.tags.length} tags, ${page.adapter}`);
      assert.equal(counted.some((output) => english(output.text)), false, 'no office strings on a member page');
    }
    // Each staff half is imported lazily, by one module: the REST one by <mentor-program>, the in-memory one
    // by the demo's in-page adapter (when the office asks for its adapter).
    const values = [...outputs.values()];
    for (const [entry, importer] of [
      ['packages/rest-adapter/src/staff.ts', 'mentor-program/mentor-program.ts'],
      ['packages/core/src/memory-staff-adapter.ts', 'demo/src/in-page.ts'],
    ] as const) {
      const chunk = values.find((output) => output.entryPoint === entry)!;
      assert.ok(chunk, `${entry} is a chunk of its own`);
      assert.deepEqual(values.filter((output) => output.imports.includes(chunk.name)).map((output) => output.name), [], `nothing imports ${entry} statically`);
      const lazy = values.filter((output) => output.dynamic.includes(chunk.name));
      assert.deepEqual(lazy.map((output) => output.inputs.some((input) => input.endsWith(importer))), [true], `${entry} is imported by ${importer}`);
    }
    // What staff download is measured (README's size table); a sanity floor, not a budget.
    const office = officePlan(outputs);
    assert.ok(office.first > 0 && office.first < office.everything);
  });
});

describe('template minification', () => {
  test('collapses html whitespace to what the browser renders anyway', () => {
    assert.equal(minifyHtmlPart('\n  <p>\n    a b\n  </p>\n'), ' <p> a b </p> ');
    assert.equal(minifyHtmlPart('<b>x</b> <i>y</i>'), '<b>x</b> <i>y</i>');
  });

  test('shortens css without touching spaces next to an expression or inside values', () => {
    assert.equal(minifyCssPart('\n  :host {\n    margin: 0 auto; /* note */\n  }\n'), ' :host{margin:0 auto;}');
    assert.equal(minifyCssPart(' a :is(b) , c > d { color: rgb(0 0 0 / 0.5); }'), ' a :is(b),c > d{color:rgb(0 0 0 / 0.5);}');
    assert.equal(minifyCssPart('padding: 0 '), 'padding:0 ');
  });

  test('edits only html and css templates, nested ones included', () => {
    const source = 'const a = html`\n  <p>${x ? html`\n    <b>y</b>\n  ` : css`a {  }`}</p>\n`;\nconst b = `\n  keep\n`;';
    assert.equal(minifyTemplates(source, 'x.ts'), 'const a = html` <p>${x ? html` <b>y</b> ` : css`a{}`}</p> `;\nconst b = `\n  keep\n`;');
  });
});
