import type { MentoringChange } from '@mentor-match/core';
import { deepEqual, equal, eventually } from '../assert.ts';
import { askMentor, enrolMentee, enrolMentor, inviteMentee } from '../builders.ts';
import type { SuiteContext } from '../context.ts';

export function listingTests({ test }: SuiteContext): void {
  test('both sides list the mentorship with the other member as partner', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const request = await askMentor(mentee, 'ann');
    const [mine] = await mentee.listMentorships();
    const [theirs] = await ann.listMentorships();
    deepEqual([mine?.mentorship.id, mine?.partner.id], [request.id, 'ann'], 'the requester\'s item');
    deepEqual([theirs?.mentorship.id, theirs?.partner.id], [request.id, 'me'], 'the recipient\'s item');
    equal(mine?.partner.mentor?.topics.length, 3, 'the partner view carries the mentor profile');
  });

  test('newest first, and finished ones are kept as history', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    await enrolMentor(h, 'bo');
    const cy = await enrolMentor(h, 'cy');
    const first = await askMentor(mentee, 'ann');
    await ann.act(first.id, 'decline');
    await h.advanceTime(1);
    const second = await askMentor(mentee, 'bo');
    await mentee.act(second.id, 'withdraw');
    await h.advanceTime(1);
    const third = await inviteMentee(cy, 'me');
    const listed = (await mentee.listMentorships()).map((item) => [item.mentorship.id, item.mentorship.state]);
    deepEqual(listed, [[third.id, 'pending'], [second.id, 'withdrawn'], [first.id, 'declined']], 'newest first');
  });

  test('a subscribed adapter hears of changes, its own and (within a second) the other side\'s', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const heardByAnn: MentoringChange[] = [];
    const heardByMentee: MentoringChange[] = [];
    const stopAnn = ann.subscribe((change) => heardByAnn.push(change));
    const stopMentee = mentee.subscribe((change) => heardByMentee.push(change));

    const request = await askMentor(mentee, 'ann');
    const about = (heard: MentoringChange[]) => () => heard.some((c) => c.kind === 'mentorship' && c.id === request.id);
    await eventually(about(heardByMentee), 'the requester\'s adapter hears of its own request');
    await eventually(about(heardByAnn), 'the recipient\'s adapter hears of the new request');

    stopAnn();
    stopMentee();
    const before = heardByAnn.length + heardByMentee.length;
    await ann.act(request.id, 'accept');
    await new Promise((resolve) => setTimeout(resolve, 200));
    equal(heardByAnn.length + heardByMentee.length, before, 'nothing is heard after unsubscribing');
  });

  test('every member hears when a mentor\'s places change, though only the pair hears of the mentorship', async (h) => {
    const watcher = await enrolMentee(h, 'watcher');
    const mentee = await enrolMentee(h, 'mee');
    const ann = await enrolMentor(h, 'ann');
    const request = await askMentor(mentee, 'ann');
    const heard: MentoringChange[] = [];
    const stop = watcher.subscribe((change) => heard.push(change));
    try {
      await ann.act(request.id, 'accept');
      await eventually(() => heard.some((c) => c.kind === 'member' && c.id === 'ann'), 'the watcher hears that Ann has a place fewer');
      equal(heard.some((c) => c.id === request.id), false, 'nothing of the pair\'s mentorship');
    } finally {
      stop();
    }
  });

  test('an adapter hears only of members and mentorships its member may see', async (h) => {
    const watcher = await enrolMentee(h, 'watcher');
    const heard: MentoringChange[] = [];
    const stop = watcher.subscribe((change) => heard.push(change));
    try {
      // A member enrolled in no role is shown to no one else: not their first sign-in, not their pause.
      const hidden = h.as('hidden');
      await hidden.getViewer();
      await hidden.setAvailability({ status: 'paused', returnDate: null });
      // Two others' request is theirs alone.
      const mentee = await enrolMentee(h, 'mee');
      await enrolMentor(h, 'ann');
      const request = await askMentor(mentee, 'ann');
      // Changes are told in order: once the last one is heard, none of the ones above can come any more. (One
      // notice per record and poll: an adapter that polls may tell two changes of one member as one.)
      await enrolMentor(h, 'last');
      await eventually(() => heard.some((c) => c.kind === 'member' && c.id === 'last'), 'the watcher hears of members shown to them');
      equal(heard.some((c) => c.id === 'hidden'), false, 'nothing of a member no one else may see');
      equal(heard.some((c) => c.id === request.id), false, 'nothing of others\' mentorships');
    } finally {
      stop();
    }
  });
}
