// Cohort matching (src/cohort-matching.ts). Over generated cohorts: no proposal, the solver's or the greedy
// baseline's, breaks a limit, and each member left out is given the right reason; on cohorts of up to 7 a
// side with every pair kept, the solver finds the optimum an exhaustive search finds (most pairs, then the
// highest total) and greedy never does better; the same cohort in any order gives the same proposal; a rerun
// keeps the locked pairs. Over rosters from the demo's generator: the program's score of a pair is the one a
// search by the mentee gives the mentor, and scoring candidates by tiers of their bound finds what scoring
// every pair finds.
//
// Seeded: a failure prints fast-check's `seed` and `path`; give them to `fc.assert` to replay that case.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  greedyCohortAssignment, programCohortScorer, proposeCohortAssignment, scoreCohortPair, scoreUnits,
  type CohortAssignment, type CohortMatchInput, type CohortMentee, type CohortMentor, type CohortPair,
  type CohortScorer, type ProgramCohortMentee, type ProgramCohortMentor, type UnmatchedReason,
} from '../src/cohort-matching.ts';
import { MentoringError } from '../src/errors.ts';
import { rankCandidates } from '../src/matching.ts';
import { programSettings } from '../src/schemas/default-settings.ts';
import { DEMO_PROGRAM_SETTINGS, generateRoster } from '@mentor-match/demo';

const SEED = 20261205;
const NOW = new Date('2026-09-01T12:00:00.000Z');

// ---------------------------------------------------------------------------------------------
// Generated cohorts: scores from a table of twentieths (so ties are common), ids shared between the sides
// (so a member can be offered themself), avoided, earlier, removed and locked pairs, places 0 to 3.

interface Generated {
  input: CohortMatchInput;
  /** The table's score of a pair, by ids. */
  score: (menteeId: string, mentorId: string) => number;
}

const key = (a: string, b: string) => `${a}|${b}`;

/** A scorer from a table; its floor is ignored (a scorer may always answer in full). */
function tableScorer(table: ReadonlyMap<string, number>): CohortScorer {
  const score = (mentee: CohortMentee, mentor: CohortMentor) => table.get(key(mentee.id, mentor.id)) ?? 0;
  return { score, explain: (mentee, mentor) => ({ score: score(mentee, mentor), reasons: [] }) };
}

const pairsOf = (n: number, m: number) =>
  n === 0 || m === 0 ? fc.constant([] as [number, number][]) : fc.array(fc.tuple(fc.nat(n - 1), fc.nat(m - 1)), { maxLength: 6 });

