/**
 * Cohort matching: one pure function from a cohort's applicants and limits to a complete proposal.
 * Imported as `@mentor-match/core/cohort-matching` (no I/O, nothing from the core index).
 *
 * ```ts
 * const proposal = proposeCohortAssignment({
 *   mentees: [{ id, member, topics, meetingModes, places?, avoid? }, …],   // places: default maxMentorsPerMentee
 *   mentors: [{ id, member, topics, meetingModes, capacity, avoid? }, …],
 *   scorer: programCohortScorer(settings, now),   // the program's match score and reasons (matching.ts)
 *   maxMentorsPerMentee: 1,                       // default 1
 *   earlierPairs, allowRepeats,                   // pairs made before: not again unless allowRepeats
 *   locked, removed,                              // staff's review: kept (using places) / never proposed
 *   minScore,                                     // default 0
 * });
 * // → { pairs: [{ menteeId, mentorId, score, reasons, locked }], unmatched: [{ id, role, reason }], totalScore, candidatePairs }
 * ```
 *
 * Limits, every one honoured: a mentor's capacity; a mentee's places (`maxMentorsPerMentee`, or their own
 * `places`); no one with themself (ids are member ids, one person may apply in both roles); no pair either
 * side would rather avoid; no earlier pair unless `allowRepeats`; no removed pair; locked pairs kept, using
 * places on both sides; no pair under `minScore` (locked pairs excepted: staff chose them). Invalid input
 * (a duplicate applicant, a negative capacity, a locked pair that breaks a limit) throws a `MentoringError`
 * with code `validation` and the `field` at fault.
 *
 * Objective: the most pairs first, then the highest total score. Maximising the total score alone would
 * leave a mentee without a mentor to give a better partner to someone already matched (two pairs at 0.5
 * lose to one at 0.9); staff then have to match that member by hand, which is the work the proposal is
 * there to save. A program that wants only good pairs sets `minScore`.
 *
 * Algorithm: minimum-cost maximum flow (successive shortest paths, primal-dual: Dijkstra with potentials,
 * then a blocking flow along the shortest paths), on each mentee's best `candidatesPerMentee` mentors
 * (default 16). With every pair kept (`candidatesPerMentee: Infinity`) the result is exactly optimal (the
 * property tests check it against exhaustive search); the cut keeps 20,000 applicants to a few hundred
 * thousand edges, and mentees it leaves out get every mentor with places left as candidates and a second run.
 *
 * Deterministic: applicants are taken in id order and every tie falls by id, so the same input gives the
 * same proposal whatever its order. "Rerun for the rest" is the same call with the reviewed pairs `locked`
 * (and those taken out `removed`).
 *
 * `greedyCohortAssignment` (same input, same answer's shape) takes pairs best first while both sides have
 * places: the bench's baseline. `scoreCohortPair` scores one pair with its reasons, for the service and the
 * office's review to show the same numbers.
 */
export { proposeCohortAssignment, greedyCohortAssignment } from './cohort-matching/solver.ts';
export { scoreCohortPair, programCohortScorer, type CohortApplicantProfile, type ProgramCohortMentee, type ProgramCohortMentor } from './cohort-matching/program-score.ts';
export { DEFAULT_CANDIDATES_PER_MENTEE, SCORE_UNITS, scoreUnits } from './cohort-matching/constraints.ts';
export type * from './cohort-matching/types.ts';
