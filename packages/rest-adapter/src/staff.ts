// @mentor-match/rest-adapter/staff: the program office's StaffAdapter over the REST API (`/api/v1/staff/…`).
// A module of its own: <mentor-program api> imports it only when <mentor-program-office> asks for the staff
// adapter, so no member's page downloads it. Each method is one request, its answer parsed with the core
// schema; a CSV export is streamed as it arrives. Transport (auth, retries, errors) is http.ts's; change
// notification is changes.ts's, over the same `GET /changes` (staff hear every change in the program).
import type { CallOptions, ChangeListener, MentoringChange } from '@mentor-match/core/adapter';
import { parseInput } from '@mentor-match/core/errors';
import {
  AuditListQuery, AuditPage, ConcernListQuery, CsvRequest, Dashboard, DashboardQuery, EvaluationListQuery, EvaluationPage,
  LIST_FILTERS, MemberListQuery, MentorshipListQuery, ProgramRecord, RequestListQuery, STAFF_MEMBER_ACTIONS, STAFF_MENTORSHIP_ACTIONS,
  StaffConcern, StaffConcernPage, StaffMemberItem, StaffMemberPage, StaffMentorshipItem, StaffMentorshipPage,
  type ConcernUpdate, type PairInput, type SettingsUpdate, type StaffActionInput, type StaffMemberAction,
  type StaffMentorshipAction,
} from '@mentor-match/core/schemas/staff';
import type { StaffAdapter } from '@mentor-match/core/staff-adapter';
import type * as z from 'zod/mini';
import { Connection, segment } from './connection.ts';
import { change, checkAction } from './member-changes.ts';
import type { RestAdapterOptions, Send } from './http.ts';
import { queryParams } from './query.ts';
import { download } from './download.ts';
import { restStaffCohorts } from './cohorts.ts';
import type { CohortStaffAdapter } from '@mentor-match/core/cohort-adapter';

export class RestStaffAdapter implements StaffAdapter {
  readonly #connection: Connection;
  readonly #send: Send;
  readonly #cohorts: CohortStaffAdapter;

  constructor(options: RestAdapterOptions) {
    this.#connection = new Connection(options);
    this.#send = this.#connection.send;
    this.#cohorts = restStaffCohorts(this.#connection);
  }

  getDashboard(query: DashboardQuery, options?: CallOptions): Promise<Dashboard> {
    return this.#read('staff/dashboard', Dashboard, 'dashboard', DashboardQuery, query, options);
  }

  listMembers(query: MemberListQuery, options?: CallOptions): Promise<StaffMemberPage> {
    return this.#read('staff/members', StaffMemberPage, 'member list', MemberListQuery, query, options);
  }

  getMember(id: string, options?: CallOptions): Promise<StaffMemberItem> {
    return this.#send('GET', `staff/members/${segment(id)}`, StaffMemberItem, 'member', options);
  }

  listMentorships(query: MentorshipListQuery, options?: CallOptions): Promise<StaffMentorshipPage> {
    return this.#read('staff/mentorships', StaffMentorshipPage, 'mentorship list', MentorshipListQuery, query, options);
  }

  listRequests(query: RequestListQuery, options?: CallOptions): Promise<StaffMentorshipPage> {
    return this.#read('staff/requests', StaffMentorshipPage, 'request list', RequestListQuery, query, options);
  }

  /** The file as the server streams it: nothing is asked until the first chunk is; the request is checked then. */
  exportCsv(request: CsvRequest, options?: CallOptions): AsyncIterable<string> {
    const { start } = this.#connection;
    return {
      async *[Symbol.asyncIterator]() {
        const { list, filter } = parseInput(CsvRequest, request, 'export');
        const searchParams = queryParams<object>(LIST_FILTERS[list], filter, `${list} export`);
        yield* download(start, `staff/exports/${list}`, `${list} export`, { searchParams, signal: options?.signal });
      },
    };
  }

  pair(input: PairInput, options?: CallOptions): Promise<StaffMentorshipItem> {
    return change(this.#connection, 'POST', 'staff/mentorships', StaffMentorshipItem, 'mentorship', input, options, mentorshipChange);
  }

  async actOnMentorship(id: string, action: StaffMentorshipAction, input: StaffActionInput, options?: CallOptions): Promise<StaffMentorshipItem> {
    checkAction(STAFF_MENTORSHIP_ACTIONS, action);
    return change(this.#connection, 'POST', `staff/mentorships/${segment(id)}/${action}`, StaffMentorshipItem, 'mentorship', input, options, mentorshipChange);
  }

  async actOnMember(id: string, action: StaffMemberAction, input: StaffActionInput, options?: CallOptions): Promise<StaffMemberItem> {
    checkAction(STAFF_MEMBER_ACTIONS, action);
    return change(this.#connection, 'POST', `staff/members/${segment(id)}/${action}`, StaffMemberItem, 'member', input, options, (item) => ({
      kind: 'member',
      id: item.member.id,
    }));
  }

