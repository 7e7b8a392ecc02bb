// The conformance harness over the real server: RestAdapters talking HTTP to `startTestServer`
// (packages/server), on PGlite or PostgreSQL, with the server's clock and outbox.
import type { ProgramSettings } from '@mentor-match/core';
import type { ConformanceHarness, HarnessFactory } from '@mentor-match/testkit';
import { startTestServer, type TestServer } from '@mentor-match/server/testing';
import { createRestAdapter } from '@mentor-match/rest-adapter';

/** Fast enough for the suite's "the other side hears it within a second". */
const POLL_INTERVAL_MS = 100;

/**
 * What sharing one server between the tests of a file needs from the testing helper: empty the database,
 * run the program with these settings, put the clock back to its start (asked of packages/server).
 * Until the helper has it, every test starts a server of its own (~20 ms on PGlite, ~100 ms on
 * PostgreSQL, which makes a schema each); once it does, this harness shares one with no change here.
 */
type ResettableServer = TestServer & { reset?(settings: ProgramSettings): Promise<void> };

export interface ServerHarness {
  factory: HarnessFactory;
  /** Closes the shared server, if there is one: call it once the file's tests are done. */
  close(): Promise<void>;
}

export function serverHarness(database: string): ServerHarness {
  let shared: ResettableServer | undefined;
  const keepOpen = async () => {};
  const factory: HarnessFactory = async ({ settings }) => {
    if (shared?.reset) {
      await shared.reset(settings);
      return harnessOver(shared, keepOpen);
    }
    const server: ResettableServer = await startTestServer({ settings, database });
    if (!server.reset) return harnessOver(server, () => server.close());
    shared = server;
    return harnessOver(server, keepOpen);
  };
  return { factory, close: async () => shared?.close() };
}

/** The suite's view of one server: adapters signed in with tokens the server minted. */
function harnessOver(server: TestServer, close: () => Promise<void>): ConformanceHarness {
  const tokens = new Map<string, Promise<string>>();
  const token = (memberId: string) => {
    let minted = tokens.get(memberId);
    if (!minted) tokens.set(memberId, (minted = server.mintToken(memberId)));
    return minted;
  };
  const adapter = (getToken?: () => Promise<string>) =>
    createRestAdapter({ baseUrl: server.apiUrl, pollIntervalMs: POLL_INTERVAL_MS, ...(getToken ? { getToken } : {}) });
  return {
    as: (memberId) => adapter(() => token(memberId)),
    anonymous: () => adapter(),
    advanceTime: (days) => server.advanceTime(days),
    notifications: () => server.notifications(),
    close,
  };
}
