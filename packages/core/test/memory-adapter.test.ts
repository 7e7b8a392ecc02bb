// MemoryAdapter beyond the conformance suite: persistence, aborts, copies, notifications across
// adapters, the outbox, the jobs, enrolment rules, and the schema-validity of everything it returns.
import { expect } from '@open-wc/testing';
import {
  DAY_MS, DEFAULT_PROGRAM_SETTINGS, Id, ManualClock, MemberView, MemoryBackend, Mentorship, MentorshipItem,
  ProgramSettings, SearchPage, Viewer, programSettings, type SearchQuery, type MemoryAdapter, type MemoryBackendOptions,
  type EnrolmentInput, type MentoringChange, type StorageLike,
} from '../src/index.ts';
import { enrolment, expectRejects, member, mentorship, requestInput } from './member-fixtures.ts';

const START = '2026-03-02T09:00:00.000Z';

/** mor: mentor only (capacity 2); mee and mia: mentees only; both: enrolled in both roles. */
function setup(options: MemoryBackendOptions = {}) {
  const clock = new ManualClock(START);
  const backend = new MemoryBackend({
    clock,
    members: [
      member('mor', { name: 'Morgan Mentor', mentee: null, phone: '+1 555 0100' }),
      member('mee', { name: 'Mee Mentee', mentor: null }),
      member('mia', { name: 'Mia Mentee', mentor: null }),
      member('both', { name: 'Bo Both' }),
    ],
    ...options,
  });
  return { clock, backend, mor: backend.adapterFor('mor'), mee: backend.adapterFor('mee'), mia: backend.adapterFor('mia') };
}

/** mee asks mor; resolves to the stored request. */
const ask = (from: MemoryAdapter, overrides = {}) => from.requestMentorship(requestInput(overrides));

class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  writes = 0;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.writes += 1;
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

/** Replaces console[method] while `fn` runs and returns what it was called with. */
async function captureConsole(method: 'warn' | 'error', fn: () => unknown): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => void calls.push(args);
  try {
    await fn();
  } finally {
    console[method] = original;
  }
  return calls;
}

const microtask = () => Promise.resolve();

describe('MemoryBackend: accounts', () => {
  it('provisions an unenrolled member on first sign-in, with the program’s defaults', async () => {
    const backend = new MemoryBackend({ settings: programSettings({ mentorDefaultCapacity: 4 }) });
    const viewer = await backend.adapterFor('new-1').getViewer();
    expect(viewer.enrolled).to.equal(false);
    expect(viewer.member).to.deep.include({
      id: 'new-1', name: 'Member new-1', email: 'new-1@members.example.org', timeZone: 'UTC', mentor: null, mentee: null,
      codeOfConductAcceptedAt: null,
    });
    expect(viewer.member.availability).to.deep.equal({ status: 'participating', returnDate: null, capacity: 4 });
    expect(Object.values(viewer.member.visibility).every((level) => level === 'members')).to.equal(true);
  });

  it('takes the name and email the member site gives, once', async () => {
    const backend = new MemoryBackend();
    backend.adapterFor('ada', { name: 'Ada Lovelace', email: 'ada@example.org' });
    const again = backend.adapterFor('ada', { name: 'Someone Else' });
    expect((await again.getViewer()).member).to.deep.include({ name: 'Ada Lovelace', email: 'ada@example.org' });
    expect(backend.members()).to.have.length(1);
  });

  it('keeps the default email valid for ids an email address cannot hold', async () => {
    const viewer = await new MemoryBackend().adapterFor('org:member@42').getViewer();
    expect(viewer.member.email).to.equal('org-member-42@members.example.org');
  });

  it('refuses an id the Id schema refuses, synchronously', () => {
    expect(() => new MemoryBackend().adapterFor('has space')).to.throw().with.property('code', 'validation');
  });

  it('anonymous: only getProgram answers; everything else is unauthenticated and stores nothing', async () => {
    const { backend } = setup();
    const anonymous = backend.anonymous();
    expect(anonymous.viewerId).to.equal(null);
    expect((await anonymous.getProgram()).name).to.equal(DEFAULT_PROGRAM_SETTINGS.name);
    const calls: Promise<unknown>[] = [
      anonymous.getViewer(),
      anonymous.getMember('mor'),
      anonymous.search({ find: 'mentors' }),
      anonymous.enrol(enrolment()),
      anonymous.setAvailability({ status: 'paused', returnDate: null }),
      anonymous.requestMentorship(requestInput()),
      anonymous.act('ms-1', 'accept'),
      anonymous.giveFeedback('ms-1', { rating: 5, comment: '' }),
      anonymous.listMentorships(),
    ];
    // Each is checked below, in turn; the first change downloads the service's changes meanwhile, so a read
    // made after it may be refused before the loop reaches it: handled here, not reported as unhandled.
    void Promise.allSettled(calls);
    for (const call of calls) await expectRejects(call, { code: 'unauthenticated' });
    expect(backend.members()).to.have.length(4);
  });
});

