// A small program with every standing, state and figure the program office's lists and dashboard tell apart,
// for the stores test: members in each standing (suspended, awaiting approval, declined, paused, full,
// participating, never enrolled), names that fold (accents, case), mentorships in every state with ties in
// time, answers for the median (odd and even counts), feedback from both sides, a staff pairing, concerns
// with a history, and audit entries.
import {
  DEFAULT_VISIBILITY, Member, Mentorship, applyConcernUpdate, auditEntry, newConcern, wait,
  type ConcernRecord, type Op, type StoreChange,
} from '@mentor-match/core';

/** The instant the office reads at. */
export const NOW = new Date('2026-03-10T12:00:00.000Z');

interface MemberShape {
  name: string;
  mentor?: string[];
  mentee?: string[];
  enrolledAt?: string;
  capacity?: number;
  paused?: boolean;
  approval?: 'pending' | 'approved' | 'declined';
  suspended?: boolean;
}

function member(id: string, shape: MemberShape): Member {
  const role = (topics: string[] | undefined) =>
    topics ? { topics, meetingModes: ['video'], statement: '', enrolledAt: shape.enrolledAt ?? '2025-10-01T09:00:00.000Z' } : null;
  return Member.parse({
    id, name: shape.name, headline: '', bio: '', photoUrl: null, email: `${id}@members.example.org`, phone: null,
    industry: null, careerStage: null, country: null, city: null, timeZone: 'UTC', languages: [], links: [],
    mentor: role(shape.mentor), mentee: role(shape.mentee),
    availability: { status: shape.paused ? 'paused' : 'participating', returnDate: null, capacity: shape.capacity ?? 2 },
    visibility: { ...DEFAULT_VISIBILITY }, codeOfConductAcceptedAt: null, codeOfConductVersion: null,
    mentorApproval: shape.approval ? { state: shape.approval, at: '2026-01-20T10:00:00.000Z', reason: shape.approval === 'pending' ? null : 'Checked' } : null,
    suspension: shape.suspended ? { since: '2026-02-01T10:00:00.000Z', reason: 'Complaints' } : null,
  });
}

export const OFFICE_MEMBERS: Member[] = [
  member('office', { name: 'Program Office' }),
  member('ann', { name: 'Ann Lévêque', mentor: ['leadership', 'statistics'], enrolledAt: '2025-11-03T09:00:00.000Z' }),
  member('bo', { name: 'Bo Berg', mentee: ['leadership'], enrolledAt: '2026-01-15T09:00:00.000Z' }),
  member('cy', { name: 'Çy Øster', mentee: ['statistics'], suspended: true }),
  member('di', { name: 'émile Di', mentor: ['statistics'], mentee: ['leadership'], paused: true, enrolledAt: '2026-02-02T09:00:00.000Z' }),
  member('eve', { name: 'Eve Adams', mentor: ['leadership'], approval: 'pending', enrolledAt: '2026-03-01T09:00:00.000Z' }),
  member('fay', { name: 'fay Zorn', mentor: ['grant-writing'], approval: 'declined' }),
  member('gus', { name: 'Gus' }),
  member('hal', { name: 'Hal Núñez', mentor: ['statistics', 'grant-writing'], capacity: 1 }),
  member('ivy', { name: 'Ivy', mentor: ['grant-writing', 'leadership'], approval: 'approved', capacity: 3 }),
  member('zed', { name: 'Zoë Zed', mentee: ['statistics', 'leadership'] }),
  member('yan', { name: 'yan Li', mentee: ['grant-writing', 'grant-writing'] }),
];

function mentorship(id: string, mentorId: string, menteeId: string, fields: Partial<Mentorship>): Mentorship {
  return Mentorship.parse({
    id, version: 2, state: 'pending', requesterId: menteeId, mentorId, menteeId, areas: ['leadership'], goals: 'Grow', termMonths: 6,
    meetingMode: 'video', message: '', createdAt: '2026-03-01T12:00:00.000Z', respondedAt: null,
    expiresAt: '2026-03-31T12:00:00.000Z', remindedAt: null, startedAt: null, endsAt: null, endedAt: null,
    declineReason: null, endReason: null, feedback: [], feedbackGivenBy: [], pairedByStaff: false, closedByStaff: false, ...fields,
  });
}

const feedback = (memberId: string, rating: number, givenAt: string) => ({ memberId, rating, comment: `Rated ${rating}`, givenAt });

