import { deepEqual, equal, rejectsWith } from '../assert.ts';
import { activeMentorship, askMentor, enrolMentee, enrolMentor } from '../builders.ts';
import type { SuiteContext } from '../context.ts';

export function feedbackTests({ test }: SuiteContext): void {
  test('feedback is given after completion, once per partner', async (h) => {
    await enrolMentee(h, 'me');
    await enrolMentor(h, 'ann');
    const mentee = h.as('me');
    const ann = h.as('ann');
    const active = await activeMentorship(h, 'ann', 'me');
    await rejectsWith(mentee.giveFeedback(active.id, { rating: 5, comment: 'Too early' }), 'conflict', 'state');

    await ann.act(active.id, 'complete');
    const first = await mentee.giveFeedback(active.id, { rating: 5, comment: 'Thank you, Ann.' });
    deepEqual(
      first.feedback.map(({ memberId, rating, comment }) => ({ memberId, rating, comment })),
      [{ memberId: 'me', rating: 5, comment: 'Thank you, Ann.' }],
      'the mentee\'s feedback is stored',
    );
    await rejectsWith(mentee.giveFeedback(active.id, { rating: 4, comment: 'Again' }), 'conflict', 'feedback-given');
    const [annSees] = await ann.listMentorships();
    deepEqual(annSees?.mentorship.feedback, [], 'the partner does not see the rating or the comment');
    deepEqual(annSees?.mentorship.feedbackGivenBy, ['me'], 'only that the mentee has given theirs');
    const both = await ann.giveFeedback(active.id, { rating: 4, comment: 'A pleasure.' });
    deepEqual(both.feedback.map((f) => [f.memberId, f.rating]), [['ann', 4]], 'the answer holds the mentor\'s own feedback only');
    deepEqual(both.feedbackGivenBy, ['me', 'ann'], 'one from each partner, in order');
    const [item] = await mentee.listMentorships();
    deepEqual(item?.mentorship.feedback.map((f) => [f.memberId, f.rating, f.comment]), [['me', 5, 'Thank you, Ann.']], 'each still reads their own');
    deepEqual(item?.mentorship.feedbackGivenBy, ['me', 'ann'], 'and sees that the other has given theirs');
  });

  test('feedback may follow an early end, never a request that was not accepted', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const ended = await activeMentorship(h, 'ann', 'me');
    await mentee.act(ended.id, 'end', { reason: 'Changed field' });
    equal((await ann.giveFeedback(ended.id, { rating: 3, comment: '' })).feedback.length, 1, 'feedback after ending');

    const pending = await askMentor(mentee, 'ann');
    await rejectsWith(ann.giveFeedback(pending.id, { rating: 3, comment: '' }), 'conflict', 'state');
    await ann.act(pending.id, 'decline');
    await rejectsWith(mentee.giveFeedback(pending.id, { rating: 1, comment: '' }), 'conflict', 'state');
  });

  test('a rating outside 1..5 is refused (validation, rating)', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    await enrolMentor(h, 'ann');
    const mentorship = await activeMentorship(h, 'ann', 'me');
    await mentee.act(mentorship.id, 'complete');
    for (const rating of [0, 6, 2.5]) {
      await rejectsWith(mentee.giveFeedback(mentorship.id, { rating, comment: '' }), 'validation', undefined, { field: 'rating' });
    }
    const [item] = await mentee.listMentorships();
    deepEqual(item?.mentorship.feedback, [], 'nothing stored');
    equal((await mentee.giveFeedback(mentorship.id, { rating: 1, comment: '' })).feedback.length, 1, 'then a valid rating is taken');
  });
}