describe('MemoryAdapter: enrolment and availability', () => {
  it('enrols, dating each role on first enrolment and keeping the date on edits', async () => {
    const { backend, clock } = setup();
    const ada = backend.adapterFor('ada');
    const first = await ada.enrol(enrolment());
    expect(first.enrolled).to.equal(true);
    expect(first.member.mentor?.enrolledAt).to.equal(START);
    expect(first.member.city).to.equal('London');

    clock.advance({ days: 3 });
    const edited = await ada.enrol(enrolment({ mentee: { topics: ['negotiation'], meetingModes: ['email'], statement: '' } }, { headline: 'Engineer' }));
    expect(edited.member.mentor?.enrolledAt, 'kept').to.equal(START);
    expect(edited.member.mentee?.enrolledAt, 'new role').to.equal(clock.now().toISOString());
    expect(edited.member.headline).to.equal('Engineer');
  });

  it('names the field of invalid input and stores nothing', async () => {
    const { backend } = setup();
    const ada = backend.adapterFor('ada');
    await expectRejects(ada.enrol(enrolment({}, { email: 'not-an-email' })), { code: 'validation', field: 'profile.email' });
    await expectRejects(ada.enrol(enrolment({ mentor: null, mentee: null })), { code: 'validation', field: 'mentor' });
    await expectRejects(ada.enrol(enrolment({}, { links: ['javascript:alert(1)'] })), { code: 'validation', field: 'profile.links.0' });
    await expectRejects(ada.enrol({ ...enrolment(), role: 'admin' } as EnrolmentInput), { code: 'validation', field: 'role' });
    await expectRejects(ada.enrol(enrolment({}, { nickname: 'Ada' } as Partial<EnrolmentInput['profile']>)), {
      code: 'validation', field: 'profile.nickname',
    });
    expect((await ada.getViewer()).enrolled).to.equal(false);
  });

  it('checks topics, industry and career stage against the program', async () => {
    const ada = setup().backend.adapterFor('ada');
    await expectRejects(ada.enrol(enrolment({ mentor: { topics: ['leadership', 'astrology'], meetingModes: ['video'], statement: '' } })), {
      code: 'validation', field: 'mentor.topics',
    });
    await expectRejects(ada.enrol(enrolment({ mentee: { topics: ['astrology'], meetingModes: ['video'], statement: '' } })), {
      code: 'validation', field: 'mentee.topics',
    });
    await expectRejects(ada.enrol(enrolment({}, { industry: 'piracy' })), { code: 'validation', field: 'profile.industry' });
    await expectRejects(ada.enrol(enrolment({}, { careerStage: 'wizard' })), { code: 'validation', field: 'profile.careerStage' });
    expect((await ada.getViewer()).enrolled).to.equal(false);
  });

  it('asks for the code of conduct when the program requires it, once', async () => {
    const { backend, clock } = setup({ settings: programSettings({ codeOfConduct: { required: true, version: '1', url: 'https://example.org/coc', text: null } }) });
    const ada = backend.adapterFor('ada');
    await expectRejects(ada.enrol(enrolment({ acceptCodeOfConduct: false })), {
      code: 'validation', field: 'acceptCodeOfConduct', reason: 'code-of-conduct',
    });
    const accepted = await ada.enrol(enrolment({ acceptCodeOfConduct: true }));
    expect(accepted.member.codeOfConductAcceptedAt).to.equal(START);
    clock.advance({ days: 1 });
    const edited = await ada.enrol(enrolment({ acceptCodeOfConduct: false }, { headline: 'Later' }));
    expect(edited.member.codeOfConductAcceptedAt, 'the first acceptance stays on record').to.equal(START);
    const again = await ada.enrol(enrolment({ acceptCodeOfConduct: true }));
    expect(again.member.codeOfConductAcceptedAt, 'accepting again does not move it').to.equal(START);
  });

  it('records the acceptance even where the program does not require it', async () => {
    const ada = setup().backend.adapterFor('ada');
    expect((await ada.enrol(enrolment({ acceptCodeOfConduct: false }))).member.codeOfConductAcceptedAt).to.equal(null);
    expect((await ada.enrol(enrolment({ acceptCodeOfConduct: true }))).member.codeOfConductAcceptedAt).to.equal(START);
  });

  it('refuses leaving a role with open or active mentorships in it, and allows it after', async () => {
    const { mor, mee } = setup();
    const request = await ask(mee);
    const asMentorOnly = enrolment({ mentor: { topics: ['leadership'], meetingModes: ['video'], statement: '' }, mentee: null });
    const asMenteeOnly = enrolment({ mentor: null, mentee: { topics: ['leadership'], meetingModes: ['video'], statement: '' } });
    await expectRejects(mee.enrol(asMentorOnly), { code: 'conflict', reason: 'state', field: 'mentee' });
    await expectRejects(mor.enrol(asMenteeOnly), { code: 'conflict', reason: 'state', field: 'mentor' });
    await mor.act(request.id, 'accept');
    await expectRejects(mor.enrol(asMenteeOnly), { code: 'conflict', reason: 'state', field: 'mentor' });
    await mor.act(request.id, 'complete');
    const left = await mor.enrol(asMenteeOnly);
    expect(left.member.mentor).to.equal(null);
  });

  it('sets availability, keeping capacity when left out, and allows capacity below the active count', async () => {
    const { mor, mee, mia } = setup();
    await mor.setAvailability({ status: 'participating', returnDate: null, capacity: 3 });
    for (const from of [mee, mia]) await mor.act((await ask(from)).id, 'accept');
    const paused = await mor.setAvailability({ status: 'paused', returnDate: '2026-05-01' });
    expect(paused.member.availability).to.deep.equal({ status: 'paused', returnDate: '2026-05-01', capacity: 3 });
    const lowered = await mor.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
    expect(lowered.member.availability.capacity).to.equal(1);
    expect(lowered.activeAsMentor, 'active mentorships continue').to.equal(2);
    await expectRejects(mor.setAvailability({ status: 'participating', returnDate: null, capacity: 0 }), { code: 'validation', field: 'capacity' });
    await expectRejects(mor.setAvailability({ status: 'away' as 'paused', returnDate: null }), { code: 'validation', field: 'status' });
  });
});

