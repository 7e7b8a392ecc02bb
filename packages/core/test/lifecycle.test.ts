import { expect } from '@open-wc/testing';
import {
  DAY_MS, DEFAULT_PROGRAM_SETTINGS, awaitsAnswerFrom, MENTORSHIP_ACTIONS, MENTORSHIP_STATES, Mentorship, TRANSITIONS, addMonths,
  applyAction, applyFeedback, availableActions, canGiveFeedback, expireIfDue, isAccepted, isLive, isOpen,
  isParticipant, isReminderDue, partnerOf, placesLeft, placesRefusal, planRequest, programSettings, recipientOf, requestRefusal,
  type ActionFacts, type MentorshipAction, type MentorshipRequestInput, type MentorshipState, type RequestFacts,
  type RequestStanding,
} from '../src/index.ts';
import { expectThrows, member, mentorship, requestInput, type ExpectedError } from './member-fixtures.ts';

/** Ten days into the pending request of `mentorship()`, which expires on 31 March. */
const NOW = new Date('2026-03-10T12:00:00.000Z');
const settings = DEFAULT_PROGRAM_SETTINGS;

function requestFacts(overrides: Partial<RequestFacts> = {}): RequestFacts {
  return {
    settings,
    now: NOW,
    requester: member('mee'),
    recipient: member('mor'),
    requesterOpenRequests: 0,
    pairHasLiveMentorship: false,
    requestAgainAt: null,
    mentorActiveMentees: 0,
    menteeActiveMentors: 0,
    ...overrides,
  };
}

function actionFacts(actorId: string, overrides: Partial<ActionFacts> = {}): ActionFacts {
  return { settings, now: NOW, actorId, mentorActiveMentees: 0, mentorCapacity: 2, menteeActiveMentors: 0, ...overrides };
}

type Action = MentorshipAction;
const ALL_ACTIONS = Object.keys(TRANSITIONS) as Action[];

describe('lifecycle: state predicates and participants', () => {
  it('classifies states as open, accepted and live', () => {
    const pick = (predicate: (state: MentorshipState) => boolean) => MENTORSHIP_STATES.filter(predicate);
    expect(pick(isOpen)).to.deep.equal(['pending', 'saved']);
    expect(pick(isAccepted)).to.deep.equal(['active', 'completed', 'ended']);
    expect(pick(isLive)).to.deep.equal(['pending', 'saved', 'active']);
  });

  it('names the recipient and the partner whichever side asked', () => {
    const asked = mentorship();
    expect(recipientOf(asked)).to.equal('mor');
    const invited = mentorship({ requesterId: 'mor' });
    expect(recipientOf(invited)).to.equal('mee');
    expect(partnerOf(asked, 'mee')).to.equal('mor');
    expect(partnerOf(asked, 'mor')).to.equal('mee');
    expect(isParticipant(asked, 'mee')).to.equal(true);
    expect(isParticipant(asked, 'mor')).to.equal(true);
    expect(isParticipant(asked, 'eve')).to.equal(false);
  });

  it('a request awaits the answer of its recipient while it is open, and of nobody else', () => {
    const asked = mentorship();
    const awaiting = (state: MentorshipState, memberId: string) => awaitsAnswerFrom({ ...asked, state }, memberId);
    expect(MENTORSHIP_STATES.filter((state) => awaiting(state, 'mor'))).to.deep.equal(['pending', 'saved']);
    expect(MENTORSHIP_STATES.filter((state) => awaiting(state, 'mee'))).to.deep.equal([]);
    expect(awaitsAnswerFrom(mentorship({ requesterId: 'mor' }), 'mee')).to.equal(true);
  });
});

