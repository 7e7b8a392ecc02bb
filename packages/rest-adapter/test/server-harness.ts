// The conformance harness over the real server: RestAdapters talking HTTP to `startTestServer`
// (packages/server), on PGlite or PostgreSQL, with the server's clock and outbox.
import type { ConformanceHarness, HarnessFactory } from '@mentor-match/testkit';
import { startTestServer, type TestServer } from '@mentor-match/server/testing';
import { createRestAdapter } from '@mentor-match/rest-adapter';
import { createRestStaffAdapter } from '@mentor-match/rest-adapter/staff';
import { createRestWorkspaceAdapter } from '@mentor-match/rest-adapter/workspace';

/** Fast enough for the suite's "the other side hears it within a second". */
const POLL_INTERVAL_MS = 100;

export interface ServerHarness {
  factory: HarnessFactory;
  /** Closes the shared server: call it once the file's tests are done. */
  close(): Promise<void>;
}

/** One server for the file's tests, `reset` before each: an empty database, the test's settings, the clock at its start. */
export function serverHarness(database: string): ServerHarness {
  let shared: TestServer | undefined;
  const factory: HarnessFactory = async ({ settings, staff = [] }) => {
    if (shared) await shared.reset(settings);
    else shared = await startTestServer({ settings, database });
    return harnessOver(shared, new Set(staff));
  };
  return { factory, close: async () => shared?.close() };
}

/**
 * The suite's view of one server: adapters signed in with tokens the server minted, those of `staff` with
 * the server's staff claim (as the member site marks them).
 */
function harnessOver(server: TestServer, staff: ReadonlySet<string>): ConformanceHarness {
  const tokens = new Map<string, Promise<string>>();
  const token = (memberId: string) => {
    let minted = tokens.get(memberId);
    if (!minted) tokens.set(memberId, (minted = server.mintToken(memberId, { staff: staff.has(memberId) })));
    return minted;
  };
  const options = { baseUrl: server.apiUrl, pollIntervalMs: POLL_INTERVAL_MS };
  const adapter = (getToken?: () => Promise<string>) => createRestAdapter({ ...options, ...(getToken ? { getToken } : {}) });
  return {
    as: (memberId) => adapter(() => token(memberId)),
    anonymous: () => adapter(),
    staff: (memberId) => createRestStaffAdapter({ ...options, getToken: () => token(memberId) }),
    workspace: async (memberId) => createRestWorkspaceAdapter({ ...options, getToken: () => token(memberId) }),
    advanceTime: (days) => server.advanceTime(days),
    notifications: () => server.notifications(),
  };
}
