// The staff section against MemoryBackend's staff adapter, in Chromium under mocha (@web/test-runner).
import { defineStaffConformanceSuite } from '@mentor-match/testkit';
import { memoryHarness } from './memory-harness.ts';

defineStaffConformanceSuite({ describe, it }, memoryHarness, { name: 'MemoryAdapter staff conformance' });
