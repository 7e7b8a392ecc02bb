// The program office's pure rules: standing (approval, suspension, the code of conduct) and its guards on
// requests, accepts, search and what others see; staff actions on members and mentorships; pairing;
// feedback privacy; concerns; settings changes and retired entries.
import { expect } from '@open-wc/testing';
import {
  DEFAULT_PROGRAM_SETTINGS, Member, ProgramSettings, acceptCodeOfConduct, applyAction, applyConcernUpdate,
  applyStaffMemberAction, applyStaffMentorshipAction, availablePlaces, changedFields, concernForMember, isAvailable, standingOf,
  labelOf, mentorshipFor, newConcern, notOffered, planEnrolment, planPairing, planRequest, planSettingsChange,
  programSettings, roleStanding, toMemberView, type ActionFacts, type PairInput, type ProgramRecord,
} from '../src/index.ts';
import { enrolment, expectThrows, member, mentorship, requestInput } from './member-fixtures.ts';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const settings = DEFAULT_PROGRAM_SETTINGS;
const none = { mentees: 0, mentors: 0 };
const suspended = (id: string, spec: Parameters<typeof member>[1] = {}) =>
  member(id, { ...spec, suspension: { since: NOW.toISOString(), reason: 'Complaint' } });
const pending = (id: string) => member(id, { mentorApproval: { state: 'pending', at: NOW.toISOString(), reason: null } });

