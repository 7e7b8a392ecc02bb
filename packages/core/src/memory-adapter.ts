// MentoringAdapter in memory: one signed-in member's view of a MemoryBackend. Each call validates its
// input with the core schemas, reads the facts the pure rules need (lifecycle.ts, enrolment.ts,
// matching.ts, visibility.ts, views.ts), stores their result and returns copies. It decides nothing itself.
import {
  MENTORSHIP_ACTIONS, type AbortSignalLike, type CallOptions, type ChangeListener, type MentoringAdapter, type MentorshipAction,
} from './adapter.ts';
import { applyAvailability, isEnrolled, planEnrolment } from './enrolment.ts';
import { MentoringError, parseInput } from './errors.ts';
import { applyAction, applyFeedback, isParticipant, partnerOf, planRequest } from './lifecycle.ts';
import { DEFAULT_SEARCH_LIMIT, rankCandidates, type Candidate } from './matching.ts';
import type { BackendShared, MemoryBackend } from './memory-backend.ts';
import { ACTION_EMAIL } from './memory-emails.ts';
import { deepCopy } from './memory-store.ts';
import { Id } from './schemas/common.ts';
import { AvailabilityInput, EnrolmentInput, type Member, type MemberView, type Viewer } from './schemas/member.ts';
import {
  FeedbackInput, MentorshipActionInput, MentorshipRequestInput, type Mentorship, type MentorshipItem,
} from './schemas/mentorship.ts';
import { SearchQuery, type SearchPage } from './schemas/search.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import { isShownTo, memberViewFor, toViewer, type ActiveCounts } from './views.ts';
import { publicProfile } from './visibility.ts';

