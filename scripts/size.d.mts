// Types for size.mjs, for the build tests.
export interface SizedOutput {
  name: string;
  entryPoint?: string;
  /** Every module it is the entry of: a chunk group's file stands for each element define module it holds. */
  entryPoints: string[];
  inputs: string[];
  what: string;
  /** The file's JavaScript. */
  text: string;
  bytes: number;
  gzip: number;
  imports: string[];
  dynamic: string[];
}
export interface PagePlan {
  counted: (SizedOutput & { reason: string })[];
  apart: (SizedOutput & { reason: string })[];
  total: { bytes: number; gzip: number };
}
export declare const PAGE: { tags: string[]; adapter: string };
export declare const DEMO_PAGE: { tags: string[]; adapter: string };
/** The six member elements through the loader, on the demo adapter (the program office apart: officePlan). */
export declare const ALL_PAGE: { tags: string[]; adapter: string };
export declare const TARGET_BYTES: number;
export declare function kib(bytes: number): string;
export declare function measure(options?: { minify?: boolean }): Promise<Map<string, SizedOutput>>;
export declare function pagePlan(outputs: Map<string, SizedOutput>, page?: { tags: string[]; adapter: string }): PagePlan;
export declare function printPlan(plan: PagePlan): void;
export declare const API_PAGE: { tags: string[]; adapter: string };
/** What the program office adds to a page with the six member elements: opening it, and every tab. */
export declare function officePlan(outputs: Map<string, SizedOutput>, page?: { tags: string[]; adapter: string }): { first: number; everything: number; files: SizedOutput[] };
