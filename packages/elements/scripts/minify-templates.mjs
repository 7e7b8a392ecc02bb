// An esbuild plugin for the CDN build: minifies the static text of Lit's `html` and `css` templates in
// the elements' sources, which esbuild leaves as written (indentation and comments included). Templates
// are found with TypeScript's parser, not a regular expression, so nested templates and `${…}` are safe.
//
// Only what cannot change the result is removed:
// - html: a run of whitespace holding a line break becomes one space (the browser renders both alike);
// - css: comments go, whitespace runs become one space, and spaces next to `{ } ; , :` (after a colon
//   only) go. A space touching a `${…}` stays, as it may separate two values.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const TAGS = new Set(['html', 'css', 'svg']);

/** @param {string} text the raw text of one static part of an html template */
export function minifyHtmlPart(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** @param {string} text the raw text of one static part of a css template */
export function minifyCssPart(text) {
  // A space next to `{ } ; ,` or after `:` never matters, also where the part touches a `${…}`; any
  // other space is kept, as it may separate a value from the one an expression brings.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':');
}

/**
 * The source with its html/css templates minified. Parts are edited from the end so earlier offsets hold.
 * @param {string} source
 * @param {string} fileName
 */
export function minifyTemplates(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCssPart : minifyHtmlPart;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // A part's source runs from its opening delimiter (` or }) to its closing one (` or ${).
        const start = part.getStart(file) + 1;
        const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        const raw = source.slice(start, end);
        const text = minify(raw);
        if (text !== raw) edits.push({ start, end, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** @param {RegExp} filter the files whose templates are minified */
export function minifyTemplatesPlugin(filter) {
  return {
    name: 'minify-lit-templates',
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        return { contents: minifyTemplates(source, args.path), loader: 'ts' };
      });
    },
  };
}
