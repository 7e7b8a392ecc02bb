// What the routes share: the database, the mentoring service, the HTTP settings, and the per-request
// facts middleware sets.
import { randomUUID } from 'node:crypto';
import type { Clock, CohortService, CohortStaffService, MentoringService, NotificationService, StaffService, WorkspaceService } from '@mentor-match/core';
import type { Database } from '../db/database.ts';
import type { Identity, MintedToken, TokenVerifier } from '../auth/tokens.ts';
import type { Logger } from '../log.ts';
import type { UnsubscribeLinks } from '../mail/unsubscribe.ts';
import type { TrustedProxies } from './client-address.ts';
import type { RateLimiter } from './rate-limit.ts';

export interface AppEnv {
  Variables: {
    requestId: string;
    /** Set by `requireMember`: the signed-in member and how their token came. */
    identity: Identity;
    authVia: 'bearer' | 'cookie';
  };
}

export interface DemoMode {
  /** Signs a session token for a demo member (name and email are claims, used when the member is new). */
  mint(memberId: string, name: string, email: string): Promise<MintedToken>;
}

export interface AppContext {
  db: Database;
  log: Logger;
  /** Every operation of the contract, over the SQL store. */
  service: MentoringService;
  /** The program office's operations (staff only), over the same store. */
  staff: StaffService;
  /** Cohorts (issue 14): a member's operations, and staff's. */
  cohorts: CohortService;
  cohortStaff: CohortStaffService;
  /** Mentorships' workspaces and follow-ups (partners only), and staff's view of which pairs have met. */
  workspaces: WorkspaceService;
  /** The member's notifications (the bell) and email preferences, over the same store. */
  notifications: NotificationService;
  /** The unsubscribe links' signer (null: no secret configured, so no link is valid). */
  unsubscribe: UnsubscribeLinks | null;
  /** The program's clock (exports name their file after its day). */
  clock: Clock;
  verifyToken: TokenVerifier;
  demo: DemoMode | null;
  allowedOrigins: readonly string[];
  limiter: RateLimiter | null;
  /** Whose X-Forwarded-For names the client (TRUSTED_PROXIES). */
  trustedProxies: TrustedProxies;
  /** Send cookies with `Secure` (anything but http://localhost). */
  secureCookies: boolean;
}

export const SESSION_COOKIE = 'mentor_session';

export const newRequestId = (): string => randomUUID();