  listConcerns(query: ConcernListQuery, options?: CallOptions): Promise<StaffConcernPage> {
    return this.#read('staff/concerns', StaffConcernPage, 'concern list', ConcernListQuery, query, options);
  }

  updateConcern(id: string, update: ConcernUpdate, options?: CallOptions): Promise<StaffConcern> {
    return change(this.#connection, 'PATCH', `staff/concerns/${segment(id)}`, StaffConcern, 'concern', update, options, (concern) => ({
      kind: 'concern',
      id: concern.id,
    }));
  }

  getSettings(options?: CallOptions): Promise<ProgramRecord> {
    return this.#send('GET', 'staff/settings', ProgramRecord, 'program settings', options);
  }

  updateSettings(update: SettingsUpdate, options?: CallOptions): Promise<ProgramRecord> {
    return change(this.#connection, 'PUT', 'staff/settings', ProgramRecord, 'program settings', update, options, () => ({ kind: 'program', id: 'program' }));
  }

  listEvaluations(query: EvaluationListQuery, options?: CallOptions): Promise<EvaluationPage> {
    return this.#read('staff/evaluations', EvaluationPage, 'evaluation list', EvaluationListQuery, query, options);
  }

  listAudit(query: AuditListQuery, options?: CallOptions): Promise<AuditPage> {
    return this.#read('staff/audit', AuditPage, 'audit log', AuditListQuery, query, options);
  }

  // Cohorts (issue 14): cohorts.ts.
  listCohorts: CohortStaffAdapter['listCohorts'] = (query, options) => this.#cohorts.listCohorts(query, options);
  getCohort: CohortStaffAdapter['getCohort'] = (id, options) => this.#cohorts.getCohort(id, options);
  createCohort: CohortStaffAdapter['createCohort'] = (input, options) => this.#cohorts.createCohort(input, options);
  updateCohort: CohortStaffAdapter['updateCohort'] = (id, update, options) => this.#cohorts.updateCohort(id, update, options);
  actOnCohort: CohortStaffAdapter['actOnCohort'] = (id, action, input, options) => this.#cohorts.actOnCohort(id, action, input, options);
  listApplicants: CohortStaffAdapter['listApplicants'] = (id, query, options) => this.#cohorts.listApplicants(id, query, options);
  runMatching: CohortStaffAdapter['runMatching'] = (id, input, options) => this.#cohorts.runMatching(id, input, options);
  getProposal: CohortStaffAdapter['getProposal'] = (id, options) => this.#cohorts.getProposal(id, options);
  editProposal: CohortStaffAdapter['editProposal'] = (id, edit, options) => this.#cohorts.editProposal(id, edit, options);
  publishProposal: CohortStaffAdapter['publishProposal'] = (id, input, options) => this.#cohorts.publishProposal(id, input, options);
  listCohortMatches: CohortStaffAdapter['listCohortMatches'] = (id, query, options) => this.#cohorts.listCohortMatches(id, query, options);

  /** Staff's own changes are heard as soon as the server answers; everyone else's within the poll interval. */
  subscribe(listener: ChangeListener): () => void {
    return this.#connection.feed.subscribe(listener);
  }

  /** A GET whose query string is `query`, checked with its schema first (a bad filter names its field). */
  async #read<Q extends object, T>(
    path: string,
    schema: z.ZodMiniType<T>,
    what: string,
    querySchema: z.ZodMiniType<Q>,
    query: Q,
    options: CallOptions | undefined,
  ): Promise<T> {
    return this.#send('GET', path, schema, what, { ...options, searchParams: queryParams(querySchema, query, `${what} query`) });
  }
}

const mentorshipChange = (item: StaffMentorshipItem): MentoringChange => ({ kind: 'mentorship', id: item.mentorship.id });

/** The staff adapter for the API at `options.baseUrl`, signed in as the member `options.getToken` names. */
export function createRestStaffAdapter(options: RestAdapterOptions): StaffAdapter {
  return new RestStaffAdapter(options);
}