describe('standing: where a member stands in each role', () => {
  it('takes the first that applies: suspended, approval, paused, full, participating', () => {
    const paused = { status: 'paused' as const, returnDate: null, capacity: 2 };
    expect(roleStanding(member('a'), 'mentor', none, settings)).to.equal('participating');
    expect(roleStanding(member('a', { mentor: null }), 'mentor', none, settings), 'not in the role').to.equal(null);
    expect(roleStanding(member('a'), 'mentor', { mentees: 2, mentors: 0 }, settings)).to.equal('full');
    expect(roleStanding(member('a'), 'mentee', { mentees: 0, mentors: settings.mentorsPerMentee }, settings)).to.equal('full');
    expect(roleStanding(member('a', { availability: paused }), 'mentor', { mentees: 2, mentors: 0 }, settings), 'paused before full').to.equal('paused');
    expect(roleStanding(pending('a'), 'mentor', none, settings)).to.equal('awaiting-approval');
    expect(roleStanding(pending('a'), 'mentee', none, settings), 'approval is the mentor role\'s').to.equal('participating');
    const declined = member('a', { mentorApproval: { state: 'declined', at: NOW.toISOString(), reason: 'No' }, availability: paused });
    expect(roleStanding(declined, 'mentor', none, settings), 'declined before paused').to.equal('declined');
    expect(roleStanding(suspended('a', { mentorApproval: { state: 'pending', at: NOW.toISOString(), reason: null } }), 'mentor', none, settings),
      'suspended first').to.equal('suspended');
  });

  it('search finds neither a suspended member nor a mentor not approved', () => {
    const candidate = (m: Member) => ({ member: m, activeMentees: 0, activeMentors: 0 });
    const places = (m: Member, role: 'mentor' | 'mentee') => availablePlaces(role, standingOf(m), candidate(m), settings);
    expect(isAvailable(candidate(member('a')), 'mentor', settings)).to.equal(true);
    expect(places(suspended('a'), 'mentor')).to.equal(0);
    expect(places(suspended('a'), 'mentee')).to.equal(0);
    expect(places(pending('a'), 'mentor')).to.equal(0);
    expect(places(pending('a'), 'mentee'), 'still found as a mentee').to.equal(2);
    const approved = member('a', { mentorApproval: { state: 'approved', at: NOW.toISOString(), reason: 'ok' } });
    expect(places(approved, 'mentor')).to.equal(2);
  });

  it('others see a suspended member as paused with no return date, and a mentor not approved as no mentor; the member sees all', () => {
    const facts = (viewerId: string) => ({ viewerId, isPartner: false, activeMentees: 0, activeMentors: 0, relation: null });
    const away = suspended('s', { availability: { status: 'participating', returnDate: null, capacity: 2 } });
    expect(toMemberView(away, facts('x')).availability).to.deep.equal({ status: 'paused', returnDate: null });
    expect(toMemberView(away, facts('s')).availability.status, 'the member themself').to.equal('participating');
    const pausedWithDate = suspended('s', { availability: { status: 'paused', returnDate: '2026-05-01', capacity: 2 } });
    expect(toMemberView(pausedWithDate, facts('x')).availability.returnDate, 'their own pause shows its date').to.equal('2026-05-01');
    expect(toMemberView(pending('p'), facts('x')).mentor).to.equal(null);
    expect(toMemberView(pending('p'), facts('x')).mentee, 'the mentee role shows').to.not.equal(null);
    expect(toMemberView(pending('p'), facts('p')).mentor, 'to themself').to.not.equal(null);
  });

  it('a request to a suspended or unapproved member is refused as what the requester sees of them', () => {
    const facts = (recipient: Member) => ({
      settings, now: NOW, requester: member('mee'), recipient, requesterOpenRequests: 0, pairHasLiveMentorship: false,
      mentorActiveMentees: 0, menteeActiveMentors: 0, requestAgainAt: null,
    });
    expectThrows(() => planRequest(requestInput(), facts(suspended('mor'))), { code: 'unavailable', reason: 'paused' });
    expectThrows(() => planRequest(requestInput(), facts(pending('mor'))), { code: 'unavailable', reason: 'not-enrolled' });
  });

  it('a mentor awaiting approval sends no invitation: after their own enrolment is checked, before the recipient', () => {
    const invite = requestInput({ recipientId: 'mee', requesterRole: 'mentor' });
    const facts = (requester: Member, recipient: Member) => ({
      settings, now: NOW, requester, recipient, requesterOpenRequests: 0, pairHasLiveMentorship: false,
      mentorActiveMentees: 0, menteeActiveMentors: 0, requestAgainAt: null,
    });
    expectThrows(() => planRequest(invite, facts(pending('mor'), member('mee', { mentee: null }))), { code: 'forbidden', reason: 'awaiting-approval' });
    expectThrows(() => planRequest(invite, facts(member('mor', { mentor: null, mentorApproval: null }), member('mee'))),
      { code: 'forbidden', reason: 'requester-not-enrolled' });
  });

  it('accepting: the one accepting is not suspended, the other is not suspended, the mentor is approved', () => {
    const facts = (actorId: string, mentor: Member, mentee: Member): ActionFacts => ({
      settings, now: NOW, actorId, mentor, mentee, mentorActiveMentees: 0, mentorCapacity: 2, menteeActiveMentors: 0,
    });
    const asked = mentorship(); // mee asked mor
    expect(applyAction(asked, 'accept', {}, facts('mor', member('mor'), member('mee'))).state).to.equal('active');
    expectThrows(() => applyAction(asked, 'accept', {}, facts('mor', suspended('mor'), member('mee'))), { code: 'forbidden', reason: 'suspended' });
    expectThrows(() => applyAction(asked, 'accept', {}, facts('mor', member('mor'), suspended('mee'))), { code: 'unavailable', reason: 'paused' });
    expectThrows(() => applyAction(asked, 'accept', {}, facts('mor', pending('mor'), member('mee'))), { code: 'forbidden', reason: 'awaiting-approval' });
    const invited = mentorship({ requesterId: 'mor' });
    expectThrows(() => applyAction(invited, 'accept', {}, facts('mee', pending('mor'), member('mee'))), { code: 'unavailable', reason: 'not-enrolled' });
    expect(applyAction(asked, 'decline', {}, facts('mor', suspended('mor'), member('mee'))).state, 'declining is always possible').to.equal('declined');
  });
});

