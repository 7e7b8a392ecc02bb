import type { MentoringAdapter } from '@mentor-match/core';
import { deepEqual, equal, ok, rejectsWith, sameMembers } from '../assert.ts';
import { askMentor, enrolMentee, enrolMentor } from '../builders.ts';
import type { CheckedHarness } from '../checked.ts';
import type { SuiteContext } from '../context.ts';

/** Requests expire after 10 days; the recipient is reminded 3 days before. */
const EXPIRY = { requestExpiryDays: 10, reminderDays: 3 };

async function stateOf(adapter: MentoringAdapter, id: string) {
  return (await adapter.listMentorships()).find((item) => item.mentorship.id === id)?.mentorship;
}

async function sent(h: CheckedHarness, kind: string, mentorshipId: string) {
  const all = (await h.notifications?.()) ?? [];
  return all.filter((n) => n.kind === kind && n.mentorshipId === mentorshipId).map((n) => n.memberId);
}

export function expiryTests({ test }: SuiteContext): void {
  test('a request is still pending, and can be accepted, the day before it expires', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const request = await askMentor(mentee, 'ann');
    await h.advanceTime(9);
    equal((await stateOf(mentee, request.id))?.state, 'pending', 'requester sees pending');
    equal((await stateOf(ann, request.id))?.state, 'pending', 'recipient sees pending');
    equal((await ann.act(request.id, 'accept')).state, 'active', 'accepted in time');
  }, EXPIRY);

  test('an unanswered request expires after requestExpiryDays, saved ones too', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const bo = await enrolMentor(h, 'bo');
    const toAnn = await askMentor(mentee, 'ann');
    const toBo = await askMentor(mentee, 'bo');
    await bo.act(toBo.id, 'save');
    await h.advanceTime(10);

    for (const [who, adapter] of [['requester', mentee], ['recipient', ann]] as const) {
      const expired = await stateOf(adapter, toAnn.id);
      equal(expired?.state, 'expired', `the ${who} sees it expired`);
    }
    equal((await stateOf(bo, toBo.id))?.state, 'expired', 'a saved request expires too');
    await rejectsWith(ann.act(toAnn.id, 'accept'), 'expired');
    await rejectsWith(bo.act(toBo.id, 'accept'), 'expired');
    await rejectsWith(mentee.act(toAnn.id, 'withdraw'), 'expired');

    const viewer = await mentee.getViewer();
    equal(viewer.openRequestsSent, 0, 'expired requests are no longer open');
    equal((await ann.getViewer()).awaitingResponse, 0, 'nor awaiting an answer');
    equal((await askMentor(mentee, 'ann')).state, 'pending', 'the pair may ask again');
  }, EXPIRY);

  test('the recipient is reminded once, reminderDays before the request expires', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const request = await askMentor(mentee, 'ann');

    await h.advanceTime(6);
    equal((await stateOf(ann, request.id))?.remindedAt, null, 'not reminded 4 days before');
    deepEqual(await sent(h, 'reminder', request.id), [], 'no reminder sent 4 days before');

    await h.advanceTime(1);
    const reminded = await stateOf(ann, request.id);
    ok(reminded?.remindedAt, 'reminded 3 days before');
    equal(reminded?.state, 'pending', 'still pending');
    if (h.notifications) deepEqual(await sent(h, 'reminder', request.id), ['ann'], 'one reminder, to the recipient');

    await h.advanceTime(1);
    equal((await stateOf(ann, request.id))?.remindedAt, reminded?.remindedAt, 'reminded only once');
    if (h.notifications) deepEqual(await sent(h, 'reminder', request.id), ['ann'], 'still one reminder');
  }, EXPIRY);

  test('no reminder when the program sets reminderDays to 0', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const request = await askMentor(mentee, 'ann');
    await h.advanceTime(9);
    equal((await stateOf(ann, request.id))?.remindedAt, null, 'never reminded');
    deepEqual(await sent(h, 'reminder', request.id), [], 'no reminder sent');
  }, { requestExpiryDays: 10, reminderDays: 0 });

  test('an answered request is neither reminded nor expired', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const request = await askMentor(mentee, 'ann');
    await ann.act(request.id, 'accept');
    await h.advanceTime(8);
    equal((await stateOf(mentee, request.id))?.remindedAt, null, 'not reminded within the reminder window');
    deepEqual(await sent(h, 'reminder', request.id), [], 'no reminder sent');
    await h.advanceTime(4);
    equal((await stateOf(mentee, request.id))?.state, 'active', 'still active past the expiry date');
  }, EXPIRY);

  test('notifications (when the harness shows them): the recipient hears of a request, the requester of an accept', async (h) => {
    if (!h.notifications) return;
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const request = await askMentor(mentee, 'ann');
    sameMembers(await sent(h, 'request', request.id), ['ann'], 'request notification, to the recipient only');
    await ann.act(request.id, 'accept');
    sameMembers(await sent(h, 'accepted', request.id), ['me'], 'accepted notification, to the requester only');
  }, EXPIRY);
}
