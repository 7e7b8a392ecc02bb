// Recognition (issue 15): a mentor's completed mentorships, shown to other members as the card's ribbon
// ("Mentor · 3 mentorships completed"). Counted as mentor, `completed` only, and shown only with the mentor
// role it belongs to.
import type { MemberView } from '@mentor-match/core';
import { deepEqual, equal, ok } from '../assert.ts';
import { activeMentorship, enrolMentee, enrolMentor, enrolmentInput } from '../builders.ts';
import type { SuiteContext } from '../context.ts';

const completed = (view: MemberView | undefined) => view?.mentor?.completedMentorships;

export function recognitionTests({ test }: SuiteContext): void {
  test('a mentor\'s completed mentorships are counted in their view and in search, as each one completes', async (h) => {
    const ann = await enrolMentor(h, 'ann');
    await ann.setAvailability({ status: 'participating', returnDate: null, capacity: 3 });
    const me = await enrolMentee(h, 'me');
    await enrolMentee(h, 'bo');
    const cy = await enrolMentee(h, 'cy');
    const seen = async () => ({
      view: completed(await cy.getMember('ann')),
      hit: completed((await cy.search({ find: 'mentors' })).hits.find((hit) => hit.member.id === 'ann')?.member),
    });
    deepEqual(await seen(), { view: undefined, hit: undefined }, 'none completed: no count at all');

    const first = await activeMentorship(h, 'ann', 'me');
    const second = await activeMentorship(h, 'ann', 'bo');
    deepEqual(await seen(), { view: undefined, hit: undefined }, 'active mentorships are not completed ones');

    await me.act(first.id, 'complete');
    deepEqual(await seen(), { view: 1, hit: 1 }, 'one completed: the view and the search hit say 1');
    equal(completed(await me.getMember('ann')), 1, 'the former mentee sees it too');
    equal((await me.getMember('me')).mentor, null, 'a mentee gets no mentor count');

    await ann.act(second.id, 'end', { reason: 'Moved abroad' });
    deepEqual(await seen(), { view: 1, hit: 1 }, 'a mentorship ended early does not count');

    const third = await activeMentorship(h, 'ann', 'cy');
    await ann.act(third.id, 'complete');
    deepEqual(await seen(), { view: 2, hit: 2 }, 'the count goes up with each completion');
    const [listed] = (await cy.listMentorships()).filter((item) => item.mentorship.id === third.id);
    equal(completed(listed?.partner), 2, 'the partner shown in the console carries it too');
  });

  test('a mentor role no longer shown shows no count', async (h) => {
    const ann = await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me');
    await enrolMentee(h, 'bo');
    const done = await activeMentorship(h, 'ann', 'me');
    await me.act(done.id, 'complete');
    equal(completed(await h.as('bo').getMember('ann')), 1, 'counted while ann mentors');

    // Ann now takes the mentee role only: what she did as a mentor is no longer shown to anyone else.
    await ann.enrol(enrolmentInput('ann', ['mentee']));
    const view = await h.as('bo').getMember('ann');
    equal(view.mentor, null, 'no mentor role shown');
    ok(!JSON.stringify(view).includes('completed'), 'and no count anywhere in the view');
    const hit = (await h.as('bo').search({ find: 'mentees' })).hits.find((found) => found.member.id === 'ann');
    ok(hit && !JSON.stringify(hit).includes('completed'), 'nor in a search hit');
  });
}