describe('staff actions on members', () => {
  it('each applies only from its standing, and keeps staff\'s reason', () => {
    const paused = applyStaffMemberAction(member('a'), 'pause', 'Away', NOW);
    expect(paused.availability).to.deep.equal({ status: 'paused', returnDate: null, capacity: 2 });
    expectThrows(() => applyStaffMemberAction(paused, 'pause', 'Again', NOW), { code: 'conflict', reason: 'state' });
    expect(applyStaffMemberAction(paused, 'resume', 'Back', NOW).availability.status).to.equal('participating');
    expectThrows(() => applyStaffMemberAction(member('a'), 'approve', 'ok', NOW), { code: 'conflict', reason: 'state' });
    const declined = applyStaffMemberAction(pending('a'), 'decline', 'Not yet', NOW);
    expect(declined.mentorApproval).to.deep.equal({ state: 'declined', at: NOW.toISOString(), reason: 'Not yet' });
    expectThrows(() => applyStaffMemberAction(declined, 'decline', 'Again', NOW), { code: 'conflict', reason: 'state' });
    expect(applyStaffMemberAction(declined, 'approve', 'Reconsidered', NOW).mentorApproval?.state, 'a declined mentor may be approved later').to.equal('approved');
    const out = applyStaffMemberAction(member('a'), 'suspend', 'Complaint', NOW);
    expect(out.suspension).to.deep.equal({ since: NOW.toISOString(), reason: 'Complaint' });
    expectThrows(() => applyStaffMemberAction(out, 'suspend', 'Again', NOW), { code: 'conflict', reason: 'state' });
    expect(applyStaffMemberAction(out, 'lift-suspension', 'Resolved', NOW).suspension).to.equal(null);
    expectThrows(() => applyStaffMemberAction(member('a'), 'lift-suspension', 'x', NOW), { code: 'conflict', reason: 'state' });
  });

  it('taking the mentor role waits for approval where the program asks for it; keeping or leaving it does not', () => {
    const asking = programSettings({ mentorsNeedApproval: true });
    const facts = { settings: asking, now: NOW, liveAsMentor: 0, liveAsMentee: 0 };
    const newcomer = member('a', { mentor: null, mentee: null });
    expect(planEnrolment(newcomer, enrolment({ mentee: null }), facts).mentorApproval?.state).to.equal('pending');
    const menteeRole = { topics: ['leadership'], meetingModes: ['video' as const], statement: '' };
    expect(planEnrolment(newcomer, enrolment({ mentor: null, mentee: menteeRole }), facts).mentorApproval, 'a mentee only').to.equal(null);
    expect(planEnrolment(member('a'), enrolment({}), facts).mentorApproval, 'a mentor before the program asked').to.equal(null);
    const approved = member('a', { mentorApproval: { state: 'approved', at: NOW.toISOString(), reason: 'ok' } });
    expect(planEnrolment(approved, enrolment({}), facts).mentorApproval?.state, 'kept on edits').to.equal('approved');
    expect(planEnrolment(approved, enrolment({ mentor: null, mentee: menteeRole }), facts).mentorApproval, 'dropped with the role').to.equal(null);
    expect(planEnrolment(newcomer, enrolment({}), { ...facts, settings }).mentorApproval, 'no approval asked').to.equal(null);
  });
});

