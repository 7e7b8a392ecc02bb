// StaffAdapter in memory: one staff member's connection to a MemoryBackend (MemoryBackend.staffAdapterFor).
// Each call is the staff service's operation over the backend's in-memory store, after the artificial
// latency, answered with a copy; a member who is not staff is refused by the service (`forbidden`).
import type { CallOptions, ChangeListener } from './adapter.ts';
import type { Account } from './enrolment.ts';
import { memoryCall, throwIfAborted, type MemoryConnection } from './memory-adapter.ts';
import type {
  AuditListQuery, AuditPage, ConcernListQuery, ConcernUpdate, CsvRequest, Dashboard, DashboardQuery, EvaluationListQuery,
  EvaluationPage, MemberListQuery, MentorshipListQuery, PairInput, ProgramRecord, RequestListQuery, SettingsUpdate,
  StaffActionInput, StaffConcern, StaffConcernPage, StaffMemberAction, StaffMemberItem, StaffMemberPage,
  StaffMentorshipAction, StaffMentorshipItem, StaffMentorshipPage,
} from './schemas/staff.ts';
import type { Caller } from './service/calls.ts';
import type { Awaitable } from './service/op.ts';
import { StaffService } from './service/staff-service.ts';
import { provideMemoryStaff } from './memory-staff-hook.ts';
import { memoryStaffReads } from './memory-staff-reads.ts';
import { provideMemoryStaffReads } from './memory-store-staff-hook.ts';
import type { StaffAdapter } from './staff-adapter.ts';
import { cohortStaffServiceOf } from './memory-cohort-services.ts';
import type { CohortStaffService } from './service/cohort-service.ts';
import type {
  ApplicantQuery, CohortAction, CohortInput, CohortListQuery, CohortProposal, CohortUpdate, MatchListQuery, ProposalEdit, PublishInput,
  PublishResult, RunMatchingInput, StaffApplicant, StaffCohortItem, StaffCohortMatch,
} from './schemas/cohort.ts';
import type { WorkspaceSummary, WorkspaceSummaryQuery } from './schemas/workspace.ts';
import type { StaffWorkspaceAdapter } from './workspace-adapter.ts';
import { workspaceServiceOf } from './memory-workspace-adapter.ts';

// The in-memory workspace adapter loads with this module (memory-workspace-adapter.ts says why).
export { MemoryWorkspaceAdapter } from './memory-workspace-adapter.ts';

export class MemoryStaffAdapter implements StaffAdapter, StaffWorkspaceAdapter {
  readonly viewerId: string;
  readonly #connection: MemoryConnection;
  readonly #service: StaffService;
  readonly #caller: Caller;

  /** Made by `MemoryBackend.staffAdapterFor`; `staff`: what the backend's options say of the member. */
  constructor(connection: MemoryConnection, viewerId: string, account: Account, staff: boolean) {
    this.#connection = connection;
    this.#service = staffServiceOf(connection);
    this.viewerId = viewerId;
    this.#caller = { memberId: viewerId, account, staff };
  }

  getDashboard(query: DashboardQuery, options?: CallOptions): Promise<Dashboard> {
    return this.#call(options, (staff, caller) => staff.getDashboard(caller, query));
  }

  listMembers(query: MemberListQuery, options?: CallOptions): Promise<StaffMemberPage> {
    return this.#call(options, (staff, caller) => staff.listMembers(caller, query));
  }

  getMember(id: string, options?: CallOptions): Promise<StaffMemberItem> {
    return this.#call(options, (staff, caller) => staff.getMember(caller, id));
  }

  listMentorships(query: MentorshipListQuery, options?: CallOptions): Promise<StaffMentorshipPage> {
    return this.#call(options, (staff, caller) => staff.listMentorships(caller, query));
  }

  listRequests(query: RequestListQuery, options?: CallOptions): Promise<StaffMentorshipPage> {
    return this.#call(options, (staff, caller) => staff.listRequests(caller, query));
  }

  /** The service's chunks, each after the artificial latency; an abort stops the file at the next chunk. */
  exportCsv(request: CsvRequest, options?: CallOptions): AsyncIterable<string> {
    const connection = this.#connection;
    const chunks = this.#service.exportCsv(this.#caller, request);
    const signal = options?.signal;
    return {
      async *[Symbol.asyncIterator]() {
        throwIfAborted(signal);
        for await (const chunk of chunks) {
          yield await memoryCall(connection, options, () => chunk);
        }
      },
    };
  }

  pair(input: PairInput, options?: CallOptions): Promise<StaffMentorshipItem> {
    return this.#call(options, (staff, caller) => staff.pair(caller, input));
  }

  actOnMentorship(id: string, action: StaffMentorshipAction, input: StaffActionInput, options?: CallOptions): Promise<StaffMentorshipItem> {
    return this.#call(options, (staff, caller) => staff.actOnMentorship(caller, id, action, input));
  }

  actOnMember(id: string, action: StaffMemberAction, input: StaffActionInput, options?: CallOptions): Promise<StaffMemberItem> {
    return this.#call(options, (staff, caller) => staff.actOnMember(caller, id, action, input));
  }

  listConcerns(query: ConcernListQuery, options?: CallOptions): Promise<StaffConcernPage> {
    return this.#call(options, (staff, caller) => staff.listConcerns(caller, query));
  }

