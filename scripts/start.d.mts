// Types for scripts/start.mjs, for the end-to-end tests that start the demo.
import type { RunningServer } from '../packages/server/src/server.ts';

export declare const CONTENT_SECURITY_POLICY: string;
export declare function startDemo(options?: {
  port?: number;
  host?: string;
  cdnDir?: string;
  build?: boolean;
  /** The PGlite folder (default `.data/pglite`), or `memory://`. */
  dataDir?: string;
  log?: 'debug' | 'info' | 'warn' | 'error';
}): Promise<{ url: string; port: number; server: RunningServer; close: () => Promise<void> }>;
