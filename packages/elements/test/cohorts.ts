// Cohort worlds for the element tests (issue 14): a program that runs cohorts, members who applied, a cohort
// staff have matched and published — all through the real MemoryBackend's member and staff adapters.
import type { CohortInput, MemoryAdapter, MemberCohortMatch } from '@mentor-match/core';
import { STORY_COHORT } from '../src/internal/cohort-story-fixtures.ts';
import { createWorld, STAFF_ID, type World } from './helpers.ts';
import { enrol } from '../src/mentor-profile-card/card-fixtures.ts';

/** The tests' worlds stand on 23 November 2026, as the stories' do: this cohort takes applications then. */
export { STORY_COHORT as OPEN_COHORT } from '../src/internal/cohort-story-fixtures.ts';

/** A world whose program runs cohorts (the usual roster: only the members named here apply). */
export function cohortWorld(): World {
  return createWorld({ settings: { mode: 'cohorts' } });
}

export const staffOf = (world: World) => world.backend.staffAdapterFor(STAFF_ID);

/** Creates a cohort (open now, unless other dates are given); returns its id. */
export async function createCohort(world: World, input: Partial<CohortInput> = {}): Promise<string> {
  const item = await staffOf(world).createCohort({ ...STORY_COHORT, ...input });
  return item.cohort.id;
}

/**
 * Mona the mentor (leadership) and Mel the mentee (leadership), both applied to an open cohort; staff ran the
 * matching and published it: one match each answers.
 */
export async function publishedPair(world: World): Promise<{ cohortId: string; mona: MemoryAdapter; mel: MemoryAdapter; match: (a: MemoryAdapter) => Promise<MemberCohortMatch> }> {
  const mona = await enrol(world, 'mona', { profile: { name: 'Mona Mentor' }, mentor: { topics: ['leadership'] }, capacity: 2 });
  const mel = await enrol(world, 'mel', { profile: { name: 'Mel Mentee' }, mentee: { topics: ['leadership'] } });
  const cohortId = await createCohort(world);
  await mona.applyToCohort(cohortId, 'mentor', { topics: ['leadership'], statement: '', capacity: 1, avoid: [] });
  await mel.applyToCohort(cohortId, 'mentee', { topics: ['leadership'], statement: '', avoid: [] });
  const staff = staffOf(world);
  const proposal = await staff.runMatching(cohortId, {});
  await staff.publishProposal(cohortId, { version: proposal.version, reason: 'The 2027 matches.' });
  const match = async (adapter: MemoryAdapter) => {
    const cohort = (await adapter.listCohorts()).find((c) => c.cohort.id === cohortId)!;
    return cohort.matches.at(-1)!;
  };
  return { cohortId, mona, mel, match };
}
