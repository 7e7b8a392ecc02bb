// Types for minify-templates.mjs, for its tests.
import type { Plugin } from 'esbuild';

export declare function minifyHtmlPart(text: string): string;
export declare function minifyCssPart(text: string): string;
export declare function minifyTemplates(source: string, fileName: string): string;
export declare function minifyTemplatesPlugin(filter: RegExp): Plugin;