describe('MemoryAdapter: requests and actions', () => {
  it('stores a request with a valid id and counts it on both sides', async () => {
    const { mor, mee } = setup();
    const request = await ask(mee);
    expect(Id.safeParse(request.id).success).to.equal(true);
    expect(request).to.deep.include({ state: 'pending', requesterId: 'mee', mentorId: 'mor', menteeId: 'mee', version: 1 });
    expect((await mee.getViewer()).openRequestsSent).to.equal(1);
    expect((await mor.getViewer()).awaitingResponse).to.equal(1);
    const second = await ask(mee, { recipientId: 'both' });
    expect(second.id).not.to.equal(request.id);
  });

  it('answers not-found for unknown members and mentorships, and for mentorships of others', async () => {
    const { backend, mee } = setup();
    const eve = backend.adapterFor('eve');
    const request = await ask(mee);
    await expectRejects(mee.requestMentorship(requestInput({ recipientId: 'nobody' })), { code: 'not-found' });
    await expectRejects(mee.act('ms-999', 'withdraw'), { code: 'not-found' });
    await expectRejects(eve.act(request.id, 'accept'), { code: 'not-found' });
    await expectRejects(eve.giveFeedback(request.id, { rating: 5, comment: '' }), { code: 'not-found' });
    await expectRejects(mee.getMember('nobody'), { code: 'not-found' });
    expect(await eve.listMentorships()).to.deep.equal([]);
  });

  it('refuses the wrong side and unknown actions, naming the field', async () => {
    const { mee } = setup();
    const request = await ask(mee);
    await expectRejects(mee.act(request.id, 'accept'), { code: 'forbidden' });
    await expectRejects(mee.act(request.id, 'unsave' as 'accept'), { code: 'validation', field: 'action' });
    await expectRejects(mee.act(request.id, 'withdraw', { version: 0 }), { code: 'validation', field: 'version' });
    await expectRejects(mee.requestMentorship(requestInput({ goals: '' })), { code: 'validation', field: 'goals' });
    await expectRejects(mee.requestMentorship(requestInput({ areas: ['astrology'] })), { code: 'validation', field: 'areas' });
  });

  it('feeds the lifecycle the live counts: a mentor fills up at accept time', async () => {
    const { backend, mor, mee, mia } = setup();
    await mor.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
    const first = await ask(mee);
    const second = await ask(mia);
    await mor.act(first.id, 'accept');
    await expectRejects(mor.act(second.id, 'accept'), { code: 'capacity-reached', reason: 'mentor-full' });
    // And a full mentor cannot be asked any more.
    const ben = backend.adapterFor('both');
    await expectRejects(ask(ben), { code: 'capacity-reached', reason: 'mentor-full' });
  });

  it('feeds the lifecycle the mentee’s mentors and the pair’s live mentorship', async () => {
    const { backend, mor, mee } = setup({ settings: programSettings({ mentorsPerMentee: 1 }) });
    const request = await ask(mee);
    await expectRejects(ask(mee), { code: 'conflict', reason: 'duplicate' });
    await expectRejects(mor.requestMentorship(requestInput({ recipientId: 'mee', requesterRole: 'mentor' })), { code: 'conflict', reason: 'duplicate' });
    // Asked while mee had no mentor yet; by the time `both` answers, mee has the one allowed.
    const second = await ask(mee, { recipientId: 'both' });
    await mor.act(request.id, 'accept');
    await expectRejects(backend.adapterFor('both').act(second.id, 'accept'), { code: 'capacity-reached', reason: 'mentors-per-mentee' });
    await backend.adapterFor('both').act(second.id, 'decline');
    await backend.adapterFor('ada').enrol(enrolment());
    await expectRejects(ask(mee, { recipientId: 'ada' }), { code: 'capacity-reached', reason: 'mentors-per-mentee' });
  });

  it('feeds the lifecycle the requester’s open requests', async () => {
    const { backend, mee } = setup({ settings: programSettings({ openRequestsPerMember: 1 }) });
    await ask(mee);
    await expectRejects(ask(mee, { recipientId: 'both' }), { code: 'capacity-reached', reason: 'open-request-limit' });
    expect(backend.outbox.filter((e) => e.kind === 'request')).to.have.length(1);
  });

  it('runs a mentorship from request to feedback', async () => {
    const { mor, mee } = setup();
    const request = await ask(mee);
    const saved = await mor.act(request.id, 'save', { version: 1 });
    await expectRejects(mor.act(request.id, 'accept', { version: 1 }), { code: 'conflict', reason: 'stale' });
    const active = await mor.act(request.id, 'accept', { version: saved.version });
    expect(active).to.deep.include({ state: 'active', startedAt: START, endsAt: '2026-09-02T09:00:00.000Z' });
    await expectRejects(mee.act(request.id, 'end'), { code: 'validation', field: 'reason' });
    const ended = await mee.act(request.id, 'end', { reason: 'Moved abroad' });
    expect(ended).to.deep.include({ state: 'ended', endReason: 'Moved abroad' });
    const rated = await mor.giveFeedback(request.id, { rating: 4, comment: 'Good talks' });
    expect(rated.feedback).to.have.length(1);
    await expectRejects(mor.giveFeedback(request.id, { rating: 4, comment: '' }), { code: 'conflict', reason: 'feedback-given' });
    await expectRejects(mee.giveFeedback(request.id, { rating: 9, comment: '' }), { code: 'validation', field: 'rating' });
  });
});

describe('MemoryAdapter: outbox', () => {
  it('tells the right member of each change, with names and a link to the mentorship', async () => {
    const { backend, mor, mee, mia } = setup();
    const sent = () => backend.outbox.map(({ kind, memberId, to, mentorshipId }) => ({ kind, memberId, to, mentorshipId }));
    const a = await ask(mee);
    await mor.act(a.id, 'save');
    await mor.act(a.id, 'accept');
    await mee.act(a.id, 'complete');
    const b = await ask(mia);
    await mor.act(b.id, 'decline', { reason: 'Full this term' });
    const c = await mor.requestMentorship(requestInput({ recipientId: 'mia', requesterRole: 'mentor' }));
    await mor.act(c.id, 'withdraw');
    const d = await mor.requestMentorship(requestInput({ recipientId: 'mee', requesterRole: 'mentor' }));
    await mee.act(d.id, 'accept');
    await mor.act(d.id, 'end', { reason: 'Changed jobs' });
    const at = (id: string) => `${id}@members.example.org`;
    expect(sent()).to.deep.equal([
      { kind: 'request', memberId: 'mor', to: at('mor'), mentorshipId: a.id },
      { kind: 'accepted', memberId: 'mee', to: at('mee'), mentorshipId: a.id },
      { kind: 'completed', memberId: 'mor', to: at('mor'), mentorshipId: a.id },
      { kind: 'request', memberId: 'mor', to: at('mor'), mentorshipId: b.id },
      { kind: 'declined', memberId: 'mia', to: at('mia'), mentorshipId: b.id },
      { kind: 'request', memberId: 'mia', to: at('mia'), mentorshipId: c.id },
      { kind: 'withdrawn', memberId: 'mia', to: at('mia'), mentorshipId: c.id },
      { kind: 'request', memberId: 'mee', to: at('mee'), mentorshipId: d.id },
      { kind: 'accepted', memberId: 'mor', to: at('mor'), mentorshipId: d.id },
      { kind: 'ended', memberId: 'mee', to: at('mee'), mentorshipId: d.id },
    ]);
    const [request, , , , declined, invite] = backend.outbox;
    expect(request!.subject).to.equal('Mee Mentee asks you to be their mentor');
    expect(request!.text).to.contain('Dear Morgan Mentor,').and.contain('Leadership').and.contain('Hello!').and.contain('2026-04-01');
    expect(request!.at).to.equal(START);
    expect(declined!.text).to.contain('Full this term');
    expect(invite!.subject).to.equal('Morgan Mentor invites you to be their mentee');
  });
});