describe('lifecycle: planRequest', () => {
  it('plans a pending request with dates from the settings', () => {
    const planned = planRequest(requestInput({ areas: ['leadership', 'statistics', 'leadership'] }), requestFacts());
    expect(Mentorship.safeParse({ id: 'ms-1', ...planned }).success).to.equal(true);
    expect(planned).to.deep.include({
      version: 1,
      state: 'pending',
      requesterId: 'mee',
      mentorId: 'mor',
      menteeId: 'mee',
      createdAt: NOW.toISOString(),
      expiresAt: '2026-04-09T12:00:00.000Z',
      respondedAt: null,
      remindedAt: null,
      startedAt: null,
      endsAt: null,
      endedAt: null,
    });
    expect(planned.areas, 'areas are de-duplicated').to.deep.equal(['leadership', 'statistics']);
    expect(planned.feedback).to.deep.equal([]);
  });

  it('expires after the program’s requestExpiryDays', () => {
    const planned = planRequest(requestInput(), requestFacts({ settings: programSettings({ requestExpiryDays: 10 }) }));
    expect(Date.parse(planned.expiresAt) - NOW.getTime()).to.equal(10 * DAY_MS);
  });

  it('lets a mentor invite a mentee: the requester becomes the mentor', () => {
    const planned = planRequest(
      requestInput({ recipientId: 'mee', requesterRole: 'mentor' }),
      requestFacts({ requester: member('mor'), recipient: member('mee') }),
    );
    expect(planned).to.deep.include({ requesterId: 'mor', mentorId: 'mor', menteeId: 'mee' });
  });

  /**
   * Every guard, in the order they are checked. `breaks` makes exactly that guard refuse. Each guard is
   * tested alone (so deleting it fails a test) and with every later guard broken too (so moving it
   * after a later one fails a test).
   */
  interface Draft {
    input: MentorshipRequestInput;
    facts: RequestFacts;
  }
  const GUARDS: { name: string; breaks: (draft: Draft) => void; error: ExpectedError }[] = [
    {
      name: 'a request to oneself',
      breaks: (d) => { d.facts.recipient = { ...d.facts.recipient, id: d.facts.requester.id }; },
      error: { code: 'forbidden', reason: 'self' },
    },
    {
      name: 'a requester not enrolled in the role they ask as',
      breaks: (d) => { d.facts.requester = { ...d.facts.requester, mentee: null }; },
      error: { code: 'forbidden', reason: 'requester-not-enrolled' },
    },
    {
      name: 'a recipient not enrolled in the other role',
      breaks: (d) => { d.facts.recipient = { ...d.facts.recipient, mentor: null }; },
      error: { code: 'unavailable', reason: 'not-enrolled' },
    },
    {
      name: 'a paused requester',
      breaks: (d) => { d.facts.requester = { ...d.facts.requester, availability: { ...d.facts.requester.availability, status: 'paused' } }; },
      error: { code: 'unavailable', reason: 'requester-paused' },
    },
    {
      name: 'a paused recipient',
      breaks: (d) => { d.facts.recipient = { ...d.facts.recipient, availability: { ...d.facts.recipient.availability, status: 'paused' } }; },
      error: { code: 'unavailable', reason: 'paused' },
    },
    {
      name: 'areas outside the taxonomy',
      breaks: (d) => { d.input = { ...d.input, areas: ['leadership', 'astrology'] }; },
      error: { code: 'validation', field: 'areas' },
    },
    {
      name: 'a term the program does not offer',
      breaks: (d) => { d.facts.settings = { ...d.facts.settings, termMonths: [3, 12] }; },
      error: { code: 'validation', field: 'termMonths' },
    },
    {
      name: 'a second live mentorship between the pair',
      breaks: (d) => { d.facts.pairHasLiveMentorship = true; },
      error: { code: 'conflict', reason: 'duplicate' },
    },
    {
      name: 'a requester whose cooldown towards the recipient runs',
      breaks: (d) => { d.facts.requestAgainAt = new Date(d.facts.now.getTime() + 1).toISOString(); },
      error: { code: 'capacity-reached', reason: 'cooldown' },
    },
    {
      name: 'a mentor with no places left',
      breaks: (d) => { d.facts.mentorActiveMentees = 2; },
      error: { code: 'capacity-reached', reason: 'mentor-full' },
    },
    {
      name: 'a mentee with the most mentors allowed',
      breaks: (d) => { d.facts.menteeActiveMentors = settings.mentorsPerMentee; },
      error: { code: 'capacity-reached', reason: 'mentors-per-mentee' },
    },
    {
      name: 'a requester at the open-request limit',
      breaks: (d) => { d.facts.requesterOpenRequests = settings.openRequestsPerMember; },
      error: { code: 'capacity-reached', reason: 'open-request-limit' },
    },
  ];

  function draftBreaking(guards: typeof GUARDS): Draft {
    const draft: Draft = { input: requestInput(), facts: requestFacts() };
    for (const guard of guards) guard.breaks(draft);
    return draft;
  }

  it('accepts a request that no guard refuses', () => {
    const { input, facts } = draftBreaking([]);
    expect(planRequest(input, facts).state).to.equal('pending');
  });

  for (const [index, guard] of GUARDS.entries()) {
    it(`refuses ${guard.name}`, () => {
      const { input, facts } = draftBreaking([guard]);
      expectThrows(() => planRequest(input, facts), guard.error);
    });

    it(`checks ${guard.name} before every later guard`, () => {
      const { input, facts } = draftBreaking(GUARDS.slice(index));
      expectThrows(() => planRequest(input, facts), guard.error);
    });
  }

  it('requestRefusal names the guard planRequest throws, in the same order, from flags and counts alone', () => {
    /** The standing a page can tell from a MemberView and a Viewer, here from the draft's members. */
    const standingOf = ({ input, facts }: Draft): RequestStanding => {
      const recipientRole = input.requesterRole === 'mentee' ? 'mentor' : 'mentee';
      const mentor = input.requesterRole === 'mentor' ? facts.requester : facts.recipient;
      return {
        self: facts.requester.id === facts.recipient.id,
        requesterEnrolled: facts.requester[input.requesterRole] !== null,
        recipientEnrolled: facts.recipient[recipientRole] !== null,
        requesterPaused: facts.requester.availability.status === 'paused',
        recipientPaused: facts.recipient.availability.status === 'paused',
        pairHasLiveMentorship: facts.pairHasLiveMentorship,
        coolingDown: facts.requestAgainAt !== null && facts.now.getTime() < Date.parse(facts.requestAgainAt),
        mentorActiveMentees: facts.mentorActiveMentees,
        mentorCapacity: mentor.availability.capacity,
        menteeActiveMentors: facts.menteeActiveMentors,
        requesterOpenRequests: facts.requesterOpenRequests,
      };
    };
    expect(requestRefusal(standingOf(draftBreaking([])), settings)).to.equal(null);
    const guards = GUARDS.filter((guard) => guard.error.code !== 'validation');
    for (const [index, guard] of guards.entries()) {
      expect(requestRefusal(standingOf(draftBreaking([guard])), settings), guard.name).to.equal(guard.error.reason);
      expect(requestRefusal(standingOf(draftBreaking(guards.slice(index))), settings), `${guard.name} first`).to.equal(guard.error.reason);
    }
    // The request's own fields are checked where planRequest checks them: after availability, before the pair.
    const checked: string[] = [];
    const paused = draftBreaking([GUARDS.find((guard) => guard.error.reason === 'paused')!]);
    expect(requestRefusal(standingOf(paused), settings, () => checked.push('input'))).to.equal('paused');
    const duplicate = draftBreaking([GUARDS.find((guard) => guard.error.reason === 'duplicate')!]);
    expect(requestRefusal(standingOf(duplicate), settings, () => checked.push('input'))).to.equal('duplicate');
    expect(checked).to.deep.equal(['input']);
  });

  it('just under each limit is allowed', () => {
    const facts = requestFacts({
      mentorActiveMentees: 1,
      menteeActiveMentors: settings.mentorsPerMentee - 1,
      requesterOpenRequests: settings.openRequestsPerMember - 1,
    });
    expect(planRequest(requestInput(), facts).state).to.equal('pending');
  });

  it('checks the capacity of whichever member is the mentor', () => {
    const full = member('mor', { availability: { status: 'participating', returnDate: null, capacity: 1 } });
    // The mentor invites: the requester's capacity counts.
    expectThrows(
      () => planRequest(requestInput({ recipientId: 'mee', requesterRole: 'mentor' }), requestFacts({ requester: full, recipient: member('mee'), mentorActiveMentees: 1 })),
      { code: 'capacity-reached', reason: 'mentor-full' },
    );
    // The mentee asks: the recipient's capacity counts (the requester's is 2).
    expectThrows(
      () => planRequest(requestInput(), requestFacts({ recipient: full, mentorActiveMentees: 1 })),
      { code: 'capacity-reached', reason: 'mentor-full' },
    );
  });

  it('checks enrolment in the roles of the request’s direction', () => {
    const mentorOnly = member('mor', { mentee: null });
    const menteeOnly = member('mee', { mentor: null });
    // A mentor-only member cannot ask as a mentee, a mentee-only one cannot invite as a mentor, and a
    // mentor-only one cannot be invited as a mentee.
    expectThrows(() => planRequest(requestInput({ recipientId: 'mee' }), requestFacts({ requester: mentorOnly, recipient: menteeOnly })), {
      code: 'forbidden', reason: 'requester-not-enrolled',
    });
    expectThrows(() => planRequest(requestInput({ recipientId: 'mor', requesterRole: 'mentor' }), requestFacts({ requester: menteeOnly, recipient: mentorOnly })), {
      code: 'forbidden', reason: 'requester-not-enrolled',
    });
    expectThrows(() => planRequest(requestInput({ requesterRole: 'mentor' }), requestFacts({ requester: member('mee'), recipient: mentorOnly })), {
      code: 'unavailable', reason: 'not-enrolled',
    });
  });
});

