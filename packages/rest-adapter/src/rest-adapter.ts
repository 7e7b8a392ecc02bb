// MentoringAdapter over the REST contract (`/api/v1`): each method is one request, its answer parsed
// with the core schema. Transport concerns (auth, retries, errors) live in http.ts; change
// notification in changes.ts; the member's changes in member-changes.ts, loaded at the first.
import type { CallOptions, ChangeListener, MentoringAdapter } from '@mentor-match/core/adapter';
import { MentorshipList } from '@mentor-match/core/schemas/api';
import { ConcernList, type Concern } from '@mentor-match/core/schemas/concern';
import { MemberView, Viewer } from '@mentor-match/core/schemas/member';
import type { MentorshipItem } from '@mentor-match/core/schemas/mentorship';
import { SearchPage, type SearchQuery } from '@mentor-match/core/schemas/search';
import { ProgramSettings } from '@mentor-match/core/schemas/settings';
import type { NotificationFeed, NotificationPreferences } from '@mentor-match/core/schemas/notification';
import { Connection, notificationSchemas, onFirstCall, segment } from './connection.ts';
import type { RestAdapterOptions, Send } from './http.ts';
import type { MemberChanges } from './member-changes.ts';
import { searchParams } from './query.ts';
import type { CohortAdapter } from '@mentor-match/core/cohort-adapter';

export class RestAdapter implements MentoringAdapter, CohortAdapter {
  readonly #connection: Connection;
  readonly #send: Send;
  /** The member's changes (member-changes.ts), imported at the first: the first search never needs them. */
  readonly #changes: () => Promise<MemberChanges>;
  /** Cohorts (issue 14): cohorts.ts, imported at the first cohort call. */
  readonly #cohorts: () => Promise<CohortAdapter>;

  constructor(options: RestAdapterOptions) {
    const connection = (this.#connection = new Connection(options));
    this.#send = connection.send;
    this.#changes = onFirstCall(async () => (await import('./member-changes.ts')).memberChanges(connection));
    this.#cohorts = onFirstCall(async () => (await import('./cohorts.ts')).restCohorts(connection));
  }

  getViewer(options?: CallOptions): Promise<Viewer> {
    return this.#send('GET', 'me', Viewer, 'viewer', options);
  }

  getProgram(options?: CallOptions): Promise<ProgramSettings> {
    return this.#send('GET', 'program', ProgramSettings, 'program', options);
  }

  getMember(id: string, options?: CallOptions): Promise<MemberView> {
    return this.#send('GET', `members/${segment(id)}`, MemberView, 'member', options);
  }

  async search(query: SearchQuery, options?: CallOptions): Promise<SearchPage> {
    return this.#send('GET', 'search', SearchPage, 'search page', { ...options, searchParams: searchParams(query) });
  }

  async listMentorships(options?: CallOptions): Promise<MentorshipItem[]> {
    return (await this.#send('GET', 'mentorships', MentorshipList, 'mentorship list', options)).items;
  }

  async listConcerns(options?: CallOptions): Promise<Concern[]> {
    return (await this.#send('GET', 'me/concerns', ConcernList, 'concern list', options)).items;
  }

  enrol: MentoringAdapter['enrol'] = async (input, options) => (await this.#changes()).enrol(input, options);
  setAvailability: MentoringAdapter['setAvailability'] = async (input, options) => (await this.#changes()).setAvailability(input, options);
  requestMentorship: MentoringAdapter['requestMentorship'] = async (input, options) => (await this.#changes()).requestMentorship(input, options);
  act: MentoringAdapter['act'] = async (id, action, input, options) => (await this.#changes()).act(id, action, input, options);
  giveFeedback: MentoringAdapter['giveFeedback'] = async (id, input, options) => (await this.#changes()).giveFeedback(id, input, options);
  acceptCodeOfConduct: MentoringAdapter['acceptCodeOfConduct'] = async (input, options) => (await this.#changes()).acceptCodeOfConduct(input, options);
  raiseConcern: MentoringAdapter['raiseConcern'] = async (input, options) => (await this.#changes()).raiseConcern(input, options);

  listCohorts: CohortAdapter['listCohorts'] = async (options) => (await this.#cohorts()).listCohorts(options);
  applyToCohort: CohortAdapter['applyToCohort'] = async (id, role, input, options) => (await this.#cohorts()).applyToCohort(id, role, input, options);
  withdrawApplication: CohortAdapter['withdrawApplication'] = async (id, role, options) => (await this.#cohorts()).withdrawApplication(id, role, options);
  answerMatch: CohortAdapter['answerMatch'] = async (id, input, options) => (await this.#cohorts()).answerMatch(id, input, options);
  extendMentorship: CohortAdapter['extendMentorship'] = async (id, input, options) => (await this.#cohorts()).extendMentorship(id, input, options);
  requestRematch: CohortAdapter['requestRematch'] = async (id, options) => (await this.#cohorts()).requestRematch(id, options);

  /**
   * Changes made through this adapter are heard as soon as the server has answered, and not again when the
   * poll reports them (the answer names them: CHANGES_MADE_HEADER); others' changes within the poll interval.
   */
  subscribe(listener: ChangeListener): () => void {
    return this.#connection.feed.subscribe(listener);
  }

  // The notification calls (`/me/notifications`): their schemas load with the first call, so a page without
  // the bell never downloads them.
  async listNotifications(options?: CallOptions): Promise<NotificationFeed> {
    return this.#send('GET', 'me/notifications', (await notificationSchemas()).NotificationFeed, 'notification list', options);
  }

  async getNotificationPreferences(options?: CallOptions): Promise<NotificationPreferences> {
    return this.#send('GET', 'me/notifications/preferences', (await notificationSchemas()).NotificationPreferences, 'notification preferences', options);
  }

  markNotificationsRead: Required<MentoringAdapter>['markNotificationsRead'] = async (input, options) => (await this.#changes()).markNotificationsRead(input, options);
  setNotificationPreferences: Required<MentoringAdapter>['setNotificationPreferences'] = async (input, options) =>
    (await this.#changes()).setNotificationPreferences(input, options);
}

/** A MentoringAdapter for a mentor-match REST API, e.g. `createRestAdapter({ baseUrl: '/api/v1', getToken })`. */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  return new RestAdapter(options);
}