describe('the code of conduct\'s version', () => {
  const required = programSettings({ codeOfConduct: { required: true, version: 'v2', url: null, text: 'Be kind.' } });

  it('accepting records the current version once; a new version is accepted anew', () => {
    const old = member('a', { codeOfConductAcceptedAt: '2025-01-01T00:00:00.000Z', codeOfConductVersion: 'v1' });
    const accepted = acceptCodeOfConduct(old, { version: 'v2' }, required, NOW);
    expect([accepted.codeOfConductVersion, accepted.codeOfConductAcceptedAt]).to.deep.equal(['v2', NOW.toISOString()]);
    const again = acceptCodeOfConduct(accepted, { version: 'v2' }, required, new Date('2026-04-01T00:00:00.000Z'));
    expect(again.codeOfConductAcceptedAt, 'the first acceptance of a version stays').to.equal(NOW.toISOString());
    expectThrows(() => acceptCodeOfConduct(old, { version: 'v1' }, required, NOW), { code: 'conflict', reason: 'stale', field: 'version' });
  });

  it('an enrolment accepting it records the version; one that does not keeps the old acceptance', () => {
    const facts = { settings: required, now: NOW, liveAsMentor: 0, liveAsMentee: 0 };
    const old = member('a', { codeOfConductAcceptedAt: '2025-01-01T00:00:00.000Z', codeOfConductVersion: 'v1' });
    expect(planEnrolment(old, enrolment({ acceptCodeOfConduct: false }), facts).codeOfConductVersion).to.equal('v1');
    expect(planEnrolment(old, enrolment({ acceptCodeOfConduct: true }), facts).codeOfConductVersion).to.equal('v2');
  });
});

describe('pairing and staff\'s end or withdrawal', () => {
  const input: PairInput = { mentorId: 'mor', menteeId: 'mee', areas: ['leadership'], goals: '', termMonths: 6, meetingMode: 'video', reason: 'Matched at the kick-off' };
  const facts = (overrides = {}) => ({
    settings, now: NOW, mentor: member('mor'), mentee: member('mee'), pairHasLiveMentorship: false, mentorActiveMentees: 0, menteeActiveMentors: 0,
    ...overrides,
  });

  it('makes an active mentorship at once, asked by the mentee, paired by staff', () => {
    const { mentorship: m, limitsPassed } = planPairing(input, facts());
    expect(m).to.deep.include({ state: 'active', requesterId: 'mee', pairedByStaff: true, startedAt: NOW.toISOString(), endsAt: '2026-09-10T12:00:00.000Z' });
    expect(limitsPassed).to.deep.equal([]);
  });

  it('applies the limits unless overridden, and says which it passed', () => {
    const full = facts({ mentorActiveMentees: 2, menteeActiveMentors: settings.mentorsPerMentee });
    expectThrows(() => planPairing(input, full), { code: 'capacity-reached', reason: 'mentor-full' });
    const over = planPairing({ ...input, overrideLimits: { reason: 'Agreed' } }, full);
    expect(over.limitsPassed).to.deep.equal(['mentor-full', 'mentors-per-mentee']);
  });

  it('refuses members who cannot be paired, in order, whatever the override', () => {
    const override = { ...input, overrideLimits: { reason: 'Agreed' } };
    expectThrows(() => planPairing({ ...override, menteeId: 'mor' }, facts({ mentee: member('mor') })), { code: 'validation', field: 'menteeId' });
    expectThrows(() => planPairing(override, facts({ mentor: member('mor', { mentor: null }) })), { code: 'unavailable', reason: 'not-enrolled' });
    expectThrows(() => planPairing(override, facts({ mentor: suspended('mor') })), { code: 'unavailable', reason: 'suspended' });
    expectThrows(() => planPairing(override, facts({ mentor: pending('mor') })), { code: 'unavailable', reason: 'awaiting-approval' });
    const away = { status: 'paused' as const, returnDate: null, capacity: 2 };
    expectThrows(() => planPairing(override, facts({ mentee: member('mee', { availability: away }) })), { code: 'unavailable', reason: 'paused' });
    expectThrows(() => planPairing({ ...override, areas: ['astrology'] }, facts()), { code: 'validation', field: 'areas' });
    expectThrows(() => planPairing(override, facts({ pairHasLiveMentorship: true })), { code: 'conflict', reason: 'duplicate' });
  });

  it('staff end an active mentorship or withdraw an open request, with the reason, closed by staff', () => {
    const active = mentorship({ state: 'active', version: 2 });
    const ended = applyStaffMentorshipAction(active, 'end', { reason: 'Moved away', version: 2 }, NOW);
    expect(ended).to.deep.include({ state: 'ended', endReason: 'Moved away', closedByStaff: true, endedAt: NOW.toISOString(), version: 3 });
    expectThrows(() => applyStaffMentorshipAction(active, 'end', { reason: 'x', version: 1 }, NOW), { code: 'conflict', reason: 'stale' });
    expectThrows(() => applyStaffMentorshipAction(active, 'withdraw', { reason: 'x' }, NOW), { code: 'conflict', reason: 'state' });
    expect(applyStaffMentorshipAction(mentorship({ state: 'saved' }), 'withdraw', { reason: 'Stale' }, NOW).state).to.equal('withdrawn');
  });
});

