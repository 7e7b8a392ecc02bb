// The cohort's best assignment as a minimum-cost maximum flow:
//
//   source ─(mentee's places, 0)→ mentee ─(1, SCORE_UNITS − score)→ mentor ─(mentor's places, 0)→ sink
//
// A maximum flow matches as many pairs as the limits allow; of those, the cheapest has the highest total
// score (every flow of that size pays SCORE_UNITS per pair). So the objective is: the most pairs first,
// then the highest total score. See cohort-matching.ts for why.
import { prepareCohort, scoreUnits, SCORE_UNITS, firstCandidates, toCandidates, unmatchedMembers, withFreePlaces, type Cohort } from './constraints.ts';
import { MinCostFlow } from './flow.ts';
import type { CohortAssignment, CohortMatchInput, CohortMentee, CohortMentor, ProposedPair } from './types.ts';

/** Pairs chosen by index, from candidate lists; `placesLeft` are the mentors' after them. */
interface Chosen {
  pairs: { mentee: number; mentor: number }[];
  placesLeft: Int32Array;
}

type Lists = Map<number, { mentor: number; score: number }[]>;

/** The best assignment under every limit: most pairs, then highest total score (cohort-matching.ts). */
export function proposeCohortAssignment<Mentee extends CohortMentee, Mentor extends CohortMentor>(input: CohortMatchInput<Mentee, Mentor>): CohortAssignment {
  return assign(prepareCohort(input), solveByFlow);
}

/** The baseline: pairs taken best first (ties by mentee id, then mentor id) while both sides have places. */
export function greedyCohortAssignment<Mentee extends CohortMentee, Mentor extends CohortMentor>(input: CohortMatchInput<Mentee, Mentor>): CohortAssignment {
  return assign(prepareCohort(input), solveGreedily);
}

/** Solve on the first candidate lists; if the cut left mentees out, once more with mentors that have places added. */
function assign<Mentee extends CohortMentee, Mentor extends CohortMentor>(cohort: Cohort<Mentee, Mentor>, solve: (cohort: Cohort<Mentee, Mentor>, lists: Lists) => Chosen): CohortAssignment {
  let lists = firstCandidates(cohort);
  let chosen = solve(cohort, lists);
  const paired = new Set(chosen.pairs.map((p) => p.mentee));
  const left = cohort.mentees.flatMap((_, i) => (cohort.menteePlaces[i]! > 0 && !paired.has(i) ? [i] : []));
  const wider = withFreePlaces(cohort, lists, left, chosen.placesLeft);
  if (wider !== null) {
    lists = wider;
    chosen = solve(cohort, lists);
  }
  return describe(cohort, chosen, lists);
}

function solveByFlow<Mentee extends CohortMentee, Mentor extends CohortMentor>(cohort: Cohort<Mentee, Mentor>, lists: Lists): Chosen {
  const n = cohort.mentees.length;
  const m = cohort.mentors.length;
  const { offsets, mentors, scores } = toCandidates(n, lists);
  const source = 0;
  const sink = n + m + 1;
  const graph = new MinCostFlow(n + m + 2, n + m + mentors.length);
  for (let i = 0; i < n; i++) graph.addEdge(source, 1 + i, cohort.menteePlaces[i] as number, 0);
  const edges = new Int32Array(mentors.length);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
      edges[k] = graph.addEdge(1 + i, 1 + n + (mentors[k] as number), 1, SCORE_UNITS - scoreUnits(scores[k] as number));
    }
  }
  for (let j = 0; j < m; j++) graph.addEdge(1 + n + j, sink, cohort.mentorPlaces[j] as number, 0);
  graph.run(source, sink);
  const placesLeft = cohort.mentorPlaces.slice();
  const pairs: Chosen['pairs'] = [];
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
      if (graph.flowOn(edges[k] as number) === 0) continue;
      pairs.push({ mentee: i, mentor: mentors[k] as number });
      placesLeft[mentors[k] as number]! -= 1;
    }
  }
  return { pairs, placesLeft };
}

function solveGreedily<Mentee extends CohortMentee, Mentor extends CohortMentor>(cohort: Cohort<Mentee, Mentor>, lists: Lists): Chosen {
  const { offsets, mentors, scores } = toCandidates(cohort.mentees.length, lists);
  const order = new Int32Array(mentors.length);
  const menteeOf = new Int32Array(mentors.length);
  for (let i = 0; i < cohort.mentees.length; i++) for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) menteeOf[k] = i;
  for (let k = 0; k < order.length; k++) order[k] = k;
  // Candidates are in mentee order, each mentee's best first: k breaks score ties by mentee, then mentor.
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const menteeLeft = cohort.menteePlaces.slice();
  const placesLeft = cohort.mentorPlaces.slice();
  const pairs: Chosen['pairs'] = [];
  for (const k of order) {
    const i = menteeOf[k] as number;
    const j = mentors[k] as number;
    if (menteeLeft[i] === 0 || placesLeft[j] === 0) continue;
    menteeLeft[i]! -= 1;
    placesLeft[j]! -= 1;
    pairs.push({ mentee: i, mentor: j });
  }
  return { pairs, placesLeft };
}

/** The answer: locked and chosen pairs explained, members left out with why, the total. */
function describe<Mentee extends CohortMentee, Mentor extends CohortMentor>(cohort: Cohort<Mentee, Mentor>, chosen: Chosen, lists: Lists): CohortAssignment {
  const { scorer } = cohort.input;
  const menteePairs = new Int32Array(cohort.mentees.length);
  const mentorPairs = new Int32Array(cohort.mentors.length);
  const all = [...cohort.locked.map((p) => ({ ...p, locked: true })), ...chosen.pairs.map((p) => ({ ...p, locked: false }))];
  all.sort((a, b) => a.mentee - b.mentee || a.mentor - b.mentor);
  const pairs: ProposedPair[] = all.map(({ mentee, mentor, locked }) => {
    menteePairs[mentee]! += 1;
    mentorPairs[mentor]! += 1;
    const a = cohort.mentees[mentee] as Mentee;
    const b = cohort.mentors[mentor] as Mentor;
    return { menteeId: a.id, mentorId: b.id, ...scorer.explain(a, b), locked };
  });
  let candidatePairs = 0;
  for (const list of lists.values()) candidatePairs += list.length;
  return {
    pairs,
    unmatched: unmatchedMembers(cohort, menteePairs, mentorPairs),
    totalScore: pairs.reduce((sum, p) => sum + p.score, 0),
    candidatePairs,
  };
}
