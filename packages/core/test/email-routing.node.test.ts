// Email preferences in the in-memory outbox (MemoryBackend, the in-page demo), by the rule the server follows
// (email-routing.ts): the rule itself, then a MemoryBackend on a moved clock (essential kinds at once, a
// member's digest when due), and preferences kept in the demo's storage across a reload. The
// testkit's "how often a member is emailed" section runs the same digests over memory and the server.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DAY_MS, DEFAULT_VISIBILITY, ESSENTIAL_KINDS, ManualClock, Member, MemoryBackend, heldFrom, programSettings, routeEmails,
  type EmailFrequency, type Notification, type StorageLike,
} from '../src/index.ts';
import { registerMemoryStaff } from '../src/memory-staff-adapter.ts';

const START = '2026-03-02T09:00:00.000Z';

const sent = (kind: string, memberId: string, at = START): Notification => ({
  to: `${memberId}@members.example.org`, memberId, kind: kind as Notification['kind'], mentorshipId: null, causedBy: null, subject: kind, text: kind, at,
});

describe('routeEmails: one rule for the memory outbox and the server\'s', () => {
  const chose: Record<string, EmailFrequency> = { day: 'daily', week: 'weekly', none: 'never', now: 'immediately' };
  const route = (notifications: Notification[], capped: Notification[] = []) => routeEmails(notifications, capped, (id) => chose[id]);

  it('sends at once to a member who chose nothing or "immediately"; holds for a daily or weekly digest, due a day or a week after it was sent', () => {
    const { send, hold } = route([sent('request', 'unset'), sent('request', 'now'), sent('request', 'day'), sent('accepted', 'week')]);
    assert.deepEqual(send.map((n) => n.memberId), ['unset', 'now']);
    assert.deepEqual(hold.map((h) => [h.notification.memberId, h.dueAt?.toISOString()]), [
      ['day', new Date(Date.parse(START) + DAY_MS).toISOString()],
      ['week', new Date(Date.parse(START) + 7 * DAY_MS).toISOString()],
    ]);
    // A digest counts a held one from a day before it is due, so the daily job sends it when due.
    assert.equal(heldFrom(hold[1]!), Date.parse(START) + 6 * DAY_MS);
  });

  it('sends what is essential at once whatever was chosen, even "never"', () => {
    for (const kind of ['suspended', 'concern-reply', 'paused-by-staff', 'digest']) assert.ok(ESSENTIAL_KINDS.has(kind), kind);
    const { send, hold } = route([sent('suspended', 'week'), sent('concern-reply', 'none'), sent('digest', 'day')]);
    assert.deepEqual(send.map((n) => n.kind), ['suspended', 'concern-reply', 'digest']);
    assert.deepEqual(hold, []);
  });

  it('"never" emails nothing else, not even what the cap held; the cap\'s hold waits for a member\'s own digest', () => {
    const { send, hold } = route([sent('request', 'none')], [sent('withdrawn', 'none'), sent('withdrawn', 'now'), sent('withdrawn', 'week')]);
    assert.deepEqual(send, []);
    assert.deepEqual(hold.map((h) => [h.notification.memberId, h.dueAt === null ? null : h.dueAt.getTime() - Date.parse(START)]), [
      ['now', null],
      ['week', 7 * DAY_MS],
    ]);
    assert.equal(heldFrom(hold[0]!), Date.parse(START), 'held by the cap: from when it was held');
  });
});

function member(id: string, roles: { mentor: boolean; mentee: boolean }): Member {
  const role = { topics: ['leadership'], meetingModes: ['video'], statement: '', enrolledAt: '2025-06-01T09:00:00.000Z' };
  return Member.parse({
    id, name: `Member ${id}`, headline: '', bio: '', photoUrl: null, email: `${id}@members.example.org`, phone: null,
    industry: null, careerStage: null, country: null, city: null, timeZone: 'UTC', languages: [], links: [],
    availability: { status: 'participating', returnDate: null, capacity: 3 }, visibility: { ...DEFAULT_VISIBILITY },
    codeOfConductAcceptedAt: null, codeOfConductVersion: null, mentorApproval: null, suspension: null,
    mentor: roles.mentor ? role : null, mentee: roles.mentee ? role : null,
  });
}

class MapStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

function world(storage?: StorageLike) {
  const clock = new ManualClock(START);
  const backend = new MemoryBackend({
    clock, storage, staff: ['office'], settings: programSettings({}),
    members: [member('mor', { mentor: true, mentee: false }), member('mee', { mentor: false, mentee: true }), member('office', { mentor: false, mentee: false })],
  });
  const ask = () => backend.adapterFor('mee').requestMentorship({
    recipientId: 'mor', requesterRole: 'mentee', areas: ['leadership'], goals: 'Lead', termMonths: 3, meetingMode: 'video', message: '',
  });
  const emailedTo = (id: string) => backend.outbox.filter((n) => n.memberId === id).map((n) => n.kind);
  return { clock, backend, ask, emailedTo, mor: backend.adapterFor('mor') };
}

describe('MemoryBackend\'s outbox honours email preferences, on a moved clock', () => {
  it('a daily digest: the request waits a day and comes as one digest; the office\'s word on the member goes at once', async () => {
    registerMemoryStaff();
    const { clock, backend, ask, emailedTo, mor } = world();
    await mor.setNotificationPreferences({ language: null, frequency: 'daily' });
    await ask();
    assert.deepEqual(emailedTo('mor'), [], 'held for the digest');
    assert.deepEqual(emailedTo('mee'), [], 'the requester is told nothing of their own request');
    await backend.staffAdapterFor('office').actOnMember('mor', 'pause', { reason: 'Back in May' });
    assert.deepEqual(emailedTo('mor'), ['paused-by-staff'], 'essential: at once');
    clock.advance({ hours: 23 });
    assert.equal(backend.runJobs().digests, 0, 'not before a day');
    clock.advance({ hours: 1 });
    assert.equal(backend.runJobs().digests, 1);
    assert.deepEqual(emailedTo('mor'), ['paused-by-staff', 'digest']);
    const digest = backend.outbox.at(-1)!;
    assert.match(digest.text, /asks you to be their mentor/, 'the digest tells of the request');
    assert.equal((await mor.listNotifications()).unread, 2, 'her list had both all along');
  });

  it('the demo keeps the preferences across a reload (beside its state), and an unreadable copy is ignored', async () => {
    const storage = new MapStorage();
    const first = world(storage);
    await first.mor.setNotificationPreferences({ language: 'fr', frequency: 'never' });
    assert.deepEqual(JSON.parse(storage.getItem('mentor-match:demo:email')!), [{ memberId: 'mor', preferences: { language: 'fr', frequency: 'never' } }]);
    const second = world(storage);
    assert.deepEqual(await second.mor.getNotificationPreferences(), { language: 'fr', frequency: 'never' }, 'kept');
    await second.ask();
    assert.deepEqual(second.emailedTo('mor'), [], 'and honoured');

    storage.setItem('mentor-match:demo:email', '[{"memberId":"mor","preferences":{"frequency":"hourly"}}]');
    const third = world(storage);
    assert.deepEqual(await third.mor.getNotificationPreferences(), { language: null, frequency: 'immediately' }, 'unreadable: none');
  });
});
