// defineWorkspaceConformanceSuite: the workspace section (issue 15), for backends that offer workspaces. It
// checks the WorkspaceAdapter contract (workspace-adapter.ts in core) through the harness's `workspace(id)`:
// only the two partners read or change a workspace (anyone else: not-found; staff: forbidden), both partners'
// entries are kept and seen by the other, it is read only once the mentorship ends, the next meeting's
// calendar file, the requester's one follow-up, the nudges on the backend's clock, and staff's list of pairs
// that have not met. Every answer is checked against core's schema.
import {
  FollowUpSent, Workspace, WorkspaceSummary, type StaffWorkspaceAdapter, type WorkspaceAdapter,
} from '@mentor-match/core';
import { deepEqual, equal, fail, ok, rejectsWith } from './assert.ts';
import { activeMentorship, askMentor, enrolMentee, enrolMentor } from './builders.ts';
import type { ConformanceHarness, HarnessFactory, TestFunctions } from './harness.ts';
import { harnessTest } from './suite.ts';

/** The member the section's backends are told is staff. */
const STAFFER = 'staffer';

interface WorkspaceHarness extends ConformanceHarness {
  ws(memberId: string): Promise<WorkspaceAdapter & StaffWorkspaceAdapter>;
}

/** The harness's workspace calls, each answer checked against core's schema. */
function checkedWorkspaceHarness(raw: ConformanceHarness): WorkspaceHarness {
  const make = raw.workspace;
  if (!make) fail('the workspace section needs a harness with workspace(memberId)');
  return {
    ...raw,
    async ws(memberId) {
      const adapter = await make.call(raw, memberId);
      return {
        getWorkspace: async (id, options) => Workspace.parse(await adapter.getWorkspace(id, options)),
        changeWorkspace: async (id, change, options) => Workspace.parse(await adapter.changeWorkspace(id, change, options)),
        nextMeetingIcs: async (id, options) => {
          const text = await adapter.nextMeetingIcs(id, options);
          equal(typeof text, 'string', 'the calendar file is text');
          return text;
        },
        followUp: async (id, options) => FollowUpSent.parse(await adapter.followUp(id, options)),
        workspaceSummaries: async (query, options) => (await adapter.workspaceSummaries(query, options)).map((s) => WorkspaceSummary.parse(s)),
      };
    },
  };
}

export interface WorkspaceSuiteOptions {
  name?: string;
}