describe('lifecycle: addMonths (term end dates)', () => {
  const add = (iso: string, months: number) => addMonths(new Date(iso), months).toISOString();
  it('keeps the day and time of day', () => {
    expect(add('2026-03-10T12:00:00.000Z', 6)).to.equal('2026-09-10T12:00:00.000Z');
    expect(add('2026-11-15T08:30:00.000Z', 3)).to.equal('2027-02-15T08:30:00.000Z');
  });
  it('clamps to the last day of a shorter month', () => {
    expect(add('2026-08-31T10:00:00.000Z', 6)).to.equal('2027-02-28T10:00:00.000Z');
    expect(add('2027-08-31T10:00:00.000Z', 6)).to.equal('2028-02-29T10:00:00.000Z');
    expect(add('2026-01-31T10:00:00.000Z', 3)).to.equal('2026-04-30T10:00:00.000Z');
    expect(add('2026-12-31T10:00:00.000Z', 12)).to.equal('2027-12-31T10:00:00.000Z');
  });
});

describe('lifecycle: applyAction', () => {
  /** The member who may take `action` on `mentorship()`: the recipient `mor`, or the requester `mee`. */
  const actorFor = (action: Action) => (TRANSITIONS[action].by === 'requester' ? 'mee' : 'mor');
  const withReason = (action: Action) => (action === 'end' ? { reason: 'Moved abroad' } : {});
  /** Facts valid for any state: the mentorship of that state is not past its expiry. */
  const inState = (state: MentorshipState) =>
    mentorship({ state, ...(isLive(state) ? {} : { endedAt: '2026-03-05T12:00:00.000Z' }) });

  describe('every transition from every state', () => {
    for (const action of ALL_ACTIONS) {
      for (const state of MENTORSHIP_STATES) {
        const allowed = TRANSITIONS[action].from.includes(state);
        it(`${action} from ${state}: ${allowed ? `→ ${TRANSITIONS[action].to}` : 'refused'}`, () => {
          const run = () => applyAction(inState(state), action, withReason(action), actionFacts(actorFor(action)));
          if (allowed) {
            const next = run();
            expect(next.state).to.equal(TRANSITIONS[action].to);
            expect(next.version).to.equal(2);
          } else if (state === 'expired') {
            expectThrows(run, { code: 'expired' });
          } else {
            expectThrows(run, { code: 'conflict', reason: 'state' });
          }
        });
      }
    }

    it('has exactly the transitions of the design', () => {
      const table = Object.fromEntries(ALL_ACTIONS.map((a) => [a, [TRANSITIONS[a].by, [...TRANSITIONS[a].from], TRANSITIONS[a].to]]));
      expect(table).to.deep.equal({
        accept: ['recipient', ['pending', 'saved'], 'active'],
        decline: ['recipient', ['pending', 'saved'], 'declined'],
        save: ['recipient', ['pending'], 'saved'],
        withdraw: ['requester', ['pending', 'saved'], 'withdrawn'],
        complete: ['partner', ['active'], 'completed'],
        end: ['partner', ['active'], 'ended'],
      });
    });
  });

  describe('who may act', () => {
    for (const action of ALL_ACTIONS) {
      const { by, from } = TRANSITIONS[action];
      const m = inState(from[0]!);
      it(`${action}: ${by === 'partner' ? 'either partner' : `only the ${by}`}; others do not learn it exists`, () => {
        for (const [actorId, side] of [['mee', 'requester'], ['mor', 'recipient']] as const) {
          const run = () => applyAction(m, action, withReason(action), actionFacts(actorId));
          if (by === 'partner' || by === side) expect(run().state).to.equal(TRANSITIONS[action].to);
          else expectThrows(run, { code: 'forbidden' });
        }
        expectThrows(() => applyAction(m, action, withReason(action), actionFacts('eve')), { code: 'not-found' });
      });
    }

    it('works the same when the mentor asked: the mentee is then the recipient', () => {
      const invite = mentorship({ requesterId: 'mor' });
      expect(applyAction(invite, 'accept', {}, actionFacts('mee')).state).to.equal('active');
      expectThrows(() => applyAction(invite, 'accept', {}, actionFacts('mor')), { code: 'forbidden' });
      expect(applyAction(invite, 'withdraw', {}, actionFacts('mor')).state).to.equal('withdrawn');
    });
  });

  describe('versions', () => {
    it('refuses an outdated version as stale, before anything else about the state', () => {
      const m = mentorship({ version: 3, state: 'declined', endedAt: '2026-03-05T12:00:00.000Z' });
      expectThrows(() => applyAction(m, 'accept', { version: 2 }, actionFacts('mor')), { code: 'conflict', reason: 'stale' });
      expectThrows(() => applyAction(mentorship({ version: 3 }), 'accept', { version: 4 }, actionFacts('mor')), {
        code: 'conflict', reason: 'stale',
      });
    });

    it('reports an expired request as expired, even from a view with an outdated version', () => {
      const expired = mentorship({ version: 3, state: 'expired', endedAt: mentorship().expiresAt });
      expectThrows(() => applyAction(expired, 'accept', { version: 2 }, actionFacts('mor')), { code: 'expired' });
    });

    it('accepts the current version or none, and returns the next version without touching the original', () => {
      const m = mentorship({ version: 3 });
      const before = structuredClone(m);
      expect(applyAction(m, 'save', { version: 3 }, actionFacts('mor')).version).to.equal(4);
      expect(applyAction(m, 'save', {}, actionFacts('mor')).version).to.equal(4);
      expect(m).to.deep.equal(before);
    });
  });

  describe('expiry', () => {
    it('refuses acting on an open request at or after its expiry, even before the job has run', () => {
      const m = mentorship();
      const at = (iso: string) => actionFacts('mor', { now: new Date(iso) });
      expect(applyAction(m, 'accept', {}, at('2026-03-31T11:59:59.999Z')).state).to.equal('active');
      expectThrows(() => applyAction(m, 'accept', {}, at('2026-03-31T12:00:00.000Z')), { code: 'expired' });
      expectThrows(() => applyAction(mentorship({ state: 'saved' }), 'withdraw', {}, { ...at('2026-04-02T00:00:00.000Z'), actorId: 'mee' }), {
        code: 'expired',
      });
    });

    it('does not expire an active mentorship whose request date has passed', () => {
      const m = mentorship({ state: 'active', startedAt: '2026-03-02T12:00:00.000Z', endsAt: '2026-09-02T12:00:00.000Z' });
      const next = applyAction(m, 'complete', {}, actionFacts('mee', { now: new Date('2026-08-01T00:00:00.000Z') }));
      expect(next.state).to.equal('completed');
    });
  });

  describe('accept', () => {
    it('starts the mentorship now and ends it one term later', () => {
      const accepted = applyAction(mentorship({ termMonths: 6 }), 'accept', {}, actionFacts('mor', { now: new Date('2026-03-31T10:00:00.000Z') }));
      expect(accepted).to.deep.include({
        state: 'active',
        respondedAt: '2026-03-31T10:00:00.000Z',
        startedAt: '2026-03-31T10:00:00.000Z',
        endsAt: '2026-09-30T10:00:00.000Z',
        endedAt: null,
      });
    });

    it('ends a 6-month term from 31 August on the last day of February', () => {
      const m = mentorship({ createdAt: '2026-08-20T10:00:00.000Z', expiresAt: '2026-09-19T10:00:00.000Z' });
      const accepted = applyAction(m, 'accept', {}, actionFacts('mor', { now: new Date('2026-08-31T10:00:00.000Z') }));
      expect(accepted.endsAt).to.equal('2027-02-28T10:00:00.000Z');
    });

    it('refuses when the mentor has no places left at the moment of accept', () => {
      expectThrows(() => applyAction(mentorship(), 'accept', {}, actionFacts('mor', { mentorActiveMentees: 2, mentorCapacity: 2 })), {
        code: 'capacity-reached', reason: 'mentor-full',
      });
      expectThrows(() => applyAction(mentorship(), 'accept', {}, actionFacts('mor', { mentorActiveMentees: 3, mentorCapacity: 2 })), {
        code: 'capacity-reached', reason: 'mentor-full',
      });
      expect(applyAction(mentorship(), 'accept', {}, actionFacts('mor', { mentorActiveMentees: 1, mentorCapacity: 2 })).state).to.equal('active');
    });

    it('refuses when the mentee has the most mentors the program allows', () => {
      const one = programSettings({ mentorsPerMentee: 1 });
      expectThrows(() => applyAction(mentorship(), 'accept', {}, actionFacts('mor', { settings: one, menteeActiveMentors: 1 })), {
        code: 'capacity-reached', reason: 'mentors-per-mentee',
      });
      expect(applyAction(mentorship(), 'accept', {}, actionFacts('mor', { settings: one, menteeActiveMentors: 0 })).state).to.equal('active');
    });

    it('checks limits only on accept: declining for a full mentor is fine', () => {
      const facts = actionFacts('mor', { mentorActiveMentees: 5, mentorCapacity: 2, menteeActiveMentors: 9 });
      expect(applyAction(mentorship(), 'decline', {}, facts).state).to.equal('declined');
      expect(applyAction(mentorship(), 'save', {}, facts).state).to.equal('saved');
    });

    it('is a programming error to accept without the counts', () => {
      expect(() => applyAction(mentorship(), 'accept', {}, { settings, now: NOW, actorId: 'mor' })).to.throw(/needs mentorActiveMentees/);
    });
  });

  describe('decline, withdraw, complete, end', () => {
    const active = () => mentorship({ state: 'active', version: 2, respondedAt: '2026-03-02T12:00:00.000Z', startedAt: '2026-03-02T12:00:00.000Z', endsAt: '2026-09-02T12:00:00.000Z' });

    it('decline records the optional reason, trimmed, and the time', () => {
      const declined = applyAction(mentorship(), 'decline', { reason: '  Too busy  ' }, actionFacts('mor'));
      expect(declined).to.deep.include({ declineReason: 'Too busy', respondedAt: NOW.toISOString(), endedAt: NOW.toISOString() });
      expect(applyAction(mentorship(), 'decline', {}, actionFacts('mor')).declineReason).to.equal(null);
      expect(applyAction(mentorship(), 'decline', { reason: '   ' }, actionFacts('mor')).declineReason).to.equal(null);
    });

    it('withdraw ends the request without a response', () => {
      expect(applyAction(mentorship(), 'withdraw', {}, actionFacts('mee'))).to.deep.include({ respondedAt: null, endedAt: NOW.toISOString() });
    });

    it('save changes only the state and version', () => {
      const saved = applyAction(mentorship(), 'save', {}, actionFacts('mor'));
      expect(saved).to.deep.equal({ ...mentorship(), state: 'saved', version: 2 });
    });

    it('complete records the end time and no reason', () => {
      expect(applyAction(active(), 'complete', {}, actionFacts('mor'))).to.deep.include({ state: 'completed', endedAt: NOW.toISOString(), endReason: null });
    });

    it('end needs a reason', () => {
      expectThrows(() => applyAction(active(), 'end', {}, actionFacts('mee')), { code: 'validation', field: 'reason' });
      expectThrows(() => applyAction(active(), 'end', { reason: '  ' }, actionFacts('mee')), { code: 'validation', field: 'reason' });
      expect(applyAction(active(), 'end', { reason: ' Changed jobs ' }, actionFacts('mee'))).to.deep.include({
        state: 'ended', endReason: 'Changed jobs', endedAt: NOW.toISOString(),
      });
    });
  });
});

