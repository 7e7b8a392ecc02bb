import type { MentorshipRequestInput } from '@mentor-match/core';
import { deepEqual, equal, ok, rejectsWith, show } from '../assert.ts';
import {
  activeMentorship, askMentor, enrolBoth, enrolMentee, enrolMentor, inviteMentee, requestInput,
} from '../builders.ts';
import type { SuiteContext } from '../context.ts';

export function requestTests({ describe, test }: SuiteContext): void {
  test('a mentee asks a mentor: a pending request both sides see', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const request = await askMentor(mentee, 'ann', {
      areas: ['statistics', 'grant-writing'],
      goals: 'Publish my first paper.',
      termMonths: 9,
      meetingMode: 'email',
      message: 'Hello Ann',
    });
    equal(request.state, 'pending', 'state');
    equal(request.version, 1, 'version');
    equal(request.requesterId, 'me', 'requester');
    equal(request.menteeId, 'me', 'mentee');
    equal(request.mentorId, 'ann', 'mentor');
    deepEqual(request.areas, ['statistics', 'grant-writing'], 'areas');
    equal(request.goals, 'Publish my first paper.', 'goals');
    equal(request.termMonths, 9, 'term');
    equal(request.meetingMode, 'email', 'meeting mode');
    equal(request.message, 'Hello Ann', 'message');
    deepEqual(
      [request.respondedAt, request.startedAt, request.endsAt, request.endedAt, request.remindedAt],
      [null, null, null, null, null],
      'no response, start or end yet',
    );
    deepEqual(request.feedback, [], 'feedback');

    const [seen] = await ann.listMentorships();
    deepEqual(seen?.mentorship, request, 'the recipient sees the same record');
  });

  test('a mentor invites a mentee: the mentor is the requester', async (h) => {
    const ann = await enrolMentor(h, 'ann');
    const mentee = await enrolMentee(h, 'me');
    const invitation = await inviteMentee(ann, 'me');
    equal(invitation.state, 'pending', 'state');
    equal(invitation.requesterId, 'ann', 'requester');
    equal(invitation.mentorId, 'ann', 'mentor');
    equal(invitation.menteeId, 'me', 'mentee');
    const [seen] = await mentee.listMentorships();
    equal(seen?.mentorship.id, invitation.id, 'the invited mentee sees it');
  });

  describe('guards', () => {
    test('a member cannot ask themself (forbidden, self)', async (h) => {
      const ann = await enrolBoth(h, 'ann');
      await rejectsWith(askMentor(ann, 'ann'), 'forbidden', 'self');
      await rejectsWith(inviteMentee(ann, 'ann'), 'forbidden', 'self');
    });

    test('the requester must be enrolled in the role they ask as (forbidden, requester-not-enrolled)', async (h) => {
      const menteeOnly = await enrolMentee(h, 'mo');
      await enrolMentee(h, 'me');
      const mentorOnly = await enrolMentor(h, 'ann');
      await enrolMentor(h, 'bo');
      await rejectsWith(inviteMentee(menteeOnly, 'me'), 'forbidden', 'requester-not-enrolled');
      await rejectsWith(askMentor(mentorOnly, 'bo'), 'forbidden', 'requester-not-enrolled');
      await rejectsWith(askMentor(h.as('never-enrolled'), 'ann'), 'forbidden', 'requester-not-enrolled');
    });

    test('the recipient must be enrolled in the other role (unavailable, not-enrolled)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      await enrolMentee(h, 'mo');
      const ann = await enrolMentor(h, 'ann');
      await enrolMentor(h, 'bo');
      await rejectsWith(askMentor(mentee, 'mo'), 'unavailable', 'not-enrolled');
      await rejectsWith(inviteMentee(ann, 'bo'), 'unavailable', 'not-enrolled');
    });

    test('a paused requester cannot send requests (unavailable, requester-paused)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      await enrolMentor(h, 'ann');
      await mentee.setAvailability({ status: 'paused', returnDate: null });
      await rejectsWith(askMentor(mentee, 'ann'), 'unavailable', 'requester-paused');
    });

    test('a paused recipient receives no new requests (unavailable, paused)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      const ann = await enrolMentor(h, 'ann');
      await ann.setAvailability({ status: 'paused', returnDate: '2026-06-01' });
      await rejectsWith(askMentor(mentee, 'ann'), 'unavailable', 'paused');
      await ann.setAvailability({ status: 'participating', returnDate: null });
      await mentee.setAvailability({ status: 'paused', returnDate: null });
      await rejectsWith(inviteMentee(ann, 'me'), 'unavailable', 'paused');
      deepEqual(await ann.listMentorships(), [], 'nothing stored');
    });

    test('areas must be topics of the program (validation, areas)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      await enrolMentor(h, 'ann');
      await rejectsWith(askMentor(mentee, 'ann', { areas: ['statistics', 'astrology'] }), 'validation', undefined, {
        field: 'areas',
      });
      deepEqual(await mentee.listMentorships(), [], 'nothing stored');
    });

    test('the term must be one the program offers (validation, termMonths)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      await enrolMentor(h, 'ann');
      await rejectsWith(askMentor(mentee, 'ann', { termMonths: 3 }), 'validation', undefined, { field: 'termMonths' });
      equal((await askMentor(mentee, 'ann', { termMonths: 12 })).termMonths, 12, 'an offered term is accepted');
    }, { termMonths: [6, 12] });

    test('a second open request between the same two members is a duplicate, either way round', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      const ann = await enrolMentor(h, 'ann');
      await askMentor(mentee, 'ann');
      await rejectsWith(askMentor(mentee, 'ann'), 'conflict', 'duplicate');
      await rejectsWith(inviteMentee(ann, 'me'), 'conflict', 'duplicate');
      equal((await mentee.listMentorships()).length, 1, 'only the first request is stored');
    });

    test('an active pair is a duplicate too; after a decline or a withdrawal they may ask again (once the cooldown has run)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      const ann = await enrolMentor(h, 'ann');
      const declined = await askMentor(mentee, 'ann');
      await ann.act(declined.id, 'decline');
      const withdrawn = await inviteMentee(ann, 'me');
      await ann.act(withdrawn.id, 'withdraw');
      await h.advanceTime(h.settings.cooldownAfterDeclineDays);
      const accepted = await askMentor(mentee, 'ann');
      await ann.act(accepted.id, 'accept');
      await rejectsWith(askMentor(mentee, 'ann'), 'conflict', 'duplicate');
      await rejectsWith(inviteMentee(ann, 'me'), 'conflict', 'duplicate');
    });

    test('a full mentor receives no requests and sends no invitations (capacity-reached, mentor-full)', async (h) => {
      const ann = await enrolMentor(h, 'ann');
      await enrolMentee(h, 'me1');
      const second = await enrolMentee(h, 'me2');
      await ann.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
      await activeMentorship(h, 'ann', 'me1');
      await rejectsWith(askMentor(second, 'ann'), 'capacity-reached', 'mentor-full');
      await rejectsWith(inviteMentee(ann, 'me2'), 'capacity-reached', 'mentor-full');
    });

    test('a mentee with the most mentors allowed cannot get another (capacity-reached, mentors-per-mentee)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      await enrolMentor(h, 'ann');
      const bo = await enrolMentor(h, 'bo');
      await activeMentorship(h, 'ann', 'me');
      await rejectsWith(askMentor(mentee, 'bo'), 'capacity-reached', 'mentors-per-mentee');
      await rejectsWith(inviteMentee(bo, 'me'), 'capacity-reached', 'mentors-per-mentee');
    }, { mentorsPerMentee: 1 });

    test('a member may have only so many open requests (capacity-reached, open-request-limit)', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      const ann = await enrolMentor(h, 'ann');
      await enrolMentor(h, 'bo');
      await enrolMentor(h, 'cy');
      const toAnn = await askMentor(mentee, 'ann');
      const toBo = await askMentor(mentee, 'bo');
      await ann.act(toAnn.id, 'save');
      await rejectsWith(askMentor(mentee, 'cy'), 'capacity-reached', 'open-request-limit');
      await mentee.act(toBo.id, 'withdraw');
      equal((await askMentor(mentee, 'cy')).state, 'pending', 'a withdrawn request frees a place');
    }, { openRequestsPerMember: 2 });

    test('an unknown recipient is not-found', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      await rejectsWith(askMentor(mentee, 'nobody-by-this-id'), 'not-found');
    });

    test('malformed requests are refused naming the field, and nothing is stored', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      const ann = await enrolMentor(h, 'ann');
      const malformed = (change: Record<string, unknown>) => {
        const input: Record<string, unknown> = { ...requestInput('ann', 'mentee'), ...change };
        for (const key of Object.keys(change)) if (change[key] === undefined) delete input[key];
        return mentee.requestMentorship(input as unknown as MentorshipRequestInput);
      };
      await rejectsWith(malformed({ goals: undefined }), 'validation', undefined, { field: 'goals' });
      await rejectsWith(malformed({ goals: '   ' }), 'validation', undefined, { field: 'goals' });
      await rejectsWith(malformed({ termMonths: 5 }), 'validation', undefined, { field: 'termMonths' });
      await rejectsWith(malformed({ areas: [] }), 'validation', undefined, { field: 'areas' });
      await rejectsWith(malformed({ meetingMode: 'carrier-pigeon' }), 'validation', undefined, { field: 'meetingMode' });
      await rejectsWith(malformed({ requesterRole: 'sponsor' }), 'validation', undefined, { field: 'requesterRole' });

      deepEqual(await mentee.listMentorships(), [], 'nothing stored for the requester');
      deepEqual(await ann.listMentorships(), [], 'nothing stored for the recipient');
      equal((await mentee.getViewer()).openRequestsSent, 0, 'no open request counted');
    });

    test('a request with a field the contract does not know is refused, naming it', async (h) => {
      const mentee = await enrolMentee(h, 'me');
      await enrolMentor(h, 'ann');
      const input = { ...requestInput('ann', 'mentee'), priority: 'urgent' } as unknown as MentorshipRequestInput;
      const error = await rejectsWith(mentee.requestMentorship(input), 'validation');
      ok(
        error.field === 'priority' || show({ message: error.message, details: error.details }).includes('priority'),
        `the error names the unknown field "priority" in field, message or details (field ${show(error.field)}, message ${show(error.message)})`,
      );
      deepEqual(await mentee.listMentorships(), [], 'nothing stored');
    });
  });
}
