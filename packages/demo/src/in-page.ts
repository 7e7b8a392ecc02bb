// The in-page demo program (`<mentor-program demo>`): MemoryAdapter over the demo roster, kept in
// localStorage so a demo survives a reload. <mentor-program> imports this module lazily, so a page with a
// real backend never downloads it. The roster generator and its names (the bulk of the bytes) are a chunk
// of their own, imported here, so MemoryAdapter's code and the demo's seed data are downloaded (and
// counted, see scripts/size.mjs) separately. The CDN build serves this module as `demo.js`.
import { MemoryBackend } from '@mentor-match/core/memory-backend';
import type { MentoringAdapter, StaffAdapter, WorkspaceAdapter } from '@mentor-match/core';
import { provideMemoryCohortLoader } from '@mentor-match/core/memory-cohort-hook';

// The cohorts' code (issue 14) loads with the first cohort call.
provideMemoryCohortLoader(() => import('@mentor-match/core/memory-staff-adapter'));

// The program's settings come with the roster: with the words of its topics in every language, they are
// seed data too (scripts/size.mjs counts them apart).
const { DEMO_NEWCOMER, DEMO_PROGRAM_SETTINGS, DEMO_STAFF, demoRoster } = await import('./program.ts');

/** Where the demo keeps its state in `localStorage`. */
export const DEMO_STORAGE_KEY = 'mentor-match:demo';

let backend: MemoryBackend | undefined;

export function demoBackend(): MemoryBackend {
  if (!backend) {
    const roster = demoRoster({ now: new Date() });
    backend = new MemoryBackend({
      settings: DEMO_PROGRAM_SETTINGS,
      // Members, mentorships, concerns, the cohort, workspaces, and what each member's bell starts with.
      ...roster,
      storage: safeLocalStorage(),
      storageKey: DEMO_STORAGE_KEY,
      staff: [DEMO_STAFF.id],
    });
    // Another tab of the demo saved a change: take it, so both tabs tell the same story.
    globalThis.addEventListener?.('storage', (event: StorageEvent) => {
      if (event.key === DEMO_STORAGE_KEY) void backend?.reloadFromStorage();
    });
  }
  return backend;
}

/** The demo member signed in: the one named, else the first member enrolled as a mentee. */
export function demoAdapter(memberId: string | null): MentoringAdapter {
  const id = signedIn(memberId);
  return demoBackend().adapterFor(id, accountOf(id));
}

/**
 * The program office's adapter for the same member (`demo-program-office` is the demo's staff member; anyone
 * else is refused, as a server refuses them). The staff half of the in-memory program downloads now, when
 * the office first asks: a member's page never does.
 */
export async function demoStaffAdapter(memberId: string | null): Promise<StaffAdapter> {
  (await import('@mentor-match/core/memory-staff-adapter')).registerMemoryStaff();
  const id = signedIn(memberId);
  return demoBackend().staffAdapterFor(id, accountOf(id));
}

/** The same member's workspaces: their code downloads now, when a member first opens one. */
export async function demoWorkspaceAdapter(memberId: string | null): Promise<WorkspaceAdapter> {
  const id = signedIn(memberId);
  return demoBackend().workspaceAdapterFor(id, accountOf(id));
}

function signedIn(memberId: string | null): string {
  return memberId ?? demoBackend().members().find((member) => member.mentee !== null)?.id ?? 'demo-visitor';
}

/** The name and address of the demo's two members who are not in the roster, for their first sign-in. */
function accountOf(id: string): { name?: string; email?: string } {
  const known = [DEMO_NEWCOMER, DEMO_STAFF].find((member) => member.id === id);
  return known ? { name: known.name, email: known.email } : {};
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked (privacy settings, sandboxed iframe): the demo still works, unsaved
  }
}
