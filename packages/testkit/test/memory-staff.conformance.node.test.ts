// The staff section against MemoryBackend's staff adapter, under Node's test runner.
import { describe, it } from 'node:test';
import { defineStaffConformanceSuite } from '@mentor-match/testkit';
import { memoryHarness } from './memory-harness.ts';

defineStaffConformanceSuite({ describe, it }, memoryHarness, { name: 'MemoryAdapter staff conformance (node:test)' });
