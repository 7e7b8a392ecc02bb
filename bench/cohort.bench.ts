// Node side of the cohort matching benchmark (bench/80-cohort-matching.mjs runs it as a child process per
// cohort size: `node --import tsx bench/cohort.bench.ts <applicants> <places>`, one JSON line per method).
// The cohort is drawn from a generated roster of that many members: each applies in the roles they are
// enrolled in; the roster's past pairs are earlier pairs; one member in 20 would rather avoid someone.
// Places: "ample" gives a mentor up to 2 of their usual places (more places than mentees), "scarce" 1
// (fewer places than mentees, so who is left out is the solver's choice too).
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
  /** Wall-clock time, and the process's CPU time (steadier on a shared machine). */
  ms: number;
  cpuMs: number;
}

const NOW = new Date('2026-09-01T12:00:00.000Z');

export type Places = 'ample' | 'scarce';

export function cohortOf(size: number, places: Places = 'ample'): CohortMatchInput<ProgramCohortMentee, ProgramCohortMentor> {
  const { members, mentorships } = generateRoster({ size, now: NOW, settings: DEMO_PROGRAM_SETTINGS });
  const mentees: ProgramCohortMentee[] = [];
  const mentors: ProgramCohortMentor[] = [];
  members.forEach((member, n) => {
    const avoid = n % 20 === 7 ? [(members[(n * 7919) % members.length] as { id: string }).id] : [];
    if (member.mentee) mentees.push({ id: member.id, member, avoid });
    if (member.mentor) mentors.push({ id: member.id, member, capacity: places === 'ample' ? Math.min(2, member.availability.capacity) : 1, avoid });
  });
  return {
    mentees,
    mentors,
    scorer: programCohortScorer(DEMO_PROGRAM_SETTINGS, NOW),
    earlierPairs: mentorships.map((m) => ({ menteeId: m.menteeId, mentorId: m.mentorId })),
  };
}

export interface Method {
  name: string;
  options?: Partial<CohortMatchInput>;
  greedy?: boolean;
}

export function runCohort(size: number, places: Places, methods: readonly Method[]): CohortRun[] {
  const runs: CohortRun[] = [];
  for (const { name, options, greedy } of methods) {
    // A fresh cohort (and scorer) per method, so no method is timed with another's preparation cached.
    const input = { ...cohortOf(size, places), ...options } as CohortMatchInput<ProgramCohortMentee, ProgramCohortMentor>;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result: CohortAssignment = greedy ? greedyCohortAssignment(input) : proposeCohortAssignment(input);
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
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
      cpuMs: (used.user + used.system) / 1000,
    });
  }
  return runs;
}

/** Every pair kept: exact, and too slow past a few thousand applicants, so only on the smaller cohorts. */
const EVERY_PAIR_UP_TO = 2_000;

export const methodsFor = (size: number): Method[] => [
  { name: 'min-cost flow, top 16' },
  { name: 'greedy, top 16', greedy: true },
  ...(size <= EVERY_PAIR_UP_TO
    ? [
        { name: 'min-cost flow, every pair', options: { candidatesPerMentee: Number.POSITIVE_INFINITY } },
        { name: 'greedy, every pair', greedy: true, options: { candidatesPerMentee: Number.POSITIVE_INFINITY } },
      ]
    : []),
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = Number(process.argv[2]);
  const places = (process.argv[3] ?? 'ample') as Places;
  for (const run of runCohort(size, places, methodsFor(size))) console.log(JSON.stringify(run));
}
