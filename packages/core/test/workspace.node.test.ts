// The workspace over MemoryBackend: who sees it, changes by both partners, read only after the end, the
// calendar file (parsed with ical.js), the follow-up, and the nudges' jobs on a moved clock: each nudge
// once, to the right members, never after the pair has met or the mentorship has ended.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import {
  DEFAULT_VISIBILITY, ManualClock, escapeIcsText, Member, MemoryBackend, MentoringError, Workspace, foldIcsLine, goalsFromRequest,
  programSettings, type ErrorReason, type MentorshipRequestInput,
} from '../src/index.ts';

const START = '2026-03-02T09:00:00.000Z';

function member(id: string, timeZone: string, roles: { mentor: boolean; mentee: boolean }): Member {
  const role = { topics: ['leadership'], meetingModes: ['video'], statement: '', enrolledAt: '2025-06-01T09:00:00.000Z' };
  return Member.parse({
    id, name: `Member ${id}`, headline: '', bio: '', photoUrl: null, email: `${id}@members.example.org`, phone: null,
    industry: null, careerStage: null, country: null, city: null, timeZone, languages: [], links: [],
    availability: { status: 'participating', returnDate: null, capacity: 3 }, visibility: { ...DEFAULT_VISIBILITY },
    codeOfConductAcceptedAt: null, codeOfConductVersion: null, mentorApproval: null, suspension: null,
    mentor: roles.mentor ? role : null, mentee: roles.mentee ? role : null,
  });
}

const request = (overrides: Partial<MentorshipRequestInput> = {}): MentorshipRequestInput => ({
  recipientId: 'mor', requesterRole: 'mentee', areas: ['leadership'], goals: '- Lead my first team\n- Speak at a conference',
  termMonths: 3, meetingMode: 'video', message: '', ...overrides,
});

async function setup() {
  const clock = new ManualClock(START);
  const backend = new MemoryBackend({
    clock,
    settings: programSettings({ nudges: { firstMeetingDays: 7, followUpDays: 7, termEndDays: 14 } }),
    members: [
      member('mor', 'America/New_York', { mentor: true, mentee: false }),
      member('mee', 'Asia/Tokyo', { mentor: false, mentee: true }),
      member('out', 'UTC', { mentor: true, mentee: true }),
      member('staffer', 'UTC', { mentor: false, mentee: false }),
    ],
    staff: ['staffer'],
  });
  // Each member's adapter with their workspaces' calls.
  const as = async (id: string) => {
    const member = backend.adapterFor(id);
    const w = await backend.workspaceAdapterFor(id);
    return Object.assign(member, {
      getWorkspace: w.getWorkspace.bind(w), changeWorkspace: w.changeWorkspace.bind(w),
      nextMeetingIcs: w.nextMeetingIcs.bind(w), followUp: w.followUp.bind(w),
    });
  };
  return { clock, backend, mor: await as('mor'), mee: await as('mee'), out: await as('out'), staffer: await as('staffer'), as };
}

async function activePair() {
  const world = await setup();
  const m = await world.mee.requestMentorship(request());
  await world.mor.act(m.id, 'accept');
  return { ...world, id: m.id };
}

async function rejects(promise: Promise<unknown>, code: string, reason?: ErrorReason): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof MentoringError, String(error));
    assert.equal(error.code, code, error.message);
    if (reason) assert.equal(error.reason, reason);
    return true;
  });
}

/** The nudges of `kind` in the outbox, as `memberId` strings. */
const nudgesTo = (backend: MemoryBackend, kind: string) => backend.outbox.filter((n) => n.kind === kind).map((n) => n.memberId).sort();

