// The program office's dashboard in SQL: core's `dashboardFacts` (dashboard.ts) says what each figure counts,
// and these aggregate queries count the same in the database, so no row travels to Node but the middle one
// or two answer times of the median. The stores test holds the answer to core's.
import {
  MEMBER_STANDINGS, ROLES, median, monthsOf, rangeOf, type DashboardFacts, type DashboardRequest, type MemberStanding,
  type MonthFigures, type Role, type StandingCounts,
} from '@mentor-match/core';
import type { Queryable } from '../db/database.ts';
import { OPEN } from './mentorships.ts';
import { standingOf } from './standing-sql.ts';

const HOUR_MS = 3_600_000;

/** Each enrolled role's standing, capacity and active mentees (alias `r`). */
const rolesNow = (mentorsPerMentee: number) => ROLES.map((role: Role) =>
  `SELECT '${role}' AS role, ${standingOf(role, 'm', mentorsPerMentee)} AS standing, m.capacity, m.active_mentees, m.${role}_topics AS topics
   FROM members m WHERE m.is_${role}`).join(' UNION ALL ');

const month = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM')`;

export async function dashboardFacts(q: Queryable, { query, settings }: DashboardRequest): Promise<DashboardFacts> {
  const { start, end } = rangeOf(query);
  const range = [new Date(start).toISOString(), new Date(end).toISOString()];
  const inRange = (column: string) => `${column} >= $1::timestamptz AND ${column} < $2::timestamptz`;
  const roles = rolesNow(settings.mentorsPerMentee);
  const requested = `NOT m.paired_by_staff AND ${inRange('m.created_at')}`;
  const started = inRange('m.started_at');

  const standings = await q.query<{ role: Role; standing: MemberStanding; n: number; offered: number; used: number }>(
    `SELECT r.role, r.standing, count(*)::int AS n, sum(r.capacity)::int AS offered, sum(least(r.active_mentees, r.capacity))::int AS used
     FROM (${roles}) r GROUP BY r.role, r.standing`,
  );
  const topics = await q.query<{ topic: string; demand: number; supply: number }>(
    `SELECT t.topic, count(*) FILTER (WHERE r.role = 'mentee')::int AS demand,
       coalesce(sum(r.capacity - r.active_mentees) FILTER (WHERE r.role = 'mentor'), 0)::int AS supply
     FROM (${roles}) r, LATERAL (SELECT DISTINCT unnest(r.topics) AS topic) t
     WHERE r.standing = 'participating' GROUP BY t.topic`,
  );
  const [counts] = await q.query<Record<string, number>>(
    `SELECT count(*) FILTER (WHERE m.state = 'active')::int AS active_now,
       count(*) FILTER (WHERE ${requested})::int AS made,
       count(*) FILTER (WHERE ${requested} AND m.state IN ${OPEN})::int AS pending,
       count(*) FILTER (WHERE ${requested} AND m.state IN ('active', 'completed', 'ended'))::int AS accepted,
       count(*) FILTER (WHERE ${requested} AND m.state = 'declined')::int AS declined,
       count(*) FILTER (WHERE ${requested} AND m.state = 'withdrawn')::int AS withdrawn,
       count(*) FILTER (WHERE ${requested} AND m.state = 'expired')::int AS expired,
       count(*) FILTER (WHERE ${started})::int AS started,
       count(*) FILTER (WHERE ${started} AND m.state = 'active')::int AS started_active,
       count(*) FILTER (WHERE ${started} AND m.state = 'completed')::int AS started_completed,
       count(*) FILTER (WHERE ${started} AND m.state = 'ended')::int AS started_ended
     FROM mentorships m`,
    range,
  );
  // The middle one or two answer times, in whole milliseconds: core's `median` takes the mean of two.
  const middle = await q.query<{ ms: number }>(
    `WITH answered AS (
       SELECT ((extract(epoch FROM m.responded_at) - extract(epoch FROM m.created_at)) * 1000)::bigint AS ms FROM mentorships m
       WHERE ${requested} AND m.responded_at IS NOT NULL AND m.state NOT IN ('withdrawn', 'expired')),
     ranked AS (SELECT ms, row_number() OVER (ORDER BY ms) AS i, count(*) OVER () AS n FROM answered)
     SELECT ms FROM ranked WHERE i IN ((n + 1) / 2, n / 2 + 1) ORDER BY i`,
    range,
  );
  const events = await q.query<{ month: string; kind: Exclude<keyof MonthFigures, 'month'>; n: number }>(
    `SELECT e.month, e.kind, count(*)::int AS n FROM (
       SELECT ${month('m.created_at')} AS month, 'requests' AS kind FROM mentorships m WHERE ${requested}
       UNION ALL SELECT ${month('m.started_at')}, 'started' FROM mentorships m WHERE ${started}
       UNION ALL SELECT ${month('m.ended_at')}, 'completed' FROM mentorships m WHERE m.state = 'completed' AND ${inRange('m.ended_at')}
       UNION ALL SELECT ${month('m.ended_at')}, 'endedEarly' FROM mentorships m WHERE m.state = 'ended' AND ${inRange('m.ended_at')}
       ${ROLES.map((role) => `UNION ALL SELECT ${month(`m.${role}_enrolled_at`)}, 'enrolments' FROM members m
         WHERE m.is_${role} AND ${inRange(`m.${role}_enrolled_at`)}`).join('\n')}
     ) e GROUP BY e.month, e.kind`,
    range,
  );

  const members = {
    mentor: Object.fromEntries([['enrolled', 0], ...MEMBER_STANDINGS.map((s) => [s, 0])]) as StandingCounts,
    mentee: Object.fromEntries([['enrolled', 0], ...MEMBER_STANDINGS.map((s) => [s, 0])]) as StandingCounts,
  };
  const mentorPlaces = { offered: 0, used: 0 };
  for (const row of standings) {
    members[row.role][row.standing] += row.n;
    members[row.role].enrolled += row.n;
    if (row.role === 'mentor' && (row.standing === 'participating' || row.standing === 'full')) {
      mentorPlaces.offered += row.offered;
      mentorPlaces.used += row.used;
    }
  }
  const byTopic = new Map(topics.map((row) => [row.topic, row]));
  const trend = new Map<string, MonthFigures>(monthsOf(query).map((m) => [m, { month: m, requests: 0, started: 0, completed: 0, endedEarly: 0, enrolments: 0 }]));
  for (const row of events) {
    const figures = trend.get(row.month);
    if (figures) figures[row.kind] += row.n;
  }
  const c = (name: string) => counts?.[name] ?? 0;
  return {
    members,
    requests: { made: c('made'), pending: c('pending'), accepted: c('accepted'), declined: c('declined'), withdrawn: c('withdrawn'), expired: c('expired') },
    mentorships: { started: c('started'), active: c('started_active'), completed: c('started_completed'), endedEarly: c('started_ended'), activeNow: c('active_now') },
    medianHoursToFirstAnswer: median(middle.map((row) => Number(row.ms) / HOUR_MS)),
    mentorPlaces,
    topics: settings.topics.map((topic) => ({ id: topic.id, demand: byTopic.get(topic.id)?.demand ?? 0, supply: byTopic.get(topic.id)?.supply ?? 0 })),
    trend: [...trend.values()],
  };
}
