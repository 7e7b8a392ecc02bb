// The program office's reads over MemoryStore's records (service/store.ts, "The program office's reads"):
// the lists through staff-lists.ts's reference `staffListPage` and the dashboard's facts. They are the staff
// half of the in-memory store, kept out of memory-store.ts so a member's page (the in-page demo) never
// downloads them: memory-staff-adapter.ts registers them (memory-store-staff-hook.ts) with the staff service,
// the only caller of these reads.
import { dashboardFacts, type DashboardFacts } from './dashboard.ts';
import { isOpen } from './lifecycle.ts';
import type { ConcernRecord } from './schemas/staff-records.ts';
import type { Member } from './schemas/member.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import {
  AuditEntry, type AuditListFilter, type ConcernListFilter, type EvaluationListFilter, type MemberListFilter, type MentorshipListFilter,
  type RequestListFilter,
} from './schemas/staff.ts';
import type { DashboardRequest, ListRequest, RatingTotals, StorePage } from './service/store.ts';
import {
  auditMatches, concernMatches, evaluationMatches, evaluationRows, memberMatches, mentorshipMatches, requestMatches,
  staffListPage, type EvaluationRow, type MemberRow, type PairNames,
} from './staff-lists.ts';
import { activeCountsFrom } from './views.ts';
import { meetingMatches } from './meeting-filter.ts';

/** The records the reads look at (MemoryStore's, as stored). */
export interface StaffRecords {
  members: ReadonlyMap<string, Member>;
  /** In creation order. */
  mentorships: ReadonlyMap<string, Mentorship>;
  /** In creation order. */
  concerns: ReadonlyMap<string, ConcernRecord>;
  /** Oldest first. */
  audit: readonly AuditEntry[];
  /** By mentorship id: the workspaces written (how many meetings each logged). */
  workspaces?: ReadonlyMap<string, { meetings: readonly unknown[] }>;
}

export const memoryStaffReads = {
  memberPage(records: StaffRecords, request: ListRequest<MemberListFilter>): StorePage<MemberRow> {
    return staffListPage('members', filtered(memberRows(records), (row) => memberMatches(row, request.filter, request.settings)), request);
  },

  mentorshipPage(records: StaffRecords, request: ListRequest<MentorshipListFilter>): StorePage<Mentorship> {
    const all = records.mentorships.values();
    const { filter } = request;
    const meetings = (m: Mentorship) => records.workspaces?.get(m.id)?.meetings.length ?? 0;
    return staffListPage('mentorships', filtered(all, (m) =>
      mentorshipMatches(m, names(records, m), filter) && meetingMatches(m, meetings(m), filter.withoutMeeting)), request);
  },

  requestPage(records: StaffRecords, request: ListRequest<RequestListFilter>): StorePage<Mentorship> {
    const all = records.mentorships.values();
    return staffListPage('requests', filtered(all, (m) => requestMatches(m, names(records, m), request.filter, request.now)), request);
  },

  evaluationPage(records: StaffRecords, request: ListRequest<EvaluationListFilter>): StorePage<EvaluationRow> {
    return staffListPage('evaluations', evaluations(records, request.filter), request);
  },

  ratingTotals(records: StaffRecords, filter: EvaluationListFilter): RatingTotals {
    const totals: RatingTotals = { all: { count: 0, sum: 0 }, byMentors: { count: 0, sum: 0 }, byMentees: { count: 0, sum: 0 } };
    for (const row of evaluations(records, filter)) {
      for (const total of [totals.all, row.by === 'mentor' ? totals.byMentors : totals.byMentees]) {
        total.count += 1;
        total.sum += row.feedback.rating;
      }
    }
    return totals;
  },

  concernPage(records: StaffRecords, request: ListRequest<ConcernListFilter>): StorePage<ConcernRecord> {
    return staffListPage('concerns', filtered(records.concerns.values(), (c) => concernMatches(c, request.filter)), request);
  },

  auditPage(records: StaffRecords, request: ListRequest<AuditListFilter>): StorePage<AuditEntry> {
    return staffListPage('audit', filtered(records.audit, (e) => readableEntry(e) && auditMatches(e, request.filter)), request);
  },

  dashboardFacts(records: StaffRecords, { query, settings }: DashboardRequest): DashboardFacts {
    const counts = activeCountsFrom(active(records));
    return dashboardFacts({ members: records.members.values(), mentorships: records.mentorships.values(), counts }, query, settings);
  },
};
export type MemoryStaffReads = typeof memoryStaffReads;

/** Every member with their active counts and open requests sent, counted in one pass each. */
function memberRows(records: StaffRecords): MemberRow[] {
  const counts = activeCountsFrom(active(records));
  const sent = new Map<string, number>();
  for (const m of records.mentorships.values()) {
    if (isOpen(m.state)) sent.set(m.requesterId, (sent.get(m.requesterId) ?? 0) + 1);
  }
  return [...records.members.values()].map((member) => ({ member, counts: counts(member.id), openRequestsSent: sent.get(member.id) ?? 0 }));
}

function names(records: StaffRecords, m: Mentorship): PairNames {
  const mentor = records.members.get(m.mentorId);
  const mentee = records.members.get(m.menteeId);
  if (!mentor || !mentee) throw new Error(`Mentorship ${m.id} names a member who does not exist.`);
  return { mentor, mentee };
}

function* evaluations(records: StaffRecords, filter: EvaluationListFilter): Iterable<EvaluationRow> {
  for (const m of records.mentorships.values()) {
    for (const row of evaluationRows(m)) if (evaluationMatches(row, filter)) yield row;
  }
}

function* active(records: StaffRecords): Iterable<Mentorship> {
  for (const m of records.mentorships.values()) if (m.state === 'active') yield m;
}

function* filtered<T>(items: Iterable<T>, keep: (item: T) => boolean): Iterable<T> {
  for (const item of items) if (keep(item)) yield item;
}

// Core is compiled without DOM or Node types; the console exists in every runtime it targets.
declare const console: { warn(...data: unknown[]): void };

/** Each audit entry's check, once: the store saves and loads the log by the entries' numbers only (memory-store.ts). */
const readable = new WeakMap<AuditEntry, boolean>();

/** A saved audit entry that is not a valid entry is left out of the office's list, with a warning, as the store leaves out an unreadable state. */
function readableEntry(entry: AuditEntry): boolean {
  let ok = readable.get(entry);
  if (ok === undefined) {
    ok = AuditEntry.safeParse(entry).success;
    readable.set(entry, ok);
    if (!ok) console.warn(`mentor-match: leaving out an unreadable saved audit entry (${entry.seq}).`);
  }
  return ok;
}