describe('workspace', () => {
  it('starts with the request\'s goals, one per line, open', async () => {
    const { mee, id } = await activePair();
    const workspace = Workspace.parse(await mee.getWorkspace(id));
    assert.deepEqual(workspace.goals.map((goal) => [goal.title, goal.status, goal.addedBy]), [
      ['Lead my first team', 'open', null], ['Speak at a conference', 'open', null],
    ]);
    assert.deepEqual(goalsFromRequest('1. One\n\n2) Two\n• Three'), ['One', 'Two', 'Three']);
    assert.equal(workspace.readOnly, false);
  });

  it('is its two partners\' alone: not-found for another member and a pending request, forbidden for staff', async () => {
    const { mee, out, staffer, id } = await activePair();
    await rejects(out.getWorkspace(id), 'not-found');
    await rejects(out.changeWorkspace(id, { type: 'add-goal', title: 'Mine' }), 'not-found');
    await rejects(out.getWorkspace('ms-nope'), 'not-found');
    await rejects(staffer.getWorkspace(id), 'forbidden', 'partners-only');
    await rejects(staffer.nextMeetingIcs(id), 'forbidden', 'partners-only');
    await rejects(staffer.getWorkspace('ms-nope'), 'not-found');
    const pending = await mee.requestMentorship(request({ recipientId: 'out' }));
    await rejects(mee.getWorkspace(pending.id), 'not-found');
  });

  it('keeps both partners\' changes, each seeing the other\'s; read only with its history after the end', async () => {
    const { clock, mor, mee, id } = await activePair();
    await mee.changeWorkspace(id, { type: 'add-goal', title: 'Give a talk', milestones: ['Pick a topic'] });
    clock.advance({ days: 2 });
    await mor.changeWorkspace(id, { type: 'log-meeting', date: '2026-03-04', minutes: 45, notes: 'Met <b>online</b>', nextSteps: 'Draft' });
    const seenByMee = await mee.getWorkspace(id);
    assert.equal(seenByMee.meetings[0]?.notes, 'Met <b>online</b>');
    assert.equal(seenByMee.meetings[0]?.loggedBy, 'mor');
    const seenByMor = await mor.getWorkspace(id);
    const goal = seenByMor.goals.find((g) => g.title === 'Give a talk');
    assert.equal(goal?.addedBy, 'mee');
    const after = await mor.changeWorkspace(id, { type: 'set-milestone', goalId: goal!.id, milestoneId: goal!.milestones[0]!.id, done: true });
    assert.equal(after.goals.find((g) => g.id === goal!.id)?.milestones[0]?.done, true);
    await rejects(mor.changeWorkspace(id, { type: 'set-goal-status', goalId: 'goal-99', status: 'achieved' }), 'validation');
    await rejects(mor.changeWorkspace(id, { type: 'log-meeting', date: '2027-01-01', minutes: 30, notes: '', nextSteps: '' }), 'validation');
    await mor.act(id, 'complete');
    const ended = await mee.getWorkspace(id);
    assert.equal(ended.readOnly, true);
    assert.equal(ended.meetings.length, 1);
    await rejects(mee.changeWorkspace(id, { type: 'add-goal', title: 'Late' }), 'conflict', 'read-only');
  });

  it('gives the next meeting as an RFC 5545 file, right in both partners\' zones', async () => {
    const { mor, mee, id } = await activePair();
    await rejects(mee.nextMeetingIcs(id), 'not-found');
    await mee.changeWorkspace(id, { type: 'set-next-meeting', start: '2026-03-10T23:30:00.000Z', minutes: 45, timeZone: 'Asia/Tokyo' });
    const ics = await mor.nextMeetingIcs(id);
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(ics), 'every line ends CRLF');
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    assert.equal(event.startDate.toJSDate().toISOString(), '2026-03-10T23:30:00.000Z');
    assert.equal(event.endDate.toJSDate().toISOString(), '2026-03-11T00:15:00.000Z');
    assert.equal(event.uid, `${id}-20260310T233000Z@mentor-match`);
    assert.ok(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp'));
    // Tokyo's morning of the 11th, New York's evening of the 10th.
    assert.match(event.description, /Member mee: Wed, 11 Mar 2026, 08:30 \(Asia\/Tokyo\)/);
    assert.match(event.description, /Member mor: Tue, 10 Mar 2026, 19:30 \(America\/New_York\)/);
  });

  it('folds long lines at 75 octets without splitting a character, and escapes text', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part) <= 75);
    assert.equal(folded.split('\r\n').map((part, i) => (i === 0 ? part : part.slice(1))).join(''), line);
    assert.equal(escapeIcsText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
  });
});

