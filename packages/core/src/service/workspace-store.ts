// What the workspace service and the nudges' jobs read and write of the store (store.ts's StoreReads and
// StoreChange include these). A workspace is one record per mentorship, stored the first time it is written.
import type { Mentorship } from '../schemas/mentorship.ts';
import type { WorkspaceRecord } from '../schemas/workspace.ts';
import type { Awaitable } from './op.ts';

/** An active mentorship the nudges look at, with its workspace if it has one. */
export interface NudgeCandidate {
  mentorship: Mentorship;
  workspace: WorkspaceRecord | undefined;
}

export interface WorkspaceReads {
  /** The mentorship's workspace as stored; undefined: never written (core's `emptyWorkspace` stands for it). */
  workspace(mentorshipId: string): Awaitable<WorkspaceRecord | undefined>;
  /**
   * Up to `limit` active mentorships with their workspaces, in any order (staff's view of which pairs have
   * met, which the service orders: only the counts leave it).
   */
  activeWithWorkspaces(limit: number): Awaitable<NudgeCandidate[]>;
}

export interface WorkspaceWrites {
  /** Stores the workspace (made or replaced); the unit has locked its mentorship. */
  saveWorkspace(record: WorkspaceRecord): Awaitable<void>;
  /**
   * Up to `limit` active mentorships with their workspaces, locked (a superset of those a nudge is due for:
   * nudges.ts decides); those in `skip` and those another unit holds are left out, not waited for.
   */
  lockNudgeCandidates(limit: number, skip: readonly string[]): Awaitable<NudgeCandidate[]>;
}