describe('MemoryBackend: jobs', () => {
  it('reminds the recipient once before expiry, then expires and tells the requester', async () => {
    const { backend, clock, mee } = setup();
    const request = await ask(mee);
    expect(backend.runJobs()).to.deep.equal({ expired: 0, reminded: 0, digests: 0, nudged: 0 });
    clock.advance({ days: 30 - DEFAULT_PROGRAM_SETTINGS.reminderDays });
    expect(backend.runJobs()).to.deep.equal({ expired: 0, reminded: 1, digests: 0, nudged: 0 });
    expect(backend.runJobs(), 'only once').to.deep.equal({ expired: 0, reminded: 0, digests: 0, nudged: 0 });
    const reminder = backend.outbox.at(-1)!;
    expect(reminder).to.deep.include({ kind: 'reminder', memberId: 'mor', mentorshipId: request.id });
    expect(reminder.subject).to.contain('2026-04-01');
    clock.advance({ days: DEFAULT_PROGRAM_SETTINGS.reminderDays });
    expect(backend.runJobs()).to.deep.equal({ expired: 1, reminded: 0, digests: 0, nudged: 0 });
    expect(backend.outbox.at(-1)).to.deep.include({ kind: 'expired', memberId: 'mee', mentorshipId: request.id });
    expect(backend.runJobs()).to.deep.equal({ expired: 0, reminded: 0, digests: 0, nudged: 0 });
  });

  it('keeps the version on a reminder, so the recipient’s open answer is not stale', async () => {
    const { backend, clock, mor, mee } = setup();
    const request = await ask(mee);
    clock.advance({ days: 25 });
    backend.runJobs();
    const [item] = await mor.listMentorships();
    expect(item!.mentorship.remindedAt).to.equal(clock.now().toISOString());
    expect((await mor.act(request.id, 'accept', { version: request.version })).state).to.equal('active');
  });

  it('runs before every call, so an overdue request is never shown or acted on as pending', async () => {
    const { backend, clock, mor, mee } = setup();
    const request = await ask(mee);
    clock.set(new Date(Date.parse(request.expiresAt)));
    const [item] = await mee.listMentorships();
    expect(item!.mentorship).to.deep.include({ state: 'expired', version: 2, endedAt: request.expiresAt });
    expect((await mor.getViewer()).awaitingResponse).to.equal(0);
    await expectRejects(mor.act(request.id, 'accept'), { code: 'expired' });
    expect(backend.outbox.filter((e) => e.kind === 'expired')).to.have.length(1);
    expect(backend.runJobs()).to.deep.equal({ expired: 0, reminded: 0, digests: 0, nudged: 0 });
  });

  it('expires with no reminder when the reminder window was skipped entirely', async () => {
    const { backend, clock, mee } = setup();
    await ask(mee);
    clock.advance({ days: 40 });
    expect(backend.runJobs()).to.deep.equal({ expired: 1, reminded: 0, digests: 0, nudged: 0 });
    expect(backend.outbox.map((e) => e.kind)).to.deep.equal(['request', 'expired']);
  });
});

