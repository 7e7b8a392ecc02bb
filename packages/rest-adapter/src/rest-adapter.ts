// MentoringAdapter over the REST contract (`/api/v1`): each method is one request, its answer parsed
// with the core schema. Transport concerns (auth, retries, errors) live in http.ts; change
// notification in changes.ts.
import {
  MENTORSHIP_ACTIONS, type CallOptions, type ChangeListener, type MentoringAdapter, type MentorshipAction,
} from '@mentor-match/core/adapter';
import { MentoringError } from '@mentor-match/core/errors';
import { ChangesPage, MentorshipList } from '@mentor-match/core/schemas/api';
import {
  MemberView, Viewer, type AvailabilityInput, type EnrolmentInput,
} from '@mentor-match/core/schemas/member';
import {
  Mentorship, type FeedbackInput, type MentorshipItem, type MentorshipActionInput, type MentorshipRequestInput,
} from '@mentor-match/core/schemas/mentorship';
import { SearchPage, type SearchQuery } from '@mentor-match/core/schemas/search';
import { ProgramSettings } from '@mentor-match/core/schemas/settings';
import { ChangeFeed } from './changes.ts';
import { createSend, type RestAdapterOptions, type Send } from './http.ts';
import { searchParams } from './query.ts';

/** Ids go into paths; an id with a slash or `..` must not reach another route. */
const segment = (id: string) => encodeURIComponent(id);

export class RestAdapter implements MentoringAdapter {
  readonly #send: Send;
  readonly #feed: ChangeFeed;

  constructor(options: RestAdapterOptions) {
    this.#feed = new ChangeFeed(
      (after, signal) =>
        this.#send('GET', 'changes', ChangesPage, 'change list', {
          searchParams: new URLSearchParams(after === undefined ? {} : { after: String(after) }),
          signal,
          // A failed poll is simply made again at the next interval.
          retries: 0,
        }),
      options.pollIntervalMs ?? 5000,
    );
    // Every answer tells the feed how fresh it is, so it polls from the oldest data the page holds.
    this.#send = createSend(options, (seq) => this.#feed.observed(seq));
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
    // Typed callers cannot pass anything else, but page scripts are plain JavaScript, and an unknown
    // action would reach an unknown route, whose 404 would read as an unknown mentorship.
    if (!MENTORSHIP_ACTIONS.includes(action)) {
      throw new MentoringError('validation', `Unknown action ${String(action)}.`, { field: 'action' });
    }
    return this.#mentorshipChange(`mentorships/${segment(id)}/${action}`, input, options);
  }

  giveFeedback(id: string, input: FeedbackInput, options?: CallOptions): Promise<Mentorship> {
    return this.#mentorshipChange(`mentorships/${segment(id)}/feedback`, input, options);
  }

  async listMentorships(options?: CallOptions): Promise<MentorshipItem[]> {
    return (await this.#send('GET', 'mentorships', MentorshipList, 'mentorship list', options)).items;
  }

  /**
   * Changes made through this adapter are heard as soon as the server has answered; others' changes
   * within the poll interval (a page that also made the change may hear it twice).
   */
  subscribe(listener: ChangeListener): () => void {
    return this.#feed.subscribe(listener);
  }

  async #memberChange(path: string, input: unknown, options: CallOptions | undefined): Promise<Viewer> {
    const viewer = await this.#send('PUT', path, Viewer, 'viewer', { ...options, json: input });
    this.#feed.emit([{ kind: 'member', id: viewer.member.id }]);
    return viewer;
  }

  async #mentorshipChange(path: string, input: unknown, options: CallOptions | undefined): Promise<Mentorship> {
    const mentorship = await this.#send('POST', path, Mentorship, 'mentorship', { ...options, json: input });
    this.#feed.emit([{ kind: 'mentorship', id: mentorship.id }]);
    return mentorship;
  }
}

/** A MentoringAdapter for a mentor-match REST API, e.g. `createRestAdapter({ baseUrl: '/api/v1', getToken })`. */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  return new RestAdapter(options);
}
