// The workspace's part of the contract: a backend that offers mentorship workspaces implements these beside
// `MentoringAdapter` (MemoryAdapter and the REST adapter do). An adapter a society wrote before workspaces
// existed still satisfies `MentoringAdapter`: the elements ask `offersWorkspace` and show no workspace then.
import type { CallOptions, MentoringAdapter } from './adapter.ts';
import type {
  FollowUpSent, Workspace, WorkspaceChange, WorkspaceSummary, WorkspaceSummaryQuery,
} from './schemas/workspace.ts';

/**
 * Every call acts as the signed-in member. `not-found` for a mentorship the viewer is not part of (or a
 * request not yet accepted); `forbidden` (`partners-only`) for staff outside the pair.
 */
export interface WorkspaceAdapter {
  /** The workspace of one of the viewer's accepted mentorships (read only once it has ended). */
  getWorkspace(mentorshipId: string, options?: CallOptions): Promise<Workspace>;
  /** One change; `conflict` (`read-only`) once the mentorship has ended. Both partners hear a `mentorship` change. */
  changeWorkspace(mentorshipId: string, change: WorkspaceChange, options?: CallOptions): Promise<Workspace>;
  /** The next meeting as an iCalendar file's text (RFC 5545); `not-found` when none is planned. */
  nextMeetingIcs(mentorshipId: string, options?: CallOptions): Promise<string>;
  /**
   * The requester of a request unanswered for the program's days (`nudges.followUpDays`) sends one follow-up
   * to the recipient: `conflict` (`too-early`, details.from; or `follow-up-sent`), `forbidden` for anyone else.
   */
  followUp(mentorshipId: string, options?: CallOptions): Promise<FollowUpSent>;
}

/** The program office's view of workspaces: whether each active pair has met, never what they wrote. */
export interface StaffWorkspaceAdapter {
  workspaceSummaries(query?: WorkspaceSummaryQuery, options?: CallOptions): Promise<WorkspaceSummary[]>;
}

/** Does this adapter offer workspaces? */
export const offersWorkspace = (adapter: MentoringAdapter): adapter is MentoringAdapter & WorkspaceAdapter =>
  typeof (adapter as Partial<WorkspaceAdapter>).getWorkspace === 'function';

/** Does this staff adapter list workspaces? */
export const offersWorkspaceSummaries = (adapter: object): adapter is StaffWorkspaceAdapter =>
  typeof (adapter as Partial<StaffWorkspaceAdapter>).workspaceSummaries === 'function';
