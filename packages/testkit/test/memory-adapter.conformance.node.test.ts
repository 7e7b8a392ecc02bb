// The same suite under Node's own test runner, as the server's suite will run it: proves the testkit
// needs neither mocha nor a browser.
import { describe, it } from 'node:test';
import { defineConformanceSuite, defineWorkspaceConformanceSuite } from '@mentor-match/testkit';
import { memoryHarness } from './memory-harness.ts';

defineConformanceSuite({ describe, it }, memoryHarness, { name: 'MemoryAdapter conformance (node:test)' });
defineWorkspaceConformanceSuite({ describe, it }, memoryHarness, { name: 'MemoryBackend workspaces (node:test)' });
