// The mentoring service: every operation of the MentoringAdapter contract, written once, over any store.
// Each reads the facts from the store, calls the pure rules (lifecycle.ts, enrolment.ts, views.ts,
// visibility.ts; matching through the store's ranking), writes the result, and queues the notifications
// and change records, inside one unit of work of the store. MemoryAdapter runs it over the in-memory store;
// the server's routes run it over SQL. Nothing here knows which.
//
// An operation is one method: it names its unit of work (`this.read` or `this.change`, calls.ts) and a body
// that reads with `yield* wait(tx.…)` (op.ts). See packages/core/README.md, "Adding an operation". The
// program office's operations are the staff service's (staff-service.ts), run the same way.
import { MENTORSHIP_ACTIONS, type MentorshipAction } from '../adapter.ts';
import { concernForMember, newConcern } from '../concerns.ts';
import { acceptCodeOfConduct, applyAvailability, isEnrolled, planEnrolment } from '../enrolment.ts';
import { notFound, parseInput } from '../errors.ts';
import { applyAction, applyFeedback, partnerOf, planRequest } from '../lifecycle.ts';
import { DEFAULT_SEARCH_LIMIT } from '../matching.ts';
import { ACTION_NOTIFICATION } from '../notifications.ts';
import { Id } from '../schemas/common.ts';
import { ConcernInput, type Concern } from '../schemas/concern.ts';
import {
  AvailabilityInput, CodeOfConductAcceptance, EnrolmentInput, type Member, type MemberView, type Viewer,
} from '../schemas/member.ts';
import {
  FeedbackInput, MentorshipActionInput, MentorshipRequestInput, type Mentorship, type MentorshipItem,
} from '../schemas/mentorship.ts';
import { SearchQuery, type SearchPage } from '../schemas/search.ts';
import type { ProgramSettings } from '../schemas/settings.ts';
import { isShownTo, memberViewFor } from '../views.ts';
import { mentorshipFor } from '../visibility.ts';
import { ServiceCalls, type Caller } from './calls.ts';
import { wait, type Awaitable, type Op } from './op.ts';
import type { StoreChange } from './store.ts';
import {
  checkAction, concernChanged, lockMentorshipWithMembers, memberIn, mentorshipChanged, notify, relationsAmong, relationsOf, saveViewer, unauthenticated, viewerOf,
  viewerRecord,
} from './unit.ts';

export type { Call, Caller } from './calls.ts';

export class MentoringService extends ServiceCalls {
  /** The program settings; no sign-in needed. */
  getProgram(): Awaitable<ProgramSettings> {
    return this.store.read((tx) => wait(tx.program()));
  }

  getViewer(caller: Caller | null): Awaitable<Viewer> {
    return this.read(caller, function* (tx, call) {
      return yield* viewerOf(tx, yield* viewerRecord(tx, call.viewerId), call.staff);
    });
  }

  /** Another member (or the viewer) as the viewer may see them; members outside the program only to those who know them. */
  getMember(caller: Caller | null, id: string): Awaitable<MemberView> {
    return this.read(caller, function* (tx, { viewerId }) {
      const memberId = parseInput(Id, id, 'member id');
      const member = yield* wait(tx.member(memberId));
      if (!member) throw notFound('member', memberId);
      const relations = yield* relationsOf(tx, viewerId);
      if (!isShownTo(member, viewerId, relations)) throw notFound('member', memberId);
      const counts = yield* wait(tx.activeCounts([member.id]));
      return memberViewFor(viewerId, member, relations, counts(member.id));
    });
  }

