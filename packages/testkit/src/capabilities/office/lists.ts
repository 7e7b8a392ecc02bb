import { deepEqual, equal, includes, rejectsWith, sameMembers } from '../../assert.ts';
import { activeMentorship, askMentor, enrolBoth, enrolMentee, enrolMentor } from '../../builders.ts';
import { OFFICE } from '../../checked-staff.ts';
import { allPages, REASON, type StaffSuiteContext } from './context.ts';

export function listTests({ test }: StaffSuiteContext): void {
  test('members: by name (accents and case folded), page after page with a cursor, with the total', async (h) => {
    const names = ['Zoë Adams', 'émile Brun', 'Ana Costa', 'Bruno Díaz', 'carla Eze'];
    for (const [i, name] of names.entries()) await enrolMentor(h, `m${i}`, { profile: { name } });
    const office = h.office();
    const { items, pages, totals } = await allPages((cursor) => office.listMembers({ enrolled: true, limit: 2, cursor }));
    deepEqual(items.map((item) => item.member.name), ['Ana Costa', 'Bruno Díaz', 'carla Eze', 'émile Brun', 'Zoë Adams'], 'by folded name');
    equal(pages, 3, 'five members in pages of two');
    deepEqual(totals, [5, 5, 5], 'every page counts them all');
    const all = await office.listMembers({});
    includes(all.items.map((item) => item.member.id), OFFICE, 'members who never enrolled are listed too');
    equal((await office.listMembers({ enrolled: false })).items.length, 1, 'and can be told apart');
  });

  test('members: filters by text, role, standing and topic', async (h) => {
    const ann = await enrolMentor(h, 'ann', { profile: { name: 'Ann Lévêque' }, mentor: { topics: ['grant-writing'] } });
    await enrolMentor(h, 'bo', { mentor: { topics: ['statistics'] } });
    await enrolMentee(h, 'cy', { mentee: { topics: ['grant-writing'] } });
    await enrolBoth(h, 'di', { mentor: { topics: ['leadership'] } });
    await ann.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
    await activeMentorship(h, 'ann', 'cy');
    await h.as('bo').setAvailability({ status: 'paused', returnDate: null });
    const office = h.office();
    const ids = async (query: Parameters<typeof office.listMembers>[0]) => (await office.listMembers(query)).items.map((item) => item.member.id);
    deepEqual(await ids({ text: 'leveque' }), ['ann'], 'text, without accents');
    deepEqual(await ids({ text: 'bo@example' }), ['bo'], 'text in the email');
    sameMembers(await ids({ role: 'mentee' }), ['cy', 'di'], 'enrolled as mentee');
    deepEqual(await ids({ role: 'mentor', standing: 'full' }), ['ann'], 'full mentors');
    deepEqual(await ids({ standing: 'paused' }), ['bo'], 'paused in some role');
    sameMembers(await ids({ topic: 'grant-writing' }), ['ann', 'cy'], 'offering or seeking a topic');
    deepEqual(await ids({ role: 'mentee', topic: 'grant-writing' }), ['cy'], 'seeking it');
    const annItem = await office.getMember('ann');
    deepEqual(annItem.standing, { mentor: 'full', mentee: null }, 'a member\'s standing in each role');
    equal(annItem.activeMentees, 1, 'with their counts');
    equal(annItem.member.email, 'ann@example.org', 'staff see the whole record');
    await rejectsWith(office.getMember('nobody'), 'not-found');
  });

  test('a cursor from another list, or garbled, is refused (validation, cursor)', async (h) => {
    for (const id of ['a1', 'a2', 'a3']) await enrolMentor(h, id);
    const office = h.office();
    const first = await office.listMembers({ limit: 1 });
    await rejectsWith(office.listMentorships({ cursor: first.next ?? 'x' }), 'validation', undefined, { field: 'cursor' });
    await rejectsWith(office.listMembers({ cursor: 'not a cursor' }), 'validation', undefined, { field: 'cursor' });
    await rejectsWith(office.listMembers({ limit: 0 }), 'validation', undefined, { field: 'limit' });
    await rejectsWith(office.listMembers({ standing: 'asleep' as 'paused' }), 'validation', undefined, { field: 'standing' });
  });

  test('mentorships: newest first, by state, member, topic, text and pairing', async (h) => {
    const ann = await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me', { profile: { name: 'Mei Zhang' } });
    await enrolMentee(h, 'mo');
    const first = await askMentor(me, 'ann', { areas: ['leadership'] });
    await ann.act(first.id, 'decline');
    await h.advanceTime(1);
    const second = await askMentor(h.as('mo'), 'ann');
    await h.advanceTime(1);
    const office = h.office();
    const paired = await office.pair({ mentorId: 'ann', menteeId: 'me', areas: ['statistics'], goals: '', termMonths: 6, meetingMode: 'video', reason: REASON });
    const ids = async (query: Parameters<typeof office.listMentorships>[0]) => (await office.listMentorships(query)).items.map((item) => item.mentorship.id);
    deepEqual(await ids({}), [paired.mentorship.id, second.id, first.id], 'newest first');
    deepEqual(await ids({ states: ['declined'] }), [first.id], 'by state');
    deepEqual(await ids({ memberId: 'mo' }), [second.id], 'by member');
    deepEqual(await ids({ topic: 'leadership' }), [first.id], 'by area');
    deepEqual(await ids({ text: 'mei zhang' }), [paired.mentorship.id, first.id], 'by a member\'s name');
    deepEqual(await ids({ pairedByStaff: true }), [paired.mentorship.id], 'paired by staff');
    const { items } = await allPages((cursor) => office.listMentorships({ limit: 1, cursor }));
    deepEqual(items.map((item) => item.mentorship.id), [paired.mentorship.id, second.id, first.id], 'the same, a page at a time');
    const [item] = (await office.listMentorships({ memberId: 'mo' })).items;
    deepEqual(item && [item.mentor.id, item.mentee.id, item.mentee.email], ['ann', 'mo', 'mo@example.org'], 'each with both members');
  });

  test('requests waiting longer than N days: open ones only, the longest waiting first', async (h) => {
    await enrolMentor(h, 'ann');
    await enrolMentor(h, 'bo');
    const me = await enrolMentee(h, 'me');
    const old = await askMentor(me, 'ann');
    await h.advanceTime(5);
    const newer = await askMentor(me, 'bo');
    const answered = await askMentor(await enrolMentee(h, 'mo'), 'ann');
    await h.as('ann').act(answered.id, 'decline');
    await h.advanceTime(2);
    const office = h.office();
    const ids = async (olderThanDays: number) => (await office.listRequests({ olderThanDays })).items.map((item) => item.mentorship.id);
    deepEqual(await ids(0), [old.id, newer.id], 'every open request, oldest first');
    deepEqual(await ids(3), [old.id], 'waiting at least 3 days');
    deepEqual(await ids(7), [old.id], 'exactly 7 days counts');
    deepEqual(await ids(8), [], 'none for 8');
    deepEqual((await office.listRequests({ olderThanDays: 0, memberId: 'bo' })).items.map((item) => item.mentorship.id), [newer.id], 'by member');
  });
}
