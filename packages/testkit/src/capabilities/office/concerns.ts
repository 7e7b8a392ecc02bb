import { deepEqual, equal, ok, rejectsWith } from '../../assert.ts';
import { activeMentorship, askMentor, enrolMentee, enrolMentor } from '../../builders.ts';
import { OFFICE } from '../../checked-staff.ts';
import type { StaffSuiteContext } from './context.ts';

export function concernTests({ test }: StaffSuiteContext): void {
  test('a member\'s concern reaches the staff queue; the reply and status reach the member, never staff\'s notes', async (h) => {
    await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me');
    const active = await activeMentorship(h, 'ann', 'me');
    const raised = await me.raiseConcern({ mentorshipId: active.id, text: 'My mentor has missed three meetings.' });
    deepEqual([raised.status, raised.mentorshipId, raised.replies], ['new', active.id, []], 'new, about the mentorship');
    deepEqual(await h.as('ann').listConcerns(), [], 'the other member does not see it');

    const office = h.office();
    const queue = await office.listConcerns({ status: 'new' });
    equal(queue.total, 1, 'in the staff queue');
    const [concern] = queue.items;
    deepEqual(concern && [concern.id, concern.raisedBy.id, concern.about.id, concern.text], [raised.id, 'me', 'ann', 'My mentor has missed three meetings.'],
      'who raised it, about whom, what it says');

    const moved = await office.updateConcern(raised.id, { status: 'in-progress', note: 'Called Ann; she was ill.', version: concern?.version });
    equal(moved.status, 'in-progress', 'in progress');
    const replied = await office.updateConcern(raised.id, { status: 'resolved', reply: 'Ann was ill and will be back next week.' });
    deepEqual(replied.history.map((event) => [event.staffId, event.status, event.reply !== null, event.note !== null]), [
      [null, 'new', false, false],
      [OFFICE, 'in-progress', false, true],
      [OFFICE, 'resolved', true, false],
    ], 'the history');

    const [mine] = await me.listConcerns();
    deepEqual([mine?.status, mine?.replies.map((reply) => reply.text)], ['resolved', ['Ann was ill and will be back next week.']], 'the member reads the status and the reply');
    ok(!JSON.stringify(mine).includes('Called Ann'), 'never the note');
    if (h.notifications) {
      const told = (await h.notifications()).filter((n) => n.kind === 'concern-reply').map((n) => n.memberId);
      deepEqual(told, ['me'], 'the member is told of the reply');
    }
    equal((await office.listConcerns({ status: 'new' })).total, 0, 'out of the new ones');
    deepEqual((await office.listConcerns({ memberId: 'ann' })).items.map((c) => c.id), [raised.id], 'found by the member it is about');
  });

  test('a concern is about one of the member\'s own mentorships or requests', async (h) => {
    await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me');
    const outsider = await enrolMentee(h, 'mo');
    const request = await askMentor(me, 'ann');
    await rejectsWith(outsider.raiseConcern({ mentorshipId: request.id, text: 'Not mine' }), 'not-found');
    await rejectsWith(me.raiseConcern({ mentorshipId: 'ms-nowhere', text: 'Nothing' }), 'not-found');
    await rejectsWith(me.raiseConcern({ mentorshipId: request.id, text: '   ' }), 'validation', undefined, { field: 'text' });
    equal((await h.as('ann').raiseConcern({ mentorshipId: request.id, text: 'An odd request.' })).status, 'new', 'the recipient of a request may');
    equal((await h.office().listConcerns({})).total, 1, 'only that one was raised');
  });

  test('updating a concern: a stale version or a status it already has is refused', async (h) => {
    await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me');
    const request = await askMentor(me, 'ann');
    const raised = await me.raiseConcern({ mentorshipId: request.id, text: 'Pressure to accept.' });
    const office = h.office();
    await rejectsWith(office.updateConcern(raised.id, { status: 'new' }), 'conflict', 'state');
    await rejectsWith(office.updateConcern(raised.id, {}), 'validation');
    await office.updateConcern(raised.id, { status: 'in-progress' });
    await rejectsWith(office.updateConcern(raised.id, { status: 'resolved', version: 1 }), 'conflict', 'stale');
    await rejectsWith(office.updateConcern('concern-none', { status: 'resolved' }), 'not-found');
    equal((await office.listAudit({ action: 'concern' })).total, 1, 'each update is audited');
  });
}