describe('feedback goes to the program office', () => {
  it('each partner sees only their own feedback, and that the other has given theirs', () => {
    const given = mentorship({
      state: 'completed',
      feedback: [
        { memberId: 'mee', rating: 5, comment: 'Great', givenAt: NOW.toISOString() },
        { memberId: 'mor', rating: 3, comment: 'Fine', givenAt: NOW.toISOString() },
      ],
      feedbackGivenBy: ['mee', 'mor'],
    });
    const seen = mentorshipFor(given, 'mor');
    expect(seen.feedback.map((f) => f.comment)).to.deep.equal(['Fine']);
    expect(seen.feedbackGivenBy).to.deep.equal(['mee', 'mor']);
    expect(given.feedback, 'the record is left alone').to.have.length(2);
  });
});

describe('concerns', () => {
  it('a participant raises one; staff move it on; the member reads the status and replies, never notes', () => {
    const m = mentorship();
    expectThrows(() => newConcern('c-1', { mentorshipId: m.id, text: 'x' }, m, 'outsider', NOW), { code: 'not-found' });
    const raised = newConcern('c-1', { mentorshipId: m.id, text: 'Pressure' }, m, 'mee', NOW);
    expect([raised.status, raised.aboutId, raised.history.length]).to.deep.equal(['new', 'mor', 1]);
    const later = new Date('2026-03-11T12:00:00.000Z');
    const noted = applyConcernUpdate(raised, { status: 'in-progress', note: 'Staff only' }, 'st', later);
    const replied = applyConcernUpdate(noted, { reply: 'We spoke to them' }, 'st', later);
    expect([replied.status, replied.version]).to.deep.equal(['in-progress', 3]);
    expect(concernForMember(replied)).to.deep.equal({
      id: 'c-1', mentorshipId: m.id, text: 'Pressure', status: 'in-progress', createdAt: NOW.toISOString(), updatedAt: later.toISOString(),
      replies: [{ at: later.toISOString(), text: 'We spoke to them' }],
    });
    expectThrows(() => applyConcernUpdate(replied, { status: 'in-progress' }, 'st', later), { code: 'conflict', reason: 'state' });
    expectThrows(() => applyConcernUpdate(replied, { status: 'resolved', version: 2 }, 'st', later), { code: 'conflict', reason: 'stale' });
  });
});

