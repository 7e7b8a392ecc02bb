// The testkit's conformance suite through RestAdapter, and its staff section through RestStaffAdapter, over
// HTTP, against the reference server: on PGlite always, and on PostgreSQL too when TEST_DATABASE_URL names one.
import { after, describe, it } from 'node:test';
import { defineConformanceSuite, defineStaffConformanceSuite, defineWorkspaceConformanceSuite } from '@mentor-match/testkit';
import { serverHarness } from './server-harness.ts';

const databases: [name: string, database: string][] = [['PGlite', 'pglite']];
if (process.env.TEST_DATABASE_URL) databases.push(['PostgreSQL', process.env.TEST_DATABASE_URL]);

for (const [name, database] of databases) {
  const harness = serverHarness(database);
  after(() => harness.close());
  defineConformanceSuite({ describe, it }, harness.factory, { name: `RestAdapter over the server (${name})` });
  defineStaffConformanceSuite({ describe, it }, harness.factory, { name: `RestStaffAdapter over the server (${name})` });
  defineWorkspaceConformanceSuite({ describe, it }, harness.factory, { name: `RestWorkspaceAdapter over the server (${name})` });
}