describe('lifecycle: applyFeedback', () => {
  const finished = (state: MentorshipState = 'completed') => mentorship({ state, version: 3, endedAt: '2026-03-05T12:00:00.000Z' });

  it('records feedback once per partner after the mentorship has finished', () => {
    const first = applyFeedback(finished(), { rating: 5, comment: 'Great' }, 'mee', NOW);
    expect(first.version).to.equal(4);
    expect(first.feedback).to.deep.equal([{ memberId: 'mee', rating: 5, comment: 'Great', givenAt: NOW.toISOString() }]);
    expectThrows(() => applyFeedback(first, { rating: 4, comment: '' }, 'mee', NOW), { code: 'conflict', reason: 'feedback-given' });
    const second = applyFeedback(first, { rating: 4, comment: '' }, 'mor', NOW);
    expect(second.feedback.map((f) => f.memberId)).to.deep.equal(['mee', 'mor']);
    expect(applyFeedback(finished('ended'), { rating: 2, comment: '' }, 'mor', NOW).feedback).to.have.length(1);
  });

  it('refuses feedback before the mentorship has finished', () => {
    for (const state of MENTORSHIP_STATES.filter((s) => s !== 'completed' && s !== 'ended')) {
      expectThrows(() => applyFeedback(mentorship({ state }), { rating: 5, comment: '' }, 'mee', NOW), { code: 'conflict', reason: 'state' });
    }
  });

  it('hides the mentorship from members outside it', () => {
    expectThrows(() => applyFeedback(finished(), { rating: 5, comment: '' }, 'eve', NOW), { code: 'not-found' });
  });

  it('canGiveFeedback agrees', () => {
    expect(canGiveFeedback(finished(), 'mee')).to.equal(true);
    expect(canGiveFeedback(finished(), 'eve')).to.equal(false);
    expect(canGiveFeedback(mentorship({ state: 'active' }), 'mee')).to.equal(false);
    expect(canGiveFeedback(applyFeedback(finished(), { rating: 5, comment: '' }, 'mee', NOW), 'mee')).to.equal(false);
  });
});

