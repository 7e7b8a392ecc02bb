// The adapter conformance suite against the real server over HTTP, through a bare fetch adapter: the server
// must behave exactly like MemoryAdapter. On PGlite always, and on PostgreSQL too when TEST_DATABASE_URL is set.
// One server per database, `reset` between tests: a fresh backend with each test's settings.
import { after, describe, it } from 'node:test';
import { defineConformanceSuite, type HarnessFactory } from '@mentor-match/testkit';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { fetchAdapter } from './support/fetch-adapter.ts';

function sharedServerHarness(database: string): HarnessFactory {
  let server: TestServer | undefined;
  after(() => server?.close());
  return async ({ settings }) => {
    if (server) await server.reset(settings);
    else server = await startTestServer({ settings, database });
    const running = server;
    const tokens = new Map<string, Promise<string>>();
    const tokenFor = (id: string) => {
      let token = tokens.get(id);
      if (!token) tokens.set(id, (token = running.mintToken(id)));
      return token;
    };
    return {
      as: (id) => fetchAdapter(running.apiUrl, () => tokenFor(id)),
      anonymous: () => fetchAdapter(running.apiUrl, async () => null),
      advanceTime: (days) => running.advanceTime(days),
      notifications: () => running.notifications(),
    };
  };
}

/** A test that hangs fails after this long instead of holding up the whole run. */
const test = { describe, it: (name: string, fn: () => Promise<void> | void) => it(name, { timeout: 30_000 }, fn) };

defineConformanceSuite(test, sharedServerHarness('pglite'), { name: 'server conformance over HTTP (PGlite)' });

const url = process.env.TEST_DATABASE_URL;
if (url) defineConformanceSuite(test, sharedServerHarness(url), { name: 'server conformance over HTTP (PostgreSQL)' });