/** In creation order; ms-01 and ms-02 are made in the same instant. */
export const OFFICE_MENTORSHIPS: Mentorship[] = [
  mentorship('ms-06', 'ann', 'zed', {
    state: 'ended', createdAt: '2025-11-01T12:00:00.000Z', respondedAt: '2025-11-01T18:00:00.000Z', startedAt: '2025-11-01T18:00:00.000Z',
    endedAt: '2026-01-05T12:00:00.000Z', endReason: 'Moved', feedback: [feedback('zed', 2, '2026-01-06T12:00:00.000Z')], feedbackGivenBy: ['zed'],
  }),
  mentorship('ms-05', 'di', 'bo', {
    state: 'completed', areas: ['statistics', 'leadership'], createdAt: '2025-12-01T12:00:00.000Z', respondedAt: '2025-12-02T12:00:00.000Z',
    startedAt: '2025-12-02T12:00:00.000Z', endedAt: '2026-02-15T12:00:00.000Z',
    feedback: [feedback('bo', 5, '2026-02-16T12:00:00.000Z'), feedback('di', 4, '2026-02-17T12:00:00.000Z')], feedbackGivenBy: ['bo', 'di'],
  }),
  mentorship('ms-09', 'hal', 'bo', { state: 'expired', createdAt: '2026-01-01T12:00:00.000Z', expiresAt: '2026-01-31T12:00:00.000Z' }),
  mentorship('ms-03', 'hal', 'zed', {
    state: 'active', areas: ['statistics'], createdAt: '2026-01-10T12:00:00.000Z', respondedAt: '2026-01-11T06:00:00.000Z',
    startedAt: '2026-01-11T06:00:00.000Z',
  }),
  mentorship('ms-04', 'ann', 'zed', {
    state: 'active', requesterId: 'ann', areas: ['statistics'], createdAt: '2026-02-01T12:00:00.000Z', respondedAt: '2026-02-03T12:00:00.000Z',
    startedAt: '2026-02-03T12:00:00.000Z',
  }),
  mentorship('ms-07', 'fay', 'bo', { state: 'declined', createdAt: '2026-02-10T12:00:00.000Z', respondedAt: '2026-02-12T12:00:00.000Z', declineReason: 'No' }),
  mentorship('ms-08', 'ivy', 'bo', { state: 'withdrawn', createdAt: '2026-02-20T12:00:00.000Z' }),
  mentorship('ms-11', 'hal', 'yan', { areas: ['grant-writing'], createdAt: '2026-02-25T12:00:00.000Z', expiresAt: '2026-03-27T12:00:00.000Z' }),
  mentorship('ms-01', 'ann', 'bo', {}),
  mentorship('ms-02', 'ivy', 'cy', { state: 'saved', requesterId: 'ivy', areas: ['statistics'], respondedAt: '2026-03-02T12:00:00.000Z' }),
  mentorship('ms-10', 'di', 'yan', {
    state: 'active', pairedByStaff: true, areas: ['grant-writing'], createdAt: '2026-03-05T12:00:00.000Z', startedAt: '2026-03-05T12:00:00.000Z',
  }),
];

const byId = new Map(OFFICE_MENTORSHIPS.map((m) => [m.id, m]));
const at = (instant: string) => new Date(instant);

/** Concerns as members raise them and staff move them on; concern-3 is raised in the same instant as concern-2. */
export function* raiseConcerns(tx: StoreChange): Op<ConcernRecord[]> {
  const raised = [
    newConcern('concern-1', { mentorshipId: 'ms-01', text: 'Pressure to accept.' }, byId.get('ms-01')!, 'bo', at('2026-03-02T09:00:00.000Z')),
    newConcern('concern-2', { mentorshipId: 'ms-03', text: 'Missed meetings.' }, byId.get('ms-03')!, 'zed', at('2026-02-01T09:00:00.000Z')),
    newConcern('concern-3', { mentorshipId: 'ms-04', text: '=cmd|\' /C calc\'!A0' }, byId.get('ms-04')!, 'zed', at('2026-02-01T09:00:00.000Z')),
  ];
  for (const concern of raised) yield* wait(tx.addConcern(concern));
  const locked = (yield* wait(tx.lockConcern('concern-2')))!;
  const moved = applyConcernUpdate(locked, { status: 'in-progress', note: 'Called Hal.' }, 'office', at('2026-02-02T09:00:00.000Z'));
  yield* wait(tx.updateConcern(moved));
  const resolved = applyConcernUpdate(moved, { status: 'resolved', reply: 'Hal is back.' }, 'office', at('2026-02-03T09:00:00.000Z'));
  yield* wait(tx.updateConcern(resolved));
  return [raised[0]!, resolved, raised[2]!];
}

/** Audit entries of several actions, actors, subjects and days. */
export function* appendAudits(tx: StoreChange): Op<void> {
  const members = new Map(OFFICE_MEMBERS.map((m) => [m.id, m]));
  const di = members.get('di')!;
  yield* wait(tx.appendAudit(auditEntry({
    actorId: 'office', action: 'pause', subject: { kind: 'member', id: 'di' }, reason: 'On leave', now: at('2026-02-05T10:00:00.000Z'),
    before: { ...di, availability: { ...di.availability, status: 'participating' } }, after: di,
  })));
  yield* wait(tx.appendAudit(auditEntry({
    actorId: 'office', action: 'pair', subject: { kind: 'mentorship', id: 'ms-10' }, reason: 'Agreed', now: at('2026-03-05T12:00:00.000Z'),
    before: null, after: byId.get('ms-10')!, override: { limits: ['mentor-full'], reason: 'Exception' },
  })));
  yield* wait(tx.appendAudit(auditEntry({
    actorId: 'boss', action: 'concern', subject: { kind: 'concern', id: 'concern-2' }, reason: null, now: at('2026-02-03T09:00:00.000Z'),
    before: { status: 'in-progress' }, after: { status: 'resolved', reply: 'Hal is back.' },
  })));
  yield* wait(tx.appendAudit(auditEntry({
    actorId: 'boss', action: 'suspend', subject: { kind: 'member', id: 'cy' }, reason: 'Complaints', now: at('2026-02-01T10:00:00.000Z'),
    before: { suspension: null }, after: { suspension: members.get('cy')!.suspension },
  })));
}
