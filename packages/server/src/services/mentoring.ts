// Every operation of the MentoringAdapter contract, as the server runs it: read the facts (under row locks
// for a change), call the core rule, write its result. No rule of the program is decided here; where
// MemoryAdapter reads its store, these read the database, in the same order, so both refuse the same way.
import { randomBytes } from 'node:crypto';
import {
  DEFAULT_SEARCH_LIMIT, MentoringError, applyAction, applyAvailability, applyFeedback, isEnrolled, isParticipant, isShownTo,
  memberViewFor, newMember, partnerOf, planEnrolment, planRequest, rankCandidates, relationsFrom, roleSought,
  type Account, type AvailabilityInput, type EnrolmentInput, type FeedbackInput, type Member, type MemberView,
  type Mentorship, type MentorshipAction, type MentorshipActionInput, type MentorshipItem, type MentorshipRequestInput,
  type ProgramSettings, type SearchPage, type SearchQuery, type Viewer,
} from '@mentor-match/core';
import { ACTION_EMAIL } from '@mentor-match/core/memory-emails';
import { UNIQUE_VIOLATION, sqlState, type Queryable } from '../db/database.ts';
import type { MemberDirectory } from '../search/directory.ts';
import { findMember, findMembers, insertMember, lockMembers, updateMember } from '../store/members.ts';
import {
  activeCountsFor, activeCountsOf, findMentorship, insertMentorship, liveCountsOf, mentorshipsOf, openCountsOf,
  pairHasLiveMentorship, updateMentorship,
} from '../store/mentorships.ts';
import type { Work } from './unit-of-work.ts';
import { relationsOf, viewerOf } from './views.ts';

export const notFound = (what: 'member' | 'mentorship', id: string): MentoringError =>
  new MentoringError('not-found', `No ${what} ${id}.`, { details: { id } });

/** `ms-` and 16 hex digits: unguessable, and never one the seeded roster (`ms-00001`…) already has. */
export const newMentorshipId = (): string => `ms-${randomBytes(8).toString('hex')}`;

/** Stores a member seen for the first time (unenrolled, from the token's claims); false if already known. */
export async function provisionMember(work: Work, id: string, account: Account): Promise<boolean> {
  const inserted = await insertMember(work.tx, newMember(id, account, work.settings), work.now);
  if (inserted) work.memberChanged(id);
  return inserted;
}

async function me(q: Queryable, viewerId: string, lock = false): Promise<Member> {
  const member = lock ? (await lockMembers(q, [viewerId])).get(viewerId) : await findMember(q, viewerId);
  // The member was provisioned when they signed in; gone since would mean deleted underneath us.
  if (!member) throw new MentoringError('unauthenticated', 'No member is signed in.');
  return member;
}

export async function getViewer(q: Queryable, viewerId: string): Promise<Viewer> {
  return viewerOf(q, await me(q, viewerId));
}

export async function enrol(work: Work, viewerId: string, input: EnrolmentInput): Promise<Viewer> {
  const member = await me(work.tx, viewerId, true);
  const live = await liveCountsOf(work.tx, member.id);
  const next = planEnrolment(member, input, {
    settings: work.settings,
    now: work.now,
    liveAsMentor: live.asMentor,
    liveAsMentee: live.asMentee,
  });
  return saveMember(work, next);
}

export async function setAvailability(work: Work, viewerId: string, input: AvailabilityInput): Promise<Viewer> {
  return saveMember(work, applyAvailability(await me(work.tx, viewerId, true), input));
}

/** Stores the viewer's changed record, tells the change feed, and returns the viewer as they now are. */
async function saveMember(work: Work, next: Member): Promise<Viewer> {
  await updateMember(work.tx, next, work.now);
  work.memberChanged(next.id);
  return viewerOf(work.tx, next);
}

export async function getMember(q: Queryable, viewerId: string, id: string): Promise<MemberView> {
  const viewer = await me(q, viewerId);
  const member = await findMember(q, id);
  if (!member) throw notFound('member', id);
  const relations = await relationsOf(q, viewer.id);
  if (!isShownTo(member, viewer.id, relations)) throw notFound('member', id);
  return memberViewFor(viewer.id, member, relations, await activeCountsOf(q, member.id));
}

export interface SearchDeps {
  db: Queryable;
  directory: MemberDirectory;
  settings: ProgramSettings;
  now: Date;
}

/**
 * Ranks the directory's members with core's rankCandidates: a partner is matched on their whole profile,
 * anyone else on their public profile (core's publicProfile), so a hidden field can neither match a
 * criterion nor show in a reason.
 */
