import { deepEqual, equal, ok, rejectsWith } from '../../assert.ts';
import { activeMentorship, askMentor, enrolMentee, enrolMentor } from '../../builders.ts';
import type { CheckedStaffHarness } from '../../checked-staff.ts';
import { REASON, type StaffSuiteContext } from './context.ts';

const pairing = (mentorId: string, menteeId: string, extra: object = {}) => ({
  mentorId, menteeId, areas: ['statistics'], goals: 'Plan a study', termMonths: 6 as const, meetingMode: 'video' as const, reason: REASON, ...extra,
});

async function sentTo(h: CheckedStaffHarness, kind: string, mentorshipId: string): Promise<string[] | null> {
  if (!h.notifications) return null;
  return (await h.notifications()).filter((n) => n.kind === kind && n.mentorshipId === mentorshipId).map((n) => n.memberId).sort();
}

export function mentorshipActionTests({ test }: StaffSuiteContext): void {
  test('staff pair two members: active at once, both see it and are told', async (h) => {
    await enrolMentor(h, 'ann');
    await enrolMentee(h, 'me');
    const { mentorship, mentor, mentee } = await h.office().pair(pairing('ann', 'me'));
    deepEqual([mentorship.state, mentorship.pairedByStaff, mentor.id, mentee.id], ['active', true, 'ann', 'me'], 'active, paired by staff');
    ok(mentorship.startedAt !== null && mentorship.endsAt !== null, 'started, with its end');
    for (const id of ['ann', 'me']) {
      const [item] = await h.as(id).listMentorships();
      deepEqual([item?.mentorship.id, item?.mentorship.state, item?.mentorship.pairedByStaff], [mentorship.id, 'active', true], `${id} sees it active`);
    }
    equal((await h.as('me').getViewer()).activeAsMentee, 1, 'the mentee\'s counts');
    const told = await sentTo(h, 'paired', mentorship.id);
    if (told) deepEqual(told, ['ann', 'me'], 'both are told');
  });

  test('a pairing is refused like a request, and the limits apply unless overridden with a reason', async (h) => {
    const ann = await enrolMentor(h, 'ann');
    await ann.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
    await enrolMentee(h, 'me');
    await enrolMentee(h, 'mo');
    await enrolMentee(h, 'paused');
    await h.as('paused').setAvailability({ status: 'paused', returnDate: null });
    const office = h.office();
    await rejectsWith(office.pair(pairing('ann', 'ann')), 'validation', undefined, { field: 'menteeId' });
    await rejectsWith(office.pair(pairing('me', 'ann')), 'unavailable', 'not-enrolled');
    await rejectsWith(office.pair(pairing('ann', 'paused')), 'unavailable', 'paused');
    await rejectsWith(office.pair(pairing('ann', 'nobody')), 'not-found');
    await rejectsWith(office.pair(pairing('ann', 'me', { areas: ['knitting'] })), 'validation', undefined, { field: 'areas' });
    await rejectsWith(office.pair({ ...pairing('ann', 'me'), reason: '  ' }), 'validation', undefined, { field: 'reason' });
    const request = await askMentor(h.as('me'), 'ann');
    await rejectsWith(office.pair(pairing('ann', 'me')), 'conflict', 'duplicate');
    await h.as('me').act(request.id, 'withdraw');
    await office.pair(pairing('ann', 'me'));
    await rejectsWith(office.pair(pairing('ann', 'mo')), 'capacity-reached', 'mentor-full');
    deepEqual(await h.as('mo').listMentorships(), [], 'nothing was made');
    const over = await office.pair(pairing('ann', 'mo', { overrideLimits: { reason: 'Ann agreed to a third mentee' } }));
    equal(over.mentorship.state, 'active', 'overridden');
    const [entry] = (await office.listAudit({ action: 'pair', subjectId: over.mentorship.id })).items;
    deepEqual(entry?.override, { limits: ['mentor-full'], reason: 'Ann agreed to a third mentee' }, 'the audit names the limit passed and why');
    equal(entry?.reason, REASON, 'and the pairing\'s own reason');
  });

  test('staff end a mentorship with a reason: both see it ended with that reason', async (h) => {
    await enrolMentor(h, 'ann');
    await enrolMentee(h, 'me');
    const active = await activeMentorship(h, 'ann', 'me');
    const office = h.office();
    await rejectsWith(office.actOnMentorship(active.id, 'end', { reason: REASON, version: active.version - 1 }), 'conflict', 'stale');
    await rejectsWith(office.actOnMentorship(active.id, 'withdraw', { reason: REASON }), 'conflict', 'state');
    await rejectsWith(office.actOnMentorship(active.id, 'end', { reason: '' }), 'validation', undefined, { field: 'reason' });
    const { mentorship } = await office.actOnMentorship(active.id, 'end', { reason: REASON, version: active.version });
    for (const id of ['ann', 'me']) {
      const [item] = await h.as(id).listMentorships();
      deepEqual([item?.mentorship.state, item?.mentorship.endReason, item?.mentorship.closedByStaff], ['ended', REASON, true], `${id} sees it ended`);
    }
    const told = await sentTo(h, 'ended-by-staff', mentorship.id);
    if (told) deepEqual(told, ['ann', 'me'], 'both are told');
    await rejectsWith(office.actOnMentorship(active.id, 'end', { reason: REASON }), 'conflict', 'state');
    await rejectsWith(office.actOnMentorship('ms-nowhere', 'end', { reason: REASON }), 'not-found');
    await rejectsWith(office.actOnMentorship(active.id, 'accept' as 'end', { reason: REASON }), 'validation', undefined, { field: 'action' });
  });

  test('staff withdraw a stale request: both see it withdrawn and the places it held are free', async (h) => {
    await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me');
    const request = await askMentor(me, 'ann');
    await h.advanceTime(20);
    const office = h.office();
    const { mentorship } = await office.actOnMentorship(request.id, 'withdraw', { reason: 'No answer in 20 days' });
    equal(mentorship.state, 'withdrawn', 'withdrawn');
    const [item] = await h.as('ann').listMentorships();
    deepEqual([item?.mentorship.state, item?.mentorship.endReason], ['withdrawn', 'No answer in 20 days'], 'the recipient sees why');
    equal((await me.getViewer()).openRequestsSent, 0, 'the requester\'s open request is gone');
    deepEqual((await office.listRequests({ olderThanDays: 0 })).items, [], 'and it waits no more');
  });
}
