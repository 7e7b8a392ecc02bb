// The contract between the elements and any backend. The elements see only this interface;
// MemoryAdapter, the REST adapter and a society's own adapter implement it, and the testkit checks them.
import type { ProgramSettings } from './schemas/settings.ts';
import type { MemberView, Viewer } from './schemas/member.ts';
import type { AvailabilityInput, CodeOfConductAcceptance, EnrolmentInput } from './schemas/inputs.ts';
import type { Concern } from './schemas/concern.ts';
import type { ConcernInput } from './schemas/inputs.ts';
import type { MarkReadInput, NotificationFeed, NotificationPreferences } from './schemas/notification.ts';
import type { SearchPage, SearchQuery } from './schemas/search.ts';
import type { Mentorship, MentorshipItem } from './schemas/mentorship.ts';
import type { FeedbackInput, MentorshipActionInput, MentorshipRequestInput } from './schemas/inputs.ts';

/** The part of `AbortSignal` core relies on; core has no DOM, and Node and browsers both provide it. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface CallOptions {
  /** Aborting rejects the call with a `network` error whose reason is `aborted`, and stops its work. */
  signal?: AbortSignalLike;
}

/** The actions the recipient, the requester or the partners take on a mentorship. */
export const MENTORSHIP_ACTIONS = ['accept', 'decline', 'save', 'withdraw', 'complete', 'end'] as const;
export type MentorshipAction = (typeof MENTORSHIP_ACTIONS)[number];

/** What changed, so every element on the page can refresh what it shows. */
export const CHANGE_KINDS = ['mentorship', 'member', 'program', 'concern', 'cohort', 'notification'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * What changed, so every element on the page can refresh what it shows. `program`: the settings (id
 * `program`); `concern`: a concern the member raised (its status or replies), heard by that member and staff;
 * `cohort`: a cohort (id: the cohort's) or what the viewer has in it (an application, a match), heard by
 * everyone for the cohort itself, by the members concerned for the rest.
 * `notification`: the member's list of notifications (one came, or was read; id: the member's), heard by them alone.
 */
export interface MentoringChange {
  kind: ChangeKind;
  /** The mentorship's, member's or concern's id; `program` for the settings. */
  id: string;
}
export type ChangeListener = (change: MentoringChange) => void;

/**
 * Every call acts as the signed-in member (the viewer) and rejects with a `MentoringError`:
 * `validation` naming the field for bad input (nothing is stored), `not-found` for an unknown id or a
 * mentorship the viewer is not part of, `forbidden` for an action that is not the viewer's to take,
 * and the lifecycle's guard codes (`capacity-reached`, `unavailable`, `conflict`, `expired`). A suspended
 * member's requests and accepts are `forbidden` (`suspended`). Staff operations are not here: they are the
 * StaffAdapter's (staff-adapter.ts), which a member's adapter never offers.
 */
export interface MentoringAdapter {
  /** The signed-in member, or `unauthenticated`. */
  getViewer(options?: CallOptions): Promise<Viewer>;
  getProgram(options?: CallOptions): Promise<ProgramSettings>;
  /** Another member (or the viewer) as the viewer may see them. */
  getMember(id: string, options?: CallOptions): Promise<MemberView>;
  /** Ranked members available in the role sought; never the viewer, paused or full members. */
  search(query: SearchQuery, options?: CallOptions): Promise<SearchPage>;

  /** Enrol or edit the enrolment: profile, roles, visibility, code of conduct. */
  enrol(input: EnrolmentInput, options?: CallOptions): Promise<Viewer>;
  /** Pause or resume participating, set a return date, and (mentors) capacity. */
  setAvailability(input: AvailabilityInput, options?: CallOptions): Promise<Viewer>;

  /**
   * Accept the program's code of conduct in the version shown (`settings.codeOfConduct.version`). A newer
   * version in the meantime: `conflict` (`stale`, details.version the current one); nothing is stored.
   */
  acceptCodeOfConduct(input: CodeOfConductAcceptance, options?: CallOptions): Promise<Viewer>;

  /**
   * Send a request (a mentee asks a mentor, or a mentor invites a mentee). Beyond the lifecycle's guards:
   * `forbidden` (`suspended`) for a suspended member, (`awaiting-approval`) for a mentor staff have not
   * approved, (`code-of-conduct`, details.version) until the current code of conduct is accepted.
   */
  requestMentorship(input: MentorshipRequestInput, options?: CallOptions): Promise<Mentorship>;
  /** Take a lifecycle action; see lifecycle.ts for who may take which. */
  act(id: string, action: MentorshipAction, input?: MentorshipActionInput, options?: CallOptions): Promise<Mentorship>;
  /** Feedback on a completed or ended mentorship, once per partner. */
  giveFeedback(id: string, input: FeedbackInput, options?: CallOptions): Promise<Mentorship>;
  /**
   * The viewer's mentorships in every state, newest first, each with the other member. Each carries only
   * the viewer's own feedback; `feedbackGivenBy` says whether the other has given theirs.
   */
  listMentorships(options?: CallOptions): Promise<MentorshipItem[]>;

  /**
   * Report a problem with one of the viewer's mentorships or requests to the program office: only staff see
   * it. `not-found` for a mentorship the viewer is not part of; `validation` (`text`) for an empty report.
   */
  raiseConcern(input: ConcernInput, options?: CallOptions): Promise<Concern>;
  /** The concerns the viewer raised, newest first, with their status and staff's replies. */
  listConcerns(options?: CallOptions): Promise<Concern[]>;

  /** Called after any change made through this adapter or, where the backend can tell, elsewhere. */
  subscribe(listener: ChangeListener): () => void;

  // The viewer's notifications (`<mentor-notifications>`) and email preferences. Optional: an adapter that
  // leaves them out has no bell (the element shows nothing), and every other element works the same.
  /** The viewer's latest notifications, newest first, each with the link to act on it, and how many are unread. */
  listNotifications?(options?: CallOptions): Promise<NotificationFeed>;
  /** Marks these notifications read (no ids: all); answers the list as it now is. A `notification` change follows. */
  markNotificationsRead?(input: MarkReadInput, options?: CallOptions): Promise<NotificationFeed>;
  getNotificationPreferences?(options?: CallOptions): Promise<NotificationPreferences>;
  /** Language and how often what is not essential is emailed (immediately, daily or weekly digest). */
  setNotificationPreferences?(input: NotificationPreferences, options?: CallOptions): Promise<NotificationPreferences>;
}