describe('lifecycle: expiry and reminders', () => {
  const expires = Date.parse(mentorship().expiresAt);
  const at = (ms: number) => new Date(ms);

  it('expireIfDue expires an open request at its expiry, stamped with the expiry time', () => {
    expect(expireIfDue(mentorship(), at(expires - 1))).to.equal(null);
    for (const state of ['pending', 'saved'] as const) {
      expect(expireIfDue(mentorship({ state }), at(expires + DAY_MS))).to.deep.equal({
        ...mentorship({ state }), state: 'expired', version: 2, endedAt: mentorship().expiresAt,
      });
    }
    expect(expireIfDue(mentorship(), at(expires))?.state).to.equal('expired');
  });

  it('expireIfDue leaves every state but pending and saved alone', () => {
    for (const state of MENTORSHIP_STATES.filter((s) => !isOpen(s))) {
      expect(expireIfDue(mentorship({ state }), at(expires + DAY_MS)), state).to.equal(null);
    }
  });

  it('isReminderDue from reminderDays before expiry until expiry, once, for open requests', () => {
    const window = expires - settings.reminderDays * DAY_MS;
    expect(isReminderDue(mentorship(), at(window - 1), settings)).to.equal(false);
    expect(isReminderDue(mentorship(), at(window), settings)).to.equal(true);
    expect(isReminderDue(mentorship({ state: 'saved' }), at(expires - 1), settings)).to.equal(true);
    expect(isReminderDue(mentorship(), at(expires), settings), 'expired, not reminded').to.equal(false);
    expect(isReminderDue(mentorship({ remindedAt: at(window).toISOString() }), at(window + 1), settings)).to.equal(false);
    expect(isReminderDue(mentorship({ state: 'active' }), at(window), settings)).to.equal(false);
  });

  it('isReminderDue never when the program sets reminderDays to 0', () => {
    expect(isReminderDue(mentorship(), at(expires - 1), programSettings({ reminderDays: 0 }))).to.equal(false);
  });

  it('isReminderDue follows the program’s reminderDays', () => {
    const three = programSettings({ reminderDays: 3 });
    expect(isReminderDue(mentorship(), at(expires - 4 * DAY_MS), three)).to.equal(false);
    expect(isReminderDue(mentorship(), at(expires - 3 * DAY_MS), three)).to.equal(true);
  });
});

