// What an adapter's authors provide to run the conformance suite against their backend.
import type { MentoringAdapter, ProgramSettings, StaffAdapter, StaffWorkspaceAdapter, WorkspaceAdapter } from '@mentor-match/core';

/** A notification the backend sent (an email in its outbox), as the suite checks it. */
export interface SentNotification {
  /** The member it was sent to. */
  memberId: string;
  /** What it says: `request` (a new request for the recipient), `reminder` (an unanswered request is about to
   *  expire), `accepted` (to the requester), `digest` (what the cap on notifications held back); backends may
   *  send other kinds too. */
  kind: string;
  /** The mentorship it tells about; null for a digest, which tells about several, and for what concerns the member alone (a staff action on the member). */
  mentorshipId: string | null;
}

/**
 * One fresh backend, made for one test. Every test creates its own with the program settings it needs and
 * closes it at the end, so tests never see each other's members.
 */
export interface ConformanceHarness {
  /**
   * An adapter signed in as this member; the account is provisioned on first use (unenrolled). Calling it
   * twice with the same id may return the same adapter or a new one signed in as the same member.
   */
  as(memberId: string): MentoringAdapter;
  /** An adapter with nobody signed in. */
  anonymous(): MentoringAdapter;
  /**
   * Move the backend's clock forward by this many days and run its due jobs (expiry, reminders); resolves
   * once the jobs have finished.
   */
  advanceTime(days: number): Promise<void>;
  /** Optional: notifications sent so far (email outbox), to check who was told what. */
  notifications?(): Promise<SentNotification[]>;
  /** Optional: release what the harness holds (servers, databases, timers). */
  close?(): Promise<void>;
  /**
   * The program office (the staff section needs it): the staff adapter signed in as this member. Members the
   * factory was told are staff (`staff`) are answered; anyone else must be refused (`forbidden`, `staff-only`),
   * as a server refuses a token without the staff claim.
   */
  staff?(memberId: string): StaffAdapter;
  /**
   * Workspaces (the workspace section needs it): this member's workspace calls, and staff's list of pairs
   * (refused, `forbidden` `staff-only`, for anyone the factory was not told is staff).
   */
  workspace?(memberId: string): Promise<WorkspaceAdapter & StaffWorkspaceAdapter>;
}

export interface HarnessOptions {
  settings: ProgramSettings;
  /** The members who are program staff (the staff section names them; the member suite names none). */
  staff?: readonly string[];
}

/** Makes a fresh harness whose program runs with exactly these settings, and these staff. */
export type HarnessFactory = (options: HarnessOptions) => Promise<ConformanceHarness>;

/**
 * The test runner's functions: mocha's globals, or `node:test`'s `describe` and `it`. The suite only calls
 * `describe` and `it`; hooks are accepted for symmetry but not needed, since every test sets up and tears
 * down its own harness.
 */
export interface TestFunctions {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: () => Promise<void> | void): void;
  beforeEach?(fn: () => Promise<void> | void): void;
  afterEach?(fn: () => Promise<void> | void): void;
}
