import type { MentoringAdapter } from '@mentor-match/core';
import { deepEqual, equal, ok, rejectsWith } from '../assert.ts';
import { activeMentorship, askMentor, enrolMentee, enrolMentor } from '../builders.ts';
import type { SuiteContext } from '../context.ts';

/** Every member id a blank search finds (all pages). */
async function found(adapter: MentoringAdapter, find: 'mentors' | 'mentees'): Promise<string[]> {
  const page = await adapter.search({ find, limit: 100 });
  return page.hits.map((hit) => hit.member.id).sort();
}

export function availabilityTests({ test }: SuiteContext): void {
  test('a paused member leaves search and gets no new requests; existing mentorships continue', async (h) => {
    await enrolMentee(h, 'me1');
    const other = await enrolMentee(h, 'me2');
    const ann = await enrolMentor(h, 'ann');
    await enrolMentor(h, 'bo');
    const active = await activeMentorship(h, 'ann', 'me1');
    deepEqual(await found(other, 'mentors'), ['ann', 'bo'], 'both mentors found before the pause');

    const viewer = await ann.setAvailability({ status: 'paused', returnDate: '2026-03-01' });
    deepEqual(
      { status: viewer.member.availability.status, returnDate: viewer.member.availability.returnDate },
      { status: 'paused', returnDate: '2026-03-01' },
      'the viewer is paused with a return date',
    );
    deepEqual((await other.getMember('ann')).availability, { status: 'paused', returnDate: '2026-03-01' }, 'others see it');
    deepEqual(await found(other, 'mentors'), ['bo'], 'the paused mentor leaves search');
    await rejectsWith(askMentor(other, 'ann'), 'unavailable', 'paused');

    const [item] = await h.as('me1').listMentorships();
    equal(item?.mentorship.state, 'active', 'the existing mentorship is still active');
    equal((await h.as('me1').act(active.id, 'complete')).state, 'completed', 'and can be completed');
  });

  test('resuming brings the member back into search and lets requests in again', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    await ann.setAvailability({ status: 'paused', returnDate: '2026-03-01' });
    deepEqual(await found(mentee, 'mentors'), [], 'absent while paused');
    const viewer = await ann.setAvailability({ status: 'participating', returnDate: null });
    equal(viewer.member.availability.status, 'participating', 'participating again');
    equal(viewer.member.availability.returnDate, null, 'return date cleared');
    deepEqual(await found(mentee, 'mentors'), ['ann'], 'back in search');
    equal((await askMentor(mentee, 'ann')).state, 'pending', 'requests are accepted again');
  });

  test('a paused mentee leaves the mentees mentors find', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    await enrolMentee(h, 'me2');
    const ann = await enrolMentor(h, 'ann');
    await mentee.setAvailability({ status: 'paused', returnDate: null });
    deepEqual(await found(ann, 'mentees'), ['me2'], 'only the participating mentee');
  });

  test('capacity starts at the program default, can be changed, and is kept when left out', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    equal((await ann.getViewer()).member.availability.capacity, 3, 'default capacity');
    equal((await ann.setAvailability({ status: 'participating', returnDate: null, capacity: 5 })).member.availability.capacity, 5, 'changed');
    equal((await mentee.getMember('ann')).mentor?.capacity, 5, 'others see the new capacity');
    const hit = (await mentee.search({ find: 'mentors' })).hits.find((x) => x.member.id === 'ann');
    equal(hit?.member.mentor?.capacity, 5, 'search shows the new capacity');
    const paused = await ann.setAvailability({ status: 'paused', returnDate: null });
    equal(paused.member.availability.capacity, 5, 'capacity kept when left out');
  }, { mentorDefaultCapacity: 3 });

  test('capacity out of range is refused (validation, capacity)', async (h) => {
    const ann = await enrolMentor(h, 'ann');
    await rejectsWith(ann.setAvailability({ status: 'participating', returnDate: null, capacity: 0 }), 'validation', undefined, {
      field: 'capacity',
    });
    await rejectsWith(ann.setAvailability({ status: 'participating', returnDate: '1st of May' }), 'validation', undefined, {
      field: 'returnDate',
    });
    equal((await ann.getViewer()).member.availability.capacity, 2, 'capacity unchanged');
  }, { mentorDefaultCapacity: 2 });

  test('capacity lowered below the active mentees keeps them and takes no one new', async (h) => {
    await enrolMentee(h, 'me1');
    await enrolMentee(h, 'me2');
    const third = await enrolMentee(h, 'me3');
    const ann = await enrolMentor(h, 'ann');
    const pending = await askMentor(third, 'ann');
    await activeMentorship(h, 'ann', 'me1');
    await activeMentorship(h, 'ann', 'me2');
    const viewer = await ann.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
    equal(viewer.member.availability.capacity, 1, 'capacity lowered');
    equal(viewer.activeAsMentor, 2, 'both mentorships continue');
    await rejectsWith(ann.act(pending.id, 'accept'), 'capacity-reached', 'mentor-full');
    deepEqual(await found(third, 'mentors'), [], 'absent from search');
  }, { mentorDefaultCapacity: 3 });

  test('a full mentor is absent from search and returns when their capacity rises', async (h) => {
    await enrolMentee(h, 'me1');
    const other = await enrolMentee(h, 'me2');
    const ann = await enrolMentor(h, 'ann');
    await ann.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
    await activeMentorship(h, 'ann', 'me1');
    deepEqual(await found(other, 'mentors'), [], 'full mentor absent');
    await ann.setAvailability({ status: 'participating', returnDate: null, capacity: 2 });
    const hit = (await other.search({ find: 'mentors' })).hits.find((x) => x.member.id === 'ann');
    ok(hit, 'back in search with a free place');
    deepEqual(
      { capacity: hit.member.mentor?.capacity, activeMentees: hit.member.mentor?.activeMentees },
      { capacity: 2, activeMentees: 1 },
      'capacity and active mentees shown',
    );
  });

  test('a mentee with the most mentors allowed is absent from the mentees mentors find', async (h) => {
    await enrolMentee(h, 'me1');
    await enrolMentee(h, 'me2');
    await enrolMentor(h, 'ann');
    const bo = await enrolMentor(h, 'bo');
    await activeMentorship(h, 'ann', 'me1');
    deepEqual(await found(bo, 'mentees'), ['me2'], 'the mentee who has a mentor is absent');
  }, { mentorsPerMentee: 1 });
}