describe('lifecycle: availableActions', () => {
  it('offers each side exactly the actions it may take', () => {
    expect(availableActions(mentorship(), 'mor', NOW)).to.deep.equal(['accept', 'decline', 'save']);
    expect(availableActions(mentorship(), 'mee', NOW)).to.deep.equal(['withdraw']);
    expect(availableActions(mentorship({ state: 'saved' }), 'mor', NOW)).to.deep.equal(['accept', 'decline']);
    expect(availableActions(mentorship({ state: 'saved' }), 'mee', NOW)).to.deep.equal(['withdraw']);
    for (const id of ['mee', 'mor']) expect(availableActions(mentorship({ state: 'active' }), id, NOW)).to.deep.equal(['complete', 'end']);
  });

  it('offers nothing to outsiders, past expiry, or once finished', () => {
    expect(availableActions(mentorship(), 'eve', NOW)).to.deep.equal([]);
    expect(availableActions(mentorship(), 'mor', new Date(mentorship().expiresAt))).to.deep.equal([]);
    for (const state of ['declined', 'withdrawn', 'expired', 'completed', 'ended'] as const) {
      expect(availableActions(mentorship({ state }), 'mor', NOW), state).to.deep.equal([]);
    }
  });

  it('only offers actions applyAction takes', () => {
    for (const state of MENTORSHIP_STATES) {
      for (const id of ['mee', 'mor']) {
        const m = mentorship({ state, ...(isLive(state) ? {} : { endedAt: '2026-03-05T12:00:00.000Z' }) });
        for (const action of availableActions(m, id, NOW)) {
          const reason = action === 'end' ? { reason: 'x' } : {};
          expect(() => applyAction(m, action, reason, actionFacts(id)), `${id} ${action} from ${state}`).not.to.throw();
        }
      }
    }
  });

  it('has a transition for each of the adapter’s actions, and no other', () => {
    expect([...ALL_ACTIONS].sort()).to.deep.equal([...MENTORSHIP_ACTIONS].sort());
  });
});

