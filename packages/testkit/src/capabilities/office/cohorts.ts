// Cohorts (issue 14), through the staff adapter and the members' adapters: a cohort's window, applications,
// the matching staff run, review and publish (once), each side's answer, expiry, the term's end and extension,
// and a rematch after an early end.
import { hasCohorts, type CohortAdapter, type CohortInput, type MentoringAdapter, type StaffAdapter } from '@mentor-match/core';
import { deepEqual, equal, fail, ok, rejectsWith, sameMembers } from '../../assert.ts';
import { enrolBoth, enrolMentee, enrolMentor } from '../../builders.ts';
import type { CheckedStaffHarness } from '../../checked-staff.ts';
import { REASON, today, type StaffSuiteContext } from './context.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The member's adapter with its cohort calls (every adapter this section runs against offers them). */
export function cohortsOf(adapter: MentoringAdapter): MentoringAdapter & CohortAdapter {
  if (!hasCohorts(adapter)) fail('The adapter offers no cohorts (listCohorts, applyToCohort, …).');
  return adapter;
}

/** A cohort whose window opened yesterday and closes in `closeInDays`, its year-long term after it. */
export async function cohortInput(office: StaffAdapter, overrides: Partial<CohortInput> = {}, closeInDays = 10): Promise<CohortInput> {
  const now = Date.parse(`${await today(office)}T00:00:00.000Z`);
  const at = (days: number) => new Date(now + days * DAY).toISOString();
  return {
    name: 'Spring cohort',
    roles: ['mentor', 'mentee'],
    applicationsOpenAt: at(-1),
    applicationsCloseAt: at(closeInDays),
    matchAt: at(closeInDays + 1),
    termStartsAt: at(closeInDays + 2),
    termEndsAt: at(closeInDays + 2 + 365),
    ...overrides,
  };
}

const apply = (topics: string[] = ['statistics'], extra: object = {}) => ({ topics, statement: 'Plan a study', avoid: [], ...extra });

/** A cohort with these mentors (capacity 1 unless said) and mentees applied, as the office made it. */
async function cohortWith(h: CheckedStaffHarness, mentors: Record<string, number>, mentees: string[]): Promise<string> {
  const office = h.office();
  const { cohort } = await office.createCohort(await cohortInput(office));
  for (const [id, capacity] of Object.entries(mentors)) {
    await enrolMentor(h, id);
    await cohortsOf(h.as(id)).applyToCohort(cohort.id, 'mentor', apply(['statistics'], { capacity }));
  }
  for (const id of mentees) {
    await enrolMentee(h, id);
    await cohortsOf(h.as(id)).applyToCohort(cohort.id, 'mentee', apply());
  }
  return cohort.id;
}

/** Runs and publishes the cohort's matching; the pairs published, as `mentor:mentee`. */
async function runAndPublish(h: CheckedStaffHarness, cohortId: string): Promise<string[]> {
  const office = h.office();
  const proposal = await office.runMatching(cohortId, {});
  await office.publishProposal(cohortId, { version: proposal.version, reason: REASON });
  return proposal.pairs.map((p) => `${p.mentor.id}:${p.mentee.id}`).sort();
}

/** The member's match in the cohort that waits for an answer (or fails). */
async function proposedTo(h: CheckedStaffHarness, memberId: string, cohortId: string) {
  const view = (await cohortsOf(h.as(memberId)).listCohorts()).find((c) => c.cohort.id === cohortId);
  const match = view?.matches.find((m) => m.status === 'proposed');
  if (!match) fail(`${memberId} has no proposed match in ${cohortId}`, { actual: view?.matches });
  return match;
}

