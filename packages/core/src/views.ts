// What the signed-in member is shown of others and of themself: the facts toMemberView needs (partners,
// the live mentorship of each pair, active counts) and the Viewer record. MemoryAdapter reads the
// mentorships and counts from its store, the server from the database; both build their views here, with
// the rules of lifecycle.ts (which states are accepted, live) and visibility.ts (what a viewer may see).
import { isEnrolled } from './enrolment.ts';
import { isAccepted, isLive, requestAgainAt, type EndedRequests } from './lifecycle.ts';
import type { Member, MemberView, Viewer } from './schemas/member.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import { relationOf, toMemberView } from './visibility.ts';

/** A member's active mentees (as mentor) and active mentors (as mentee). */
export interface ActiveCounts {
  mentees: number;
  mentors: number;
  /** Mentorships completed as mentor (the ribbon on their card), where the store counted them; absent: none. */
  completedMentorships?: number;
}

const NO_ACTIVE: ActiveCounts = Object.freeze({ mentees: 0, mentors: 0 });

/**
 * Every member's active counts in one pass, from mentorships: the active ones count for both members, the
 * completed ones for their mentor (`completedMentorships`, the ribbon on their card); other states not at all.
 */
export function activeCountsFrom(mentorships: Iterable<{ mentorId: string; menteeId: string; state: string }>): (memberId: string) => ActiveCounts {
  const counts = new Map<string, ActiveCounts>();
  const entry = (id: string): ActiveCounts => {
    let found = counts.get(id);
    if (!found) counts.set(id, (found = { mentees: 0, mentors: 0 }));
    return found;
  };
  for (const { mentorId, menteeId, state } of mentorships) {
    const mentor = entry(mentorId);
    if (state === 'active') {
      mentor.mentees += 1;
      entry(menteeId).mentors += 1;
    } else if (state === 'completed') mentor.completedMentorships = (mentor.completedMentorships ?? 0) + 1;
  }
  return (memberId) => counts.get(memberId) ?? NO_ACTIVE;
}

/** Open requests a member has sent, and open requests waiting for their answer. */
export interface OpenCounts {
  sent: number;
  awaiting: number;
}

/**
 * How the viewer stands with one member: partners at some point, their live mentorship if any, and when
 * the viewer's latest request to them was declined and withdrawn (the cooldowns start there).
 */
export interface PairRelation extends EndedRequests {
  isPartner: boolean;
  live: Mentorship | null;
}
/** By the other member's id: everyone the viewer shares a mentorship with. */
export type Relations = Map<string, PairRelation>;

/**
 * How `viewerId` stands with every member they share one of `mentorships` with (others' are skipped):
 * partners (an accepted mentorship, current or past) and the live (open or active) mentorship between
 * them. In creation order: the lifecycle allows one live mentorship per pair; should data hold more,
 * the newest wins.
 */
export function relationsFrom(mentorships: Iterable<Mentorship>, viewerId: string): Relations {
  const relations: Relations = new Map();
  for (const m of mentorships) {
    const otherId = m.mentorId === viewerId ? m.menteeId : m.menteeId === viewerId ? m.mentorId : null;
    if (otherId === null) continue;
    const relation = relations.get(otherId) ?? { isPartner: false, live: null, declinedAt: null, withdrawnAt: null };
    relation.isPartner ||= isAccepted(m.state);
    if (isLive(m.state)) relation.live = m;
    if (m.requesterId === viewerId && m.state === 'declined') relation.declinedAt = m.endedAt;
    if (m.requesterId === viewerId && m.state === 'withdrawn') relation.withdrawnAt = m.endedAt;
    relations.set(otherId, relation);
  }
  return relations;
}

/** Members outside the program (enrolled in no role) are shown only to themselves and to whoever shared a mentorship with them. */
export const isShownTo = (member: Member, viewerId: string, relations: Relations): boolean =>
  isEnrolled(member) || member.id === viewerId || relations.has(member.id);

/** What a view is shown under: the program's cooldowns, and the instant they are judged at. */
export interface ViewRules {
  settings: Pick<ProgramSettings, 'cooldownAfterDeclineDays' | 'cooldownAfterWithdrawDays'>;
  now: Date;
}

/**
 * `member` as `viewerId` may see them, given the viewer's relations and the member's active counts; with
 * `requestAgainAt` while the viewer's cooldown towards them runs (a card's badge says so).
 */
export function memberViewFor(viewerId: string, member: Member, relations: Relations, counts: ActiveCounts, rules: ViewRules): MemberView {
  const pair = relations.get(member.id);
  const again = pair ? requestAgainAt(pair, rules.settings) : null;
  return toMemberView(member, {
    viewerId,
    isPartner: pair?.isPartner ?? false,
    activeMentees: counts.mentees,
    activeMentors: counts.mentors,
    completedMentorships: counts.completedMentorships,
    relation: pair?.live ? relationOf(pair.live, viewerId) : null,
    requestAgainAt: again !== null && rules.now.getTime() < Date.parse(again) ? again : null,
  });
}

/**
 * The signed-in member's own record and the counts the elements show; `staff`: the caller is program staff.
 * `member` is used as given (not copied).
 */
export function toViewer(member: Member, active: ActiveCounts, open: OpenCounts, staff: boolean): Viewer {
  return {
    member,
    enrolled: isEnrolled(member),
    activeAsMentor: active.mentees,
    activeAsMentee: active.mentors,
    openRequestsSent: open.sent,
    awaitingResponse: open.awaiting,
    staff,
  };
}