describe('nudges on a moved clock', () => {
  it('reminds both partners once when no meeting is logged a week after the accept', async () => {
    const { clock, backend, id } = await activePair();
    clock.advance({ days: 6 });
    assert.equal(backend.runJobs().nudged, 0);
    clock.advance({ days: 1 });
    assert.equal(backend.runJobs().nudged, 1);
    assert.deepEqual(nudgesTo(backend, 'nudge-first-meeting'), ['mee', 'mor']);
    assert.ok(backend.outbox.filter((n) => n.kind === 'nudge-first-meeting').every((n) => n.mentorshipId === id));
    clock.advance({ days: 3 });
    assert.equal(backend.runJobs().nudged, 0, 'once');
    assert.equal(nudgesTo(backend, 'nudge-first-meeting').length, 2);
  });

  it('sends no first-meeting nudge once the pair has met, nor any nudge once the mentorship has ended', async () => {
    const met = await activePair();
    await met.mee.changeWorkspace(met.id, { type: 'log-meeting', date: '2026-03-03', minutes: 30, notes: '', nextSteps: '' });
    met.clock.advance({ days: 30 });
    met.backend.runJobs();
    assert.deepEqual(nudgesTo(met.backend, 'nudge-first-meeting'), []);

    const ended = await activePair();
    await ended.mor.changeWorkspace(ended.id, { type: 'set-cadence', cadence: 'weekly' });
    await ended.mor.act(ended.id, 'end', { reason: 'Moved abroad' });
    ended.clock.advance({ days: 200 });
    assert.equal(ended.backend.runJobs().nudged, 0);
    assert.equal(ended.backend.outbox.filter((n) => n.kind.startsWith('nudge-')).length, 0);
  });

  it('sends a check-in when no meeting is logged within the cadence, once per gap', async () => {
    const { clock, backend, mee, id } = await activePair();
    await mee.changeWorkspace(id, { type: 'set-cadence', cadence: 'fortnightly' });
    await mee.changeWorkspace(id, { type: 'log-meeting', date: '2026-03-02', minutes: 30, notes: '', nextSteps: '' });
    clock.set('2026-03-16T12:00:00.000Z');
    assert.equal(backend.runJobs().nudged, 0, 'within the cadence');
    clock.set('2026-03-17T00:30:00.000Z');
    assert.equal(backend.runJobs().nudged, 1);
    assert.deepEqual(nudgesTo(backend, 'nudge-check-in'), ['mee', 'mor']);
    clock.advance({ days: 5 });
    assert.equal(backend.runJobs().nudged, 0, 'once per gap');
    await mee.changeWorkspace(id, { type: 'log-meeting', date: '2026-03-21', minutes: 30, notes: '', nextSteps: '' });
    clock.set('2026-04-05T00:30:00.000Z');
    backend.runJobs();
    assert.equal(nudgesTo(backend, 'nudge-check-in').length, 4, 'a new gap after the next meeting');
  });

  it('asks both to complete or extend as the term\'s end approaches, once', async () => {
    const { clock, backend, mor, id } = await activePair();
    const { endsAt } = (await mor.listMentorships()).find((item) => item.mentorship.id === id)!.mentorship;
    clock.set(new Date(Date.parse(endsAt!) - 15 * 86_400_000));
    backend.runJobs();
    assert.deepEqual(nudgesTo(backend, 'nudge-term-end'), []);
    clock.advance({ days: 1 });
    backend.runJobs();
    clock.advance({ days: 1 });
    backend.runJobs();
    assert.deepEqual(nudgesTo(backend, 'nudge-term-end'), ['mee', 'mor']);
  });

  it('lets the requester follow up an unanswered request once, after the program\'s days, to the recipient', async () => {
    const { clock, backend, mee, mor, as } = await setup();
    const m = await mee.requestMentorship(request());
    await rejects(mee.followUp(m.id), 'conflict', 'too-early');
    clock.advance({ days: 7 });
    await rejects(mor.followUp(m.id), 'forbidden');
    await rejects((await as('out')).followUp(m.id), 'not-found');
    await mee.followUp(m.id);
    assert.deepEqual(nudgesTo(backend, 'nudge-follow-up'), ['mor']);
    await rejects(mee.followUp(m.id), 'conflict', 'follow-up-sent');
  });

  it('shows staff which active pairs have not met, never what their workspace holds', async () => {
    const { backend, mee, id } = await activePair();
    const office = backend.staffAdapterFor('staffer');
    assert.ok('workspaceSummaries' in office);
    const summaries = await (office as unknown as { workspaceSummaries(q: object): Promise<{ mentorshipId: string; meetingCount: number }[]> })
      .workspaceSummaries({ withoutMeeting: true });
    assert.deepEqual(summaries.map((s) => [s.mentorshipId, s.meetingCount]), [[id, 0]]);
    await mee.changeWorkspace(id, { type: 'log-meeting', date: '2026-03-02', minutes: 30, notes: 'Private', nextSteps: '' });
    const after = await (office as unknown as { workspaceSummaries(q: object): Promise<unknown[]> }).workspaceSummaries({ withoutMeeting: true });
    assert.deepEqual(after, []);
    await rejects((backend.staffAdapterFor('mee') as unknown as { workspaceSummaries(q: object): Promise<unknown> }).workspaceSummaries({}), 'forbidden', 'staff-only');
  });
});