export function cohortTests({ test }: StaffSuiteContext): void {
  test('staff create a cohort; members see it, apply while its window is open, edit and withdraw', async (h) => {
    const office = h.office();
    const created = await office.createCohort(await cohortInput(office));
    equal(created.cohort.state, 'open', 'a new cohort is open');
    await enrolBoth(h, 'ann');
    const ann = cohortsOf(h.as('ann'));
    const [seen] = await ann.listCohorts();
    deepEqual([seen?.cohort.id, seen?.windowOpen, seen?.canApply], [created.cohort.id, true, ['mentor', 'mentee']], 'the member sees it open to both roles');
    let view = await ann.applyToCohort(created.cohort.id, 'mentor', apply(['statistics'], { capacity: 3 }));
    deepEqual(view.applications.map((a) => [a.role, a.status, a.capacity]), [['mentor', 'applied', 3]], 'applied as mentor with their capacity');
    view = await ann.applyToCohort(created.cohort.id, 'mentor', apply(['leadership'], { capacity: 2 }));
    deepEqual(view.applications.map((a) => [a.topics, a.capacity, a.version]), [[['leadership'], 2, 2]], 'edited, not applied twice');
    view = await ann.withdrawApplication(created.cohort.id, 'mentor');
    equal(view.applications[0]?.status, 'withdrawn', 'withdrawn');
    const applicants = await office.listApplicants(created.cohort.id, {});
    deepEqual(applicants.map((a) => [a.member.id, a.application.status, a.inPool]), [['ann', 'withdrawn', false]], 'staff see the application');
    await rejectsWith(ann.withdrawApplication(created.cohort.id, 'mentee'), 'not-found');
  });

  test('applications are refused outside the window, in a role the cohort does not take, or unenrolled', async (h) => {
    const office = h.office();
    const { cohort } = await office.createCohort(await cohortInput(office, { roles: ['mentee'] }));
    await enrolMentee(h, 'me');
    await enrolMentor(h, 'ann');
    const me = cohortsOf(h.as('me'));
    await rejectsWith(cohortsOf(h.as('ann')).applyToCohort(cohort.id, 'mentor', apply()), 'validation', undefined, { field: 'role' });
    await rejectsWith(cohortsOf(h.as('ann')).applyToCohort(cohort.id, 'mentee', apply()), 'unavailable', 'not-enrolled');
    await rejectsWith(me.applyToCohort(cohort.id, 'mentee', apply(['knitting'])), 'validation', undefined, { field: 'topics' });
    await rejectsWith(me.applyToCohort(cohort.id, 'mentee', apply(['statistics'], { avoid: ['me'] })), 'validation', undefined, { field: 'avoid' });
    await rejectsWith(me.applyToCohort('no-such-cohort', 'mentee', apply()), 'not-found');
    await me.applyToCohort(cohort.id, 'mentee', apply());
    await office.actOnCohort(cohort.id, 'close', { reason: REASON });
    await rejectsWith(me.applyToCohort(cohort.id, 'mentee', apply(['leadership'])), 'unavailable', 'window-closed');
    await rejectsWith(me.withdrawApplication(cohort.id, 'mentee'), 'unavailable', 'window-closed');
    await rejectsWith(office.actOnCohort(cohort.id, 'close', { reason: REASON }), 'conflict', 'state');
    await office.actOnCohort(cohort.id, 'reopen', { reason: REASON });
    await me.withdrawApplication(cohort.id, 'mentee');
    await office.actOnCohort(cohort.id, 'archive', { reason: REASON });
    deepEqual(await me.listCohorts(), [], 'an archived cohort is hidden from members');
    equal((await office.listCohorts({ includeArchived: true }))[0]?.cohort.state, 'archived', 'staff still see it');
    const later = await office.createCohort(await cohortInput(office, { applicationsOpenAt: new Date(Date.now() + 400 * DAY).toISOString(), applicationsCloseAt: new Date(Date.now() + 401 * DAY).toISOString(), matchAt: new Date(Date.now() + 402 * DAY).toISOString(), termStartsAt: new Date(Date.now() + 403 * DAY).toISOString(), termEndsAt: new Date(Date.now() + 800 * DAY).toISOString() }));
    await rejectsWith(me.applyToCohort(later.cohort.id, 'mentee', apply()), 'unavailable', 'window-closed');
    await rejectsWith(office.createCohort({ ...(await cohortInput(office)), termEndsAt: (await cohortInput(office)).termStartsAt }), 'validation', undefined, { field: 'termEndsAt' });
  });

  test('a run proposes a complete assignment within every limit: capacity, pairs avoided, no one with themself', async (h) => {
    const office = h.office();
    const cohortId = await cohortWith(h, { ann: 2, bob: 1 }, ['me', 'mo', 'mu']);
    await enrolBoth(h, 'both');
    await cohortsOf(h.as('both')).applyToCohort(cohortId, 'mentor', apply(['statistics'], { capacity: 1 }));
    await cohortsOf(h.as('both')).applyToCohort(cohortId, 'mentee', apply());
    await cohortsOf(h.as('mu')).applyToCohort(cohortId, 'mentee', apply(['statistics'], { avoid: ['bob'] }));
    const proposal = await office.runMatching(cohortId, {});
    const mentees = proposal.pairs.map((p) => p.mentee.id);
    equal(new Set(mentees).size, mentees.length, 'each mentee once');
    equal(proposal.pairs.length, 4, 'four places, four mentees: everyone is matched');
    for (const p of proposal.pairs) {
      ok(p.mentor.id !== p.mentee.id, 'no one is matched with themself');
      ok(!(p.mentor.id === 'bob' && p.mentee.id === 'mu'), 'a pair avoided is never proposed');
      ok(p.score >= 0 && p.score <= 1, 'a score in [0, 1]');
    }
    const perMentor = (id: string) => proposal.pairs.filter((p) => p.mentor.id === id).length;
    ok(perMentor('ann') <= 2 && perMentor('bob') <= 1 && perMentor('both') <= 1, 'no mentor over their capacity');
    ok(proposal.pairs.some((p) => p.reasons.length > 0), 'pairs come with their reasons');
    equal((await office.getProposal(cohortId))?.version, proposal.version, 'the draft waits for review');
    deepEqual(await cohortsOf(h.as('me')).listCohorts().then((v) => v[0]?.matches), [], 'members see nothing before it is published');
  });

  test('staff review the draft: swap, remove, add, lock, and a rerun keeps the locked pairs', async (h) => {
    const office = h.office();
    const cohortId = await cohortWith(h, { ann: 1, bob: 1 }, ['me', 'mo']);
    let proposal = await office.runMatching(cohortId, {});
    equal(proposal.pairs.length, 2, 'both paired');
    const [first, second] = proposal.pairs;
    if (!first || !second) fail('two pairs');
    proposal = await office.editProposal(cohortId, { kind: 'swap', version: proposal.version, menteeIds: [first.mentee.id, second.mentee.id] });
    const swapped = proposal.pairs.map((p) => `${p.mentor.id}:${p.mentee.id}`).sort();
    sameMembers(swapped, [`${second.mentor.id}:${first.mentee.id}`, `${first.mentor.id}:${second.mentee.id}`], 'mentors swapped');
    await rejectsWith(office.editProposal(cohortId, { kind: 'lock', version: proposal.version - 1, mentorId: 'ann', menteeId: 'me', locked: true }), 'conflict', 'stale');
    const annPair = proposal.pairs.find((p) => p.mentor.id === 'ann');
    if (!annPair) fail('ann is paired');
    proposal = await office.editProposal(cohortId, { kind: 'lock', version: proposal.version, mentorId: 'ann', menteeId: annPair.mentee.id, locked: true });
    const bobPair = proposal.pairs.find((p) => p.mentor.id === 'bob');
    if (!bobPair) fail('bob is paired');
    proposal = await office.editProposal(cohortId, { kind: 'remove', version: proposal.version, mentorId: 'bob', menteeId: bobPair.mentee.id });
    sameMembers(proposal.unmatched.map((u) => u.member.id), ['bob', bobPair.mentee.id], 'removed: both unmatched');
    await rejectsWith(office.editProposal(cohortId, { kind: 'add', version: proposal.version, mentorId: 'ann', menteeId: bobPair.mentee.id }), 'validation');
    proposal = await office.editProposal(cohortId, { kind: 'add', version: proposal.version, mentorId: 'bob', menteeId: bobPair.mentee.id });
    equal(proposal.pairs.length, 2, 'added back');
    proposal = await office.runMatching(cohortId, {});
    ok(proposal.pairs.some((p) => p.mentor.id === 'ann' && p.mentee.id === annPair.mentee.id && p.locked), 'the rerun kept the locked pair');
  });

  test('a draft is published once: each side sees the proposal with its reasons; both accept and it is active for the cohort\'s term', async (h) => {
    const office = h.office();
    const cohortId = await cohortWith(h, { ann: 1 }, ['me']);
    const proposal = await office.runMatching(cohortId, {});
    const published = await office.publishProposal(cohortId, { version: proposal.version });
    equal(published.published, 1, 'one pair published');
    await rejectsWith(office.publishProposal(cohortId, { version: proposal.version }), 'conflict', 'state');
    const forMe = await proposedTo(h, 'me', cohortId);
    const forAnn = await proposedTo(h, 'ann', cohortId);
    deepEqual([forMe.partner.id, forMe.role, forAnn.partner.id, forAnn.role], ['ann', 'mentee', 'me', 'mentor'], 'each side sees the other');
    ok(forMe.reasons.length > 0, 'with the reasons');
    deepEqual(forMe.actions, ['accept', 'decline'], 'to accept or decline');
    let answered = await cohortsOf(h.as('me')).answerMatch(forMe.id, { accept: true, version: forMe.version });
    equal(answered.status, 'proposed', 'one accept is not enough');
    await rejectsWith(cohortsOf(h.as('me')).answerMatch(forMe.id, { accept: true }), 'conflict', 'state');
    await rejectsWith(cohortsOf(h.as('mo-nobody')).answerMatch(forMe.id, { accept: true }), 'not-found');
    answered = await cohortsOf(h.as('ann')).answerMatch(forAnn.id, { accept: true });
    equal(answered.status, 'active', 'both accepted: active');
    const [item] = await h.as('me').listMentorships();
    const { cohort } = await office.getCohort(cohortId);
    deepEqual([item?.mentorship.state, item?.mentorship.endsAt, item?.partner.id], ['active', cohort.termEndsAt, 'ann'], 'the mentorship ends with the cohort\'s term');
    equal((await office.getCohort(cohortId)).matches.active, 1, 'staff count it active');
    if (h.notifications) {
      const sent = (await h.notifications()).filter((n) => n.kind === 'cohort-match-proposed').map((n) => n.memberId).sort();
      deepEqual(sent, ['ann', 'me'], 'both were told of the proposal');
    }
  });

  test('a decline sends the other back to the pool: staff see it with its reason, and the next run proposes someone else', async (h) => {
    const office = h.office();
    const cohortId = await cohortWith(h, { ann: 1, bob: 1 }, ['me']);
    await runAndPublish(h, cohortId);
    const forMe = await proposedTo(h, 'me', cohortId);
    const first = forMe.partner.id;
    const mentor = await proposedTo(h, first, cohortId);
    await cohortsOf(h.as(first)).answerMatch(mentor.id, { accept: false, reason: 'Too far apart' });
    const mine = (await cohortsOf(h.as('me')).listCohorts())[0]?.matches[0];
    deepEqual([mine?.status, mine?.declinedBy], ['declined', 'partner'], 'the mentee sees it declined by the partner');
    const declines = await office.listCohortMatches(cohortId, { status: 'declined' });
    deepEqual(declines.map((d) => [d.mentor.id, d.match.mentorAnswer?.reason]), [[first, 'Too far apart']], 'staff see the decline and why');
    const again = await runAndPublish(h, cohortId);
    const other = first === 'ann' ? 'bob' : 'ann';
    ok(again.includes(`${other}:me`), `the next run proposes the other mentor (${again.join(', ')})`);
  });

  test('an unanswered proposal expires as requests do: both back in the pool, both told', async (h) => {
    const office = h.office();
    const cohortId = await cohortWith(h, { ann: 1 }, ['me']);
    await runAndPublish(h, cohortId);
    await h.advanceTime(h.settings.cohorts?.proposalExpiryDays ?? 30);
    const view = (await cohortsOf(h.as('me')).listCohorts())[0];
    equal(view?.matches[0]?.status, 'expired', 'expired');
    const item = await office.getCohort(cohortId);
    deepEqual([item.matches.expired, item.pool.mentees, item.pool.mentors], [1, 1, 1], 'both back in the pool');
    if (h.notifications) {
      sameMembers((await h.notifications()).filter((n) => n.kind === 'cohort-match-expired').map((n) => n.memberId), ['ann', 'me'], 'both told');
    }
  }, { cohorts: { termEndNoticeDays: 14, maxExtensionMonths: 6, allowRepeatPairs: false, proposalExpiryDays: 5 } });

  test('before the term ends both are asked; an extension needs both and moves the end; at the end it completes and both are invited on', async (h) => {
    const office = h.office();
    const cohortId = await cohortWith(h, { ann: 1 }, ['me']);
    await runAndPublish(h, cohortId);
    for (const id of ['me', 'ann']) {
      const match = await proposedTo(h, id, cohortId);
      await cohortsOf(h.as(id)).answerMatch(match.id, { accept: true });
    }
    const [item] = await h.as('me').listMentorships();
    const mentorshipId = item?.mentorship.id ?? fail('active');
    const endsAt = Date.parse(item?.mentorship.endsAt ?? '');
    const daysToEnd = Math.ceil((endsAt - Date.parse(`${await today(office)}T00:00:00.000Z`)) / DAY);
    await h.advanceTime(daysToEnd - 15);
    const asked = async () => (h.notifications ? (await h.notifications()).filter((n) => n.kind === 'cohort-term-ending').length : null);
    equal(await asked() ?? 0, 0, 'not asked yet');
    await h.advanceTime(2);
    const count = await asked();
    if (count !== null) equal(count, 2, 'both asked, 14 days before');
    const me = cohortsOf(h.as('me'));
    const match = (await me.listCohorts())[0]?.matches[0] ?? fail('the match');
    ok(match.actions.includes('extend'), 'they may extend');
    await rejectsWith(me.extendMentorship(mentorshipId, { endsAt: new Date(Date.parse(match.latestEnd) + DAY).toISOString() }), 'validation', 'extension-limit', { field: 'endsAt' });
    const wanted = new Date(endsAt + 60 * DAY).toISOString();
    let answer = await me.extendMentorship(mentorshipId, { endsAt: wanted });
    deepEqual([answer.extension?.askedBy, answer.mentorship?.endsAt], ['me', item?.mentorship.endsAt], 'asked: the end has not moved');
    answer = await cohortsOf(h.as('ann')).extendMentorship(mentorshipId, { endsAt: wanted });
    deepEqual([answer.extension, answer.mentorship?.endsAt], [null, wanted], 'both agreed: the end moved');
    await h.advanceTime(60 + 15);
    const [done] = await h.as('me').listMentorships();
    equal(done?.mentorship.state, 'completed', 'completed on its own at the (new) end');
    if (h.notifications) {
      sameMembers((await h.notifications()).filter((n) => n.kind === 'cohort-completed').map((n) => n.memberId), ['ann', 'me'], 'both told and invited on');
    }
  });

  test('after an early end staff see it, and the mentee may ask for a new match that joins the next run', async (h) => {
    const office = h.office();
    const cohortId = await cohortWith(h, { ann: 1, bob: 1 }, ['me']);
    const first = await runAndPublish(h, cohortId);
    for (const id of ['me', first[0]?.split(':')[0] ?? '']) {
      const match = await proposedTo(h, id, cohortId);
      await cohortsOf(h.as(id)).answerMatch(match.id, { accept: true });
    }
    const me = cohortsOf(h.as('me'));
    await rejectsWith(me.requestRematch(cohortId), 'conflict', 'state');
    const [item] = await h.as('me').listMentorships();
    await h.as('me').act(item?.mentorship.id ?? '', 'end', { reason: 'It did not work out' });
    deepEqual((await office.listCohortMatches(cohortId, { status: 'ended-early' })).length, 1, 'staff see the early end');
    equal((await office.getCohort(cohortId)).pool.mentees, 0, 'not in the pool until they ask');
    const view = (await me.listCohorts())[0];
    equal(view?.canAskRematch, true, 'the mentee may ask for a new match');
    await me.requestRematch(cohortId);
    const again = await runAndPublish(h, cohortId);
    equal(again.length, 1, 'the next run proposes a new match');
    ok(again[0] !== first[0], `with someone else (${again[0]} after ${first[0]})`);
  });

  test('every cohort operation of the office is refused to a member who is not staff', async (h) => {
    const office = h.office();
    const input = await cohortInput(office);
    const { cohort } = await office.createCohort(input);
    const member = h.staffAs('ann');
    const calls: (() => Promise<unknown>)[] = [
      () => member.listCohorts({}), () => member.getCohort(cohort.id), () => member.createCohort(input),
      () => member.updateCohort(cohort.id, { ...input, version: 1 }), () => member.actOnCohort(cohort.id, 'close', { reason: REASON }),
      () => member.listApplicants(cohort.id, {}), () => member.runMatching(cohort.id, {}), () => member.getProposal(cohort.id),
      () => member.editProposal(cohort.id, { kind: 'remove', version: 1, mentorId: 'a', menteeId: 'b' }),
      () => member.publishProposal(cohort.id, { version: 1 }), () => member.listCohortMatches(cohort.id, {}),
    ];
    for (const call of calls) await rejectsWith(call(), 'forbidden', 'staff-only');
    equal((await office.getCohort(cohort.id)).cohort.version, 1, 'nothing changed');
  });
}
