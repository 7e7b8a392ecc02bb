// How MemoryBackend reaches its staff half without importing it: memory-staff-adapter.ts (the staff service
// and the staff adapter over it, a quarter of the in-memory program's code) registers itself here when
// imported. core's index imports it, so tests, stories and the testkit always have it; the in-page demo
// imports only memory-backend.ts, so a member's page never downloads the program office's code, and imports
// memory-staff-adapter.ts when the office first asks for its adapter.
import type { Account } from './enrolment.ts';
import type { MemoryConnection } from './memory-adapter.ts';
import type { StaffAdapter } from './staff-adapter.ts';

export type MemoryStaffMaker = (connection: MemoryConnection, viewerId: string, account: Account, staff: boolean) => StaffAdapter;

let maker: MemoryStaffMaker | undefined;

/** memory-staff-adapter.ts registers how to make a staff adapter over a backend's connection. */
export function provideMemoryStaff(make: MemoryStaffMaker): void {
  maker = make;
}

/** The registered maker; an Error naming the module to import when none is. */
export function memoryStaffMaker(): MemoryStaffMaker {
  if (!maker) {
    throw new Error("MemoryBackend.staffAdapterFor needs '@mentor-match/core/memory-staff-adapter' imported first (core's index imports it).");
  }
  return maker;
}