export async function search(deps: SearchDeps, viewerId: string, query: SearchQuery): Promise<SearchPage> {
  const viewer = await me(deps.db, viewerId);
  await deps.directory.refresh();
  const relations = await relationsOf(deps.db, viewer.id);
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
  // A partner is matched on their whole profile; anyone else on their public one (the directory's default).
  const partners = new Set([...relations].filter(([, relation]) => relation.isPartner).map(([id]) => id));
  const { directory } = deps;
  const { total, page } = rankCandidates({
    candidates: directory.candidates(roleSought(query.find), deps.settings, partners),
    viewer: isEnrolled(viewer) ? viewer : null,
    query: { ...query, offset, limit },
    settings: deps.settings,
    now: deps.now,
  });
  const hits = page.map(({ candidate, score, reasons }) => {
    const member = directory.member(candidate.member.id) ?? candidate.member;
    return { member: memberViewFor(viewer.id, member, relations, directory.countsOf(member.id)), score, reasons };
  });
  return { total, offset, limit, hits };
}

export async function requestMentorship(work: Work, viewerId: string, request: MentorshipRequestInput): Promise<Mentorship> {
  const { tx } = work;
  const members = await lockMembers(tx, [viewerId, request.recipientId]);
  const requester = members.get(viewerId);
  if (!requester) throw new MentoringError('unauthenticated', 'No member is signed in.');
  const recipient = members.get(request.recipientId);
  if (!recipient) throw notFound('member', request.recipientId);
  const [mentor, mentee] = request.requesterRole === 'mentor' ? [requester, recipient] : [recipient, requester];
  const planned = planRequest(request, {
    settings: work.settings,
    now: work.now,
    requester,
    recipient,
    requesterOpenRequests: (await openCountsOf(tx, requester.id)).sent,
    pairHasLiveMentorship: await pairHasLiveMentorship(tx, requester.id, recipient.id),
    mentorActiveMentees: (await activeCountsOf(tx, mentor.id)).mentees,
    menteeActiveMentors: (await activeCountsOf(tx, mentee.id)).mentors,
  });
  const created: Mentorship = { id: newMentorshipId(), ...planned };
  try {
    await insertMentorship(tx, created);
  } catch (error) {
    // The pair's unique index: only reachable if the guard above was somehow bypassed.
    if (sqlState(error) === UNIQUE_VIOLATION) {
      throw new MentoringError('conflict', 'These two members already have an open or active mentorship.', {
        reason: 'duplicate',
        details: { memberId: recipient.id },
      });
    }
    throw error;
  }
  work.email('request', created, requester.id, members);
  work.mentorshipChanged(created);
  return created;
}

export async function act(
  work: Work,
  viewerId: string,
  id: string,
  action: MentorshipAction,
  input: MentorshipActionInput,
): Promise<Mentorship> {
  const { tx } = work;
  const seen = await findMentorship(tx, id);
  if (!seen) throw notFound('mentorship', id);
  // Members first, then the mentorship: the order every writer locks in. The counts read below cannot
  // change until this transaction ends, which is what makes "limits checked again at accept" hold.
  const members = await lockMembers(tx, [seen.mentorId, seen.menteeId]);
  const m = (await findMentorship(tx, id, { lock: true })) ?? seen;
  const mentor = members.get(m.mentorId);
  if (!mentor) throw notFound('member', m.mentorId);
  const next = applyAction(m, action, input, {
    settings: work.settings,
    now: work.now,
    actorId: viewerId,
    mentorActiveMentees: (await activeCountsOf(tx, m.mentorId)).mentees,
    mentorCapacity: mentor.availability.capacity,
    menteeActiveMentors: (await activeCountsOf(tx, m.menteeId)).mentors,
  });
  await updateMentorship(tx, next);
  const email = ACTION_EMAIL[action];
  if (email) work.email(email, next, viewerId, members);
  work.mentorshipChanged(next);
  return next;
}

export async function giveFeedback(work: Work, viewerId: string, id: string, input: FeedbackInput): Promise<Mentorship> {
  const m = await findMentorship(work.tx, id, { lock: true });
  if (!m) throw notFound('mentorship', id);
  const next = applyFeedback(m, input, viewerId, work.now);
  await updateMentorship(work.tx, next);
  work.mentorshipChanged(next);
  return next;
}

/** The viewer's mentorships in every state, newest first, each with the other member as the viewer sees them. */
export async function listMentorships(q: Queryable, viewerId: string): Promise<MentorshipItem[]> {
  const viewer = await me(q, viewerId);
  const mine = (await mentorshipsOf(q, viewer.id)).filter((m) => isParticipant(m, viewer.id));
  // mentorshipsOf is newest first; core reads them in creation order.
  const relations = relationsFrom(mine.toReversed(), viewer.id);
  const partnerIds = [...new Set(mine.map((m) => partnerOf(m, viewer.id)))];
  const partners = await findMembers(q, partnerIds);
  const counts = await activeCountsFor(q, partnerIds);
  return mine.map((m) => {
    const partner = partners.get(partnerOf(m, viewer.id));
    if (!partner) throw notFound('member', partnerOf(m, viewer.id));
    return { mentorship: m, partner: memberViewFor(viewer.id, partner, relations, counts(partner.id)) };
  });
}
