// Workspaces over HTTP and SQL: the authorization matrix (401 anonymous, 404 outsider, 403 staff outside the
// pair, 200 partners), both partners' changes, the calendar file (parsed with ical.js), the follow-up, staff's
// list of pairs that have not met, and the nudges' jobs on the server's moved clock (each once, to both
// partners, never after the pair met or the mentorship ended).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { ask, caller, enrol } from './support/client.ts';

let server: TestServer;
let n = 0;

async function pair(state: 'pending' | 'active' | 'completed' = 'active') {
  n += 1;
  const ids = { mentee: `wmee-${n}`, mentor: `wmor-${n}`, outsider: `wout-${n}` };
  await enrol(server, ids.mentee, ['mentee']);
  await enrol(server, ids.mentor, ['mentor']);
  await enrol(server, ids.outsider, ['mentor', 'mentee']);
  const m = await ask(server, ids.mentee, ids.mentor);
  if (state !== 'pending') assert.equal((await caller(server, ids.mentor).post(`/mentorships/${m.id}/accept`, {})).status, 200);
  if (state === 'completed') assert.equal((await caller(server, ids.mentor).post(`/mentorships/${m.id}/complete`, {})).status, 200);
  return { ids, id: m.id, mentee: caller(server, ids.mentee), mentor: caller(server, ids.mentor), outsider: caller(server, ids.outsider) };
}

const nudges = async (kind: string, mentorshipId: string) =>
  (await server.notifications()).filter((x) => x.kind === kind && x.mentorshipId === mentorshipId).map((x) => x.memberId).sort();

