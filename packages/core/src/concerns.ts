// Concerns a member raises about one of their mentorships or requests, and how staff move them on. Pure:
// the services call these inside the unit of work that stores the result. Only the member who raised a
// concern and staff ever see it; the member sees its status and staff's replies, never their notes.
import { MentoringError, notFound } from './errors.ts';
import { isParticipant, partnerOf } from './lifecycle.ts';
import type { Concern } from './schemas/concern.ts';
import type { ConcernInput } from './schemas/inputs.ts';
import type { ConcernRecord } from './schemas/staff-records.ts';
import type { Member } from './schemas/member.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { ConcernUpdate, MemberRef, StaffConcern } from './schemas/staff.ts';

/** A member as staff lists name them. */
export const memberRef = (member: Pick<Member, 'id' | 'name' | 'email'>): MemberRef => ({ id: member.id, name: member.name, email: member.email });

/**
 * The concern `raisedById` reports about mentorship `m` (`input` parsed with `ConcernInput`): status `new`.
 * `not-found` when the member is not part of the mentorship (they must not learn it exists).
 */
export function newConcern(id: string, input: ConcernInput, m: Mentorship, raisedById: string, now: Date): ConcernRecord {
  if (!isParticipant(m, raisedById)) throw notFound('mentorship', m.id);
  const at = now.toISOString();
  return {
    id,
    version: 1,
    mentorshipId: m.id,
    raisedById,
    aboutId: partnerOf(m, raisedById),
    text: input.text,
    status: 'new',
    createdAt: at,
    updatedAt: at,
    history: [{ at, staffId: null, status: 'new', reply: null, note: null }],
  };
}

/**
 * The concern after a staff member's update (`update` parsed with `ConcernUpdate`): the status it moves to,
 * a reply for the member, a note for staff, as one entry of its history. `conflict` (`stale`) for an older
 * version; (`state`) for the status it already has with no reply or note (nothing would change).
 */
export function applyConcernUpdate(c: ConcernRecord, update: ConcernUpdate, staffId: string, now: Date): ConcernRecord {
  if (update.version !== undefined && update.version !== c.version) {
    throw new MentoringError('conflict', `Concern ${c.id} changed since version ${update.version}.`, {
      reason: 'stale',
      details: { id: c.id, expected: update.version, actual: c.version },
    });
  }
  const status = update.status ?? c.status;
  if (status === c.status && update.reply === undefined && update.note === undefined) {
    throw new MentoringError('conflict', `Concern ${c.id} is already ${c.status}.`, { reason: 'state', details: { id: c.id, status } });
  }
  const at = now.toISOString();
  return {
    ...c,
    version: c.version + 1,
    status,
    updatedAt: at,
    history: [...c.history, { at, staffId, status, reply: update.reply ?? null, note: update.note ?? null }],
  };
}

/** The concern as the member who raised it sees it: status and replies, no notes, no staff names. */
export function concernForMember(c: ConcernRecord): Concern {
  return {
    id: c.id,
    mentorshipId: c.mentorshipId,
    text: c.text,
    status: c.status,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    replies: c.history.flatMap((event) => (event.reply === null ? [] : [{ at: event.at, text: event.reply }])),
  };
}

/** The concern as staff see it, with both members. */
export function staffConcern(c: ConcernRecord, members: ReadonlyMap<string, Member>): StaffConcern {
  const ref = (id: string) => {
    const member = members.get(id);
    if (!member) throw new Error(`Concern ${c.id} names member ${id}, who does not exist.`);
    return memberRef(member);
  };
  const { raisedById, aboutId, ...rest } = c;
  return { ...rest, raisedBy: ref(raisedById), about: ref(aboutId) };
}
