import { createContext } from '@lit/context';
import type { MentoringError, ProgramSettings, StaffAdapter, Viewer, WorkspaceAdapter } from '@mentor-match/core';
import type { ResourceCache } from '../mentor-program/resource-cache.ts';

/** What `<mentor-program>` gives every element inside it. */
export interface ProgramState {
  /** The page's resource cache over the program's adapter: every element reads and writes through it. */
  adapter: ResourceCache;
  /** null while loading. */
  settings: ProgramSettings | null;
  /** The signed-in member; null while loading or when nobody is signed in (see `error`). */
  viewer: Viewer | null;
  /** Why settings or the viewer could not be loaded. */
  error: MentoringError | null;
  /**
   * The program office's adapter, made (and its code downloaded) the first time it is asked for: only
   * `<mentor-program-office>` asks, and only for a viewer who is staff. Rejects when it cannot be had (its
   * chunk did not download; a page that set `.adapter` without `.staffAdapter`).
   */
  staff: () => Promise<StaffAdapter>;
  /**
   * The workspace calls (core's WorkspaceAdapter), made (and downloaded) the first time a member opens a
   * workspace or follows up a request. Absent when the program offers none (a page's own adapter without them).
   */
  workspace?: (() => Promise<WorkspaceAdapter>) | undefined;
}

// Symbol.for: two copies of the bundle on one page still find each other's provider.
export const programContext = createContext<ProgramState | undefined>(Symbol.for('mentor-match.program'));
