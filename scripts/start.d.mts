// Types for scripts/start.mjs, for the end-to-end tests that start the demo.
export declare const CONTENT_SECURITY_POLICY: string;
export declare function startDemo(options?: {
  port?: number;
  host?: string;
  cdnDir?: string;
  build?: boolean;
}): Promise<{ url: string; port: number; close: () => Promise<void> }>;
