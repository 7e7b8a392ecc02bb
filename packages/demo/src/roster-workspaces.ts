// The workspaces of the seeded roster's active mentorships (issue 15), so a demo member opening "Workspace"
// finds a living one: the request's goals (one in progress, with milestones), a cadence, and a meeting or
// two logged by either partner; every third pair has not met yet, so the program office has pairs to follow
// up. Plain records of core's WorkspaceRecord shape (the workspace's rules stay out of the demo's chunks);
// the same roster and day in → the same out.
import { DAY_MS, type Mentorship, type WorkspaceRecord } from '@mentor-match/core';

const GOALS = ['Prepare a conference talk', 'Plan the next career step', 'Publish a first paper', 'Build a professional network'];
const NOTES = [
  'First conversation: agreed what we want from the term and how often to meet.',
  'Went through the draft together; next time we look at the feedback.',
];
const CADENCES = ['fortnightly', 'monthly', 'weekly'] as const;

/** One workspace per active mentorship, as of `now` (the roster's day). */
export function seededWorkspaces(mentorships: readonly Mentorship[], now: Date): WorkspaceRecord[] {
  return mentorships
    .filter((m) => m.state === 'active' && m.startedAt !== null)
    .map((m, index): WorkspaceRecord => {
      const started = Date.parse(m.startedAt!);
      const at = (days: number) => new Date(Math.min(started + days * DAY_MS, now.getTime())).toISOString();
      const day = (days: number) => at(days).slice(0, 10);
      const met = index % 3 !== 2;
      return {
        id: m.id,
        version: 1,
        cadence: CADENCES[index % CADENCES.length]!,
        nextMeeting: null,
        goals: [
          { id: 'goal-1', title: firstLine(m.goals), status: met ? 'in-progress' : 'open', milestones: [], addedBy: null, addedAt: m.startedAt! },
          {
            id: 'goal-2',
            title: GOALS[index % GOALS.length]!,
            status: 'open',
            milestones: [
              { id: 'ms-1', title: 'Agree the first step', done: met },
              { id: 'ms-2', title: 'Review progress together', done: false },
            ],
            addedBy: m.menteeId,
            addedAt: at(1),
          },
        ],
        meetings: met
          ? [
              ...(now.getTime() - started > 10 * DAY_MS
                ? [{ id: 'meeting-2', date: day(10), minutes: 45, notes: NOTES[1]!, nextSteps: 'Send the revised draft.', loggedBy: m.mentorId, loggedAt: at(10) }]
                : []),
              { id: 'meeting-1', date: day(2), minutes: 60, notes: NOTES[0]!, nextSteps: 'Write down three goals.', loggedBy: m.menteeId, loggedAt: at(2) },
            ]
          : [],
        // The first meeting's nudge has gone to the pairs that have not met, as the jobs would have sent it.
        nudges: {},
        updatedAt: at(met ? 10 : 1),
      };
    });
}

const firstLine = (text: string): string => [...(text.split('\n').find((line) => line.trim()) ?? text).trim()].slice(0, 500).join('') || 'Our goals';
