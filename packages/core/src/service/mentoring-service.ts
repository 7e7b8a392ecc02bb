// The mentoring service: every operation of the MentoringAdapter contract, written once, over any store.
// Each reads the facts from the store, calls the pure rules (lifecycle.ts, enrolment.ts, views.ts,
// visibility.ts; matching through the store's ranking), writes the result, and queues the notifications
// and change records, inside one unit of work of the store. MemoryAdapter runs it over the in-memory store;
// the server's routes run it over SQL. Nothing here knows which.
//
// An operation is one method: it names its unit of work (`#read` or `#change`) and a body that reads with
// `yield* wait(tx.…)` (op.ts). See packages/core/README.md, "Adding an operation".
import { MENTORSHIP_ACTIONS, type MentorshipAction } from '../adapter.ts';
import { systemClock, type Clock } from '../clock.ts';
import { applyAvailability, isEnrolled, newMember, planEnrolment, type Account } from '../enrolment.ts';
import { MentoringError, notFound, parseInput } from '../errors.ts';
import { Id } from '../schemas/common.ts';
import { applyAction, applyFeedback, isParticipant, partnerOf, planRequest, requestAgainAt } from '../lifecycle.ts';
import { DEFAULT_SEARCH_LIMIT } from '../matching.ts';
import { ACTION_NOTIFICATION } from '../notifications.ts';
import { AvailabilityInput, EnrolmentInput, type Member, type MemberView, type Viewer } from '../schemas/member.ts';
import {
  FeedbackInput, MentorshipActionInput, MentorshipRequestInput, type Mentorship, type MentorshipItem,
} from '../schemas/mentorship.ts';
import { SearchQuery, type SearchPage } from '../schemas/search.ts';
import type { ProgramSettings } from '../schemas/settings.ts';
import { isShownTo, memberViewFor } from '../views.ts';
import { JOB_BATCH, digestBatch, jobBatch, type JobRun } from './jobs.ts';
import { isPromiseLike, runOp, wait, type Awaitable, type Op } from './op.ts';
import type { MentoringStore, RetryKey, StoreChange, StoreReads, UnitReceipt } from './store.ts';
import {
  memberChanged, memberIn, mentorshipChanged, notify, relationsAmong, relationsOf, saveViewer, unauthenticated, viewerOf,
  viewerRecord,
} from './unit.ts';

/** Who calls: the member the member site signed in, and what that site knows of them. */
export interface Caller {
  memberId: string;
  /** Name and email, used the first time the member is seen (their record is made from it). */
  account?: Account;
  /** This call's retry key, when it may be sent again (REST's Idempotency-Key). */
  retry?: RetryKey;
  /**
   * Filled in with how the store kept the call's own unit of work (a state change's: not the sign-in or
   * the overdue requests' expiry that may run before it): replayed, and the feed positions of its changes.
   */
  receipt?: UnitReceipt;
}

/** What an operation's body works with: who calls, the program, and the instant it runs at. */
export interface Call {
  viewerId: string;
  settings: ProgramSettings;
  now: Date;
}

type Body<Tx, T> = (tx: Tx, call: Call) => Op<T>;

export class MentoringService {
  readonly #store: MentoringStore;
  readonly #clock: Clock;
  /** The jobs' run a call is waiting for, shared by the calls that arrive meanwhile. */
  #catchingUp: Promise<void> | null = null;

  constructor(store: MentoringStore, clock: Clock = systemClock) {
    this.#store = store;
    this.#clock = clock;
  }

  /** The program settings; no sign-in needed. */
  getProgram(): Awaitable<ProgramSettings> {
    return this.#store.read((tx) => wait(tx.program()));
  }