describe('MemoryAdapter: views, listing and search', () => {
  it('lists the viewer’s mentorships newest first, each with the partner as the viewer may see them', async () => {
    const { backend, clock, mor, mee, mia } = setup();
    const first = await ask(mee);
    const second = await ask(mia);
    clock.advance({ minutes: 5 });
    const third = await mor.requestMentorship(requestInput({ recipientId: 'both', requesterRole: 'mentor' }));
    await mor.act(first.id, 'accept');
    const items = await mor.listMentorships();
    expect(items.map((i) => i.mentorship.id)).to.deep.equal([third.id, second.id, first.id]);
    const [invite, pending, active] = items;
    expect(invite!.partner.relation).to.deep.include({ mentorshipId: third.id, state: 'pending', viewerIsRequester: true });
    expect(pending!.partner.contact, 'no contact before accepting').to.equal(null);
    expect(active!.partner.contact).to.deep.equal({ email: 'mee@members.example.org', phone: null });
    expect(active!.partner.relation).to.deep.include({ state: 'active', viewerIsRequester: false });
    expect((await mee.listMentorships())[0]!.partner.contact).to.deep.equal({ email: 'mor@members.example.org', phone: '+1 555 0100' });
    expect(await backend.adapterFor('both').listMentorships()).to.have.length(1);
  });

  it('shows partners-only fields only to partners, and keeps partners partners after the end', async () => {
    const { backend, mee, mia } = setup();
    const ada = backend.adapterFor('ada');
    await ada.enrol(enrolment({ visibility: { ...enrolment().visibility, bio: 'partners', location: 'partners' } }));
    expect(await mee.getMember('ada')).not.to.have.any.keys('bio', 'country', 'city');
    expect(await ada.getMember('ada')).to.include({ bio: 'Notes on the engine.', city: 'London' });
    const request = await mee.requestMentorship(requestInput({ recipientId: 'ada' }));
    expect(await mee.getMember('ada')).not.to.have.any.keys('bio');
    await ada.act(request.id, 'accept');
    await mee.act(request.id, 'complete');
    const view = await mee.getMember('ada');
    expect(view).to.include({ bio: 'Notes on the engine.', country: 'GB' });
    expect(view.relation).to.equal(null);
    expect(await mia.getMember('ada')).not.to.have.any.keys('bio');
  });

  it('hides members who have not enrolled from others, not from themselves', async () => {
    const { backend, mee } = setup();
    backend.adapterFor('lurker');
    await expectRejects(mee.getMember('lurker'), { code: 'not-found' });
    expect((await backend.adapterFor('lurker').getMember('lurker')).contact).to.deep.equal({ email: 'lurker@members.example.org', phone: null });
  });

  it('searches with live counts, the viewer’s relations, and the page it was asked for', async () => {
    const { backend, mor, mee, mia } = setup();
    const page = await mee.search({ find: 'mentors' });
    expect(page).to.deep.include({ offset: 0, limit: 20 });
    expect(page.hits.map((h) => h.member.id).sort()).to.deep.equal(['both', 'mor']);
    expect(page.total).to.equal(2);

    const request = await ask(mee);
    const morHit = (await mee.search({ find: 'mentors' })).hits.find((h) => h.member.id === 'mor')!;
    expect(morHit.member.relation).to.deep.include({ mentorshipId: request.id, state: 'pending', viewerIsRequester: true });
    expect(morHit.member.contact).to.equal(null);
    await mor.act(request.id, 'accept');
    const afterAccept = (await mia.search({ find: 'mentors' })).hits.find((h) => h.member.id === 'mor')!;
    expect(afterAccept.member.mentor).to.deep.include({ capacity: 2, activeMentees: 1 });
    expect(afterAccept.member.relation, 'mia has none with mor').to.equal(null);

    // The viewer never appears; full and paused members drop out.
    const ben = backend.adapterFor('both');
    expect((await ben.search({ find: 'mentors' })).hits.map((h) => h.member.id)).to.deep.equal(['mor']);
    await mor.act((await ask(mia)).id, 'accept');
    await ben.setAvailability({ status: 'paused', returnDate: null });
    expect((await mia.search({ find: 'mentors' })).total).to.equal(0);

    const paged = await backend.adapterFor('x').search({ find: 'mentees', offset: 1, limit: 1 });
    expect(paged).to.deep.include({ offset: 1, limit: 1 });
    expect(paged.hits).to.have.length(Math.min(1, Math.max(0, paged.total - 1)));
    await expectRejects(mee.search({ find: 'mentors', limit: 1000 }), { code: 'validation', field: 'limit' });
  });

  it('matches and explains hidden fields for partners only', async () => {
    const { backend, mee, mia } = setup();
    const ada = backend.adapterFor('ada');
    await ada.enrol(enrolment({ visibility: { ...enrolment().visibility, industry: 'partners' } }));
    const found = async (who: MemoryAdapter) =>
      (await who.search({ find: 'mentors', industry: 'technology' })).hits.map((h) => [h.member.id, h.reasons.map((r) => r.kind)]);
    expect(await found(mee)).to.deep.equal([]);
    const request = await mee.requestMentorship(requestInput({ recipientId: 'ada' }));
    await ada.act(request.id, 'accept');
    const [[id, kinds]] = (await found(mee)) as [[string, string[]]];
    expect(id).to.equal('ada');
    expect(kinds).to.include('industry');
    expect(await found(mia), 'still hidden from others').to.deep.equal([]);
  });

  it('finds a member by their profile as it is now: a search after an edit sees the edit', async () => {
    // The store keeps each record prepared for ranking between searches (memory-search.ts): every search
    // below runs once before the edit, so each prepared field (folded text, topics, languages, the public
    // profile) is cached when ada changes it.
    const { backend, mee } = setup();
    const ada = backend.adapterFor('ada');
    await ada.enrol(enrolment());
    const found = async (query: Omit<SearchQuery, 'find'>) =>
      (await mee.search({ find: 'mentors', ...query })).hits.filter((h) => h.member.id === 'ada').map((h) => h.member.headline);
    // Ada's headline, where each search finds her.
    const findings = async () => ({
      analyst: await found({ text: 'analyst' }),
      engineer: await found({ text: 'engineer' }),
      statistics: await found({ topics: ['statistics'] }),
      negotiation: await found({ topics: ['negotiation'] }),
      french: await found({ language: 'fr' }),
      german: await found({ language: 'de' }),
      technology: await found({ industry: 'technology' }),
    });
    expect(await findings()).to.deep.equal({
      analyst: ['Analyst'], engineer: [], statistics: ['Analyst'], negotiation: [], french: ['Analyst'], german: [], technology: ['Analyst'],
    });

    await ada.enrol(enrolment(
      {
        mentor: { topics: ['negotiation'], meetingModes: ['video'], statement: '' },
        visibility: { ...enrolment().visibility, industry: 'partners' },
      },
      { headline: 'Engineer', languages: ['de'] },
    ));
    expect(await findings()).to.deep.equal({
      analyst: [], engineer: ['Engineer'], statistics: [], negotiation: ['Engineer'], french: [], german: ['Engineer'], technology: [],
    });
  });

  it('lets a member who is not enrolled search', async () => {
    const { backend } = setup();
    const page = await backend.adapterFor('visitor').search({ find: 'mentors', topics: ['leadership'] });
    expect(page.hits.map((h) => h.member.id).sort()).to.deep.equal(['both', 'mor']);
  });
});