describe('workspaces over HTTP', () => {
  before(async () => {
    server = await startTestServer({ database: testDatabase() });
  });
  after(() => server.close());

  it('authorization: 401 anonymous, 404 outsider (and for a pending request), 403 staff outside the pair, 200 partners', async () => {
    const { ids, id, mentee, mentor, outsider } = await pair();
    const staffer = caller(server, `wstaff-${n}`, { staff: true });
    const routes: [string, string, unknown][] = [
      ['GET', `/mentorships/${id}/workspace`, undefined],
      ['POST', `/mentorships/${id}/workspace`, { type: 'set-cadence', cadence: 'monthly' }],
      ['GET', `/mentorships/${id}/workspace/next-meeting.ics`, undefined],
    ];
    for (const [method, path, body] of routes) {
      const send = (who: ReturnType<typeof caller>) => (method === 'GET' ? who.get(path) : who.post(path, body));
      assert.equal((await send(caller(server, null))).status, 401, `${method} ${path} anonymous`);
      const outside = await send(outsider);
      assert.equal(outside.status, 404, `${method} ${path} outsider`);
      assert.equal(outside.body.code, 'not-found');
      const staff = await send(staffer);
      assert.equal(staff.status, 403, `${method} ${path} staff`);
      assert.equal(staff.body.reason, 'partners-only');
      assert.equal(JSON.stringify(staff.body).includes('goal'), false, 'staff learn nothing of the content');
    }
    assert.equal((await mentee.get(`/mentorships/${id}/workspace`)).status, 200);
    assert.equal((await mentor.post(`/mentorships/${id}/workspace`, { type: 'set-cadence', cadence: 'monthly' })).status, 200);
    assert.equal((await staffer.get('/mentorships/ms-unknown/workspace')).status, 404);
    const pending = await ask(server, ids.outsider, ids.mentor);
    assert.equal((await caller(server, ids.outsider).get(`/mentorships/${pending.id}/workspace`)).status, 404, 'no workspace before the accept');
    const list = await mentee.get('/staff/workspaces');
    assert.equal(list.status, 403);
    assert.equal(list.body.reason, 'staff-only');
  });

  it('both partners add a goal and log a meeting, and each sees the other\'s; read only after the end', async () => {
    const { id, mentee, mentor } = await pair();
    assert.equal((await mentee.post(`/mentorships/${id}/workspace`, { type: 'add-goal', title: 'Mentee <i>goal</i>' })).status, 200);
    assert.equal((await mentor.post(`/mentorships/${id}/workspace`, { type: 'add-goal', title: 'Mentor goal', milestones: ['First step'] })).status, 200);
    const day = server.clock.now().toISOString().slice(0, 10);
    await mentee.post(`/mentorships/${id}/workspace`, { type: 'log-meeting', date: day, minutes: 30, notes: 'Mentee notes', nextSteps: 'Read' });
    await mentor.post(`/mentorships/${id}/workspace`, { type: 'log-meeting', date: day, minutes: 45, notes: 'Mentor notes', nextSteps: '' });
    for (const who of [mentee, mentor]) {
      const { body } = await who.get(`/mentorships/${id}/workspace`);
      assert.deepEqual(body.goals.map((g: { title: string }) => g.title).slice(-2), ['Mentee <i>goal</i>', 'Mentor goal']);
      assert.deepEqual(body.meetings.map((m: { notes: string }) => m.notes).sort(), ['Mentee notes', 'Mentor notes']);
    }
    const bad = await mentee.post(`/mentorships/${id}/workspace`, { type: 'add-goal', title: '' });
    assert.equal(bad.status, 400);
    assert.equal((await mentor.post(`/mentorships/${id}/complete`, {})).status, 200);
    const ended = await mentee.get(`/mentorships/${id}/workspace`);
    assert.equal(ended.body.readOnly, true);
    assert.equal(ended.body.meetings.length, 2);
    const late = await mentee.post(`/mentorships/${id}/workspace`, { type: 'add-goal', title: 'Late' });
    assert.equal(late.status, 409);
    assert.equal(late.body.reason, 'read-only');
  });

  it('serves the next meeting as a calendar file a calendar library reads', async () => {
    const { id, mentee, mentor } = await pair();
    assert.equal((await mentee.get(`/mentorships/${id}/workspace/next-meeting.ics`)).status, 404);
    await mentor.post(`/mentorships/${id}/workspace`, { type: 'set-next-meeting', start: '2026-01-20T15:00:00.000Z', minutes: 60, timeZone: 'Europe/Paris' });
    const reply = await mentee.get(`/mentorships/${id}/workspace/next-meeting.ics`);
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-type') ?? '', /^text\/calendar/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(reply.body as string)).getFirstSubcomponent('vevent')!);
    assert.equal(event.startDate.toJSDate().toISOString(), '2026-01-20T15:00:00.000Z');
    assert.equal(event.duration.toSeconds(), 3600);
  });

  it('lets the requester follow up once after a week; staff see the pairs that have not met', async () => {
    const { ids, id, mentee, mentor } = await pair('pending');
    const early = await mentee.post(`/mentorships/${id}/follow-up`);
    assert.equal(early.status, 409);
    assert.equal(early.body.reason, 'too-early');
    server.clock.advance({ days: 7 });
    assert.equal((await mentor.post(`/mentorships/${id}/follow-up`)).status, 403);
    assert.equal((await mentee.post(`/mentorships/${id}/follow-up`)).status, 200);
    assert.deepEqual(await nudges('nudge-follow-up', id), [ids.mentor]);
    assert.equal((await mentee.post(`/mentorships/${id}/follow-up`)).body.reason, 'follow-up-sent');

    const quiet = await pair();
    const staffer = caller(server, 'wstaff-list', { staff: true });
    const before = await staffer.get('/staff/workspaces?withoutMeeting=true');
    assert.equal(before.status, 200);
    assert.ok(before.body.items.some((s: { mentorshipId: string }) => s.mentorshipId === quiet.id));
    await quiet.mentee.post(`/mentorships/${quiet.id}/workspace`, { type: 'log-meeting', date: server.clock.now().toISOString().slice(0, 10), minutes: 30, notes: 'x', nextSteps: '' });
    const afterMeeting = await staffer.get('/staff/workspaces');
    const summary = afterMeeting.body.items.find((s: { mentorshipId: string }) => s.mentorshipId === quiet.id);
    assert.equal(summary.meetingCount, 1);
    assert.deepEqual(Object.keys(summary).sort(), ['lastMeetingOn', 'meetingCount', 'menteeId', 'mentorId', 'mentorshipId', 'startedAt']);
    assert.equal((await staffer.get('/staff/workspaces?withoutMeeting=true')).body.items.some((s: { mentorshipId: string }) => s.mentorshipId === quiet.id), false);
  });

  it('nudges on the moved clock: once, to both partners, never after they met or the mentorship ended', async () => {
    const quiet = await pair();
    const met = await pair();
    const ended = await pair();
    const day = server.clock.now().toISOString().slice(0, 10);
    await met.mentor.post(`/mentorships/${met.id}/workspace`, { type: 'log-meeting', date: day, minutes: 30, notes: '', nextSteps: '' });
    await ended.mentee.post(`/mentorships/${ended.id}/end`, { reason: 'Changed jobs' });
    await server.advanceTime(7);
    await server.runJobs();
    await server.advanceTime(2);
    assert.deepEqual(await nudges('nudge-first-meeting', quiet.id), [quiet.ids.mentee, quiet.ids.mentor].sort());
    assert.deepEqual(await nudges('nudge-first-meeting', met.id), []);
    assert.deepEqual(await nudges('nudge-first-meeting', ended.id), []);
  });
});
