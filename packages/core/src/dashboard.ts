// The program office's dashboard, defined once. `dashboardFacts` is the reference count over the records
// (MemoryStore answers with it; the SQL store answers the same with aggregate queries, held to it by the
// stores test), and `dashboardOf` turns the counts into the answer: labels, rates, rounding.
//
// The range is UTC days, `from` and `to` included. What each figure counts:
// - members, per role, now: each member enrolled in the role in exactly one standing (standing.ts).
// - requests made in the range (staff pairings are not requests), by their state now: pending (pending or
//   saved), accepted (active, completed or ended since), declined, withdrawn, expired.
// - mentorships started in the range (accepted or paired), by their state now; `activeNow`: every active one.
// - median hours to first answer: over the requests made in the range that were accepted or declined, the
//   hours from request to answer; the middle one, or the mean of the two middle ones (SQL's
//   `percentile_cont(0.5)`); rounded to 0.01 h.
// - acceptance rate: accepted ÷ (accepted + declined + expired), of the requests made in the range.
// - mentor places, now: over mentors participating or full, the places they offer (capacity) and those in
//   use (active mentees, at most the capacity).
// - per topic, now: demand, the participating mentees seeking it (participating means with a place left);
//   supply, the places left with the participating mentors offering it.
// - trend: each calendar month the range touches, its events inside the range: requests made, mentorships
//   started, completed, ended early (by `endedAt`), and roles taken (`enrolledAt` of the roles members hold).
import { DAY_MS } from './clock.ts';
import { isOpen } from './lifecycle.ts';
import { ROLES } from './schemas/common.ts';
import type { Member } from './schemas/member.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import { MEMBER_STANDINGS, type Dashboard, type DashboardQuery, type MonthFigures, type StandingCounts } from './schemas/staff.ts';
import { roleStanding } from './staff-standing.ts';
import type { ActiveCounts } from './views.ts';

/** The counts a store answers; `dashboardOf` makes them the dashboard. */
export interface DashboardFacts {
  members: Dashboard['members'];
  requests: Dashboard['requests'];
  mentorships: Dashboard['mentorships'];
  /** Unrounded; null when no request made in the range was answered. */
  medianHoursToFirstAnswer: number | null;
  mentorPlaces: { offered: number; used: number };
  /** Every topic of the settings, in their order. */
  topics: { id: string; demand: number; supply: number }[];
  trend: MonthFigures[];
}

/** The range as instants: [start, end). */
export function rangeOf(query: DashboardQuery): { start: number; end: number } {
  return { start: Date.parse(`${query.from}T00:00:00.000Z`), end: Date.parse(`${query.to}T00:00:00.000Z`) + DAY_MS };
}