describe('MemoryAdapter: returns copies', () => {
  it('nothing a caller changes in a result reaches the store', async () => {
    const { backend, mor, mee } = setup();
    const request = await ask(mee);
    request.state = 'active';
    request.areas.push('statistics');
    const viewer = await mee.getViewer();
    viewer.member.name = 'Changed';
    viewer.member.languages.push('de');
    viewer.member.availability.capacity = 50;
    const program = await mee.getProgram();
    program.topics.length = 0;
    program.requestExpiryDays = 1;
    const page = await mee.search({ find: 'mentors' });
    const pageBefore = JSON.parse(JSON.stringify(page)) as unknown;
    expect(page.hits[0]!.reasons.length, 'reasons to change').to.be.above(0);
    for (const hit of page.hits) {
      hit.member.mentor!.topics.push('x');
      for (const reason of hit.reasons) {
        if (reason.kind === 'topics') reason.topics.forEach((topic) => (topic.label = 'Changed'));
        if (reason.kind === 'industry') reason.industry.label = 'Changed';
        if (reason.kind === 'career-stage') reason.stage.label = 'Changed';
      }
      hit.reasons.push(hit.reasons[0]!);
    }
    const [item] = await mor.listMentorships();
    item!.mentorship.feedback.push({ memberId: 'mor', rating: 1, comment: '', givenAt: START });
    item!.partner.name = 'Changed';
    const view = await mee.getMember('mor');
    view.mentor!.meetingModes.length = 0;
    backend.outbox[0]!.subject = 'Changed';
    backend.members()[0]!.name = 'Changed';

    const [stored] = await mee.listMentorships();
    expect(stored!.mentorship).to.deep.include({ state: 'pending', areas: ['leadership'], feedback: [] });
    expect((await mee.getViewer()).member).to.deep.include({ name: 'Mee Mentee', languages: [] });
    expect((await mee.getViewer()).member.availability.capacity).to.equal(2);
    expect(await mee.getProgram()).to.deep.equal(DEFAULT_PROGRAM_SETTINGS);
    expect(backend.settings.topics).to.have.length(DEFAULT_PROGRAM_SETTINGS.topics.length);
    expect((await mee.getMember('mor')).mentor!.meetingModes).to.deep.equal(['video']);
    expect(await mee.search({ find: 'mentors' })).to.deep.equal(pageBefore);
    expect(backend.outbox[0]!.subject).not.to.equal('Changed');
    expect(backend.members()[0]!.name).to.equal('Morgan Mentor');
  });

  it('does not keep the seed objects the backend was given', async () => {
    const seed = [member('mor', { mentee: null })];
    const backend = new MemoryBackend({ members: seed });
    seed[0]!.name = 'Changed after';
    expect(backend.members()[0]!.name).to.equal('Member mor');
  });
});

describe('MemoryAdapter: ids', () => {
  it('gives new mentorships unguessable ids: 64 random bits, nothing to count from one to the next', async () => {
    const { backend, mee, mia } = setup();
    const ids: string[] = [];
    for (const [requester, recipient] of [[mee, 'mor'], [mia, 'mor'], [mee, 'both'], [mia, 'both']] as const) {
      ids.push((await ask(requester, { recipientId: recipient })).id);
    }
    for (const id of ids) expect(id).to.match(/^ms-[0-9a-f]{16}$/);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(backend.members().length, 'the backend works as before').to.equal(4);
  });
});

describe('MemoryAdapter: change notifications', () => {
  it('tells every adapter of the backend about a change, asynchronously, after it is stored', async () => {
    const { backend, mor, mee } = setup();
    const seen: { change: MentoringChange; lastEmail: string | undefined }[] = [];
    mor.subscribe((change) => {
      // Look at the backend when told: the change (and its email) must already be there.
      seen.push({ change, lastEmail: backend.outbox.at(-1)?.kind });
    });
    const other = new Set<string>();
    mee.subscribe((change) => other.add(`${change.kind}:${change.id}`));

    const pending = ask(mee);
    expect(seen, 'nothing before the call has done its work').to.deep.equal([]);
    const request = await pending;
    // mor, asked, also hears that their notification list changed (the bell's); mee, who asked, does not.
    expect(seen).to.deep.equal([
      { change: { kind: 'mentorship', id: request.id }, lastEmail: 'request' },
      { change: { kind: 'notification', id: 'mor' }, lastEmail: 'request' },
    ]);
    expect([...other]).to.deep.equal([`mentorship:${request.id}`]);

    await mor.setAvailability({ status: 'paused', returnDate: null });
    expect(seen.at(-1)!.change).to.deep.equal({ kind: 'member', id: 'mor' });
  });

  it('delivers in a microtask, never synchronously inside the write', async () => {
    const { backend, clock, mee } = setup();
    const request = await ask(mee);
    const changes: MentoringChange[] = [];
    mee.subscribe((change) => changes.push(change));
    clock.advance({ days: 31 });
    backend.runJobs(); // a write made synchronously: the expiry
    expect(changes).to.deep.equal([]);
    await microtask();
    expect(changes).to.deep.equal([{ kind: 'mentorship', id: request.id }, { kind: 'notification', id: 'mee' }]);
  });

  it('tells of expiries made by the jobs', async () => {
    const { backend, clock, mee } = setup();
    const request = await ask(mee);
    const changes: MentoringChange[] = [];
    mee.subscribe((change) => changes.push(change));
    clock.advance({ days: 31 });
    backend.runJobs();
    await microtask();
    expect(changes, 'the expiry, and the note telling mee of it').to.deep.equal([{ kind: 'mentorship', id: request.id }, { kind: 'notification', id: 'mee' }]);
  });

  it('tells each member only of what they may see: others\' mentorships and members enrolled in no role are theirs', async () => {
    const backend = new MemoryBackend({
      members: [
        member('mor', { mentee: null }),
        member('mee', { mentor: null }),
        member('mia', { mentor: null }),
        // Enrolled in no role, with a past mentorship: shown to themself and to mor, their partner then.
        member('gone', { mentor: null, mentee: null }),
      ],
      mentorships: [mentorship({ id: 'ms-old', requesterId: 'gone', menteeId: 'gone', state: 'completed' })],
    });
    const heard = (id: string) => {
      const changes: string[] = [];
      backend.adapterFor(id).subscribe((change) => changes.push(`${change.kind}:${change.id}`));
      return changes;
    };
    const [byMor, byMee, byMia, byGone, byAnyone] = [heard('mor'), heard('mee'), heard('mia'), heard('gone'), [] as string[]];
    backend.anonymous().subscribe((change) => byAnyone.push(`${change.kind}:${change.id}`));

    const request = await backend.adapterFor('mee').requestMentorship(requestInput());
    await backend.adapterFor('gone').setAvailability({ status: 'paused', returnDate: null });
    backend.adapterFor('newcomer');
    await backend.adapterFor('mia').setAvailability({ status: 'paused', returnDate: null });
    await microtask();

    expect(byMor).to.deep.equal([`mentorship:${request.id}`, 'notification:mor', 'member:gone', 'member:mia']);
    expect(byMee).to.deep.equal([`mentorship:${request.id}`, 'member:mia']);
    expect(byMia).to.deep.equal(['member:mia']);
    expect(byGone).to.deep.equal(['member:gone', 'member:mia']);
    expect(byAnyone, 'an anonymous listener hears what every member may see').to.deep.equal(['member:mia']);
  });

  it('stops after unsubscribing, and one failing listener does not silence the others', async () => {
    const { mor, mee } = setup();
    const heard: string[] = [];
    const stop = mor.subscribe(() => heard.push('stopped'));
    mor.subscribe(() => {
      throw new Error('listener bug');
    });
    mor.subscribe(() => heard.push('kept'));
    stop();
    const errors = await captureConsole('error', async () => {
      await ask(mee);
      await microtask();
    });
    expect(heard, 'the request, and mor\'s notification list').to.deep.equal(['kept', 'kept']);
    expect(errors, 'the failing listener, once per change').to.have.length(2);
    for (const error of errors) expect(String(error[1])).to.contain('listener bug');
  });

  it('does not call a listener that unsubscribed between the change and the delivery', async () => {
    const { backend, clock, mee } = setup();
    await ask(mee);
    const changes: MentoringChange[] = [];
    const stop = mee.subscribe((change) => changes.push(change));
    clock.advance({ days: 31 });
    backend.runJobs();
    stop();
    await microtask();
    expect(changes).to.deep.equal([]);
  });
});

