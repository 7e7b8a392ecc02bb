// Types for build.mjs, for the tests that build the loader.
import type { BuildResult, Metafile } from 'esbuild';

export declare const packageDir: string;
export declare const CDN_DIR: string;
export declare const ESM_DIR: string;
export declare const CDN_ENTRIES: Record<string, string>;
export declare function buildCdn(options?: { outdir?: string; write?: boolean; minify?: boolean }): Promise<BuildResult & { metafile: Metafile }>;
export declare function buildEsm(options?: { outdir?: string }): Promise<{ modules: number; result: BuildResult & { metafile: Metafile } }>;
