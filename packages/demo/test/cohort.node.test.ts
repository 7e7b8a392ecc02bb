// The demo's open cohort (issue 14): mentors and mentees of the roster's head have applied, so a newcomer
// playing the program office can run the matching and publish it, then accept as each side of a pair.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemberCohort, MemoryBackend, hasCohorts, type MentoringAdapter } from '@mentor-match/core';
import { DEMO_PROGRAM_SETTINGS, DEMO_STAFF, demoRoster } from '../src/index.ts';
import { COHORT_MENTEES, COHORT_MENTORS } from '../src/roster-cohort.ts';

const NOW = new Date('2026-11-23T08:00:00.000Z');

const cohortsOf = (adapter: MentoringAdapter) => {
  assert.ok(hasCohorts(adapter));
  return adapter;
};

describe('the demo cohort', () => {
  it('is open for applications today, with mentors and mentees applied, each application valid', () => {
    const { cohorts, members } = demoRoster({ now: NOW });
    const [cohort] = cohorts.cohorts;
    assert.ok(cohort);
    assert.equal(cohort.state, 'open');
    assert.ok(Date.parse(cohort.applicationsOpenAt) < NOW.getTime() && NOW.getTime() < Date.parse(cohort.applicationsCloseAt), 'the window is open');
    const byRole = (role: string) => cohorts.applications.filter((a) => a.role === role).length;
    assert.deepEqual([byRole('mentor'), byRole('mentee')], [COHORT_MENTORS, COHORT_MENTEES]);
    const ids = new Set(members.map((m) => m.id));
    assert.ok(cohorts.applications.every((a) => ids.has(a.memberId) && a.cohortId === cohort.id), 'every applicant is in the roster');
    assert.equal(JSON.stringify(demoRoster({ now: new Date('2026-11-23T23:00:00.000Z') }).cohorts), JSON.stringify(cohorts), 'the same all day');
  });

  it('can be matched and published by the office, and each side of a pair accepts: active for the cohort\'s term', async () => {
    const roster = demoRoster({ now: NOW });
    const clock = { now: () => NOW };
    const backend = new MemoryBackend({ settings: DEMO_PROGRAM_SETTINGS, clock, ...roster, staff: [DEMO_STAFF.id] });
    const office = backend.staffAdapterFor(DEMO_STAFF.id);
    const [item] = await office.listCohorts({});
    assert.ok(item);
    assert.deepEqual([item.pool.mentors, item.pool.mentees], [COHORT_MENTORS, COHORT_MENTEES], 'everyone who applied is ready to match');
    const proposal = await office.runMatching(item.cohort.id, {});
    assert.ok(proposal.pairs.length >= Math.min(COHORT_MENTEES, COHORT_MENTORS), `pairs proposed: ${proposal.pairs.length}`);
    await office.publishProposal(item.cohort.id, { version: proposal.version });
    const [pair] = proposal.pairs;
    assert.ok(pair);
    for (const id of [pair.mentee.id, pair.mentor.id]) {
      const adapter = cohortsOf(backend.adapterFor(id));
      const view = (await adapter.listCohorts()).find((c) => c.cohort.id === item.cohort.id);
      assert.ok(MemberCohort.safeParse(view).success);
      const match = view?.matches.find((m) => m.status === 'proposed');
      assert.ok(match, `${id} sees the proposal`);
      await adapter.answerMatch(match.id, { accept: true });
    }
    const mentorships = await backend.adapterFor(pair.mentee.id).listMentorships();
    const made = mentorships.find((m) => m.partner.id === pair.mentor.id);
    assert.deepEqual([made?.mentorship.state, made?.mentorship.endsAt], ['active', item.cohort.termEndsAt]);
  });
});
