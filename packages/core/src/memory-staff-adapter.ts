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
import type { StaffAdapter } from './staff-adapter.ts';

export class MemoryStaffAdapter implements StaffAdapter {
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

  /** Every change in the program, delivered in a microtask after it is stored. */
  subscribe(listener: ChangeListener): () => void {
    return this.#connection.store.subscribe(listener);
  }

  #call<T>(options: CallOptions | undefined, operation: (staff: StaffService, caller: Caller) => Awaitable<T>): Promise<T> {
    return memoryCall(this.#connection, options, () => operation(this.#service, this.#caller));
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
}
registerMemoryStaff();
