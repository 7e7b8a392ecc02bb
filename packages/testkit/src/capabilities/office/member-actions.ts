import { deepEqual, equal, ok, rejectsWith } from '../../assert.ts';
import { askMentor, enrolMentee, enrolMentor, inviteMentee, requestInput } from '../../builders.ts';
import type { CheckedStaffHarness } from '../../checked-staff.ts';
import { REASON, type StaffSuiteContext } from './context.ts';

const foundMentors = async (h: CheckedStaffHarness, seekerId: string) =>
  (await h.as(seekerId).search({ find: 'mentors' })).hits.map((hit) => hit.member.id);

export function memberActionTests({ test }: StaffSuiteContext): void {
  test('staff pause and resume a member: out of search and back, the member told', async (h) => {
    await enrolMentor(h, 'ann');
    await enrolMentee(h, 'me');
    const office = h.office();
    const paused = await office.actOnMember('ann', 'pause', { reason: 'Away until spring' });
    deepEqual([paused.member.availability.status, paused.standing.mentor], ['paused', 'paused'], 'paused');
    equal((await h.as('ann').getViewer()).member.availability.status, 'paused', 'the member sees it');
    deepEqual(await foundMentors(h, 'me'), [], 'out of search');
    await rejectsWith(office.actOnMember('ann', 'pause', { reason: REASON }), 'conflict', 'state');
    await office.actOnMember('ann', 'resume', { reason: 'Back' });
    deepEqual(await foundMentors(h, 'me'), ['ann'], 'back in search');
    if (h.notifications) {
      const kinds = (await h.notifications()).filter((n) => n.memberId === 'ann').map((n) => n.kind);
      deepEqual(kinds, ['paused-by-staff', 'resumed-by-staff'], 'told each time');
    }
    await rejectsWith(office.actOnMember('nobody', 'pause', { reason: REASON }), 'not-found');
  });

  test('where mentors need approval, a new mentor is nobody\'s mentor until staff approve them', async (h) => {
    await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me');
    const office = h.office();
    equal((await office.getSettings()).settings.mentorsNeedApproval, true, 'the program asks for approval');
    equal((await h.as('ann').getViewer()).member.mentorApproval?.state, 'pending', 'the mentor waits for approval');
    deepEqual(await foundMentors(h, 'me'), [], 'not in search');
    equal((await me.getMember('ann')).mentor, null, 'not a mentor to others');
    await rejectsWith(askMentor(me, 'ann'), 'unavailable', 'not-enrolled');
    await rejectsWith(inviteMentee(h.as('ann'), 'me'), 'forbidden', 'awaiting-approval');
    deepEqual((await office.listMembers({ standing: 'awaiting-approval' })).items.map((item) => item.member.id), ['ann'], 'staff see who waits');
    const approved = await office.actOnMember('ann', 'approve', { reason: 'References checked' });
    deepEqual([approved.member.mentorApproval?.state, approved.standing.mentor], ['approved', 'participating'], 'approved');
    deepEqual(await foundMentors(h, 'me'), ['ann'], 'in search once approved');
    ok((await askMentor(me, 'ann')).state === 'pending', 'and asked');
    await rejectsWith(office.actOnMember('ann', 'decline', { reason: REASON }), 'conflict', 'state');
  }, { mentorsNeedApproval: true });

  test('staff decline a mentor with a reason the member sees; approving later still works', async (h) => {
    await enrolMentor(h, 'bo');
    const office = h.office();
    const declined = await office.actOnMember('bo', 'decline', { reason: 'Not a member in good standing' });
    deepEqual(declined.standing.mentor, 'declined', 'declined');
    deepEqual((await h.as('bo').getViewer()).member.mentorApproval, {
      state: 'declined', at: declined.member.mentorApproval?.at ?? '', reason: 'Not a member in good standing',
    }, 'the member sees the decision and why');
    await rejectsWith(office.actOnMember('bo', 'decline', { reason: REASON }), 'conflict', 'state');
    await enrolMentee(h, 'me');
    deepEqual(await foundMentors(h, 'me'), [], 'a declined mentor is not found');
    await office.actOnMember('bo', 'approve', { reason: 'Reconsidered' });
    deepEqual(await foundMentors(h, 'me'), ['bo'], 'found once approved');
  }, { mentorsNeedApproval: true });

  test('mentors enrolled while no approval was asked need none; turning approval off approves those waiting', async (h) => {
    await enrolMentor(h, 'ann');
    const office = h.office();
    const record = await office.getSettings();
    await office.updateSettings({ settings: { ...record.settings, mentorsNeedApproval: true }, version: record.version, reason: REASON });
    equal((await h.as('ann').getViewer()).member.mentorApproval, null, 'ann, enrolled before, needs no approval');
    await enrolMentor(h, 'bo');
    await enrolMentee(h, 'me');
    deepEqual(await foundMentors(h, 'me'), ['ann'], 'bo waits');
    const now = await office.getSettings();
    await office.updateSettings({ settings: { ...now.settings, mentorsNeedApproval: false }, version: now.version, reason: 'Too slow' });
    equal((await h.as('bo').getViewer()).member.mentorApproval?.state, 'approved', 'bo is approved with the change');
    deepEqual([...await foundMentors(h, 'me')].sort(), ['ann', 'bo'], 'both are found');
    const approvals = (await office.listAudit({ action: 'approve' })).items;
    deepEqual(approvals.map((entry) => entry.subject.id), ['bo'], 'the approval is audited');
  });

  test('a suspended member is out of search, sends and accepts no request, and is shown as paused', async (h) => {
    await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me');
    await enrolMentee(h, 'mo');
    const waiting = await askMentor(h.as('mo'), 'ann');
    const office = h.office();
    const suspended = await office.actOnMember('ann', 'suspend', { reason: 'Complaint under review' });
    deepEqual([suspended.standing.mentor, suspended.member.suspension?.reason], ['suspended', 'Complaint under review'], 'suspended');
    deepEqual(await foundMentors(h, 'me'), [], 'out of search');
    deepEqual((await me.getMember('ann')).availability, { status: 'paused', returnDate: null }, 'others see a paused member, nothing more');
    await rejectsWith(askMentor(me, 'ann'), 'unavailable', 'paused');
    await rejectsWith(h.as('ann').requestMentorship(requestInput('me', 'mentor')), 'forbidden', 'suspended');
    await rejectsWith(h.as('ann').act(waiting.id, 'accept'), 'forbidden', 'suspended');
    equal((await h.as('ann').getViewer()).member.suspension?.reason, 'Complaint under review', 'the member sees why');
    await rejectsWith(office.actOnMember('ann', 'suspend', { reason: REASON }), 'conflict', 'state');
    await office.actOnMember('ann', 'lift-suspension', { reason: 'Resolved' });
    deepEqual(await foundMentors(h, 'me'), ['ann'], 'back in search');
    equal((await h.as('ann').act(waiting.id, 'accept')).state, 'active', 'and accepting again');
  });

  test('nobody accepts a request from a member suspended since', async (h) => {
    await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me');
    const request = await askMentor(me, 'ann');
    await h.office().actOnMember('me', 'suspend', { reason: REASON });
    await rejectsWith(h.as('ann').act(request.id, 'accept'), 'unavailable', 'paused');
    equal((await h.as('ann').act(request.id, 'decline')).state, 'declined', 'declining still works');
  });
}
