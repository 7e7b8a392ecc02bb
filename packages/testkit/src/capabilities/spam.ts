// No member can be used to spam another: a cooldown before a requester asks the same member again after a
// decline or a withdrawal, and a cap on the notifications one member's actions send another in a day, the
// rest folded into one digest the day after.
import { DAY_MS } from '@mentor-match/core';
import { deepEqual, equal, rejectsWith } from '../assert.ts';
import { askMentor, enrolMentee, enrolMentor, inviteMentee } from '../builders.ts';
import type { CheckedHarness } from '../checked.ts';
import type { SuiteContext } from '../context.ts';

/** The kinds of notification `memberId` has been sent so far, oldest first. */
async function kindsSentTo(h: CheckedHarness, memberId: string): Promise<string[]> {
  return ((await h.notifications?.()) ?? []).filter((n) => n.memberId === memberId).map((n) => n.kind);
}

/** No cooldown: only the cap on notifications stands between a member and a flood. */
const NO_COOLDOWN = { cooldownAfterDeclineDays: 0, cooldownAfterWithdrawDays: 0 };

export function spamTests({ test }: SuiteContext): void {
  test('request, withdraw, request again: the second request waits a day, so the mentor hears twice, not every time', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    await enrolMentor(h, 'ann');
    const withdrawn = await mentee.act((await askMentor(mentee, 'ann')).id, 'withdraw');
    const until = new Date(Date.parse(withdrawn.endedAt!) + DAY_MS).toISOString();
    // The flood as it was: every round trip emailed the mentor twice.
    for (let round = 0; round < 10; round++) {
      const refused = await rejectsWith(askMentor(mentee, 'ann'), 'capacity-reached', 'cooldown');
      equal(refused.details?.until, until, 'until a day after the withdrawal');
    }
    equal((await mentee.listMentorships()).length, 1, 'no request was stored while refused');
    if (h.notifications) deepEqual(await kindsSentTo(h, 'ann'), ['request', 'withdrawn'], 'the mentor heard of one request and its withdrawal');

    await h.advanceTime(1);
    equal((await askMentor(mentee, 'ann')).state, 'pending', 'a day later the mentee may ask again');
  });

  test('after a decline the requester waits cooldownAfterDeclineDays; the member who declined is not held back', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const declined = await ann.act((await askMentor(mentee, 'ann')).id, 'decline');
    const until = new Date(Date.parse(declined.endedAt!) + 7 * DAY_MS).toISOString();
    const refused = await rejectsWith(askMentor(mentee, 'ann'), 'capacity-reached', 'cooldown');
    equal(refused.details?.until, until, 'the refusal says until when');
    equal((await mentee.getMember('ann')).requestAgainAt, until, 'the card knows it too (requestAgainAt)');
    equal((await ann.getMember('me')).requestAgainAt, undefined, 'the member who declined is not held back');

    const invitation = await inviteMentee(ann, 'me');
    equal(invitation.state, 'pending', 'the mentor may invite the mentee they declined');
    await ann.act(invitation.id, 'withdraw');

    await h.advanceTime(6);
    await rejectsWith(askMentor(mentee, 'ann'), 'capacity-reached', 'cooldown');
    await h.advanceTime(1);
    equal((await mentee.getMember('ann')).requestAgainAt, undefined, 'the cooldown is over');
    equal((await askMentor(mentee, 'ann')).state, 'pending', 'a week after the decline the mentee may ask again');
  }, { cooldownAfterDeclineDays: 7 });

  test('one member causes another at most notificationsFromOneMemberPerDay notifications a day; the rest come as one digest the next day', async (h) => {
    if (!h.notifications) return;
    const mentee = await enrolMentee(h, 'me');
    await enrolMentor(h, 'ann');
    const other = await enrolMentee(h, 'bo');
    for (let round = 0; round < 5; round++) {
      const request = await askMentor(mentee, 'ann');
      await mentee.act(request.id, 'withdraw');
    }
    deepEqual(await kindsSentTo(h, 'ann'), ['request', 'withdrawn', 'request'], 'three sent, seven held back');
    equal((await askMentor(other, 'ann')).state, 'pending', 'another mentee asks');
    deepEqual(await kindsSentTo(h, 'ann'), ['request', 'withdrawn', 'request', 'request'], 'another member is not held back');

    await h.advanceTime(1);
    deepEqual(await kindsSentTo(h, 'ann'), ['request', 'withdrawn', 'request', 'request', 'digest'], 'a day later, one digest');
    const digest = (await h.notifications()).find((n) => n.kind === 'digest');
    equal(digest?.mentorshipId, null, 'a digest is about no one mentorship');
    await h.advanceTime(1);
    equal((await kindsSentTo(h, 'ann')).filter((kind) => kind === 'digest').length, 1, 'and only one');

    const again = await askMentor(mentee, 'ann');
    equal(again.state, 'pending', 'the next day');
    equal((await kindsSentTo(h, 'ann')).at(-1), 'request', 'a day later the mentee\'s request is sent again');
  }, { ...NO_COOLDOWN, notificationsFromOneMemberPerDay: 3 });
}