const cohortArbitrary = (maxSide: number, perMentee: fc.Arbitrary<number>) =>
  fc.record({ n: fc.nat(maxSide), m: fc.nat(maxSide) }).chain(({ n, m }) =>
    fc.record({
      n: fc.constant(n),
      m: fc.constant(m),
      scores: fc.array(fc.array(fc.nat(20), { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
      capacity: fc.array(fc.nat(3), { minLength: m, maxLength: m }),
      places: fc.array(fc.option(fc.nat(2), { nil: undefined }), { minLength: n, maxLength: n }),
      sameId: fc.array(fc.boolean(), { minLength: m, maxLength: m }),
      maxMentorsPerMentee: fc.integer({ min: 1, max: 2 }),
      menteeAvoids: pairsOf(n, m),
      mentorAvoids: pairsOf(n, m),
      earlier: pairsOf(n, m),
      removed: pairsOf(n, m),
      locks: pairsOf(n, m),
      allowRepeats: fc.boolean(),
      minScore: fc.oneof(fc.constant(0), fc.nat(20).map((k) => k / 20)),
      perMentee,
      shuffle: fc.array(fc.nat(), { minLength: n + m, maxLength: n + m }),
    }),
  ).map((g): Generated => {
    const menteeIds = Array.from({ length: g.n }, (_, i) => `a${i}`);
    // A mentor may be one of the mentees applying in both roles.
    const mentorIds = Array.from({ length: g.m }, (_, j) => (g.sameId[j] && j < g.n ? `a${j}` : `b${j}`));
    const table = new Map<string, number>();
    g.scores.forEach((row, i) => row.forEach((s, j) => table.set(key(menteeIds[i] as string, mentorIds[j] as string), s / 20)));
    const pair = ([i, j]: [number, number]): CohortPair => ({ menteeId: menteeIds[i] as string, mentorId: mentorIds[j] as string });
    const mentees: CohortMentee[] = menteeIds.map((id, i) => ({
      id,
      ...(g.places[i] === undefined ? {} : { places: g.places[i] }),
      avoid: g.menteeAvoids.filter(([a]) => a === i).map(([, j]) => mentorIds[j] as string),
    }));
    const mentors: CohortMentor[] = mentorIds.map((id, j) => ({
      id,
      capacity: g.capacity[j] as number,
      avoid: g.mentorAvoids.filter(([, b]) => b === j).map(([i]) => menteeIds[i] as string),
    }));
    const input: CohortMatchInput = {
      mentees, mentors, scorer: tableScorer(table), maxMentorsPerMentee: g.maxMentorsPerMentee,
      earlierPairs: g.earlier.map(pair), allowRepeats: g.allowRepeats, removed: g.removed.map(pair),
      minScore: g.minScore, candidatesPerMentee: g.perMentee,
    };
    // Locks staff could have made: allowed pairs within both sides' places.
    const used = new Map<string, number>();
    const locked: CohortPair[] = [];
    for (const lock of g.locks.map(pair)) {
      const mentee = mentees.find((x) => x.id === lock.menteeId) as CohortMentee;
      const mentor = mentors.find((y) => y.id === lock.mentorId) as CohortMentor;
      const places = mentee.places ?? g.maxMentorsPerMentee;
      if (ruledOut(input, lock) || locked.some((l) => l.menteeId === lock.menteeId && l.mentorId === lock.mentorId)) continue;
      if ((used.get(`e${lock.menteeId}`) ?? 0) >= places || (used.get(`r${lock.mentorId}`) ?? 0) >= mentor.capacity) continue;
      used.set(`e${lock.menteeId}`, (used.get(`e${lock.menteeId}`) ?? 0) + 1);
      used.set(`r${lock.mentorId}`, (used.get(`r${lock.mentorId}`) ?? 0) + 1);
      locked.push(lock);
    }
    // The same cohort in another order: the answer must not depend on it.
    const order = <T>(list: T[], offset: number) =>
      list.map((item, k) => ({ item, rank: g.shuffle[offset + k] as number })).sort((x, y) => x.rank - y.rank).map((x) => x.item);
    return {
      input: { ...input, mentees: order(mentees, 0), mentors: order(mentors, g.n), locked },
      score: (a, b) => table.get(key(a, b)) ?? 0,
    };
  });

/** The limits on a pair, written here again from the contract (not from the solver's code). */
function ruledOut(input: CohortMatchInput, { menteeId, mentorId }: CohortPair): boolean {
  const mentee = input.mentees.find((x) => x.id === menteeId);
  const mentor = input.mentors.find((y) => y.id === mentorId);
  const same = (p: CohortPair) => p.menteeId === menteeId && p.mentorId === mentorId;
  return (
    !mentee || !mentor || menteeId === mentorId ||
    (mentee.avoid ?? []).includes(mentorId) || (mentor.avoid ?? []).includes(menteeId) ||
    (!input.allowRepeats && (input.earlierPairs ?? []).some(same)) || (input.removed ?? []).some(same)
  );
}

const placesOf = (input: CohortMatchInput, mentee: CohortMentee) => mentee.places ?? input.maxMentorsPerMentee ?? 1;
const isLocked = (input: CohortMatchInput, p: CohortPair) => (input.locked ?? []).some((l) => l.menteeId === p.menteeId && l.mentorId === p.mentorId);

/** Every limit, checked on an answer. */
function assertHonoursLimits({ input, score }: Generated, answer: CohortAssignment): void {
  const minScore = input.minScore ?? 0;
  const seen = new Set<string>();
  const count = new Map<string, number>();
  const add = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
  for (const p of answer.pairs) {
    assert.ok(!seen.has(key(p.menteeId, p.mentorId)), `pair ${p.menteeId}–${p.mentorId} twice`);
    seen.add(key(p.menteeId, p.mentorId));
    assert.equal(p.locked, isLocked(input, p), `locked flag of ${p.menteeId}–${p.mentorId}`);
    if (!p.locked) {
      assert.ok(!ruledOut(input, p), `ruled-out pair ${p.menteeId}–${p.mentorId} proposed`);
      assert.ok(p.score >= minScore, `pair ${p.menteeId}–${p.mentorId} under the minimum score`);
    }
    assert.equal(p.score, score(p.menteeId, p.mentorId));
    add(`e${p.menteeId}`);
    add(`r${p.mentorId}`);
  }
  for (const lock of input.locked ?? []) assert.ok(seen.has(key(lock.menteeId, lock.mentorId)), `locked pair ${lock.menteeId}–${lock.mentorId} dropped`);
  for (const x of input.mentees) assert.ok((count.get(`e${x.id}`) ?? 0) <= placesOf(input, x), `mentee ${x.id} over their places`);
  for (const y of input.mentors) assert.ok((count.get(`r${y.id}`) ?? 0) <= y.capacity, `mentor ${y.id} over capacity`);
  assert.ok(Math.abs(answer.totalScore - answer.pairs.reduce((sum, p) => sum + p.score, 0)) < 1e-9);
  const sorted = [...answer.pairs].sort((a, b) => (a.menteeId < b.menteeId ? -1 : a.menteeId > b.menteeId ? 1 : a.mentorId < b.mentorId ? -1 : 1));
  assert.deepEqual(answer.pairs, sorted, 'pairs by mentee id, then mentor id');

  // Members left out: exactly those with no pair, each with the reason the contract gives.
  const placesAfterLocks = (role: 'e' | 'r', id: string, asked: number) =>
    asked - (input.locked ?? []).filter((l) => (role === 'e' ? l.menteeId : l.mentorId) === id).length;
  const expected: { id: string; role: 'mentee' | 'mentor'; reason: UnmatchedReason }[] = [];
  const reasonFor = (asked: number, partners: CohortPair[]): UnmatchedReason => {
    if (asked === 0) return 'no-places';
    const open = partners.filter((p) => !ruledOut(input, p) && !isLocked(input, p));
    if (open.length === 0) return 'no-allowed-partner';
    return open.some((p) => score(p.menteeId, p.mentorId) >= minScore) ? 'partners-taken' : 'below-minimum-score';
  };
  for (const x of [...input.mentees].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (count.has(`e${x.id}`)) continue;
    const partners = input.mentors.filter((y) => placesAfterLocks('r', y.id, y.capacity) > 0).map((y) => ({ menteeId: x.id, mentorId: y.id }));
    expected.push({ id: x.id, role: 'mentee', reason: reasonFor(placesOf(input, x), partners) });
  }
  for (const y of [...input.mentors].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (count.has(`r${y.id}`)) continue;
    const partners = input.mentees.filter((x) => placesAfterLocks('e', x.id, placesOf(input, x)) > 0).map((x) => ({ menteeId: x.id, mentorId: y.id }));
    expected.push({ id: y.id, role: 'mentor', reason: reasonFor(y.capacity, partners) });
  }
  assert.deepEqual(answer.unmatched, expected);
}

/**
 * The optimum by exhaustive search: every way of giving each mentee up to their places among the mentors
 * allowed (memoised on the places mentors have left), best by most pairs, then highest total (in score units).
 */
function optimum({ input, score }: Generated): { pairs: number; units: number } {
  const mentees = input.mentees;
  const mentors = input.mentors;
  const locked = input.locked ?? [];
  const minScore = input.minScore ?? 0;
  const caps = mentors.map((y) => y.capacity - locked.filter((l) => l.mentorId === y.id).length);
  const better = (a: [number, number], b: [number, number]) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  const memo = new Map<string, [number, number]>();
  const best = (i: number): [number, number] => {
    if (i === mentees.length) return [0, 0];
    const memoKey = `${i}:${caps.join(',')}`;
    const known = memo.get(memoKey);
    if (known) return known;
    const x = mentees[i] as CohortMentee;
    const places = placesOf(input, x) - locked.filter((l) => l.menteeId === x.id).length;
    const options = mentors.flatMap((y, j) => {
      const p = { menteeId: x.id, mentorId: y.id };
      return !ruledOut(input, p) && !isLocked(input, p) && score(x.id, y.id) >= minScore ? [j] : [];
    });
    let top: [number, number] = [-1, 0];
    // Subsets of `options`, in increasing index, of at most `places` mentors with places left.
    const choose = (from: number, left: number, pairs: number, units: number) => {
      const [restPairs, restUnits] = best(i + 1);
      const here: [number, number] = [pairs + restPairs, units + restUnits];
      if (better(here, top)) top = here;
      if (left === 0) return;
      for (let k = from; k < options.length; k++) {
        const j = options[k] as number;
        if ((caps[j] as number) === 0) continue;
        caps[j]! -= 1;
        choose(k + 1, left - 1, pairs + 1, units + scoreUnits(score(x.id, (mentors[j] as CohortMentor).id)));
        caps[j]! += 1;
      }
    };
    choose(0, places, 0, 0);
    memo.set(memoKey, top);
    return top;
  };
  const [pairs, units] = best(0);
  return { pairs: pairs + locked.length, units: units + locked.reduce((sum, l) => sum + scoreUnits(score(l.menteeId, l.mentorId)), 0) };
}

const unitsOf = (answer: CohortAssignment) => answer.pairs.reduce((sum, p) => sum + scoreUnits(p.score), 0);

describe('cohort matching: limits', () => {
  it('no proposal, the solver\'s or greedy\'s, breaks a limit, with every candidate kept or a few', () => {
    const perMentee = fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 1, max: 4 }));
    fc.assert(
      fc.property(cohortArbitrary(9, perMentee), (generated) => {
        assertHonoursLimits(generated, proposeCohortAssignment(generated.input));
        assertHonoursLimits(generated, greedyCohortAssignment(generated.input));
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('the same cohort in any order gets the same proposal', () => {
    fc.assert(
      fc.property(cohortArbitrary(8, fc.constant(3)), (generated) => {
        const { input } = generated;
        const reversed = { ...input, mentees: [...input.mentees].reverse(), mentors: [...input.mentors].reverse() };
        assert.deepEqual(proposeCohortAssignment(reversed), proposeCohortAssignment(input));
      }),
      { seed: SEED + 1, numRuns: 200 },
    );
  });

  it('a rerun keeps the pairs locked from the proposal and proposes within the limits for the rest', () => {
    fc.assert(
      fc.property(cohortArbitrary(8, fc.constant(Number.POSITIVE_INFINITY)), fc.array(fc.boolean(), { maxLength: 20 }), (generated, keep) => {
        const first = proposeCohortAssignment({ ...generated.input, locked: [] });
        const locked = first.pairs.filter((_, k) => keep[k]).map(({ menteeId, mentorId }) => ({ menteeId, mentorId }));
        const rerun = { ...generated, input: { ...generated.input, locked } };
        const second = proposeCohortAssignment(rerun.input);
        assertHonoursLimits(rerun, second);
        // Locking pairs of an optimal proposal leaves it optimal: the rerun matches as many, as well.
        assert.equal(second.pairs.length, first.pairs.length);
        assert.equal(unitsOf(second), unitsOf(first));
      }),
      { seed: SEED + 2, numRuns: 200 },
    );
  });
});

describe('cohort matching: optimality', () => {
  it('on cohorts of up to 7 a side, with every pair kept, finds the exhaustive optimum; greedy never beats it', () => {
    let greedyBehind = 0;
    fc.assert(
      fc.property(cohortArbitrary(7, fc.constant(Number.POSITIVE_INFINITY)), (generated) => {
        const best = optimum(generated);
        const solved = proposeCohortAssignment(generated.input);
        assert.deepEqual({ pairs: solved.pairs.length, units: unitsOf(solved) }, best);
        const greedy = greedyCohortAssignment(generated.input);
        const g = { pairs: greedy.pairs.length, units: unitsOf(greedy) };
        assert.ok(g.pairs < best.pairs || (g.pairs === best.pairs && g.units <= best.units), 'greedy beat the optimum');
        if (g.pairs < best.pairs || g.units < best.units) greedyBehind += 1;
      }),
      { seed: SEED + 3, numRuns: 500 },
    );
    // The cohorts are hard enough for the comparison to mean something.
    assert.ok(greedyBehind >= 10, `greedy fell behind on only ${greedyBehind} cohorts`);
  });

  it('prefers matching everyone to a higher total: two pairs at 0.5 over one at 0.9', () => {
    const table = new Map([[key('a', 'x'), 0.9], [key('a', 'y'), 0.1], [key('b', 'x'), 0.5]]);
    const input: CohortMatchInput = {
      mentees: [{ id: 'a' }, { id: 'b' }], mentors: [{ id: 'x', capacity: 1 }, { id: 'y', capacity: 1, avoid: ['b'] }], scorer: tableScorer(table),
    };
    const solved = proposeCohortAssignment(input);
    assert.deepEqual(solved.pairs.map((p) => `${p.menteeId}-${p.mentorId}`), ['a-y', 'b-x']);
    assert.deepEqual(solved.unmatched, []);
    const greedy = greedyCohortAssignment(input);
    assert.deepEqual(greedy.pairs.map((p) => `${p.menteeId}-${p.mentorId}`), ['a-x']);
    assert.deepEqual(greedy.unmatched, [{ id: 'b', role: 'mentee', reason: 'partners-taken' }, { id: 'y', role: 'mentor', reason: 'partners-taken' }]);
  });
});

describe('cohort matching: input', () => {
  const scorer = tableScorer(new Map());
  const refused = (input: Omit<CohortMatchInput, 'scorer'>, field: string) =>
    assert.throws(() => proposeCohortAssignment({ ...input, scorer }), (error: unknown) => {
      assert.ok(error instanceof MentoringError);
      assert.equal(error.code, 'validation');
      assert.equal(error.field, field);
      return true;
    });

  it('refuses a member applying twice in a role, a capacity that is not a count, and locks that break a limit', () => {
    refused({ mentees: [{ id: 'a' }, { id: 'a' }], mentors: [] }, 'mentees');
    refused({ mentees: [], mentors: [{ id: 'x', capacity: -1 }] }, 'capacity');
    refused({ mentees: [], mentors: [{ id: 'x', capacity: 1.5 }] }, 'capacity');
    refused({ mentees: [{ id: 'a' }], mentors: [], maxMentorsPerMentee: 0 }, 'maxMentorsPerMentee');
    refused({ mentees: [{ id: 'a' }], mentors: [], minScore: 2 }, 'minScore');
    const two = { mentees: [{ id: 'a' }, { id: 'b' }], mentors: [{ id: 'a', capacity: 1 }, { id: 'x', capacity: 1 }] };
    refused({ ...two, locked: [{ menteeId: 'a', mentorId: 'a' }] }, 'locked.0');
    refused({ ...two, locked: [{ menteeId: 'a', mentorId: 'nobody' }] }, 'locked.0');
    refused({ ...two, locked: [{ menteeId: 'a', mentorId: 'x' }, { menteeId: 'b', mentorId: 'x' }] }, 'locked.1');
    refused({ ...two, locked: [{ menteeId: 'b', mentorId: 'x' }], removed: [{ menteeId: 'b', mentorId: 'x' }] }, 'locked.0');
    refused({ ...two, mentors: [{ id: 'x', capacity: 1, avoid: ['b'] }], locked: [{ menteeId: 'b', mentorId: 'x' }] }, 'locked.0');
    refused({ ...two, earlierPairs: [{ menteeId: 'b', mentorId: 'x' }], locked: [{ menteeId: 'b', mentorId: 'x' }] }, 'locked.0');
  });
});

// ---------------------------------------------------------------------------------------------
// The program's score, over the demo's generated roster.

function rosterCohort(size: number, seed: number) {
  const { members, mentorships } = generateRoster({ size, seed, now: NOW, settings: DEMO_PROGRAM_SETTINGS });
  const mentees: ProgramCohortMentee[] = members.filter((m) => m.mentee).map((member) => ({ id: member.id, member }));
  const mentors: ProgramCohortMentor[] = members.filter((m) => m.mentor).map((member) => ({ id: member.id, member, capacity: 1 + (member.availability.capacity % 2) }));
  return { members, mentees, mentors, earlierPairs: mentorships.map(({ menteeId, mentorId }) => ({ menteeId, mentorId })) };
}

describe('cohort matching: the program\'s score', () => {
  it('scores a pair as a search by the mentee scores the mentor, reasons included', () => {
    const { members } = rosterCohort(300, 7);
    let compared = 0;
    const mentees = members.filter((m) => m.mentee);
    for (const [k, mentor] of members.filter((m) => m.mentor).entries()) {
      const mentee = mentees[(k * 13) % mentees.length];
      if (!mentee || mentee.id === mentor.id) continue;
      const { page } = rankCandidates({
        candidates: [{ member: mentor, activeMentees: 0, activeMentors: 0 }], viewer: mentee, query: { find: 'mentors' }, settings: DEMO_PROGRAM_SETTINGS, now: NOW,
      });
      const hit = page[0];
      if (!hit) continue; // not found by search (paused, awaiting approval): its score is not defined there
      assert.deepEqual(scoreCohortPair({ member: mentee }, { member: mentor }, DEMO_PROGRAM_SETTINGS, NOW), { score: hit.score, reasons: hit.reasons });
      compared += 1;
    }
    assert.ok(compared > 50, `only ${compared} pairs compared`);
  });

  it('reads what the application seeks and offers instead of the profiles', () => {
    const settings = programSettings({ matchWeights: { topics: 1, industry: 0, careerStage: 0, language: 0, timeZone: 0, meetingMode: 0 } });
    const { members } = rosterCohort(100, 3);
    const mentee = members.find((m) => m.mentee) as ProgramCohortMentee['member'];
    const mentor = members.find((m) => m.mentor && m.id !== mentee.id) as ProgramCohortMentor['member'];
    const topic = settings.topics[0]?.id as string;
    const other = settings.topics[1]?.id as string;
    const match = scoreCohortPair({ member: mentee, topics: [topic, other] }, { member: mentor, topics: [topic] }, settings, NOW);
    assert.equal(match.score, 0.5);
    assert.deepEqual(match.reasons.map((r) => r.kind), ['topics']);
  });

  it('scoring candidates by tiers of their bound proposes what scoring every pair proposes', () => {
    for (const seed of [1, 2, 3]) {
      for (const candidatesPerMentee of [1, 4, 16]) {
        for (const minScore of [0, 0.6]) {
          const { mentees, mentors, earlierPairs } = rosterCohort(400, seed);
          const scorer = programCohortScorer<ProgramCohortMentee, ProgramCohortMentor>(DEMO_PROGRAM_SETTINGS, NOW);
          const input = { mentees, mentors, earlierPairs, candidatesPerMentee, minScore };
          const tiered = proposeCohortAssignment({ ...input, scorer });
          const everyPair = proposeCohortAssignment({ ...input, scorer: { score: scorer.score, explain: scorer.explain } });
          assert.deepEqual(tiered, everyPair);
          assert.ok(tiered.pairs.length > 50);
        }
      }
    }
  });
});
