// How MemoryStore reaches its staff reads (memory-staff-reads.ts: the program office's lists and dashboard
// over its records) without importing them: memory-staff-adapter.ts registers them here with the rest of the
// staff half (memory-staff-hook.ts), so a member's page on the in-page demo never downloads them. Only the
// staff service asks for them, and it lives in that module. A module of its own, importing nothing but a
// type, so memory-store.ts importing it makes no import cycle.
import type { MemoryStaffReads } from './memory-staff-reads.ts';

let reads: MemoryStaffReads | undefined;

/** memory-staff-adapter.ts registers MemoryStore's staff reads. */
export function provideMemoryStaffReads(staffReads: MemoryStaffReads): void {
  reads = staffReads;
}

/** The registered reads; an Error naming the module to import when none is. */
export function memoryStaffReads(): MemoryStaffReads {
  if (!reads) throw new Error("MemoryStore's program office reads need '@mentor-match/core/memory-staff-adapter' imported first (core's index imports it).");
  return reads;
}