/** Every month the range touches, `YYYY-MM`, oldest first. */
export function monthsOf(query: DashboardQuery): string[] {
  const months: string[] = [];
  let [year, month] = query.from.split('-').map(Number) as [number, number];
  const last = query.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** The middle value, or the mean of the two middle ones; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const HOUR_MS = 3_600_000;

const emptyStandings = (): StandingCounts =>
  ({ enrolled: 0, ...Object.fromEntries(MEMBER_STANDINGS.map((standing) => [standing, 0])) }) as StandingCounts;

export interface DashboardRecords {
  members: Iterable<Member>;
  mentorships: Iterable<Mentorship>;
  /** Active counts of any member. */
  counts: (memberId: string) => ActiveCounts;
}

/** The reference: every count of the dashboard over the records. */
export function dashboardFacts(records: DashboardRecords, query: DashboardQuery, settings: ProgramSettings): DashboardFacts {
  const { start, end } = rangeOf(query);
  const inRange = (instant: string | null): boolean => {
    if (instant === null) return false;
    const at = Date.parse(instant);
    return at >= start && at < end;
  };
  const months = monthsOf(query);
  const trend = new Map<string, MonthFigures>(months.map((month) => [month, { month, requests: 0, started: 0, completed: 0, endedEarly: 0, enrolments: 0 }]));
  const bump = (instant: string | null, field: Exclude<keyof MonthFigures, 'month'>) => {
    if (instant === null || !inRange(instant)) return;
    const figures = trend.get(new Date(Date.parse(instant)).toISOString().slice(0, 7));
    if (figures) figures[field] += 1;
  };

  const members = { mentor: emptyStandings(), mentee: emptyStandings() };
  const places = { offered: 0, used: 0 };
  const topics = new Map(settings.topics.map((topic) => [topic.id, { id: topic.id, demand: 0, supply: 0 }]));
  for (const member of records.members) {
    const counts = records.counts(member.id);
    for (const role of ROLES) {
      const profile = member[role];
      const standing = roleStanding(member, role, counts, settings);
      if (profile === null || standing === null) continue;
      members[role].enrolled += 1;
      members[role][standing] += 1;
      bump(profile.enrolledAt, 'enrolments');
      if (role === 'mentor' && (standing === 'participating' || standing === 'full')) {
        const { capacity } = member.availability;
        places.offered += capacity;
        places.used += Math.min(counts.mentees, capacity);
      }
      if (standing !== 'participating') continue;
      for (const id of new Set(profile.topics)) {
        const topic = topics.get(id);
        if (!topic) continue;
        if (role === 'mentee') topic.demand += 1;
        else topic.supply += member.availability.capacity - counts.mentees;
      }
    }
  }

  const requests = { made: 0, pending: 0, accepted: 0, declined: 0, withdrawn: 0, expired: 0 };
  const mentorships = { started: 0, active: 0, completed: 0, endedEarly: 0, activeNow: 0 };
  const answerHours: number[] = [];
  for (const m of records.mentorships) {
    if (m.state === 'active') mentorships.activeNow += 1;
    if (!m.pairedByStaff && inRange(m.createdAt)) {
      requests.made += 1;
      if (isOpen(m.state)) requests.pending += 1;
      else if (m.state === 'active' || m.state === 'completed' || m.state === 'ended') requests.accepted += 1;
      else if (m.state === 'declined' || m.state === 'withdrawn' || m.state === 'expired') requests[m.state] += 1;
      if (m.respondedAt !== null && m.state !== 'withdrawn' && m.state !== 'expired') {
        answerHours.push((Date.parse(m.respondedAt) - Date.parse(m.createdAt)) / HOUR_MS);
      }
      bump(m.createdAt, 'requests');
    }
    if (inRange(m.startedAt)) {
      mentorships.started += 1;
      if (m.state === 'active') mentorships.active += 1;
      else if (m.state === 'completed') mentorships.completed += 1;
      else if (m.state === 'ended') mentorships.endedEarly += 1;
    }
    bump(m.startedAt, 'started');
    if (m.state === 'completed') bump(m.endedAt, 'completed');
    if (m.state === 'ended') bump(m.endedAt, 'endedEarly');
  }

  return {
    members,
    requests,
    mentorships,
    medianHoursToFirstAnswer: median(answerHours),
    mentorPlaces: places,
    topics: [...topics.values()],
    trend: [...trend.values()],
  };
}

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;

/** The dashboard from a store's counts: topic labels, rates (to 0.0001), the median to 0.01 h. */
export function dashboardOf(facts: DashboardFacts, query: DashboardQuery, settings: ProgramSettings, now: Date): Dashboard {
  const { accepted, declined, expired } = facts.requests;
  const decided = accepted + declined + expired;
  const labels = new Map(settings.topics.map((topic) => [topic.id, topic]));
  return {
    from: query.from,
    to: query.to,
    at: now.toISOString(),
    members: facts.members,
    requests: facts.requests,
    mentorships: facts.mentorships,
    medianHoursToFirstAnswer: facts.medianHoursToFirstAnswer === null ? null : round(facts.medianHoursToFirstAnswer, 2),
    acceptanceRate: decided === 0 ? null : round(accepted / decided, 4),
    mentorPlaces: {
      ...facts.mentorPlaces,
      rate: facts.mentorPlaces.offered === 0 ? null : round(facts.mentorPlaces.used / facts.mentorPlaces.offered, 4),
    },
    topics: facts.topics.map((topic) => ({
      ...topic,
      label: labels.get(topic.id)?.label ?? topic.id,
      retired: labels.get(topic.id)?.retired === true,
    })),
    trend: facts.trend,
  };
}
