// The conformance suite against MemoryAdapter, in Chromium under mocha (@web/test-runner).
import { defineConformanceSuite } from '@mentor-match/testkit';
import { memoryHarness } from './memory-harness.ts';

defineConformanceSuite({ describe, it }, memoryHarness, { name: 'MemoryAdapter conformance' });