describe('settings changed at runtime', () => {
  const record: ProgramRecord = { settings, version: 3, updatedAt: null, updatedBy: null };
  const update = (changes: Partial<ProgramSettings>, version = 3) => ({ settings: { ...settings, ...changes }, version, reason: 'Committee' });

  it('makes a new version, by whom and when', () => {
    const next = planSettingsChange(record, update({ name: 'New name' }), 'st', NOW);
    expect(next).to.deep.equal({ settings: { ...settings, name: 'New name' }, version: 4, updatedAt: NOW.toISOString(), updatedBy: 'st' });
    expectThrows(() => planSettingsChange(record, update({ name: 'x' }, 2), 'st', NOW), { code: 'conflict', reason: 'stale' });
  });

  it('renames and retires entries, never removes one', () => {
    const renamed = settings.topics.map((t) => (t.id === 'leadership' ? { ...t, label: 'Leading teams', retired: true } : t));
    expect(planSettingsChange(record, update({ topics: renamed }), 'st', NOW).settings.topics).to.deep.equal(renamed);
    for (const list of ['topics', 'industries', 'careerStages'] as const) {
      const fewer = (settings[list] as { id: string }[]).slice(1);
      expectThrows(() => planSettingsChange(record, update({ [list]: fewer }), 'st', NOW), { code: 'validation', field: list });
    }
  });

  it('a changed code of conduct needs a new version', () => {
    const code = { ...settings.codeOfConduct, url: 'https://example.org/conduct' };
    expectThrows(() => planSettingsChange(record, update({ codeOfConduct: code }), 'st', NOW), { code: 'validation', field: 'codeOfConduct.version' });
    expect(planSettingsChange(record, update({ codeOfConduct: { ...code, version: '2' } }), 'st', NOW).version).to.equal(4);
    expect(planSettingsChange(record, update({ codeOfConduct: { ...settings.codeOfConduct, required: true, url: 'https://example.org/c', version: '2' } }), 'st', NOW)
      .settings.codeOfConduct.required).to.equal(true);
  });

  it('the schema keeps a topic in use, ids unique, and a required code readable', () => {
    const allRetired = settings.topics.map((t) => ({ ...t, retired: true }));
    expect(ProgramSettings.safeParse({ ...settings, topics: allRetired }).success, 'every topic retired').to.equal(false);
    expect(ProgramSettings.safeParse({ ...settings, industries: [...settings.industries, settings.industries[0]] }).success, 'an id twice').to.equal(false);
    expect(ProgramSettings.safeParse({ ...settings, codeOfConduct: { required: true, version: '1', url: null, text: null } }).success,
      'a required code with nothing to read').to.equal(false);
    expect(ProgramSettings.safeParse({ ...settings, contactEmail: 'not an address' }).success).to.equal(false);
  });

  it('a retired entry keeps its label and stays on records that have it, but nobody chooses it anew', () => {
    const topics = [{ id: 'a', label: 'Alpha' }, { id: 'b', label: 'Beta', retired: true }];
    expect(labelOf(topics, 'b')).to.equal('Beta');
    expect(labelOf(topics, 'zz'), 'an id never listed shows as itself').to.equal('zz');
    expect(notOffered(['a', 'b', 'c'], topics)).to.deep.equal(['b', 'c']);
    expect(notOffered(['a', 'b'], topics, ['b']), 'kept from before').to.deep.equal([]);
    const retiring = programSettings({ topics: settings.topics.map((t) => (t.id === 'statistics' ? { ...t, retired: true } : t)) });
    const facts = { settings: retiring, now: NOW, liveAsMentor: 0, liveAsMentee: 0 };
    const holder = member('a', { mentor: { topics: ['statistics'] } });
    expect(planEnrolment(holder, enrolment({ mentor: { topics: ['statistics'], meetingModes: ['video'], statement: '' } }), facts).mentor?.topics,
      'kept on an edit').to.deep.equal(['statistics']);
    expectThrows(() => planEnrolment(member('b', { mentor: { topics: ['leadership'] } }),
      enrolment({ mentor: { topics: ['statistics'], meetingModes: ['video'], statement: '' } }), facts), { code: 'validation', field: 'mentor.topics' });
  });
});

describe('audit entries', () => {
  it('name the top-level fields a change touched, before and after; a record created has all its fields after', () => {
    expect(changedFields({ a: 1, b: { c: 2 }, d: 'same' }, { a: 1, b: { c: 3 }, d: 'same', e: true })).to.deep.equal({
      before: { b: { c: 2 } },
      after: { b: { c: 3 }, e: true },
    });
    expect(changedFields(null, { a: 1 })).to.deep.equal({ before: null, after: { a: 1 } });
  });
});
