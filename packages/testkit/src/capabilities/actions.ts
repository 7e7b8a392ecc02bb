import { DAY_MS, addMonths } from '@mentor-match/core';
import { closeInstant, deepEqual, equal, ok, rejectsWith } from '../assert.ts';
import { activeMentorship, askMentor, enrolBoth, enrolMentee, enrolMentor, inviteMentee } from '../builders.ts';
import type { SuiteContext } from '../context.ts';

export function actionTests({ describe, test }: SuiteContext): void {
  test('the recipient accepts: the mentorship is active for both sides', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const request = await askMentor(mentee, 'ann');
    const accepted = await ann.act(request.id, 'accept', { version: request.version });
    equal(accepted.state, 'active', 'state');
    equal(accepted.version, request.version + 1, 'version goes up by one');
    ok(accepted.respondedAt !== null && accepted.startedAt !== null && accepted.endsAt !== null, 'response, start and end set');
    equal(accepted.endedAt, null, 'not ended');
    const [seen] = await mentee.listMentorships();
    deepEqual(seen?.mentorship, accepted, 'the requester sees the accepted record');
  });

  test('an invited mentee accepts the invitation', async (h) => {
    const ann = await enrolMentor(h, 'ann');
    const mentee = await enrolMentee(h, 'me');
    const invitation = await inviteMentee(ann, 'me');
    await rejectsWith(ann.act(invitation.id, 'accept'), 'forbidden');
    equal((await mentee.act(invitation.id, 'accept')).state, 'active', 'state');
  });

  test('the recipient declines, with or without a reason', async (h) => {
    const first = await enrolMentee(h, 'me1');
    const second = await enrolMentee(h, 'me2');
    const ann = await enrolMentor(h, 'ann');
    const withReason = await ann.act((await askMentor(first, 'ann')).id, 'decline', { reason: 'My diary is full this term.' });
    equal(withReason.state, 'declined', 'state');
    equal(withReason.declineReason, 'My diary is full this term.', 'reason stored');
    ok(withReason.respondedAt !== null, 'response date set');
    const withoutReason = await ann.act((await askMentor(second, 'ann')).id, 'decline');
    equal(withoutReason.state, 'declined', 'state');
    equal(withoutReason.declineReason, null, 'no reason');
    equal(withoutReason.startedAt, null, 'never started');
  });

  test('a saved request stays answerable: accept, decline or withdraw it later; saving twice is refused', async (h) => {
    const first = await enrolMentee(h, 'me1');
    const second = await enrolMentee(h, 'me2');
    const third = await enrolMentee(h, 'me3');
    const ann = await enrolMentor(h, 'ann');
    const toAccept = await ann.act((await askMentor(first, 'ann')).id, 'save');
    equal(toAccept.state, 'saved', 'state after save');
    equal((await first.listMentorships())[0]?.mentorship.state, 'saved', 'the requester sees it saved');
    await rejectsWith(ann.act(toAccept.id, 'save'), 'conflict', 'state');
    equal((await ann.act(toAccept.id, 'accept')).state, 'active', 'accepted from saved');

    const toDecline = await ann.act((await askMentor(second, 'ann')).id, 'save');
    equal((await ann.act(toDecline.id, 'decline')).state, 'declined', 'declined from saved');

    const toWithdraw = await ann.act((await askMentor(third, 'ann')).id, 'save');
    equal((await third.act(toWithdraw.id, 'withdraw')).state, 'withdrawn', 'withdrawn from saved');
  });

  test('the requester withdraws a pending request', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const request = await askMentor(mentee, 'ann');
    const withdrawn = await mentee.act(request.id, 'withdraw');
    equal(withdrawn.state, 'withdrawn', 'state');
    ok(withdrawn.endedAt !== null, 'end date set');
    equal((await ann.listMentorships())[0]?.mentorship.state, 'withdrawn', 'the recipient sees it withdrawn');
    await rejectsWith(ann.act(request.id, 'accept'), 'conflict', 'state');
  });

  test('either partner completes an active mentorship', async (h) => {
    await enrolMentee(h, 'me1');
    await enrolMentee(h, 'me2');
    await enrolMentor(h, 'ann');
    const byRecipient = await activeMentorship(h, 'ann', 'me1');
    const completed = await h.as('ann').act(byRecipient.id, 'complete');
    equal(completed.state, 'completed', 'completed by the recipient');
    ok(completed.endedAt !== null, 'end date set');
    const byRequester = await activeMentorship(h, 'ann', 'me2');
    equal((await h.as('me2').act(byRequester.id, 'complete')).state, 'completed', 'completed by the requester');
  });

  test('either partner ends early, which needs a reason (validation, reason)', async (h) => {
    await enrolMentee(h, 'me1');
    await enrolMentee(h, 'me2');
    await enrolMentor(h, 'ann');
    const first = await activeMentorship(h, 'ann', 'me1');
    await rejectsWith(h.as('ann').act(first.id, 'end'), 'validation', undefined, { field: 'reason' });
    await rejectsWith(h.as('ann').act(first.id, 'end', { reason: '   ' }), 'validation', undefined, { field: 'reason' });
    equal((await h.as('ann').listMentorships())[0]?.mentorship.state, 'active', 'still active after the refusals');
    const ended = await h.as('ann').act(first.id, 'end', { reason: 'Changed jobs' });
    equal(ended.state, 'ended', 'ended by the recipient');
    equal(ended.endReason, 'Changed jobs', 'reason stored');
    ok(ended.endedAt !== null, 'end date set');
    const second = await activeMentorship(h, 'ann', 'me2');
    equal((await h.as('me2').act(second.id, 'end', { reason: 'Moving abroad' })).state, 'ended', 'ended by the requester');
  });

  describe('who may act', () => {
    test('only the recipient accepts, declines or saves (forbidden for the requester)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      const ann = await enrolMentor(h, 'ann');
      const request = await askMentor(mentee, 'ann');
      await rejectsWith(mentee.act(request.id, 'accept'), 'forbidden');
      await rejectsWith(mentee.act(request.id, 'decline'), 'forbidden');
      await rejectsWith(mentee.act(request.id, 'save'), 'forbidden');
      const [seen] = await ann.listMentorships();
      equal(seen?.mentorship.state, 'pending', 'still pending');
      equal(seen?.mentorship.version, request.version, 'unchanged');
    });

    test('only the requester withdraws (forbidden for the recipient)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      const ann = await enrolMentor(h, 'ann');
      const request = await askMentor(mentee, 'ann');
      await rejectsWith(ann.act(request.id, 'withdraw'), 'forbidden');
      equal((await mentee.listMentorships())[0]?.mentorship.state, 'pending', 'still pending');
    });

    test('a member outside the mentorship gets not-found for every action and for feedback', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      await enrolMentee(h, 'me2');
      await enrolMentor(h, 'ann');
      const outsider = await enrolBoth(h, 'ola');
      const pending = await askMentor(mentee, 'ann');
      const active = await activeMentorship(h, 'ann', 'me2');
      for (const action of ['accept', 'decline', 'save', 'withdraw'] as const) {
        await rejectsWith(outsider.act(pending.id, action), 'not-found');
      }
      await rejectsWith(outsider.act(active.id, 'complete'), 'not-found');
      await rejectsWith(outsider.act(active.id, 'end', { reason: 'Meddling' }), 'not-found');
      await h.as('ann').act(active.id, 'complete');
      await rejectsWith(outsider.giveFeedback(active.id, { rating: 1, comment: 'Meddling' }), 'not-found');
      deepEqual(await outsider.listMentorships(), [], 'the outsider lists none of them');
      const states = (await h.as('ann').listMentorships()).map((item) => item.mentorship.state).sort();
      deepEqual(states, ['completed', 'pending'], 'nothing changed');
      deepEqual((await h.as('ann').listMentorships()).find((i) => i.mentorship.id === active.id)?.mentorship.feedback, [], 'no feedback stored');
    });

    test('an unknown mentorship id is not-found', async (h) => {
      const ann = await enrolMentor(h, 'ann');
      await rejectsWith(ann.act('no-such-mentorship', 'accept'), 'not-found');
      await rejectsWith(ann.giveFeedback('no-such-mentorship', { rating: 5, comment: '' }), 'not-found');
    });
  });

  describe('state and version', () => {
    test('an action naming an older version is refused (conflict, stale)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      const ann = await enrolMentor(h, 'ann');
      const request = await askMentor(mentee, 'ann');
      const saved = await ann.act(request.id, 'save', { version: request.version });
      equal(saved.version, request.version + 1, 'save moved the version on');
      await rejectsWith(mentee.act(request.id, 'withdraw', { version: request.version }), 'conflict', 'stale');
      await rejectsWith(ann.act(request.id, 'accept', { version: request.version }), 'conflict', 'stale');
      equal((await ann.act(request.id, 'accept', { version: saved.version })).state, 'active', 'the current version works');
    });

    test('an action the state does not allow is refused (conflict, state)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      const ann = await enrolMentor(h, 'ann');
      const declined = await askMentor(mentee, 'ann');
      await ann.act(declined.id, 'decline');
      await rejectsWith(ann.act(declined.id, 'accept'), 'conflict', 'state');
      await rejectsWith(ann.act(declined.id, 'decline'), 'conflict', 'state');
      await rejectsWith(mentee.act(declined.id, 'withdraw'), 'conflict', 'state');

      await h.advanceTime(h.settings.cooldownAfterDeclineDays); // before the mentee may ask ann again
      const pending = await askMentor(mentee, 'ann');
      await rejectsWith(ann.act(pending.id, 'complete'), 'conflict', 'state');
      await rejectsWith(mentee.act(pending.id, 'end', { reason: 'Too soon' }), 'conflict', 'state');
      await ann.act(pending.id, 'accept');
      await rejectsWith(ann.act(pending.id, 'accept'), 'conflict', 'state');
      await rejectsWith(mentee.act(pending.id, 'withdraw'), 'conflict', 'state');
      await rejectsWith(ann.act(pending.id, 'decline'), 'conflict', 'state');
      await ann.act(pending.id, 'complete');
      await rejectsWith(mentee.act(pending.id, 'end', { reason: 'Again' }), 'conflict', 'state');
      await rejectsWith(mentee.act(pending.id, 'complete'), 'conflict', 'state');
    });
  });

  describe('limits at accept time', () => {
    test('a mentor at capacity cannot accept another request (capacity-reached, mentor-full)', async (h) => {
      const first = await enrolMentee(h, 'me1');
      const second = await enrolMentee(h, 'me2');
      const ann = await enrolMentor(h, 'ann');
      await ann.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
      const one = await askMentor(first, 'ann');
      const two = await askMentor(second, 'ann');
      await ann.act(one.id, 'accept');
      await rejectsWith(ann.act(two.id, 'accept'), 'capacity-reached', 'mentor-full');
      const states = Object.fromEntries((await ann.listMentorships()).map((i) => [i.mentorship.menteeId, i.mentorship.state]));
      deepEqual(states, { me1: 'active', me2: 'pending' }, 'the second request is still open');
      equal((await ann.getViewer()).activeAsMentor, 1, 'one active mentee');
    });

    test('a mentee cannot accept more mentors than the program allows (capacity-reached, mentors-per-mentee)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      const ann = await enrolMentor(h, 'ann');
      const bo = await enrolMentor(h, 'bo');
      const fromAnn = await inviteMentee(ann, 'me');
      const toBo = await askMentor(mentee, 'bo');
      await mentee.act(fromAnn.id, 'accept');
      await rejectsWith(bo.act(toBo.id, 'accept'), 'capacity-reached', 'mentors-per-mentee');
      equal((await mentee.getViewer()).activeAsMentee, 1, 'one active mentor');
    }, { mentorsPerMentee: 1 });
  });

  describe('dates', () => {
    test('a request expires requestExpiryDays after it was made', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      await enrolMentor(h, 'ann');
      const request = await askMentor(mentee, 'ann');
      equal(Date.parse(request.expiresAt) - Date.parse(request.createdAt), 12 * DAY_MS, 'expiresAt - createdAt');
    }, { requestExpiryDays: 12 });

    test('accepting sets the start, and the end of the term in calendar months', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      const ann = await enrolMentor(h, 'ann');
      const request = await askMentor(mentee, 'ann', { termMonths: 9 });
      await h.advanceTime(2);
      const accepted = await ann.act(request.id, 'accept');
      closeInstant(accepted.startedAt, Date.parse(request.createdAt) + 2 * DAY_MS, 'startedAt');
      equal(accepted.respondedAt, accepted.startedAt, 'respondedAt is the accept time');
      ok(accepted.startedAt !== null, 'startedAt');
      equal(accepted.endsAt, addMonths(new Date(accepted.startedAt), 9).toISOString(), 'endsAt = start + 9 months');
    });

    test('completing or ending sets the end date and keeps the planned one', async (h) => {
      await enrolMentee(h, 'me1');
      await enrolMentee(h, 'me2');
      const ann = await enrolMentor(h, 'ann');
      const first = await activeMentorship(h, 'ann', 'me1');
      const second = await activeMentorship(h, 'ann', 'me2');
      await h.advanceTime(5);
      const completed = await ann.act(first.id, 'complete');
      ok(first.startedAt !== null && second.startedAt !== null, 'started');
      closeInstant(completed.endedAt, Date.parse(first.startedAt) + 5 * DAY_MS, 'completed endedAt');
      equal(completed.endsAt, first.endsAt, 'planned end kept');
      const ended = await ann.act(second.id, 'end', { reason: 'Moved on' });
      closeInstant(ended.endedAt, Date.parse(second.startedAt) + 5 * DAY_MS, 'ended endedAt');
    });
  });
}
