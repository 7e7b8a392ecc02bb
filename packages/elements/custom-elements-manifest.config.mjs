// The custom-elements manifest (custom-elements.json) is generated from the JSDoc header of each element
// (`@summary`, `@slot`, `@csspart`, `@cssproperty`, `@event`) and its Lit properties. Editors read it for
// autocompletion (package.json `customElements`) and Storybook builds its docs tables from it.
// Run `npm run manifest` after changing an element's public API; `npm test` fails while it is stale.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// The analyzer's own TypeScript (5.4), the one it parses with; the workspace's may be a newer major.
import { ts as analyzerTs } from '@custom-elements-manifest/analyzer';

/**
 * Our tags are registered through `define('mentor-x', MentorX)` (internal/define.ts), not
 * `customElements.define` or `@customElement`, so the analyzer would not see them: record each call as the
 * custom-element definition the analyzer would have made, and the class gets its tag name.
 */
function defineCalls() {
  return {
    name: 'mentor-match: define() calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const imported = context.imports?.find((entry) => entry.name === klass.text && !entry.isBareModuleSpecifier);
      const module = imported
        ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.slice(1)
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

/**
 * Only the public API: private members (`#x`, `private`) are dropped, protected ones are kept once, on the
 * base class that declares them (`MentorElement`, for authors of new elements), not repeated on every
 * element; the browser's form-associated callbacks are left out too. Events the analyzer found in code
 * without a name (`dispatchEvent(new MentorResultsEvent(…))`) are dropped: the JSDoc `@event` lines name
 * them. Attributes without a type take their field's. Modules are sorted by path: the analyzer lists them in
 * the order the file system returns them, and the committed file must not change from one run to the next.
 */
function publicApiOnly() {
  /** Called by the browser, never by a page (the analyzer already leaves out connectedCallback and its kin). */
  const LIFECYCLE_CALLBACKS = new Set([
    'formAssociatedCallback', 'formDisabledCallback', 'formResetCallback', 'formStateRestoreCallback',
  ]);
  return {
    name: 'mentor-match: public API only',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) =>
                member.privacy !== 'private' &&
                !member.name.startsWith('#') &&
                !(member.privacy === 'protected' && member.inheritedFrom) &&
                !LIFECYCLE_CALLBACKS.has(member.name),
            );
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          // An attribute whose field has no written type (`pageSize = DEFAULT_PAGE_SIZE`) takes the field's.
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find((member) => member.name === attribute.fieldName);
            if (!attribute.type && field?.type) attribute.type = { ...field.type };
          }
        }
      }
    },
  };
}

/**
 * Types written as aliases (`find: Find`, `theme: Theme`, `showAs: Role | undefined`) are spelled out when they
 * are unions of literals (`'mentors' | 'mentees'`), so editors can offer the allowed attribute values. The
 * analyzer reads files one at a time; a TypeScript program over the element modules resolves the aliases.
 */
function spellOutLiteralUnions() {
  const root = fileURLToPath(new URL('.', import.meta.url));
  return {
    name: 'mentor-match: literal unions',
    packageLinkPhase({ customElementsManifest }) {
      const ts = analyzerTs;
      const elements = customElementsManifest.modules.filter((m) => m.declarations?.some((d) => d.customElement));
      const program = ts.createProgram(
        elements.map((m) => path.join(root, m.path)),
        {
          target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
          allowImportingTsExtensions: true, experimentalDecorators: true, noEmit: true, skipLibCheck: true, strict: true, types: [],
        },
      );
      const checker = program.getTypeChecker();
      for (const module of elements) {
        const source = program.getSourceFile(path.join(root, module.path));
        if (!source) continue;
        for (const node of source.statements) {
          if (!ts.isClassDeclaration(node) || !node.name) continue;
          const declaration = module.declarations.find((d) => d.kind === 'class' && d.name === node.name.text);
          for (const property of node.members) {
            if (!ts.isPropertyDeclaration(property) || !property.type || !ts.isIdentifier(property.name)) continue;
            const text = literalUnion(ts, checker, checker.getTypeAtLocation(property));
            if (!text) continue;
            const name = property.name.text;
            for (const item of [
              ...(declaration?.members ?? []).filter((m) => m.name === name),
              ...(declaration?.attributes ?? []).filter((a) => a.fieldName === name),
            ]) {
              if (item.type) item.type.text = text;
            }
          }
        }
      }
    },
  };
}

/** `'a' | 'b' | undefined` for a union of literals (and null / undefined); null for any other type. */
function literalUnion(ts, checker, type) {
  if (!type.isUnion()) return null;
  const literals = [];
  const empty = [];
  for (const part of type.types) {
    if (part.isStringLiteral()) literals.push(`'${part.value}'`);
    else if (part.isNumberLiteral()) literals.push(String(part.value));
    else if (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) empty.push(checker.typeToString(part));
    else return null;
  }
  return literals.length ? [...literals, ...empty.sort()].join(' | ') : null;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.stories.ts',
    'src/**/*.test.ts',
    'src/**/*-fixtures.ts',
    'src/**/messages.ts',
    'src/**/*styles.ts',
    'src/styles/**',
    'src/i18n/en.ts',
    'src/i18n/fr.ts',
    'src/i18n/es.ts',
    'src/i18n/de.ts',
    'src/i18n/ar.ts',
  ],
  litelement: true,
  // package.json already has `"customElements": "custom-elements.json"`; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [defineCalls(), spellOutLiteralUnions(), publicApiOnly()],
};
