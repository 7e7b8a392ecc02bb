// WorkspaceAdapter in memory: one signed-in member's workspaces on a MemoryBackend
// (`MemoryBackend.workspaceAdapterFor`), each call the workspace service's operation over the backend's
// store. It loads with the in-memory staff adapter's module (memory-staff-adapter.ts re-exports it): a page
// that opens no workspace downloads none of it, and one chunk for both keeps the bundler from splitting the
// service modules they share out of the page's own chunk.
import type { CallOptions } from './adapter.ts';
import type { Account } from './enrolment.ts';
import { memoryCall, type MemoryConnection } from './memory-adapter.ts';
import type { FollowUpSent, Workspace, WorkspaceChange, WorkspaceSummary, WorkspaceSummaryQuery } from './schemas/workspace.ts';
import type { Caller } from './service/calls.ts';
import type { Awaitable } from './service/op.ts';
import { WorkspaceService } from './service/workspace-service.ts';
import type { StaffWorkspaceAdapter, WorkspaceAdapter } from './workspace-adapter.ts';

const services = new WeakMap<MemoryConnection, WorkspaceService>();

/** The workspace service over the connection's store, one per backend (it installs the nudges' job). */
export function workspaceServiceOf(connection: MemoryConnection): WorkspaceService {
  let service = services.get(connection);
  if (!service) {
    service = new WorkspaceService(connection.store, connection.clock);
    services.set(connection, service);
  }
  return service;
}

export class MemoryWorkspaceAdapter implements WorkspaceAdapter, StaffWorkspaceAdapter {
  readonly #connection: MemoryConnection;
  readonly #caller: Caller;

  constructor(connection: MemoryConnection, viewerId: string, account: Account, staff: boolean) {
    this.#connection = connection;
    this.#caller = { memberId: viewerId, account, staff };
  }

  getWorkspace(mentorshipId: string, options?: CallOptions): Promise<Workspace> {
    return this.#call(options, (service, caller) => service.getWorkspace(caller, mentorshipId));
  }

  changeWorkspace(mentorshipId: string, change: WorkspaceChange, options?: CallOptions): Promise<Workspace> {
    return this.#call(options, (service, caller) => service.changeWorkspace(caller, mentorshipId, change));
  }

  nextMeetingIcs(mentorshipId: string, options?: CallOptions): Promise<string> {
    return this.#call(options, (service, caller) => service.nextMeetingIcs(caller, mentorshipId));
  }

  followUp(mentorshipId: string, options?: CallOptions): Promise<FollowUpSent> {
    return this.#call(options, (service, caller) => service.followUp(caller, mentorshipId));
  }

  /** Staff only (`forbidden`, `staff-only` for anyone else), as the server's /staff/workspaces. */
  workspaceSummaries(query: WorkspaceSummaryQuery = {}, options?: CallOptions): Promise<WorkspaceSummary[]> {
    return this.#call(options, (service, caller) => service.workspaceSummaries(caller, query));
  }

  #call<T>(options: CallOptions | undefined, operation: (service: WorkspaceService, caller: Caller) => Awaitable<T>): Promise<T> {
    return memoryCall(this.#connection, options, () => operation(workspaceServiceOf(this.#connection), this.#caller));
  }
}
