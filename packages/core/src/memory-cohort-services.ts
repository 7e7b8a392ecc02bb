// The cohort services over a MemoryBackend's store, one of each per backend, made when first asked for. The
// member's MemoryAdapter imports this module lazily (its first cohort call), so a page that never shows a
// cohort never downloads the cohorts' code; the staff adapter imports it with the rest of the office.
import type { MemoryConnection } from './memory-adapter.ts';
import { CohortService, CohortStaffService } from './service/cohort-service.ts';

const members = new WeakMap<MemoryConnection, CohortService>();
const staff = new WeakMap<MemoryConnection, CohortStaffService>();

export function cohortServiceOf(connection: MemoryConnection): CohortService {
  let service = members.get(connection);
  if (!service) members.set(connection, (service = new CohortService(connection.store, connection.clock)));
  return service;
}

export function cohortStaffServiceOf(connection: MemoryConnection): CohortStaffService {
  let service = staff.get(connection);
  if (!service) staff.set(connection, (service = new CohortStaffService(connection.store, connection.clock)));
  return service;
}