  /**
   * The store ranks (matching.ts): a partner is matched on their whole profile, anyone else on their public
   * one, so a hidden field can neither match a criterion nor show in a reason.
   */
  search(caller: Caller | null, query: SearchQuery): Awaitable<SearchPage> {
    return this.read(caller, function* (tx, { viewerId, settings, now }) {
      const me = yield* viewerRecord(tx, viewerId);
      const parsed = parseInput(SearchQuery, query, 'search query');
      const offset = parsed.offset ?? 0;
      const limit = parsed.limit ?? DEFAULT_SEARCH_LIMIT;
      const relations = yield* relationsOf(tx, viewerId);
      const partners = new Set([...relations].filter(([, relation]) => relation.isPartner).map(([id]) => id));
      const { total, page } = yield* wait(
        tx.rankMembers({ query: { ...parsed, offset, limit }, viewer: isEnrolled(me) ? me : null, partners, settings, now }),
      );
      const hits = page.map(({ member, counts, score, reasons }) => ({ member: memberViewFor(viewerId, member, relations, counts), score, reasons }));
      return { total, offset, limit, hits };
    });
  }

  enrol(caller: Caller | null, input: EnrolmentInput): Awaitable<Viewer> {
    return this.change(caller, function* (tx, { viewerId, staff, settings, now }) {
      const enrolment = parseInput(EnrolmentInput, input, 'enrolment');
      const me = yield* lockViewer(tx, viewerId);
      const live = yield* wait(tx.liveCounts(me.id));
      const next = planEnrolment(me, enrolment, { settings, now, liveAsMentor: live.asMentor, liveAsMentee: live.asMentee });
      return yield* saveViewer(tx, next, staff);
    });
  }

  setAvailability(caller: Caller | null, input: AvailabilityInput): Awaitable<Viewer> {
    return this.change(caller, function* (tx, { viewerId, staff }) {
      const availability = parseInput(AvailabilityInput, input, 'availability');
      return yield* saveViewer(tx, applyAvailability(yield* lockViewer(tx, viewerId), availability), staff);
    });
  }

  requestMentorship(caller: Caller | null, input: MentorshipRequestInput): Awaitable<Mentorship> {
    return this.change(caller, function* (tx, { viewerId, settings, now }) {
      const request = parseInput(MentorshipRequestInput, input, 'mentorship request');
      // Both members locked: what the guards read of them and their counts cannot change until the unit ends.
      const members = yield* wait(tx.lockMembers([viewerId, request.recipientId]));
      const requester = members.get(viewerId);
      if (!requester) throw unauthenticated();
      const recipient = memberIn(members, request.recipientId);
      const [mentor, mentee] = request.requesterRole === 'mentor' ? [requester, recipient] : [recipient, requester];
      const active = yield* wait(tx.activeCounts([mentor.id, mentee.id]));
      const planned = planRequest(request, {
        settings,
        now,
        requester,
        recipient,
        requesterOpenRequests: (yield* wait(tx.openCounts(requester.id))).sent,
        pairHasLiveMentorship: yield* wait(tx.pairHasLiveMentorship(requester.id, recipient.id)),
        mentorActiveMentees: active(mentor.id).mentees,
        menteeActiveMentors: active(mentee.id).mentors,
      });
      const created: Mentorship = { id: tx.newMentorshipId(), ...planned };
      yield* wait(tx.addMentorship(created));
      notify(tx, 'request', created, requester.id, { settings, now, members });
      tx.recordChange(mentorshipChanged(created));
      return mentorshipFor(created, viewerId);
    });
  }

  act(caller: Caller | null, id: string, action: MentorshipAction, input: MentorshipActionInput = {}): Awaitable<Mentorship> {
    return this.change(caller, function* (tx, { viewerId, settings, now }) {
      checkAction(MENTORSHIP_ACTIONS, action);
      const parsed = parseInput(MentorshipActionInput, input, 'action');
      // The counts read below cannot change until the unit ends: "limits checked again at accept" holds.
      const { m, members } = yield* lockMentorshipWithMembers(tx, id);
      const mentor = memberIn(members, m.mentorId);
      const active = yield* wait(tx.activeCounts([m.mentorId, m.menteeId]));
      const next = applyAction(m, action, parsed, {
        settings,
        now,
        actorId: viewerId,
        mentor,
        mentee: memberIn(members, m.menteeId),
        mentorActiveMentees: active(m.mentorId).mentees,
        mentorCapacity: mentor.availability.capacity,
        menteeActiveMentors: active(m.menteeId).mentors,
      });
      yield* wait(tx.updateMentorship(next));
      notify(tx, ACTION_NOTIFICATION[action], next, viewerId, { settings, now, members });
      tx.recordChange(mentorshipChanged(next));
      return mentorshipFor(next, viewerId);
    });
  }