/** Registers the workspace section. The factory is asked for a backend whose staff is the member `staffer`. */
export function defineWorkspaceConformanceSuite(t: TestFunctions, factory: HarnessFactory, options: WorkspaceSuiteOptions = {}): void {
  const test = harnessTest(t, factory, { staff: [STAFFER] }, checkedWorkspaceHarness);

  /** `ann` mentors `me`, active; `out` is enrolled too. */
  async function pair(h: WorkspaceHarness) {
    await enrolMentee(h, 'me');
    await enrolMentor(h, 'ann');
    await enrolMentor(h, 'out');
    const m = await activeMentorship(h, 'ann', 'me');
    return { id: m.id, me: await h.ws('me'), ann: await h.ws('ann'), out: await h.ws('out'), staffer: await h.ws(STAFFER) };
  }

  const kinds = async (h: WorkspaceHarness, kind: string, id: string) =>
    ((await h.notifications?.()) ?? []).filter((n) => n.kind === kind && n.mentorshipId === id).map((n) => n.memberId).sort();

  t.describe(options.name ?? 'WorkspaceAdapter conformance', () => {
    test('a workspace is its two partners\' alone: not-found for another member, forbidden (partners-only) for staff', async (h) => {
      const { id, me, ann, out, staffer } = await pair(h);
      equal((await me.getWorkspace(id)).mentorshipId, id);
      equal((await ann.getWorkspace(id)).readOnly, false);
      await rejectsWith(out.getWorkspace(id), 'not-found');
      await rejectsWith(out.changeWorkspace(id, { type: 'set-cadence', cadence: 'weekly' }), 'not-found');
      await rejectsWith(staffer.getWorkspace(id), 'forbidden', 'partners-only');
      await rejectsWith(staffer.changeWorkspace(id, { type: 'set-cadence', cadence: 'weekly' }), 'forbidden', 'partners-only');
      await rejectsWith(me.getWorkspace('ms-does-not-exist'), 'not-found');
      const pending = await askMentor(h.as('me'), 'out');
      await rejectsWith(me.getWorkspace(pending.id), 'not-found', undefined);
    });

    test('starts with the request\'s goals; both partners add a goal and log a meeting, and each sees the other\'s', async (h) => {
      const { id, me, ann } = await pair(h);
      const first = await me.getWorkspace(id);
      ok(first.goals.length >= 1 && first.goals.every((goal) => goal.addedBy === null && goal.status === 'open'), 'seeded from the request');
      await me.changeWorkspace(id, { type: 'add-goal', title: 'Write a grant' });
      await ann.changeWorkspace(id, { type: 'add-goal', title: 'Review a draft', milestones: ['Outline'] });
      await me.changeWorkspace(id, { type: 'log-meeting', date: '2026-01-05', minutes: 30, notes: 'Mine', nextSteps: '' });
      await ann.changeWorkspace(id, { type: 'log-meeting', date: '2026-01-05', minutes: 40, notes: 'Ann\'s', nextSteps: 'Read' });
      for (const who of [me, ann]) {
        const seen = await who.getWorkspace(id);
        deepEqual(seen.goals.slice(-2).map((g) => [g.title, g.addedBy]), [['Write a grant', 'me'], ['Review a draft', 'ann']]);
        deepEqual(seen.meetings.map((m) => m.loggedBy).sort(), ['ann', 'me']);
      }
      await rejectsWith(me.changeWorkspace(id, { type: 'add-goal', title: '' }), 'validation');
    });

    test('kept read only, with its history, once the mentorship ends', async (h) => {
      const { id, me } = await pair(h);
      await me.changeWorkspace(id, { type: 'log-meeting', date: '2026-01-05', minutes: 30, notes: '', nextSteps: '' });
      await h.as('ann').act(id, 'complete');
      const ended = await me.getWorkspace(id);
      equal(ended.readOnly, true);
      equal(ended.meetings.length, 1);
      await rejectsWith(me.changeWorkspace(id, { type: 'set-cadence', cadence: 'monthly' }), 'conflict', 'read-only');
    });

    test('the next meeting as an iCalendar file (CRLF, UTC times, a UID)', async (h) => {
      const { id, me, ann } = await pair(h);
      await rejectsWith(ann.nextMeetingIcs(id), 'not-found');
      await me.changeWorkspace(id, { type: 'set-next-meeting', start: '2026-01-12T16:00:00.000Z', minutes: 30, timeZone: 'Africa/Abidjan' });
      const ics = await ann.nextMeetingIcs(id);
      ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'), 'a calendar, CRLF');
      ok(ics.includes('\r\nDTSTART:20260112T160000Z\r\n') && ics.includes('\r\nDTEND:20260112T163000Z\r\n'), 'times in UTC');
      ok(/\r\nUID:[^\r\n]+\r\n/.test(ics) && /\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/.test(ics), 'UID and DTSTAMP');
    });

    test('a requester follows up an unanswered request once, after a week, to the recipient', async (h) => {
      await enrolMentee(h, 'me');
      await enrolMentor(h, 'ann');
      const request = await askMentor(h.as('me'), 'ann');
      const me = await h.ws('me');
      await rejectsWith(me.followUp(request.id), 'conflict', 'too-early');
      await h.advanceTime(7);
      await rejectsWith((await h.ws('ann')).followUp(request.id), 'forbidden');
      equal((await me.followUp(request.id)).mentorshipId, request.id);
      if (h.notifications) deepEqual(await kinds(h, 'nudge-follow-up', request.id), ['ann']);
      await rejectsWith(me.followUp(request.id), 'conflict', 'follow-up-sent');
    });

    test('nudges: both partners once when no meeting is logged a week after the accept; never after they met or it ended', async (h) => {
      const { id } = await pair(h);
      await enrolMentee(h, 'met');
      await enrolMentee(h, 'gone');
      const met = await activeMentorship(h, 'out', 'met');
      const gone = await activeMentorship(h, 'ann', 'gone');
      await (await h.ws('met')).changeWorkspace(met.id, { type: 'log-meeting', date: '2026-01-05', minutes: 30, notes: '', nextSteps: '' });
      await h.as('gone').act(gone.id, 'end', { reason: 'Moved on' });
      await h.advanceTime(6);
      if (h.notifications) deepEqual(await kinds(h, 'nudge-first-meeting', id), [], 'not before the seventh day');
      await h.advanceTime(1);
      await h.advanceTime(3);
      if (h.notifications) {
        deepEqual(await kinds(h, 'nudge-first-meeting', id), ['ann', 'me'], 'both partners, once');
        deepEqual(await kinds(h, 'nudge-first-meeting', met.id), [], 'not after the pair met');
        deepEqual(await kinds(h, 'nudge-first-meeting', gone.id), [], 'not after the mentorship ended');
      }
    });

    test('staff see which pairs have not met (counts only); members may not ask', async (h) => {
      const { id, me, staffer } = await pair(h);
      deepEqual((await staffer.workspaceSummaries({ withoutMeeting: true })).map((s) => [s.mentorshipId, s.meetingCount]), [[id, 0]]);
      await me.changeWorkspace(id, { type: 'log-meeting', date: '2026-01-05', minutes: 30, notes: 'Private', nextSteps: '' });
      deepEqual(await staffer.workspaceSummaries({ withoutMeeting: true }), []);
      const [summary] = await staffer.workspaceSummaries();
      equal(summary?.meetingCount, 1);
      equal(JSON.stringify(summary).includes('Private'), false, 'never what the workspace holds');
      await rejectsWith(me.workspaceSummaries(), 'forbidden', 'staff-only');
    });

    test('the office lists the active pairs with no meeting logged (withoutMeeting: true), and those that met (false)', async (h) => {
      const { id, me } = await pair(h);
      if (!h.staff) fail('this test needs a harness with staff(memberId)');
      const office = h.staff(STAFFER);
      await enrolMentee(h, 'bo');
      // Completed without a meeting logged: not a pair to follow up any more.
      const done = await activeMentorship(h, 'out', 'bo');
      await h.as('bo').act(done.id, 'complete');
      const listed = async (withoutMeeting: boolean) =>
        (await office.listMentorships({ withoutMeeting })).items.map((item) => item.mentorship.id);
      deepEqual(await listed(true), [id], 'the active pair that has not met');
      deepEqual(await listed(false), [], 'no pair has met yet');
      await me.changeWorkspace(id, { type: 'log-meeting', date: '2026-01-05', minutes: 30, notes: '', nextSteps: '' });
      deepEqual(await listed(true), [], 'once a meeting is logged the pair is off the list');
      deepEqual(await listed(false), [id], 'and among those that met');
      const page = await office.listMentorships({ withoutMeeting: true, states: ['completed'] });
      deepEqual(page.items, [], 'with the other filters: a completed pair is never one without a meeting to follow up');
    });
  });
}
