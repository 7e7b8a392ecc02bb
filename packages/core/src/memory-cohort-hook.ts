// How MemoryAdapter reaches the cohorts' services without importing them (issue 14), like memory-staff-hook.ts
// for the office: memory-cohort-services.ts registers itself here when imported (core's index imports it, so
// tests, stories and the testkit always have it), and the in-page demo registers a loader that imports it on
// the first cohort call, so a member's page that never shows a cohort never downloads the cohorts' code.
import type { CohortService } from './service/cohort-service.ts';

/** The connection is MemoryAdapter's (`MemoryConnection`), opaque here so this module imports nothing of it. */
export type CohortServiceMaker = (connection: object) => CohortService;

let maker: CohortServiceMaker | undefined;
let loader: (() => Promise<unknown>) | undefined;

/** memory-cohort-services.ts registers how to make the member's cohort service over a backend's connection. */
export function provideMemoryCohortService(make: CohortServiceMaker): void {
  maker = make;
}

/** A page registers how to load memory-cohort-services.ts on demand (the in-page demo: a dynamic import). */
export function provideMemoryCohortLoader(load: () => Promise<unknown>): void {
  loader = load;
}

/** The registered maker, loading it first if a loader is registered; an Error naming the module when neither is. */
export async function memoryCohortService(connection: object): Promise<CohortService> {
  if (!maker && loader) await loader();
  if (!maker) throw new Error("MemoryAdapter's cohorts need '@mentor-match/core/memory-cohort-services' imported first (core's index imports it).");
  return maker(connection);
}