  giveFeedback(caller: Caller | null, id: string, input: FeedbackInput): Awaitable<Mentorship> {
    return this.change(caller, function* (tx, { viewerId, now }) {
      const feedback = parseInput(FeedbackInput, input, 'feedback');
      const m = yield* wait(tx.lockMentorship(id));
      if (!m) throw notFound('mentorship', id);
      const next = applyFeedback(m, feedback, viewerId, now);
      yield* wait(tx.updateMentorship(next));
      tx.recordChange(mentorshipChanged(next));
      return mentorshipFor(next, viewerId);
    });
  }

  /**
   * The viewer's mentorships in every state, newest first, each with the other member as the viewer sees
   * them, and only the viewer's own feedback (evaluations go to the program office).
   */
  listMentorships(caller: Caller | null): Awaitable<MentorshipItem[]> {
    return this.read(caller, function* (tx, { viewerId }) {
      const mine = yield* wait(tx.mentorshipsOf(viewerId));
      const relations = relationsAmong(mine, viewerId);
      const partnerIds = [...new Set(mine.map((m) => partnerOf(m, viewerId)))];
      const partners = yield* wait(tx.members(partnerIds));
      const counts = yield* wait(tx.activeCounts(partnerIds));
      return mine.map((m) => {
        const partner = memberIn(partners, partnerOf(m, viewerId));
        return { mentorship: mentorshipFor(m, viewerId), partner: memberViewFor(viewerId, partner, relations, counts(partner.id)) };
      });
    });
  }

  /** The viewer accepts the code of conduct in the version they were shown. */
  acceptCodeOfConduct(caller: Caller | null, input: CodeOfConductAcceptance): Awaitable<Viewer> {
    return this.change(caller, function* (tx, { viewerId, staff, settings, now }) {
      const acceptance = parseInput(CodeOfConductAcceptance, input, 'code of conduct acceptance');
      return yield* saveViewer(tx, acceptCodeOfConduct(yield* lockViewer(tx, viewerId), acceptance, settings, now), staff);
    });
  }

  /** The viewer reports a problem with one of their mentorships or requests; only staff see it. */
  raiseConcern(caller: Caller | null, input: ConcernInput): Awaitable<Concern> {
    return this.change(caller, function* (tx, { viewerId, now }) {
      const concern = parseInput(ConcernInput, input, 'concern');
      const m = yield* wait(tx.mentorship(concern.mentorshipId));
      if (!m) throw notFound('mentorship', concern.mentorshipId);
      const raised = newConcern(tx.newConcernId(), concern, m, viewerId, now);
      yield* wait(tx.addConcern(raised));
      tx.recordChange(concernChanged(raised));
      return concernForMember(raised);
    });
  }

  /** The concerns the viewer raised, newest first, with their status and staff's replies. */
  listConcerns(caller: Caller | null): Awaitable<Concern[]> {
    return this.read(caller, function* (tx, { viewerId }) {
      return (yield* wait(tx.concernsRaisedBy(viewerId))).map(concernForMember);
    });
  }
}

/** The viewer's record, locked for the unit's change. */
function* lockViewer(tx: StoreChange, viewerId: string): Op<Member> {
  const me = (yield* wait(tx.lockMembers([viewerId]))).get(viewerId);
  if (!me) throw unauthenticated();
  return me;
}

