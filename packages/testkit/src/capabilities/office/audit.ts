import { deepEqual, equal, ok } from '../../assert.ts';
import { activeMentorship, enrolMentee, enrolMentor } from '../../builders.ts';
import { OFFICE } from '../../checked-staff.ts';
import { allPages, REASON, today, type StaffSuiteContext } from './context.ts';

export function auditTests({ test }: StaffSuiteContext): void {
  test('every staff action is in the audit log, newest first: who, what, when, to what, why, before and after', async (h) => {
    await enrolMentor(h, 'ann');
    await enrolMentee(h, 'me');
    const active = await activeMentorship(h, 'ann', 'me');
    const office = h.office();
    await office.actOnMember('ann', 'pause', { reason: 'Away' });
    await office.actOnMentorship(active.id, 'end', { reason: REASON });
    await office.actOnMember('ann', 'suspend', { reason: 'Complaint' });
    const { items } = await allPages((cursor) => office.listAudit({ limit: 2, cursor }));
    deepEqual(items.map((e) => [e.action, e.subject.kind, e.subject.id, e.reason, e.actorId]), [
      ['suspend', 'member', 'ann', 'Complaint', OFFICE],
      ['end', 'mentorship', active.id, REASON, OFFICE],
      ['pause', 'member', 'ann', 'Away', OFFICE],
    ], 'newest first, a page at a time');
    ok(items.every((e, i) => i === 0 || e.seq < items[i - 1]!.seq), 'numbered in the order they were written');
    const pause = items[2];
    deepEqual([pause?.before, pause?.after], [
      { availability: { status: 'participating', returnDate: null, capacity: h.settings.mentorDefaultCapacity } },
      { availability: { status: 'paused', returnDate: null, capacity: h.settings.mentorDefaultCapacity } },
    ], 'the fields the action changed, before and after');
    const end = items[1];
    equal((end?.before as { state?: string } | null)?.state, 'active', 'the mentorship as it was');
    equal((end?.after as { state?: string } | null)?.state, 'ended', 'and as it became');
    deepEqual((await office.listAudit({ subjectId: 'ann' })).items.map((e) => e.action), ['suspend', 'pause'], 'by subject');
    deepEqual((await office.listAudit({ action: 'end' })).total, 1, 'by action');
    const day = await today(office);
    equal((await office.listAudit({ from: day, to: day })).total, 3, 'by day');
    equal((await office.listAudit({ to: '2000-01-01' })).total, 0, 'none before');
  });
}
