// How one member sees others and themself: core's views.ts builds them (relationsFrom, memberViewFor,
// toViewer); here only the facts it needs are read from the database.
import { relationsFrom, toViewer, type Member, type Relations, type Viewer } from '@mentor-match/core';
import type { Queryable } from '../db/database.ts';
import { activeCountsOf, mentorshipsOf, openCountsOf } from '../store/mentorships.ts';

/** How the viewer stands with every member they share a mentorship with. */
export async function relationsOf(q: Queryable, viewerId: string): Promise<Relations> {
  // mentorshipsOf is newest first; core reads them in creation order.
  return relationsFrom((await mentorshipsOf(q, viewerId)).reverse(), viewerId);
}

/** The signed-in member's own record and the counts the elements show. */
export async function viewerOf(q: Queryable, member: Member): Promise<Viewer> {
  return toViewer(member, await activeCountsOf(q, member.id), await openCountsOf(q, member.id));
}