describe('MemoryBackend: persistence', () => {
  it('saves after each change and comes back to the same state', async () => {
    const storage = new FakeStorage();
    const first = setup({ storage });
    const request = await ask(first.mee);
    await first.mor.act(request.id, 'accept');
    await first.backend.adapterFor('ada').enrol(enrolment());
    expect([...storage.data.keys()]).to.deep.equal(['mentor-match:demo']);

    // A second backend on the same storage ignores its seed and continues where the first stopped.
    const second = new MemoryBackend({ storage, clock: first.clock, members: [member('someone-else')] });
    expect(second.members().map((m) => m.id).sort()).to.deep.equal(['ada', 'both', 'mee', 'mia', 'mor']);
    const mee = second.adapterFor('mee');
    const [item] = await mee.listMentorships();
    expect(item!.mentorship).to.deep.equal(await first.mee.listMentorships().then(([i]) => i!.mentorship));
    const next = await mee.requestMentorship(requestInput({ recipientId: 'both' }));
    expect(next.id, 'new ids do not collide with reloaded ones').not.to.equal(request.id);
    expect(second.outbox, 'the outbox is not persisted').to.have.length(1);
  });

  it('takes another copy\'s saved changes on reloadFromStorage, and tells its listeners which records changed', async () => {
    const storage = new FakeStorage();
    const here = setup({ storage });
    await here.backend.adapterFor('ada').enrol(enrolment()); // saved: the other copy starts from it
    const there = new MemoryBackend({ storage, clock: here.clock });
    const heard: MentoringChange[] = [];
    here.mor.subscribe((change) => heard.push(change));

    const request = await ask(there.adapterFor('mee'));
    await there.adapterFor('mor').setAvailability({ status: 'paused', returnDate: null });
    expect((await here.mee.listMentorships()).map((item) => item.mentorship.id), 'not seen before reloading').not.to.include(request.id);

    here.backend.reloadFromStorage();
    await Promise.resolve();
    expect((await here.mee.listMentorships()).map((item) => item.mentorship.id)).to.include(request.id);
    expect(here.backend.members().find((m) => m.id === 'mor')!.availability.status).to.equal('paused');
    expect(heard).to.have.deep.members([{ kind: 'mentorship', id: request.id }, { kind: 'member', id: 'mor' }]);

    heard.length = 0;
    here.backend.reloadFromStorage();
    await Promise.resolve();
    expect(heard, 'nothing changed, nothing told').to.deep.equal([]);
  });

  it('searches another copy\'s saved changes after reloadFromStorage', async () => {
    const storage = new FakeStorage();
    const here = setup({ storage });
    await here.backend.adapterFor('ada').enrol(enrolment());
    const there = new MemoryBackend({ storage, clock: here.clock });
    const found = async () => (await here.mee.search({ find: 'mentors', text: 'engineer' })).hits.map((h) => h.member.id);
    expect(await found()).to.deep.equal([]);

    await there.adapterFor('ada').enrol(enrolment({}, { headline: 'Engineer' }));
    expect(await found(), 'not seen before reloading').to.deep.equal([]);
    here.backend.reloadFromStorage();
    expect(await found()).to.deep.equal(['ada']);
  });

  it('does not write when nothing changed', async () => {
    const storage = new FakeStorage();
    const { backend, mee } = setup({ storage });
    const writes = storage.writes;
    await mee.getViewer();
    await mee.search({ find: 'mentors' });
    await mee.listMentorships();
    backend.runJobs();
    await expectRejects(ask(mee, { areas: ['astrology'] }), { code: 'validation', field: 'areas' });
    expect(storage.writes).to.equal(writes);
  });

  it('uses the storage key it is given', async () => {
    const storage = new FakeStorage();
    const { mee } = setup({ storage, storageKey: 'society:mentoring' });
    await ask(mee);
    expect([...storage.data.keys()]).to.deep.equal(['society:mentoring']);
  });

  for (const [what, saved] of [
    ['corrupt JSON', '{"members": [tru'],
    ['JSON of the wrong shape', JSON.stringify({ members: [{ id: 'x' }], mentorships: [] })],
    ['a mentorship naming a missing member', JSON.stringify({ members: [member('mor')], mentorships: [mentorship()] })],
  ] as const) {
    it(`starts from the seed, with a warning, when the saved state is ${what}`, async () => {
      const storage = new FakeStorage();
      storage.setItem('mentor-match:demo', saved);
      let backend: MemoryBackend | undefined;
      const warnings = await captureConsole('warn', () => {
        backend = new MemoryBackend({ storage, members: [member('mor')] });
      });
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('mentor-match:demo');
      expect(backend!.members().map((m) => m.id)).to.deep.equal(['mor']);
    });
  }

  it('keeps a saved state whose audit log holds an unreadable entry, and leaves only that entry out of the office\'s list, with a warning', async () => {
    const storage = new FakeStorage();
    await ask(setup({ storage }).mee);
    const saved = JSON.parse(storage.getItem('mentor-match:demo')!) as { audit: unknown[] };
    // The store checks the log's entries by their numbers only; the office's reads check each entry.
    saved.audit = [
      { seq: 1, at: START, actorId: 'mor', action: 'pause', subject: { kind: 'member', id: 'mia' }, reason: 'On leave.', override: null, before: null, after: null },
      { seq: 2, at: START, actorId: 'mor', action: 'teleport', subject: { kind: 'member', id: 'mia' } },
    ];
    storage.setItem('mentor-match:demo', JSON.stringify(saved));
    let backend: MemoryBackend | undefined;
    expect(await captureConsole('warn', () => (backend = setup({ storage, staff: ['mor'] }).backend))).to.deep.equal([]);
    expect(await backend!.adapterFor('mee').listMentorships(), 'the saved state, not the seed').to.have.length(1);
    const office = backend!.staffAdapterFor('mor');
    let audit: string[] = [];
    const warnings = await captureConsole('warn', async () => (audit = (await office.listAudit({})).items.map((entry) => entry.action)));
    expect(audit).to.deep.equal(['pause']);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('audit entry (2)');
  });

  it('refuses a seed whose mentorships name members it does not have', () => {
    expect(() => new MemoryBackend({ members: [member('mor')], mentorships: [mentorship()] })).to.throw(/member mee/);
  });

  it('keeps working in memory when the storage refuses to save', async () => {
    const storage = new FakeStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const { mee } = setup({ storage });
    const warnings = await captureConsole('warn', () => ask(mee));
    expect(warnings).to.have.length(1);
    expect(await mee.listMentorships()).to.have.length(1);
  });
});

