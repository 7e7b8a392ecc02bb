// The adapter conformance suite against the real server over HTTP, through a bare fetch adapter: the server
// must behave exactly like MemoryAdapter. On PGlite always, and on PostgreSQL too when TEST_DATABASE_URL is set.
import { describe, it } from 'node:test';
import { defineConformanceSuite, type HarnessFactory } from '@mentor-match/testkit';
import { startTestServer } from '../src/testing.ts';
import { fetchAdapter } from './support/fetch-adapter.ts';

const harness = (database: string): HarnessFactory => async ({ settings }) => {
  const server = await startTestServer({ settings, database });
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (id: string) => {
    let token = tokens.get(id);
    if (!token) tokens.set(id, (token = server.mintToken(id)));
    return token;
  };
  return {
    as: (id) => fetchAdapter(server.apiUrl, () => tokenFor(id)),
    anonymous: () => fetchAdapter(server.apiUrl, async () => null),
    advanceTime: (days) => server.advanceTime(days),
    notifications: () => server.notifications(),
    close: () => server.close(),
  };
};

defineConformanceSuite({ describe, it }, harness('pglite'), { name: 'server conformance over HTTP (PGlite)' });

const url = process.env.TEST_DATABASE_URL;
if (url) defineConformanceSuite({ describe, it }, harness(url), { name: 'server conformance over HTTP (PostgreSQL)' });
