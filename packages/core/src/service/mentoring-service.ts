// The mentoring service: every operation of the MentoringAdapter contract, written once, over any store.
// Each reads the facts from the store, calls the pure rules (lifecycle.ts, enrolment-changes.ts, views.ts,
// visibility.ts; matching through the store's ranking), writes the result, and queues the notifications
// and change records, inside one unit of work of the store. MemoryAdapter runs it over the in-memory store;
// the server's routes run it over SQL. Nothing here knows which.
//
// The reads are MentoringReads' (mentoring-reads.ts); this module adds the changes, so that the in-page demo
// downloads them, and the rules only they call, with a member's first change (memory-adapter.ts).
//
// An operation is one method: it names its unit of work (`this.read` or `this.change`, calls.ts) and a body
// that reads with `yield* wait(tx.…)` (op.ts). See packages/core/README.md, "Adding an operation". The
// program office's operations are the staff service's (staff-service.ts), run the same way.
import { MENTORSHIP_ACTIONS, type MentorshipAction } from '../adapter.ts';
import { concernForMember, newConcern } from '../concerns.ts';
import { acceptCodeOfConduct, applyAvailability, planEnrolment } from '../enrolment-changes.ts';
import { notFound, parseInput } from '../errors.ts';
import { isParticipant, requestAgainAt } from '../lifecycle.ts';
import { applyAction, applyFeedback, planRequest } from '../lifecycle-changes.ts';
import { ACTION_NOTIFICATION } from '../notifications.ts';
import { Id } from '../schemas/common.ts';
import type { Concern } from '../schemas/concern.ts';
import type { Member, Viewer } from '../schemas/member.ts';
import type { Mentorship } from '../schemas/mentorship.ts';
import {
  AvailabilityInput, CodeOfConductAcceptance, ConcernInput, EnrolmentInput, FeedbackInput, MentorshipActionInput, MentorshipRequestInput,
} from '../schemas/inputs.ts';
import { mentorshipFor } from '../visibility.ts';
import type { Caller } from './calls.ts';
import { MentoringReads } from './mentoring-reads.ts';
import { wait, type Awaitable, type Op } from './op.ts';
import type { StoreChange, StoreReads } from './store.ts';
import { checkAction, lockMentorshipWithMembers, mentorActiveChange, notify, saveViewer } from './change-unit.ts';
import { concernChanged, memberIn, mentorshipChanged, relationsOf, unauthenticated } from './unit.ts';

export type { Call, Caller } from './calls.ts';
export { MentoringReads } from './mentoring-reads.ts';

export class MentoringService extends MentoringReads {
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
      const pair = (yield* relationsOf(tx, requester.id)).get(recipient.id);
      const planned = planRequest(request, {
        settings,
        now,
        requester,
        recipient,
        requesterOpenRequests: (yield* wait(tx.openCounts(requester.id))).sent,
        pairHasLiveMentorship: yield* wait(tx.pairHasLiveMentorship(requester.id, recipient.id)),
        requestAgainAt: pair ? requestAgainAt(pair, settings) : null,
        mentorActiveMentees: active(mentor.id).mentees,
        menteeActiveMentors: active(mentee.id).mentors,
      });
      const created: Mentorship = { id: tx.newMentorshipId(), ...planned };
      yield* wait(tx.addMentorship(created));
      yield* notify(tx, 'request', created, requester.id, { settings, now, members });
      tx.recordChange(mentorshipChanged(created));
      return mentorshipFor(created, viewerId);
    });
  }

  act(caller: Caller | null, id: string, action: MentorshipAction, input: MentorshipActionInput = {}): Awaitable<Mentorship> {
    return this.change(caller, function* (tx, { viewerId, settings, now }) {
      checkAction(MENTORSHIP_ACTIONS, action);
      const mentorshipId = parseInput(Id, id, 'mentorship id', 'id');
      const parsed = parseInput(MentorshipActionInput, input, 'action');
      yield* theirMentorship(tx, mentorshipId, viewerId);
      // The counts read below cannot change until the unit ends: "limits checked again at accept" holds.
      const { m, members } = yield* lockMentorshipWithMembers(tx, mentorshipId);
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
      yield* notify(tx, ACTION_NOTIFICATION[action], next, viewerId, { settings, now, members });
      tx.recordChange(mentorshipChanged(next));
      yield* mentorActiveChange(tx, m, next, mentor);
      return mentorshipFor(next, viewerId);
    });
  }

  giveFeedback(caller: Caller | null, id: string, input: FeedbackInput): Awaitable<Mentorship> {
    return this.change(caller, function* (tx, { viewerId, now }) {
      const mentorshipId = parseInput(Id, id, 'mentorship id', 'id');
      const feedback = parseInput(FeedbackInput, input, 'feedback');
      yield* theirMentorship(tx, mentorshipId, viewerId);
      const m = yield* wait(tx.lockMentorship(mentorshipId));
      if (!m) throw notFound('mentorship', mentorshipId);
      const next = applyFeedback(m, feedback, viewerId, now);
      yield* wait(tx.updateMentorship(next));
      tx.recordChange(mentorshipChanged(next));
      return mentorshipFor(next, viewerId);
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
}

/** The viewer's record, locked for the unit's change. */
function* lockViewer(tx: StoreChange, viewerId: string): Op<Member> {
  const me = (yield* wait(tx.lockMembers([viewerId]))).get(viewerId);
  if (!me) throw unauthenticated();
  return me;
}

/**
 * The mentorship, if the viewer is one of its two members; else `not-found`, whether it exists or not. Read
 * without a lock, and refused before anything else is read or locked: an outsider gets the same answer
 * after the same one query either way, so neither the answer nor its timing tells them the id exists.
 */
function* theirMentorship(tx: StoreReads, id: string, viewerId: string): Op<Mentorship> {
  const m = yield* wait(tx.mentorship(id));
  if (!m || !isParticipant(m, viewerId)) throw notFound('mentorship', id);
  return m;
}
