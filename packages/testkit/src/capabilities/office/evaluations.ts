import { deepEqual, equal } from '../../assert.ts';
import { activeMentorship, enrolMentee, enrolMentor } from '../../builders.ts';
import type { StaffSuiteContext } from './context.ts';

export function evaluationTests({ test }: StaffSuiteContext): void {
  test('staff read every rating and comment, with the averages; partners see only that the other gave theirs', async (h) => {
    const ann = await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me');
    const mo = await enrolMentee(h, 'mo');
    const first = await activeMentorship(h, 'ann', 'me');
    const second = await activeMentorship(h, 'ann', 'mo');
    await ann.act(first.id, 'complete');
    await mo.act(second.id, 'end', { reason: 'Moved abroad' });
    // A day apart, so "newest first" is one order on every backend.
    await me.giveFeedback(first.id, { rating: 5, comment: 'Ann changed my career.' });
    await h.advanceTime(1);
    await ann.giveFeedback(first.id, { rating: 4, comment: 'A keen mentee.' });
    await h.advanceTime(1);
    await mo.giveFeedback(second.id, { rating: 2, comment: 'We rarely met.' });

    const office = h.office();
    const page = await office.listEvaluations({});
    equal(page.total, 3, 'every feedback given');
    deepEqual(page.items.map((e) => [e.mentorshipId, e.by, e.feedback.rating, e.feedback.comment]), [
      [second.id, 'mentee', 2, 'We rarely met.'],
      [first.id, 'mentor', 4, 'A keen mentee.'],
      [first.id, 'mentee', 5, 'Ann changed my career.'],
    ], 'newest first, each rating and comment');
    deepEqual(page.averages, {
      all: { count: 3, average: 3.67 },
      byMentors: { count: 1, average: 4 },
      byMentees: { count: 2, average: 3.5 },
    }, 'the averages');
    const byMentees = await office.listEvaluations({ by: 'mentee', memberId: 'me' });
    deepEqual([byMentees.total, byMentees.averages.all], [1, { count: 1, average: 5 }], 'filtered, with the averages of what the filter keeps');
    const [annSees] = (await ann.listMentorships()).filter((item) => item.mentorship.id === first.id);
    deepEqual(annSees?.mentorship.feedback.map((f) => f.memberId), ['ann'], 'the mentor reads only her own');
    deepEqual(annSees?.mentorship.feedbackGivenBy, ['me', 'ann'], 'and that the mentee gave theirs');
    deepEqual((await office.listMentorships({ memberId: 'me' })).items[0]?.mentorship.feedback.length, 2, 'staff see both on the mentorship');
  });
}