  updateConcern(id: string, update: ConcernUpdate, options?: CallOptions): Promise<StaffConcern> {
    return this.#call(options, (staff, caller) => staff.updateConcern(caller, id, update));
  }

  getSettings(options?: CallOptions): Promise<ProgramRecord> {
    return this.#call(options, (staff, caller) => staff.getSettings(caller));
  }

  updateSettings(update: SettingsUpdate, options?: CallOptions): Promise<ProgramRecord> {
    return this.#call(options, (staff, caller) => staff.updateSettings(caller, update));
  }

  listEvaluations(query: EvaluationListQuery, options?: CallOptions): Promise<EvaluationPage> {
    return this.#call(options, (staff, caller) => staff.listEvaluations(caller, query));
  }

  listAudit(query: AuditListQuery, options?: CallOptions): Promise<AuditPage> {
    return this.#call(options, (staff, caller) => staff.listAudit(caller, query));
  }

  // Cohorts (issue 14).

  listCohorts(query: CohortListQuery, options?: CallOptions): Promise<StaffCohortItem[]> {
    return this.#cohortCall(options, (cohorts, caller) => cohorts.listCohorts(caller, query));
  }

  getCohort(id: string, options?: CallOptions): Promise<StaffCohortItem> {
    return this.#cohortCall(options, (cohorts, caller) => cohorts.getCohort(caller, id));
  }

  createCohort(input: CohortInput, options?: CallOptions): Promise<StaffCohortItem> {
    return this.#cohortCall(options, (cohorts, caller) => cohorts.createCohort(caller, input));
  }

  updateCohort(id: string, update: CohortUpdate, options?: CallOptions): Promise<StaffCohortItem> {
    return this.#cohortCall(options, (cohorts, caller) => cohorts.updateCohort(caller, id, update));
  }

  actOnCohort(id: string, action: CohortAction, input: StaffActionInput, options?: CallOptions): Promise<StaffCohortItem> {
    return this.#cohortCall(options, (cohorts, caller) => cohorts.actOnCohort(caller, id, action, input));
  }

  listApplicants(cohortId: string, query: ApplicantQuery, options?: CallOptions): Promise<StaffApplicant[]> {
    return this.#cohortCall(options, (cohorts, caller) => cohorts.listApplicants(caller, cohortId, query));
  }

  runMatching(cohortId: string, input: RunMatchingInput, options?: CallOptions): Promise<CohortProposal> {
    return this.#cohortCall(options, (cohorts, caller) => cohorts.runMatching(caller, cohortId, input));
  }

  getProposal(cohortId: string, options?: CallOptions): Promise<CohortProposal | null> {
    return this.#cohortCall(options, (cohorts, caller) => cohorts.getProposal(caller, cohortId));
  }

  editProposal(cohortId: string, edit: ProposalEdit, options?: CallOptions): Promise<CohortProposal> {
    return this.#cohortCall(options, (cohorts, caller) => cohorts.editProposal(caller, cohortId, edit));
  }

  publishProposal(cohortId: string, input: PublishInput, options?: CallOptions): Promise<PublishResult> {
    return this.#cohortCall(options, (cohorts, caller) => cohorts.publishProposal(caller, cohortId, input));
  }

  listCohortMatches(cohortId: string, query: MatchListQuery, options?: CallOptions): Promise<StaffCohortMatch[]> {
    return this.#cohortCall(options, (cohorts, caller) => cohorts.listCohortMatches(caller, cohortId, query));
  }

  workspaceSummaries(query: WorkspaceSummaryQuery = {}, options?: CallOptions): Promise<WorkspaceSummary[]> {
    return memoryCall(this.#connection, options, () => workspaceServiceOf(this.#connection).workspaceSummaries(this.#caller, query));
  }

  /** Every change in the program, delivered in a microtask after it is stored. */
  subscribe(listener: ChangeListener): () => void {
    return this.#connection.store.subscribe(listener);
  }

  #call<T>(options: CallOptions | undefined, operation: (staff: StaffService, caller: Caller) => Awaitable<T>): Promise<T> {
    return memoryCall(this.#connection, options, () => operation(this.#service, this.#caller));
  }

  #cohortCall<T>(options: CallOptions | undefined, operation: (cohorts: CohortStaffService, caller: Caller) => Awaitable<T>): Promise<T> {
    return memoryCall(this.#connection, options, () => operation(cohortStaffServiceOf(this.#connection), this.#caller));
  }
}

/** One staff service per backend, made when its first staff adapter is. */
const services = new WeakMap<MemoryConnection, StaffService>();
function staffServiceOf(connection: MemoryConnection): StaffService {
  let service = services.get(connection);
  if (!service) services.set(connection, (service = new StaffService(connection.store, connection.clock)));
  return service;
}

/**
 * Lets MemoryBackend.staffAdapterFor work (memory-staff-hook.ts says why). Importing this module does it; a
 * bundler that drops the import's side effect (one that ignores core's `sideEffects`) needs the call.
 */
export function registerMemoryStaff(): void {
  provideMemoryStaff((connection, viewerId, account, staff) => new MemoryStaffAdapter(connection, viewerId, account, staff));
  provideMemoryStaffReads(memoryStaffReads);
}
registerMemoryStaff();
