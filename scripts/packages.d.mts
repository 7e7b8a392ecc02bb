// Types for packages.mjs, for the test that packs and installs the packages.
export declare const repoRoot: string;
export declare const PUBLISHED: readonly string[];
export declare function buildPackages(): void;
export declare function publishedManifest(manifest: Record<string, unknown>, license: string): Record<string, unknown>;
export declare function packPackage(name: string, destination: string): string;
export declare function packPackages(destination?: string): Record<string, string>;