  getViewer(caller: Caller | null): Awaitable<Viewer> {
    return this.#read(caller, function* (tx, call) {
      return yield* viewerOf(tx, yield* viewerRecord(tx, call.viewerId));
    });
  }

  /** Another member (or the viewer) as the viewer may see them; members outside the program only to those who know them. */
  getMember(caller: Caller | null, id: string): Awaitable<MemberView> {
    return this.#read(caller, function* (tx, { viewerId, settings, now }) {
      const memberId = parseInput(Id, id, 'member id', 'id');
      const member = yield* wait(tx.member(memberId));
      if (!member) throw notFound('member', memberId);
      const relations = yield* relationsOf(tx, viewerId);
      if (!isShownTo(member, viewerId, relations)) throw notFound('member', memberId);
      const counts = yield* wait(tx.activeCounts([member.id]));
      return memberViewFor(viewerId, member, relations, counts(member.id), { settings, now });
    });
  }

  /**
   * The store ranks (matching.ts): a partner is matched on their whole profile, anyone else on their public
   * one, so a hidden field can neither match a criterion nor show in a reason.
   */
  search(caller: Caller | null, query: SearchQuery): Awaitable<SearchPage> {
    return this.#read(caller, function* (tx, { viewerId, settings, now }) {
      const me = yield* viewerRecord(tx, viewerId);
      const parsed = parseInput(SearchQuery, query, 'search query');
      const offset = parsed.offset ?? 0;
      const limit = parsed.limit ?? DEFAULT_SEARCH_LIMIT;
      const relations = yield* relationsOf(tx, viewerId);
      const partners = new Set([...relations].filter(([, relation]) => relation.isPartner).map(([id]) => id));
      const { total, page } = yield* wait(
        tx.rankMembers({ query: { ...parsed, offset, limit }, viewer: isEnrolled(me) ? me : null, partners, settings, now }),
      );
      const hits = page.map(({ member, counts, score, reasons }) => ({
        member: memberViewFor(viewerId, member, relations, counts, { settings, now }),
        score,
        reasons,
      }));
      return { total, offset, limit, hits };
    });
  }

  enrol(caller: Caller | null, input: EnrolmentInput): Awaitable<Viewer> {
    return this.#change(caller, function* (tx, { viewerId, settings, now }) {
      const enrolment = parseInput(EnrolmentInput, input, 'enrolment');
      const me = yield* lockViewer(tx, viewerId);
      const live = yield* wait(tx.liveCounts(me.id));
      const next = planEnrolment(me, enrolment, { settings, now, liveAsMentor: live.asMentor, liveAsMentee: live.asMentee });
      return yield* saveViewer(tx, next);
    });
  }

  setAvailability(caller: Caller | null, input: AvailabilityInput): Awaitable<Viewer> {
    return this.#change(caller, function* (tx, { viewerId }) {
      const availability = parseInput(AvailabilityInput, input, 'availability');
      return yield* saveViewer(tx, applyAvailability(yield* lockViewer(tx, viewerId), availability));
    });
  }

  requestMentorship(caller: Caller | null, input: MentorshipRequestInput): Awaitable<Mentorship> {
    return this.#change(caller, function* (tx, { viewerId, settings, now }) {
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
      return created;
    });
  }

  act(caller: Caller | null, id: string, action: MentorshipAction, input: MentorshipActionInput = {}): Awaitable<Mentorship> {
    return this.#change(caller, function* (tx, { viewerId, settings, now }) {
      // Typed callers cannot pass anything else, but page scripts are plain JavaScript.
      if (!MENTORSHIP_ACTIONS.includes(action)) {
        throw new MentoringError('validation', `Unknown action ${String(action)}.`, { field: 'action' });
      }
      const mentorshipId = parseInput(Id, id, 'mentorship id', 'id');
      const parsed = parseInput(MentorshipActionInput, input, 'action');
      const seen = yield* theirMentorship(tx, mentorshipId, viewerId);
      // Members first, then the mentorship: the order every unit locks in. The counts read below cannot
      // change until the unit ends, which is what makes "limits checked again at accept" hold.
      const members = yield* wait(tx.lockMembers([seen.mentorId, seen.menteeId]));
      const m = (yield* wait(tx.lockMentorship(mentorshipId))) ?? seen;
      const mentor = memberIn(members, m.mentorId);
      const active = yield* wait(tx.activeCounts([m.mentorId, m.menteeId]));
      const next = applyAction(m, action, parsed, {
        settings,
        now,
        actorId: viewerId,
        mentorActiveMentees: active(m.mentorId).mentees,
        mentorCapacity: mentor.availability.capacity,
        menteeActiveMentors: active(m.menteeId).mentors,
      });
      yield* wait(tx.updateMentorship(next));
      yield* notify(tx, ACTION_NOTIFICATION[action], next, viewerId, { settings, now, members });
      tx.recordChange(mentorshipChanged(next));
      // The mentor's open places are part of how every member sees them (a card's places, its "full" badge),
      // and only the pair hears of the mentorship: a mentorship that starts or stops being active is also
      // a change of its mentor.
      if ((m.state === 'active') !== (next.state === 'active')) tx.recordChange(yield* memberChanged(tx, mentor));
      return next;
    });
  }

  giveFeedback(caller: Caller | null, id: string, input: FeedbackInput): Awaitable<Mentorship> {
    return this.#change(caller, function* (tx, { viewerId, now }) {
      const mentorshipId = parseInput(Id, id, 'mentorship id', 'id');
      const feedback = parseInput(FeedbackInput, input, 'feedback');
      yield* theirMentorship(tx, mentorshipId, viewerId);
      const m = yield* wait(tx.lockMentorship(mentorshipId));
      if (!m) throw notFound('mentorship', mentorshipId);
      const next = applyFeedback(m, feedback, viewerId, now);
      yield* wait(tx.updateMentorship(next));
      tx.recordChange(mentorshipChanged(next));
      return next;
    });
  }

  /** The viewer's mentorships in every state, newest first, each with the other member as the viewer sees them. */
  listMentorships(caller: Caller | null): Awaitable<MentorshipItem[]> {
    return this.#read(caller, function* (tx, { viewerId, settings, now }) {
      const mine = yield* wait(tx.mentorshipsOf(viewerId));
      const relations = relationsAmong(mine, viewerId);
      const partnerIds = [...new Set(mine.map((m) => partnerOf(m, viewerId)))];
      const partners = yield* wait(tx.members(partnerIds));
      const counts = yield* wait(tx.activeCounts(partnerIds));
      return mine.map((m) => {
        const partner = memberIn(partners, partnerOf(m, viewerId));
        return { mentorship: m, partner: memberViewFor(viewerId, partner, relations, counts(partner.id), { settings, now }) };
      });
    });
  }

  /**
   * A member signs in: the first time, their record is stored, unenrolled, from what the member site says
   * of them (`newMember`). True if it was stored now. Every other operation does this first.
   */
  signIn(caller: Caller): Awaitable<boolean> {
    return runOp(this.#signIn(caller));
  }

  /**
   * Expires overdue requests (telling the requester), reminds recipients of requests about to expire, and
   * sends the digests of notifications the cap held back a day ago.
   */
  runJobs(): Awaitable<JobRun> {
    return runOp(this.#jobs(this.#clock.now()));
  }

  #read<T>(caller: Caller | null, body: Body<StoreReads, T>): Awaitable<T> {
    return runOp(this.#call(caller, (call) => this.#store.read((tx) => body(tx, call))));
  }

  #change<T>(caller: Caller | null, body: Body<StoreChange, T>): Awaitable<T> {
    return runOp(this.#call(caller, (call) => this.#store.change((tx) => body(tx, call), { retry: caller?.retry, receipt: caller?.receipt })));
  }

  /**
   * Every member's call: refused without a member; then overdue requests are expired and a member seen for
   * the first time is stored, each in a unit of work of its own (so a refused call still leaves them done),
   * and only then the call's own unit runs.
   */
  *#call<T>(caller: Caller | null, unit: (call: Call) => Awaitable<T>): Op<T> {
    if (caller === null) throw unauthenticated();
    const now = this.#clock.now();
    yield* this.#catchUp(now);
    yield* this.#signIn(caller);
    const settings = yield* wait(this.#store.read((tx) => wait(tx.program())));
    return yield* wait(unit({ viewerId: caller.memberId, settings, now }));
  }

  *#signIn(caller: Caller): Op<boolean> {
    // A lookup first: a member is new only once, and a lookup costs less than a unit of work that writes.
    if (yield* wait(this.#store.read((tx) => wait(tx.member(caller.memberId))))) return false;
    return yield* wait(this.#store.change((tx) => provision(tx, caller)));
  }

  /**
   * Expires overdue requests before a member's call is answered, so nothing stale is read or acted on: the
   * jobs' timer may be a minute away (and in memory there is none). One probe, and at most one run of the
   * jobs at a time per service; calls that arrive during a run wait for it.
   */
  *#catchUp(now: Date): Op<void> {
    if (this.#catchingUp === null) {
      const run = runOp(this.#expireOverdue(now));
      // Done at once (in memory): there is nothing for another call to wait for.
      if (!isPromiseLike(run)) return;
      this.#catchingUp = run.finally(() => {
        this.#catchingUp = null;
      });
    }
    yield* wait(this.#catchingUp);
  }

  *#expireOverdue(now: Date): Op<void> {
    if (yield* wait(this.#store.read((tx) => wait(tx.anyOverdue(now))))) yield* this.#jobs(now);
  }

  *#jobs(now: Date): Op<JobRun> {
    const total: JobRun = { expired: 0, reminded: 0, digests: 0 };
    const passed: string[] = [];
    for (;;) {
      const batch = yield* wait(this.#store.change((tx) => jobBatch(tx, now, passed)));
      total.expired += batch.expired;
      total.reminded += batch.reminded;
      if (batch.fetched < JOB_BATCH) break;
    }
    for (;;) {
      const batch = yield* wait(this.#store.change((tx) => digestBatch(tx, now)));
      total.digests += batch.digests;
      if (batch.fetched < JOB_BATCH) return total;
    }
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

/** Stores a member seen for the first time, and records the change; false if they were stored already. */
function* provision(tx: StoreChange, caller: Caller): Op<boolean> {
  const member = newMember(caller.memberId, caller.account ?? {}, yield* wait(tx.program()));
  const added = yield* wait(tx.addMember(member));
  if (added) tx.recordChange(yield* memberChanged(tx, member));
  return added;
}
