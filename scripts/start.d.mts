// Types for scripts/start.mjs, for the end-to-end tests that start the demo.
import type { RunningServer, ServerOptions } from '../packages/server/src/server.ts';

/** Builds the loader into `cdnDir` (unless `build` is false); the other options are the server's. */
export declare function startDemo(options?: ServerOptions & { cdnDir?: string; build?: boolean }): Promise<{ url: string; port: number; server: RunningServer; close: () => Promise<void> }>;
