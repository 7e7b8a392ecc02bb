// Storybook's cohort situations (issue 14), over the stories' world (story-fixtures.ts) in a program that runs
// cohorts beside self-serve: the "Cohort 2027" cohort open on the stories' morning, and, as a story asks, the
// cast's applications, a proposal, a published match, an active cohort mentorship near its end, an early end.
// Not part of the elements' API.
import type { CohortInput } from '@mentor-match/core';
import { CAST, STORY_STAFF, storyWorld, type StoryWorld } from './story-fixtures.ts';

export const STORY_COHORT: CohortInput = {
  name: 'Cohort 2027',
  roles: ['mentor', 'mentee'],
  applicationsOpenAt: '2026-11-01T00:00:00.000Z',
  applicationsCloseAt: '2026-12-15T00:00:00.000Z',
  matchAt: '2026-12-20T00:00:00.000Z',
  termStartsAt: '2027-01-04T00:00:00.000Z',
  termEndsAt: '2027-12-31T00:00:00.000Z',
};

/** How far a story's cohort has gone. */
export const COHORT_STAGES = ['none', 'upcoming', 'open', 'applied', 'proposed', 'published', 'accepted', 'ending', 'ended-early', 'closed'] as const;
export type CohortStage = (typeof COHORT_STAGES)[number];

export interface CohortStoryWorld extends StoryWorld {
  cohortId: string | null;
}

/** A fresh world at `stage`: Vera (mentee) and Ama (mentor) applied from `applied` on; Kofi and Lucía too. */
export async function cohortStoryWorld(stage: CohortStage): Promise<CohortStoryWorld> {
  const world = await storyWorld({ settings: { mode: 'both' } });
  if (stage === 'none') return { ...world, cohortId: null };
  const staff = world.backend.staffAdapterFor(STORY_STAFF);
  const input = stage === 'upcoming' ? { ...STORY_COHORT, applicationsOpenAt: '2026-12-01T00:00:00.000Z' } : STORY_COHORT;
  const { cohort } = await staff.createCohort(input);
  const cohortId = cohort.id;
  if (stage === 'upcoming' || stage === 'open') return { ...world, cohortId };
  const as = (id: string) => world.backend.adapterFor(id);
  await as(CAST.vera).applyToCohort(cohortId, 'mentee', { topics: ['leadership', 'grant-writing'], statement: 'Lead my own projects.', avoid: [CAST.diego] });
  await as(CAST.ama).applyToCohort(cohortId, 'mentor', { topics: ['leadership', 'grant-writing'], statement: '', avoid: [], capacity: 1 });
  await as(CAST.kofi).applyToCohort(cohortId, 'mentee', { topics: ['data-science'], statement: '', avoid: [] });
  await as(CAST.lucia).applyToCohort(cohortId, 'mentor', { topics: ['statistics', 'data-science'], statement: '', avoid: [], capacity: 1 });
  if (stage === 'applied') return { ...world, cohortId };
  if (stage === 'closed') {
    await staff.actOnCohort(cohortId, 'close', { reason: 'Applications are in.' });
    return { ...world, cohortId };
  }
  const proposal = await staff.runMatching(cohortId, {});
  if (stage === 'proposed') return { ...world, cohortId };
  await staff.publishProposal(cohortId, { version: proposal.version, reason: 'The 2027 matches.' });
  if (stage === 'published') return { ...world, cohortId };
  const matchOf = async (id: string) => (await as(id).listCohorts()).find((c) => c.cohort.id === cohortId)!.matches.at(-1)!;
  await as(CAST.vera).answerMatch((await matchOf(CAST.vera)).id, { accept: true });
  if (stage === 'accepted') return { ...world, cohortId };
  await as(CAST.ama).answerMatch((await matchOf(CAST.ama)).id, { accept: true });
  if (stage === 'ending') {
    world.clock.set('2027-12-24T09:00:00.000Z');
    return { ...world, cohortId };
  }
  const mentorship = (await matchOf(CAST.vera)).mentorship!;
  await as(CAST.ama).act(mentorship.id, 'end', { reason: 'A new role abroad leaves me no time.' });
  return { ...world, cohortId };
}

/** A Storybook loader: the world at `stage`. */
export const withCohortWorld = (stage: CohortStage) => async () => ({ world: await cohortStoryWorld(stage) });