// Core is compiled without DOM or Node types; these exist in every runtime it targets.
declare function setTimeout(handler: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;

export class MemoryAdapter implements MentoringAdapter {
  readonly viewerId: string | null;
  readonly backend: MemoryBackend;
  readonly #shared: BackendShared;

  /** Made by `MemoryBackend.adapterFor` and `MemoryBackend.anonymous`. */
  constructor(backend: MemoryBackend, viewerId: string | null, shared: BackendShared) {
    this.backend = backend;
    this.viewerId = viewerId;
    this.#shared = shared;
  }

  getViewer(options?: CallOptions): Promise<Viewer> {
    return this.#call(options, () => this.#viewer(this.#me()));
  }

  getProgram(options?: CallOptions): Promise<ProgramSettings> {
    return this.#call(options, () => deepCopy(this.backend.settings));
  }

  getMember(id: string, options?: CallOptions): Promise<MemberView> {
    return this.#call(options, () => {
      const me = this.#me();
      const member = this.#member(parseInput(Id, id, 'member id'));
      const relations = this.#store.relationsOf(me.id);
      if (!isShownTo(member, me.id, relations)) throw notFound('member', id);
      return memberViewFor(me.id, member, relations, this.#store.activeCountsOf(member.id));
    });
  }

  search(query: SearchQuery, options?: CallOptions): Promise<SearchPage> {
    return this.#call(options, () => {
      const me = this.#me();
      const parsed = parseInput(SearchQuery, query, 'search query');
      const offset = parsed.offset ?? 0;
      const limit = parsed.limit ?? DEFAULT_SEARCH_LIMIT;
      const counts = this.#store.activeCounts();
      const relations = this.#store.relationsOf(me.id);
      const { total, page } = rankCandidates({
        candidates: candidates(this.#store.members(), counts, (id) => relations.get(id)?.isPartner ?? false),
        viewer: isEnrolled(me) ? me : null,
        query: { ...parsed, offset, limit },
        settings: this.backend.settings,
        now: this.#now(),
      });
      const hits = page.map(({ candidate, score, reasons }) => ({
        member: memberViewFor(me.id, this.#member(candidate.member.id), relations, counts(candidate.member.id)),
        score,
        reasons: deepCopy(reasons),
      }));
      return { total, offset, limit, hits };
    });
  }

  enrol(input: EnrolmentInput, options?: CallOptions): Promise<Viewer> {
    return this.#call(options, () => {
      const me = this.#me();
      const live = this.#store.liveCountsOf(me.id);
      const next = planEnrolment(me, parseInput(EnrolmentInput, input, 'enrolment'), {
        settings: this.backend.settings,
        now: this.#now(),
        liveAsMentor: live.asMentor,
        liveAsMentee: live.asMentee,
      });
      return this.#viewer(this.#saveMember(next));
    });
  }

  setAvailability(input: AvailabilityInput, options?: CallOptions): Promise<Viewer> {
    return this.#call(options, () => {
      const me = this.#me();
      return this.#viewer(this.#saveMember(applyAvailability(me, parseInput(AvailabilityInput, input, 'availability'))));
    });
  }

  requestMentorship(input: MentorshipRequestInput, options?: CallOptions): Promise<Mentorship> {
    return this.#call(options, () => {
      const me = this.#me();
      const request = parseInput(MentorshipRequestInput, input, 'mentorship request');
      const recipient = this.#member(request.recipientId);
      const [mentor, mentee] = request.requesterRole === 'mentor' ? [me, recipient] : [recipient, me];
      const planned = planRequest(request, {
        settings: this.backend.settings,
        now: this.#now(),
        requester: me,
        recipient,
        requesterOpenRequests: this.#store.openCountsOf(me.id).sent,
        pairHasLiveMentorship: (this.#store.relationsOf(me.id).get(recipient.id)?.live ?? null) !== null,
        mentorActiveMentees: this.#store.activeCountsOf(mentor.id).mentees,
        menteeActiveMentors: this.#store.activeCountsOf(mentee.id).mentors,
      });
      const created: Mentorship = { id: this.#store.newMentorshipId(), ...planned };
      return this.#saveMentorship(created, 'request');
    });
  }

  act(id: string, action: MentorshipAction, input: MentorshipActionInput = {}, options?: CallOptions): Promise<Mentorship> {
    return this.#call(options, () => {
      const me = this.#me();
      // Typed callers cannot pass anything else, but page scripts are plain JavaScript.
      if (!MENTORSHIP_ACTIONS.includes(action)) {
        throw new MentoringError('validation', `Unknown action ${String(action)}.`, { field: 'action' });
      }
      const parsed = parseInput(MentorshipActionInput, input, 'action');
      const m = this.#mentorship(id);
      const mentor = this.#member(m.mentorId);
      const next = applyAction(m, action, parsed, {
        settings: this.backend.settings,
        now: this.#now(),
        actorId: me.id,
        mentorActiveMentees: this.#store.activeCountsOf(m.mentorId).mentees,
        mentorCapacity: mentor.availability.capacity,
        menteeActiveMentors: this.#store.activeCountsOf(m.menteeId).mentors,
      });
      return this.#saveMentorship(next, action);
    });
  }

  giveFeedback(id: string, input: FeedbackInput, options?: CallOptions): Promise<Mentorship> {
    return this.#call(options, () => {
      const me = this.#me();
      const feedback = parseInput(FeedbackInput, input, 'feedback');
      return this.#saveMentorship(applyFeedback(this.#mentorship(id), feedback, me.id, this.#now()), null);
    });
  }

  listMentorships(options?: CallOptions): Promise<MentorshipItem[]> {
    return this.#call(options, () => {
      const me = this.#me();
      const relations = this.#store.relationsOf(me.id);
      const counts = this.#store.activeCounts();
      const mine = [...this.#store.mentorships()].filter((m) => isParticipant(m, me.id));
      // Newest first. The store keeps creation order, so reversing it first keeps requests made in the
      // same instant newest first too (sort is stable).
      mine.reverse().sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
      return mine.map((m) => {
        const partner = this.#member(partnerOf(m, me.id));
        return { mentorship: deepCopy(m), partner: memberViewFor(me.id, partner, relations, counts(partner.id)) };
      });
    });
  }

  /** Every change made through any adapter of this backend, delivered in a microtask after it is stored. */
  subscribe(listener: ChangeListener): () => void {
    return this.#store.subscribe(listener);
  }

  get #store() {
    return this.#shared.store;
  }

  #now(): Date {
    return this.backend.clock.now();
  }

  /**
   * Every call: wait out the artificial latency (an abort rejects at once), run the due jobs so nothing
   * stale is read or acted on, then do the work synchronously, so no other call interleaves with it.
   * There is a wait even without latency, so an abort right after the call rejects it, as over a network.
   */
  async #call<T>(options: CallOptions | undefined, work: () => T): Promise<T> {
    const signal = options?.signal;
    throwIfAborted(signal);
    await delay(this.#shared.latencyMs, signal);
    throwIfAborted(signal);
    this.backend.runJobs();
    return work();
  }

  /** The signed-in member; every call but getProgram starts here, so an anonymous one is refused first. */
  #me(): Member {
    const me = this.viewerId === null ? undefined : this.#store.member(this.viewerId);
    if (!me) throw new MentoringError('unauthenticated', 'No member is signed in.');
    return me;
  }

  #member(id: string): Member {
    return this.#store.member(id) ?? throwError(notFound('member', id));
  }

  #mentorship(id: string): Mentorship {
    return this.#store.mentorship(id) ?? throwError(notFound('mentorship', id));
  }

  #viewer(member: Member): Viewer {
    return toViewer(deepCopy(member), this.#store.activeCountsOf(member.id), this.#store.openCountsOf(member.id));
  }

  #saveMember(member: Member): Member {
    this.#store.putMember(member);
    this.#store.commit([{ kind: 'member', id: member.id }]);
    return member;
  }

  /** Stores the record, sends the email the change calls for, tells listeners; returns a copy. */
  #saveMentorship(m: Mentorship, event: 'request' | MentorshipAction | null): Mentorship {
    this.#store.putMentorship(m);
    const email = event === 'request' ? 'request' : event === null ? null : ACTION_EMAIL[event];
    if (email) this.#shared.send(email, m, this.viewerId);
    this.#store.commit([{ kind: 'mentorship', id: m.id }]);
    return deepCopy(m);
  }
}

/** Search candidates as the viewer may see them: a partner whole, anyone else by their public profile. */
function* candidates(
  members: Iterable<Member>,
  counts: (id: string) => ActiveCounts,
  isPartner: (id: string) => boolean,
): Iterable<Candidate> {
  for (const member of members) {
    const { mentees, mentors } = counts(member.id);
    yield { member: isPartner(member.id) ? member : publicProfile(member), activeMentees: mentees, activeMentors: mentors };
  }
}

function notFound(what: 'member' | 'mentorship', id: string): MentoringError {
  return new MentoringError('not-found', `No ${what} ${id}.`, { details: { id } });
}

function throwError(error: Error): never {
  throw error;
}

function abortError(signal: AbortSignalLike): MentoringError {
  return new MentoringError('network', 'The call was aborted.', { reason: 'aborted', cause: signal.reason });
}

function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** Waits `ms` (0: a microtask); an abort during the wait rejects at once. */
function delay(ms: number, signal: AbortSignalLike | undefined): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort(this: void) {
      clearTimeout(timer);
      if (signal) reject(abortError(signal));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
