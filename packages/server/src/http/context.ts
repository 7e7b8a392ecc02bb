// What the routes share: the database, the program, the clock, and the per-request facts middleware sets.
import { randomUUID } from 'node:crypto';
import type { Clock, ProgramSettings } from '@mentor-match/core';
import type { Database } from '../db/database.ts';
import type { Identity, MintedToken, TokenVerifier } from '../auth/tokens.ts';
import type { Logger } from '../log.ts';
import type { MemberDirectory } from '../search/directory.ts';
import type { WorkDeps } from '../services/unit-of-work.ts';
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
  settings: ProgramSettings;
  clock: Clock;
  log: Logger;
  deps: WorkDeps;
  directory: MemberDirectory;
  verifyToken: TokenVerifier;
  demo: DemoMode | null;
  allowedOrigins: readonly string[];
  limiter: RateLimiter | null;
  /** Send cookies with `Secure` (anything but http://localhost). */
  secureCookies: boolean;
  /** Expires overdue requests before a member's call is answered, as MemoryAdapter does before each call. */
  catchUp(): Promise<void>;
  /** Stores a member seen for the first time. */
  ensureMember(identity: Identity): Promise<void>;
}

export const SESSION_COOKIE = 'mentor_session';

export const newRequestId = (): string => randomUUID();
