#!/usr/bin/env node
// A step of `npm test`: no import cycle among the modules of core, the demo, the server and the testkit. A cycle
// makes the order modules run in depend on which one is imported first, and says two modules are one in disguise.
// Every static `import … from` and `export … from` counts, type-only ones too (they couple the modules
// just the same); dynamic `import()` does not (it runs later, once both are loaded). Takes well under a second.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['core', 'demo', 'server', 'testkit'];

/**
 * Cycles known and owned elsewhere, each as its modules in the order this script prints them. An entry
 * that no longer matches a cycle is reported (remove it), without failing the check.
 */
const KNOWN = [];

const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* sources(file);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) yield file;
  }
}

/** The file a specifier names, or null for a package outside this repository. */
function resolve(from, specifier) {
  const own = /^@mentor-match\/([^/]+)(?:\/(.+))?$/.exec(specifier);
  const target = own
    ? path.join(root, 'packages', own[1], 'src', own[2] ? `${own[2]}.ts` : 'index.ts')
    : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  return target !== null && existsSync(target) ? target : null;
}

const graph = new Map();
for (const name of PACKAGES) {
  for (const file of sources(path.join(root, 'packages', name, 'src'))) {
    const text = readFileSync(file, 'utf8');
    graph.set(file, [...text.matchAll(IMPORT)].map((match) => resolve(file, match[1])).filter((target) => target !== null));
  }
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
function cycles() {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  const visit = (file) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file), low.get(target)));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file), index.get(target)));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || graph.get(file).includes(file)) found.push(component.map((f) => path.relative(root, f)).sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

const same = (a, b) => a.length === b.length && a.every((file, i) => file === b[i]);
const all = cycles();
const unknown = all.filter((cycle) => !KNOWN.some((known) => same(known, cycle)));
const stale = KNOWN.filter((known) => !all.some((cycle) => same(known, cycle)));
for (const cycle of unknown) console.error(`import cycle: ${cycle.join(' <-> ')}`);
for (const known of stale) console.log(`gone, remove it from KNOWN in scripts/import-cycles.mjs: ${known.join(' <-> ')}`);
if (unknown.length > 0) process.exit(1);
console.log(`no import cycles in ${graph.size} modules of ${PACKAGES.join(', ')}${KNOWN.length > 0 ? ` (${KNOWN.length} known, owned elsewhere)` : ''}`);
