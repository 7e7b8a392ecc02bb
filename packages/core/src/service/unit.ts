// What operations do inside a unit of work beyond calling a rule: read the viewer's relations and counts,
// and record the changes that go with a write, each in one place (a notification's queueing is change-unit.ts's).
import { isEnrolled } from '../enrolment.ts';
import { notFound, MentoringError } from '../errors.ts';
import { partnerOf } from '../lifecycle.ts';
import type { Member, Viewer } from '../schemas/member.ts';
import type { ConcernRecord } from '../schemas/staff-records.ts';
import type { Mentorship } from '../schemas/mentorship.ts';
import { relationsFrom, toViewer, type Relations } from '../views.ts';
import { wait, type Op } from './op.ts';
import type { ChangeRecord, StoreReads } from './store.ts';

/**
 * A member's own record changed. Told to whoever may see the member (views.ts, `isShownTo`): an enrolled
 * member is shown to every member, so everyone (audience null); a member enrolled in no role only to
 * themself and to whoever shares a mentorship with them, read from that member's own mentorships, so the
 * audience costs one indexed read, never a scan of the program. The audience is who may see them when
 * the change is made: a member who later enrols is told to everyone from then on.
 */
export function* memberChanged(tx: StoreReads, member: Member): Op<ChangeRecord> {
  if (isEnrolled(member)) return { kind: 'member', id: member.id, audience: null };
  const partners = (yield* wait(tx.mentorshipsOf(member.id))).map((m) => partnerOf(m, member.id));
  return { kind: 'member', id: member.id, audience: [...new Set([member.id, ...partners])] };
}

/** A mentorship changed: only its two members hear of it. */
export const mentorshipChanged = (m: Mentorship): ChangeRecord => ({ kind: 'mentorship', id: m.id, audience: [m.mentorId, m.menteeId] });

/** A concern changed: only the member who raised it hears of it (and staff, who hear every change). */
export const concernChanged = (c: ConcernRecord): ChangeRecord => ({ kind: 'concern', id: c.id, audience: [c.raisedById] });

/** The program's settings changed: every page hears it. */
export const programChanged = (): ChangeRecord => ({ kind: 'program', id: 'program', audience: null });

export const unauthenticated = (): MentoringError => new MentoringError('unauthenticated', 'No member is signed in.');

/** The signed-in member's record; stored when their call began, so missing means removed since. */
export function* viewerRecord(tx: StoreReads, viewerId: string): Op<Member> {
  const member = yield* wait(tx.member(viewerId));
  if (!member) throw unauthenticated();
  return member;
}

/** Member `id` among those read, or `not-found`. */
export function memberIn(members: ReadonlyMap<string, Member>, id: string): Member {
  const member = members.get(id);
  if (!member) throw notFound('member', id);
  return member;
}

/** How the viewer stands with every member they share a mentorship with. */
export function* relationsOf(tx: StoreReads, viewerId: string): Op<Relations> {
  return relationsAmong(yield* wait(tx.mentorshipsOf(viewerId)), viewerId);
}

/** The same, from the viewer's mentorships as `mentorshipsOf` lists them (newest first). */
export const relationsAmong = (newestFirst: readonly Mentorship[], viewerId: string): Relations =>
  relationsFrom([...newestFirst].reverse(), viewerId);

/** The signed-in member's own record and the counts the elements show; `staff`: the caller is staff. */
export function* viewerOf(tx: StoreReads, member: Member, staff: boolean): Op<Viewer> {
  const active = yield* wait(tx.activeCounts([member.id]));
  return toViewer(member, active(member.id), yield* wait(tx.openCounts(member.id)), staff);
}
