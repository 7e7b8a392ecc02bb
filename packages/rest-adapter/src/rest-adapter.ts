// MentoringAdapter over the REST contract (`/api/v1`): each method is one request, its answer parsed
// with the core schema. Transport concerns (auth, retries, errors) live in http.ts; change
// notification in changes.ts.
import {
  MENTORSHIP_ACTIONS, type CallOptions, type ChangeListener, type MentoringAdapter, type MentorshipAction,
} from '@mentor-match/core/adapter';
import { MentorshipList } from '@mentor-match/core/schemas/api';
import { Concern, ConcernList } from '@mentor-match/core/schemas/concern';
import { MemberView, Viewer } from '@mentor-match/core/schemas/member';
import { Mentorship, type MentorshipItem } from '@mentor-match/core/schemas/mentorship';
import type {
  AvailabilityInput, CodeOfConductAcceptance, ConcernInput, EnrolmentInput, FeedbackInput, MentorshipActionInput, MentorshipRequestInput,
} from '@mentor-match/core/schemas/inputs';
import { SearchPage, type SearchQuery } from '@mentor-match/core/schemas/search';
import { ProgramSettings } from '@mentor-match/core/schemas/settings';
import type { MarkReadInput, NotificationFeed, NotificationPreferences } from '@mentor-match/core/schemas/notification';
import { Connection, checkAction, segment } from './connection.ts';
import type { RestAdapterOptions, Send } from './http.ts';
import { searchParams } from './query.ts';
import type { CohortAdapter } from '@mentor-match/core/cohort-adapter';

export class RestAdapter implements MentoringAdapter, CohortAdapter {
  readonly #connection: Connection;
  readonly #send: Send;
  #cohorts: Promise<CohortAdapter> | undefined;

  constructor(options: RestAdapterOptions) {
    this.#connection = new Connection(options);
    this.#send = this.#connection.send;
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

  enrol(input: EnrolmentInput, options?: CallOptions): Promise<Viewer> {
    return this.#memberChange('me/enrolment', input, options);
  }

  setAvailability(input: AvailabilityInput, options?: CallOptions): Promise<Viewer> {
    return this.#memberChange('me/availability', input, options);
  }

  requestMentorship(input: MentorshipRequestInput, options?: CallOptions): Promise<Mentorship> {
    return this.#mentorshipChange('mentorships', input, options);
  }

  async act(id: string, action: MentorshipAction, input: MentorshipActionInput = {}, options?: CallOptions): Promise<Mentorship> {
    checkAction(MENTORSHIP_ACTIONS, action);
    return this.#mentorshipChange(`mentorships/${segment(id)}/${action}`, input, options);
  }

  giveFeedback(id: string, input: FeedbackInput, options?: CallOptions): Promise<Mentorship> {
    return this.#mentorshipChange(`mentorships/${segment(id)}/feedback`, input, options);
  }

  async listMentorships(options?: CallOptions): Promise<MentorshipItem[]> {
    return (await this.#send('GET', 'mentorships', MentorshipList, 'mentorship list', options)).items;
  }

  acceptCodeOfConduct(input: CodeOfConductAcceptance, options?: CallOptions): Promise<Viewer> {
    return this.#memberChange('me/code-of-conduct', input, options);
  }

  raiseConcern(input: ConcernInput, options?: CallOptions): Promise<Concern> {
    return this.#connection.change('POST', 'me/concerns', Concern, 'concern', input, options, (concern) => ({ kind: 'concern', id: concern.id }));
  }

  async listConcerns(options?: CallOptions): Promise<Concern[]> {
    return (await this.#send('GET', 'me/concerns', ConcernList, 'concern list', options)).items;
  }

  // Cohorts (issue 14): cohorts.ts, loaded at the first cohort call.
  listCohorts: CohortAdapter['listCohorts'] = async (options) => (await this.#cohortCalls()).listCohorts(options);
  applyToCohort: CohortAdapter['applyToCohort'] = async (id, role, input, options) => (await this.#cohortCalls()).applyToCohort(id, role, input, options);
  withdrawApplication: CohortAdapter['withdrawApplication'] = async (id, role, options) => (await this.#cohortCalls()).withdrawApplication(id, role, options);
  answerMatch: CohortAdapter['answerMatch'] = async (id, input, options) => (await this.#cohortCalls()).answerMatch(id, input, options);
  extendMentorship: CohortAdapter['extendMentorship'] = async (id, input, options) => (await this.#cohortCalls()).extendMentorship(id, input, options);
  requestRematch: CohortAdapter['requestRematch'] = async (id, options) => (await this.#cohortCalls()).requestRematch(id, options);

  #cohortCalls(): Promise<CohortAdapter> {
    this.#cohorts ??= import('./cohorts.ts').then(({ restCohorts }) => restCohorts(this.#connection));
    return this.#cohorts;
  }

  /**
   * Changes made through this adapter are heard as soon as the server has answered, and not again when the
   * poll reports them (the answer names them: CHANGES_MADE_HEADER); others' changes within the poll interval.
   */
  subscribe(listener: ChangeListener): () => void {
    return this.#connection.feed.subscribe(listener);
  }

  // The notification calls (`/me/notifications`): their schemas load with the first call, so a page without
  // the bell never downloads them. A write tells the page of a change of the viewer's list.
  async listNotifications(options?: CallOptions): Promise<NotificationFeed> {
    return this.#send('GET', 'me/notifications', (await notificationSchemas()).NotificationFeed, 'notification list', options);
  }

  async markNotificationsRead(input: MarkReadInput, options?: CallOptions): Promise<NotificationFeed> {
    const { NotificationFeed } = await notificationSchemas();
    return this.#connection.change('POST', 'me/notifications/read', NotificationFeed, 'notification list', input, options, listChanged);
  }

  async getNotificationPreferences(options?: CallOptions): Promise<NotificationPreferences> {
    return this.#send('GET', 'me/notifications/preferences', (await notificationSchemas()).NotificationPreferences, 'notification preferences', options);
  }

  async setNotificationPreferences(input: NotificationPreferences, options?: CallOptions): Promise<NotificationPreferences> {
    const { NotificationPreferences } = await notificationSchemas();
    return this.#connection.change('PUT', 'me/notifications/preferences', NotificationPreferences, 'notification preferences', input, options, listChanged);
  }

  #memberChange(path: string, input: unknown, options: CallOptions | undefined): Promise<Viewer> {
    return this.#connection.change('PUT', path, Viewer, 'viewer', input, options, (viewer) => ({ kind: 'member', id: viewer.member.id }));
  }

  #mentorshipChange(path: string, input: unknown, options: CallOptions | undefined): Promise<Mentorship> {
    return this.#connection.change('POST', path, Mentorship, 'mentorship', input, options, (mentorship) => ({ kind: 'mentorship', id: mentorship.id }));
  }
}

const notificationSchemas = () => import('@mentor-match/core/schemas/notification');
/** The viewer's list changed (the id is theirs; the page's cache needs the kind only). */
const listChanged = () => ({ kind: 'notification' as const, id: '' });

/** A MentoringAdapter for a mentor-match REST API, e.g. `createRestAdapter({ baseUrl: '/api/v1', getToken })`. */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  return new RestAdapter(options);
}
