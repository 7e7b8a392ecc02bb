import { deepEqual, equal, rejectsWith } from '../assert.ts';
import { askMentor, enrolMentee, enrolMentor, enrolmentInput, requestInput } from '../builders.ts';
import type { SuiteContext } from '../context.ts';

export function programAndAuthTests({ test }: SuiteContext): void {
  test('getProgram works with nobody signed in and returns the program settings', async (h) => {
    deepEqual(await h.anonymous().getProgram(), h.settings, 'anonymous getProgram');
    deepEqual(await h.as('ann').getProgram(), h.settings, 'signed-in getProgram');
  }, { name: 'Society of Testers', requestExpiryDays: 21, termMonths: [6, 12] });

  test('every other call with nobody signed in is unauthenticated, and changes nothing', async (h) => {
    await enrolMentor(h, 'ann');
    const mentee = await enrolMentee(h, 'mo');
    const mentorship = await askMentor(mentee, 'ann');
    const anonymous = h.anonymous();

    await rejectsWith(anonymous.getViewer(), 'unauthenticated');
    await rejectsWith(anonymous.getMember('ann'), 'unauthenticated');
    await rejectsWith(anonymous.search({ find: 'mentors' }), 'unauthenticated');
    await rejectsWith(anonymous.enrol(enrolmentInput('intruder', ['mentee'])), 'unauthenticated');
    await rejectsWith(anonymous.setAvailability({ status: 'paused', returnDate: null }), 'unauthenticated');
    await rejectsWith(anonymous.requestMentorship(requestInput('ann', 'mentee')), 'unauthenticated');
    for (const action of ['accept', 'decline', 'save', 'withdraw', 'complete', 'end'] as const) {
      await rejectsWith(anonymous.act(mentorship.id, action, { reason: 'because' }), 'unauthenticated');
    }
    await rejectsWith(anonymous.giveFeedback(mentorship.id, { rating: 5, comment: '' }), 'unauthenticated');
    await rejectsWith(anonymous.listMentorships(), 'unauthenticated');

    const [item] = await h.as('ann').listMentorships();
    equal(item?.mentorship.state, 'pending', 'the request is untouched');
    equal(item?.mentorship.version, mentorship.version, 'its version is untouched');
    equal((await h.as('ann').getViewer()).member.availability.status, 'participating');
  });
}