describe('MemoryAdapter: aborting', () => {
  it('rejects a call whose signal is already aborted, and does nothing', async () => {
    const { backend, mee } = setup();
    const controller = new AbortController();
    controller.abort();
    await expectRejects(ask(mee).then(() => mee.requestMentorship(requestInput({ recipientId: 'both' }), { signal: controller.signal })), {
      code: 'network', reason: 'aborted',
    });
    await expectRejects(mee.search({ find: 'mentors' }, { signal: controller.signal }), { code: 'network', reason: 'aborted' });
    expect(await mee.listMentorships()).to.have.length(1);
    expect(backend.outbox).to.have.length(1);
  });

  it('rejects at once when aborted during the latency, and stores nothing', async () => {
    const { backend, mee } = setup({ latencyMs: 200 });
    const controller = new AbortController();
    const started = performance.now();
    const call = ask(mee, {}).then(() => 'done');
    const aborted = mee.requestMentorship(requestInput({ recipientId: 'both' }), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expectRejects(aborted, { code: 'network', reason: 'aborted' });
    expect(performance.now() - started).to.be.below(150);
    expect(await call).to.equal('done');
    expect((await mee.listMentorships()).map((i) => i.partner.id)).to.deep.equal(['mor']);
    expect(backend.outbox.map((e) => e.memberId)).to.deep.equal(['mor']);
  });

  it('honours an abort right after the call even without latency, as a network adapter would', async () => {
    const { mee } = setup();
    const controller = new AbortController();
    const call = mee.search({ find: 'mentors' }, { signal: controller.signal });
    controller.abort();
    const error = await expectRejects(call, { code: 'network', reason: 'aborted' });
    expect(error.cause).to.be.instanceOf(DOMException);
  });

  it('waits out the latency when not aborted', async () => {
    const { mee } = setup({ latencyMs: 60 });
    const started = performance.now();
    await mee.getViewer({ signal: new AbortController().signal });
    expect(performance.now() - started).to.be.at.least(55);
  });
});

describe('MemoryAdapter: every result parses with the core schemas', () => {
  it('getViewer, getProgram, getMember, search, enrol, setAvailability, requests, actions, feedback, listing', async () => {
    const { backend, mor, mee } = setup();
    const ada = backend.adapterFor('ada');
    const parsed: [string, { safeParse(v: unknown): { success: boolean; error?: { issues: unknown } } }, unknown][] = [];
    const check = (name: string, schema: (typeof parsed)[number][1], value: unknown) => parsed.push([name, schema, value]);

    check('getViewer (unenrolled)', Viewer, await ada.getViewer());
    check('enrol', Viewer, await ada.enrol(enrolment({ mentee: { topics: ['negotiation'], meetingModes: ['email'], statement: '' } })));
    check('setAvailability', Viewer, await ada.setAvailability({ status: 'paused', returnDate: '2026-04-01', capacity: 3 }));
    check('getProgram', ProgramSettings, await mee.getProgram());
    check('getMember (other)', MemberView, await mee.getMember('ada'));
    check('getMember (self)', MemberView, await ada.getMember('ada'));
    const request = await ask(mee);
    check('requestMentorship', Mentorship, request);
    check('act accept', Mentorship, await mor.act(request.id, 'accept'));
    check('getMember (partner)', MemberView, await mee.getMember('mor'));
    check('search', SearchPage, await mee.search({ find: 'mentors', topics: ['leadership'], text: 'Morgan' }));
    check('search (mentees)', SearchPage, await mor.search({ find: 'mentees' }));
    check('act complete', Mentorship, await mee.act(request.id, 'complete'));
    check('giveFeedback', Mentorship, await mee.giveFeedback(request.id, { rating: 5, comment: 'Thank you' }));
    for (const item of await mor.listMentorships()) check('listMentorships item', MentorshipItem, item);

    for (const [name, schema, value] of parsed) {
      const result = schema.safeParse(value);
      expect(result.success, `${name}: ${JSON.stringify(result.error?.issues)}`).to.equal(true);
    }
    expect(parsed.length).to.equal(14);
  });
});

describe('MemoryBackend: settings and clock', () => {
  it('uses the settings and clock it is given, checked against the schema', () => {
    const clock = new ManualClock();
    const backend = new MemoryBackend({ clock, settings: programSettings({ requestExpiryDays: 10 }) });
    expect(backend.clock).to.equal(clock);
    expect(backend.settings.requestExpiryDays).to.equal(10);
    expect(() => new MemoryBackend({ settings: { ...DEFAULT_PROGRAM_SETTINGS, requestExpiryDays: 0 } })).to.throw();
  });

  it('expires requests after the program’s requestExpiryDays', async () => {
    const { mee } = setup({ settings: programSettings({ requestExpiryDays: 10 }) });
    const request = await ask(mee);
    expect(Date.parse(request.expiresAt) - Date.parse(START)).to.equal(10 * DAY_MS);
  });
});
