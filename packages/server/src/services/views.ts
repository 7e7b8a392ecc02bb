// How one member sees others: the facts core's toMemberView needs (partners, the live mentorship between
// them, active counts), read from the database.
import {
  isAccepted, isEnrolled, isLive, relationOf, toMemberView, type Member, type MemberView, type Mentorship, type Viewer,
} from '@mentor-match/core';
import type { Queryable } from '../db/database.ts';
import { activeCountsOf, openCountsOf } from '../store/mentorships.ts';

/** How the viewer stands with each member they share a mentorship with. */
export interface PairRelation {
  isPartner: boolean;
  live: Mentorship | null;
}
export type Relations = Map<string, PairRelation>;

/**
 * From the viewer's mentorships (any order): partners are those with an accepted mentorship, current or
 * past; `live` is the open or active one (one per pair; should data hold more, the newest wins).
 */
export function relationsFrom(mentorships: readonly Mentorship[], viewerId: string): Relations {
  const relations: Relations = new Map();
  const oldestFirst = [...mentorships].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const m of oldestFirst) {
    const otherId = m.mentorId === viewerId ? m.menteeId : m.menteeId === viewerId ? m.mentorId : null;
    if (otherId === null) continue;
    const relation = relations.get(otherId) ?? { isPartner: false, live: null };
    relation.isPartner ||= isAccepted(m.state);
    if (isLive(m.state)) relation.live = m;
    relations.set(otherId, relation);
  }
  return relations;
}

export function memberView(
  viewerId: string,
  member: Member,
  relations: Relations,
  counts: { mentees: number; mentors: number },
): MemberView {
  const pair = relations.get(member.id);
  return toMemberView(member, {
    viewerId,
    isPartner: pair?.isPartner ?? false,
    activeMentees: counts.mentees,
    activeMentors: counts.mentors,
    relation: pair?.live ? relationOf(pair.live, viewerId) : null,
  });
}

/** The signed-in member's own record and the counts the elements show. */
export async function viewerOf(q: Queryable, member: Member): Promise<Viewer> {
  const active = await activeCountsOf(q, member.id);
  const open = await openCountsOf(q, member.id);
  return {
    member,
    enrolled: isEnrolled(member),
    activeAsMentor: active.mentees,
    activeAsMentee: active.mentors,
    openRequestsSent: open.sent,
    awaitingResponse: open.awaiting,
  };
}