describe('lifecycle: placesLeft', () => {
  it('is a mentor\'s capacity less their active mentees, or the program\'s mentors per mentee less a mentee\'s active mentors', () => {
    const two = programSettings({ mentorsPerMentee: 2 });
    expect(placesLeft('mentor', 3, 1, 9, two)).to.equal(2);
    expect(placesLeft('mentor', 1, 2, 0, two), 'capacity lowered below the active mentees').to.equal(-1);
    expect(placesLeft('mentee', 0, 9, 1, two)).to.equal(1);
    expect(placesLeft('mentee', 9, 0, 2, two)).to.equal(0);
  });

  it('placesRefusal is the pair\'s limits, the mentor\'s first, and a request and an accept refuse by it alike', () => {
    const two = programSettings({ mentorsPerMentee: 2 });
    const counts = (mentorActiveMentees: number, mentorCapacity: number, menteeActiveMentors: number) =>
      ({ mentorActiveMentees, mentorCapacity, menteeActiveMentors });
    expect(placesRefusal(counts(1, 2, 1), two)).to.equal(null);
    expect(placesRefusal(counts(3, 2, 0), two), 'capacity lowered below the active mentees').to.equal('mentor-full');
    expect(placesRefusal(counts(1, 2, 2), two)).to.equal('mentors-per-mentee');
    expect(placesRefusal(counts(2, 2, 2), two), 'both full: the mentor\'s limit first').to.equal('mentor-full');
    for (const [full, reason] of [[counts(2, 2, 2), 'mentor-full'], [counts(0, 2, 2), 'mentors-per-mentee']] as const) {
      expectThrows(() => applyAction(mentorship(), 'accept', {}, actionFacts('mor', { settings: two, ...full })), { code: 'capacity-reached', reason });
      const asked = requestFacts({ settings: two, mentorActiveMentees: full.mentorActiveMentees, menteeActiveMentors: full.menteeActiveMentors });
      expectThrows(() => planRequest(requestInput(), asked), { code: 'capacity-reached', reason });
    }
  });
});
