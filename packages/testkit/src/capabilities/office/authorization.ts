import type { StaffAdapter } from '@mentor-match/core';
import { deepEqual, equal, rejectsWith } from '../../assert.ts';
import { enrolMentee, enrolMentor } from '../../builders.ts';
import { OFFICE } from '../../checked-staff.ts';
import { REASON, readAll, type StaffSuiteContext } from './context.ts';

/** Every operation of the staff adapter, with valid input. */
const EVERY_OPERATION: [string, (office: StaffAdapter) => Promise<unknown>][] = [
  ['getDashboard', (o) => o.getDashboard({ from: '2026-01-01', to: '2026-01-31' })],
  ['listMembers', (o) => o.listMembers({})],
  ['getMember', (o) => o.getMember('ann')],
  ['listMentorships', (o) => o.listMentorships({})],
  ['listRequests', (o) => o.listRequests({ olderThanDays: 0 })],
  ['exportCsv', (o) => readAll(o.exportCsv({ list: 'members', filter: {} }))],
  ['pair', (o) => o.pair({ mentorId: 'ann', menteeId: 'me', areas: ['statistics'], goals: '', termMonths: 6, meetingMode: 'video', reason: REASON })],
  ['actOnMentorship', (o) => o.actOnMentorship('ms-1', 'end', { reason: REASON })],
  ['actOnMember', (o) => o.actOnMember('ann', 'pause', { reason: REASON })],
  ['listConcerns', (o) => o.listConcerns({})],
  ['updateConcern', (o) => o.updateConcern('concern-1', { status: 'resolved' })],
  ['getSettings', (o) => o.getSettings()],
  ['updateSettings', async (o) => o.updateSettings({ settings: { ...(await o.getSettings()).settings, name: 'Taken over' }, version: 1, reason: REASON })],
  ['listEvaluations', (o) => o.listEvaluations({})],
  ['listAudit', (o) => o.listAudit({})],
];

export function authorizationTests({ test }: StaffSuiteContext): void {
  test('a member who is not staff is refused every staff operation (forbidden, staff-only), and nothing changes', async (h) => {
    const ann = await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me');
    const member = h.staffAs('me');
    for (const [name, call] of EVERY_OPERATION) {
      // updateSettings reads the settings first, which is refused already: either way, refused.
      const error = await rejectsWith(call(member), 'forbidden', 'staff-only');
      equal(error.code, 'forbidden', name);
    }
    deepEqual(await me.listMentorships(), [], 'no pairing was made');
    equal((await ann.getViewer()).member.availability.status, 'participating', 'ann was not paused');
    equal((await me.getProgram()).name, h.settings.name, 'the settings did not change');
    equal((await h.office().listAudit({})).total, 0, 'nothing was audited');
  });

  test('the viewer says who is staff', async (h) => {
    equal((await h.as(OFFICE).getViewer()).staff, true, 'the staff member');
    equal((await h.as('me').getViewer()).staff, false, 'a member');
    equal((await h.office().getSettings()).version, 1, 'staff are answered');
  });
}
