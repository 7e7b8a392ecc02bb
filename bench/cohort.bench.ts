// Node side of the cohort matching benchmark (driven by bench/80-cohort-matching.mjs): a cohort drawn from
// a generated roster (every member applies in the roles they are enrolled in; a mentor takes up to 2 of
// their usual places, so places are scarce enough for the choice to matter; the roster's past pairs are
// earlier pairs; one member in 20 would rather avoid someone), solved by the flow solver and the greedy baseline.
import { performance } from 'node:perf_hooks';
import {
  greedyCohortAssignment, programCohortScorer, proposeCohortAssignment,
  type CohortAssignment, type CohortMatchInput, type ProgramCohortMentee, type ProgramCohortMentor,
} from '@mentor-match/core/cohort-matching';
import { DEMO_PROGRAM_SETTINGS, generateRoster } from '@mentor-match/demo';

export interface CohortRun {
  applicants: number;
  mentees: number;
  mentors: number;
  places: number;
  method: string;
  pairs: number;
  totalScore: number;
  menteesUnmatched: number;
  mentorsUnmatched: number;
  candidatePairs: number;
  ms: number;
}

const NOW = new Date('2026-09-01T12:00:00.000Z');

export function cohortOf(size: number): CohortMatchInput<ProgramCohortMentee, ProgramCohortMentor> {
  const { members, mentorships } = generateRoster({ size, now: NOW, settings: DEMO_PROGRAM_SETTINGS });
  const mentees: ProgramCohortMentee[] = [];
  const mentors: ProgramCohortMentor[] = [];
  members.forEach((member, n) => {
    const avoid = n % 20 === 7 ? [(members[(n * 7919) % members.length] as { id: string }).id] : [];
    if (member.mentee) mentees.push({ id: member.id, member, avoid });
    if (member.mentor) mentors.push({ id: member.id, member, capacity: Math.min(2, member.availability.capacity), avoid });
  });
  return {
    mentees,
    mentors,
    scorer: programCohortScorer(DEMO_PROGRAM_SETTINGS, NOW),
    earlierPairs: mentorships.map((m) => ({ menteeId: m.menteeId, mentorId: m.mentorId })),
  };
}

export function runCohort(size: number, methods: { name: string; options?: Partial<CohortMatchInput>; greedy?: boolean }[]): CohortRun[] {
  const runs: CohortRun[] = [];
  for (const { name, options, greedy } of methods) {
    // A fresh cohort (and scorer) per method, so no method is timed with another's preparation cached.
    const input = { ...cohortOf(size), ...options } as CohortMatchInput<ProgramCohortMentee, ProgramCohortMentor>;
    const started = performance.now();
    const result: CohortAssignment = greedy ? greedyCohortAssignment(input) : proposeCohortAssignment(input);
    const ms = performance.now() - started;
    runs.push({
      applicants: size,
      mentees: input.mentees.length,
      mentors: input.mentors.length,
      places: input.mentors.reduce((sum, m) => sum + m.capacity, 0),
      method: name,
      pairs: result.pairs.length,
      totalScore: result.totalScore,
      menteesUnmatched: result.unmatched.filter((u) => u.role === 'mentee').length,
      mentorsUnmatched: result.unmatched.filter((u) => u.role === 'mentor').length,
      candidatePairs: result.candidatePairs,
      ms,
    });
  }
  return runs;
}
