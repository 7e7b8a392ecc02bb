import { DAY_MS, DEFAULT_VISIBILITY, type EnrolmentInput } from '@mentor-match/core';
import { closeInstant, deepEqual, equal, ok, rejectsWith } from '../assert.ts';
import { askMentor, emailOf, enrolBoth, enrolMentee, enrolMentor, enrolmentInput } from '../builders.ts';
import type { SuiteContext } from '../context.ts';

export function enrolmentTests({ test }: SuiteContext): void {
  test('a new account is signed in but not enrolled', async (h) => {
    const viewer = await h.as('newcomer').getViewer();
    equal(viewer.member.id, 'newcomer', 'member id');
    equal(viewer.enrolled, false, 'enrolled');
    equal(viewer.member.mentor, null, 'mentor role');
    equal(viewer.member.mentee, null, 'mentee role');
    deepEqual(
      [viewer.activeAsMentor, viewer.activeAsMentee, viewer.openRequestsSent, viewer.awaitingResponse],
      [0, 0, 0, 0],
      'counts',
    );
  });

  test('enrolling stores the roles, the profile, visibility and default capacity', async (h) => {
    const input = enrolmentInput('ann', ['mentor', 'mentee'], {
      profile: { headline: 'Biostatistician', languages: ['en', 'fr'], timeZone: 'Asia/Tokyo', country: 'JP' },
      mentor: { topics: ['grant-writing', 'statistics'], meetingModes: ['phone'], statement: 'I like trials.' },
      mentee: { topics: ['leadership'], meetingModes: ['in-person'], statement: 'Moving into management.' },
      visibility: { bio: 'partners' },
    });
    const viewer = await h.as('ann').enrol(input);
    equal(viewer.enrolled, true, 'enrolled');
    equal(viewer.member.id, 'ann', 'member id');
    equal(viewer.member.headline, 'Biostatistician', 'headline');
    equal(viewer.member.email, emailOf('ann'), 'email');
    equal(viewer.member.timeZone, 'Asia/Tokyo', 'time zone');
    deepEqual(viewer.member.languages, ['en', 'fr'], 'languages');
    deepEqual(viewer.member.mentor?.topics, ['grant-writing', 'statistics'], 'mentor topics');
    deepEqual(viewer.member.mentor?.meetingModes, ['phone'], 'mentor meeting modes');
    equal(viewer.member.mentor?.statement, 'I like trials.', 'mentor statement');
    deepEqual(viewer.member.mentee?.topics, ['leadership'], 'mentee topics');
    deepEqual(viewer.member.visibility, { ...DEFAULT_VISIBILITY, bio: 'partners' }, 'visibility');
    equal(viewer.member.availability.status, 'participating', 'availability');
    equal(viewer.member.availability.capacity, 3, 'capacity defaults to the program setting');

    const again = await h.as('ann').getViewer();
    deepEqual(again, viewer, 'getViewer returns what enrol returned');
  }, { mentorDefaultCapacity: 3 });

  test('a photo must come from an origin the program allows (validation on profile.photoUrl); data: images always may', async (h) => {
    const ann = h.as('ann');
    const tracker = enrolmentInput('ann', ['mentor'], { profile: { photoUrl: 'https://tracker.example.net/ann.jpg' } });
    const refused = await rejectsWith(ann.enrol(tracker), 'validation', undefined, { field: 'profile.photoUrl' });
    deepEqual(refused.details?.allowed, ['https://photos.example.org'], 'the refusal names the allowed origins');
    // Another scheme or port is another origin, and a look-alike host is not the allowed one.
    for (const url of ['http://photos.example.org/ann.jpg', 'https://photos.example.org:8443/ann.jpg', 'https://photos.example.org.evil.net/ann.jpg']) {
      await rejectsWith(ann.enrol(enrolmentInput('ann', ['mentor'], { profile: { photoUrl: url } })), 'validation', undefined, { field: 'profile.photoUrl' });
    }
    equal((await ann.getViewer()).enrolled, false, 'nothing stored');

    const allowed = await ann.enrol(enrolmentInput('ann', ['mentor'], { profile: { photoUrl: 'https://Photos.Example.org/members/ann.jpg?size=200' } }));
    equal(allowed.member.photoUrl, 'https://Photos.Example.org/members/ann.jpg?size=200', 'an allowed origin, in any case');
    const made = 'data:image/png;base64,iVBORw0KGgo=';
    equal((await ann.enrol(enrolmentInput('ann', ['mentor'], { profile: { photoUrl: made } }))).member.photoUrl, made, 'a data: image');
  }, { photoOrigins: ['https://photos.example.org'] });

  test('without photoOrigins no photo address is taken', async (h) => {
    const refused = await rejectsWith(
      h.as('ann').enrol(enrolmentInput('ann', ['mentor'], { profile: { photoUrl: 'https://example.org/ann.jpg' } })),
      'validation', undefined, { field: 'profile.photoUrl' },
    );
    deepEqual(refused.details?.allowed, [], 'no origin is allowed');
  });

  test('a member enrolled in one role only has no profile in the other', async (h) => {
    const viewer = await (await enrolMentor(h, 'ann')).getViewer();
    equal(viewer.enrolled, true, 'enrolled');
    ok(viewer.member.mentor !== null, 'mentor role is set');
    equal(viewer.member.mentee, null, 'mentee role');
  });

  test('the viewer counts requests sent, requests awaiting an answer and active mentorships', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const bo = await enrolMentor(h, 'bo');
    const toAnn = await askMentor(mentee, 'ann');
    const toBo = await askMentor(mentee, 'bo');
    const counts = async (adapter: typeof ann) => {
      const v = await adapter.getViewer();
      return { activeAsMentor: v.activeAsMentor, activeAsMentee: v.activeAsMentee, sent: v.openRequestsSent, awaiting: v.awaitingResponse };
    };
    deepEqual(await counts(mentee), { activeAsMentor: 0, activeAsMentee: 0, sent: 2, awaiting: 0 }, 'mentee after sending two');
    deepEqual(await counts(ann), { activeAsMentor: 0, activeAsMentee: 0, sent: 0, awaiting: 1 }, 'ann with one request');

    await ann.act(toAnn.id, 'save');
    deepEqual(await counts(ann), { activeAsMentor: 0, activeAsMentee: 0, sent: 0, awaiting: 1 }, 'a saved request still awaits');
    deepEqual(await counts(mentee), { activeAsMentor: 0, activeAsMentee: 0, sent: 2, awaiting: 0 }, 'a saved request is still open');

    await ann.act(toAnn.id, 'accept');
    deepEqual(await counts(ann), { activeAsMentor: 1, activeAsMentee: 0, sent: 0, awaiting: 0 }, 'ann after accepting');
    deepEqual(await counts(mentee), { activeAsMentor: 0, activeAsMentee: 1, sent: 1, awaiting: 0 }, 'mentee after the accept');

    await bo.act(toBo.id, 'decline');
    deepEqual(await counts(bo), { activeAsMentor: 0, activeAsMentee: 0, sent: 0, awaiting: 0 }, 'bo after declining');
    deepEqual(await counts(mentee), { activeAsMentor: 0, activeAsMentee: 1, sent: 0, awaiting: 0 }, 'mentee after the decline');
  });

  test('an invalid email is refused naming profile.email, and nothing is stored', async (h) => {
    const adapter = h.as('zed');
    const before = await adapter.getViewer();
    const input = enrolmentInput('zed', ['mentee'], { profile: { email: 'not-an-email' } });
    await rejectsWith(adapter.enrol(input), 'validation', undefined, { field: 'profile.email' });
    deepEqual(await adapter.getViewer(), before, 'viewer unchanged');
  });

  test('an invalid edit leaves the existing enrolment unchanged', async (h) => {
    const ann = await enrolMentor(h, 'ann', { profile: { headline: 'Statistician' } });
    const before = await ann.getViewer();
    const input = enrolmentInput('ann', ['mentor'], { profile: { headline: 'Changed', email: 'nope' } });
    await rejectsWith(ann.enrol(input), 'validation', undefined, { field: 'profile.email' });
    deepEqual(await ann.getViewer(), before, 'viewer unchanged');
  });

  test('a topic outside the program taxonomy is refused', async (h) => {
    const adapter = h.as('zed');
    const input = enrolmentInput('zed', ['mentor'], { mentor: { topics: ['leadership', 'basket-weaving'] } });
    const error = await rejectsWith(adapter.enrol(input), 'validation');
    ok(error.field?.startsWith('mentor.topics'), `the error names mentor.topics (field: ${error.field})`);
    equal((await adapter.getViewer()).enrolled, false, 'still not enrolled');
  });

  test('enrolling in no role is refused', async (h) => {
    const adapter = h.as('zed');
    await rejectsWith(adapter.enrol(enrolmentInput('zed', [])), 'validation');
    equal((await adapter.getViewer()).enrolled, false, 'still not enrolled');
  });

  test('an input with a field the contract does not know is refused', async (h) => {
    const adapter = h.as('zed');
    const input = { ...enrolmentInput('zed', ['mentee']), admin: true } as unknown as EnrolmentInput;
    await rejectsWith(adapter.enrol(input), 'validation');
    equal((await adapter.getViewer()).enrolled, false, 'still not enrolled');
  });

  test('a required code of conduct must be accepted, and the acceptance is remembered', async (h) => {
    const adapter = h.as('zed');
    await rejectsWith(
      adapter.enrol(enrolmentInput('zed', ['mentee'], { acceptCodeOfConduct: false })),
      'validation',
      'code-of-conduct',
    );
    equal((await adapter.getViewer()).enrolled, false, 'not enrolled without accepting');

    const viewer = await adapter.enrol(enrolmentInput('zed', ['mentee'], { acceptCodeOfConduct: true }));
    equal(viewer.enrolled, true, 'enrolled once accepted');
    ok(viewer.member.codeOfConductAcceptedAt !== null, 'the acceptance date is stored');
    const acceptedAt = (await adapter.getViewer()).member.codeOfConductAcceptedAt;
    ok(acceptedAt !== null, 'and remembered');

    await h.advanceTime(1);
    const edited = await adapter.enrol(enrolmentInput('zed', ['mentee'], { acceptCodeOfConduct: false, profile: { headline: 'Edited' } }));
    equal(edited.member.headline, 'Edited', 'a later edit need not accept again');
    equal(edited.member.codeOfConductAcceptedAt, acceptedAt, 'the first acceptance stays on record');
  }, { codeOfConduct: { required: true, version: '1', url: 'https://example.org/code-of-conduct', text: null } });

  test('industry and career stage must be the program\'s own (validation naming the field)', async (h) => {
    const adapter = h.as('zed');
    await rejectsWith(adapter.enrol(enrolmentInput('zed', ['mentee'], { profile: { industry: 'alchemy' } })), 'validation', undefined, {
      field: 'profile.industry',
    });
    await rejectsWith(adapter.enrol(enrolmentInput('zed', ['mentee'], { profile: { careerStage: 'wizard' } })), 'validation', undefined, {
      field: 'profile.careerStage',
    });
    equal((await adapter.getViewer()).enrolled, false, 'still not enrolled');
  });

  test('a role with open or active mentorships cannot be left (conflict, state); a free one can', async (h) => {
    const ann = await enrolBoth(h, 'ann');
    const mentee = await enrolMentee(h, 'me');
    const request = await askMentor(mentee, 'ann');
    await rejectsWith(ann.enrol(enrolmentInput('ann', ['mentee'])), 'conflict', 'state');
    ok((await ann.getViewer()).member.mentor !== null, 'still a mentor');
    equal((await ann.enrol(enrolmentInput('ann', ['mentor']))).member.mentee, null, 'the mentee role, with nothing live, is left');
    await ann.act(request.id, 'decline');
    equal((await ann.enrol(enrolmentInput('ann', ['mentee']))).member.mentor, null, 'the mentor role is left once nothing is live');
  });

  test('an edit keeps the enrolment date of a role already taken', async (h) => {
    const ann = await enrolMentor(h, 'ann', { profile: { headline: 'Statistician' } });
    const first = await ann.getViewer();
    const enrolledAt = first.member.mentor?.enrolledAt;
    ok(enrolledAt, 'mentor role has an enrolment date');

    await h.advanceTime(2);
    const edited = await ann.enrol(enrolmentInput('ann', ['mentor', 'mentee'], {
      profile: { headline: 'Senior statistician' },
      mentor: { topics: ['negotiation'] },
    }));
    equal(edited.member.headline, 'Senior statistician', 'headline changed');
    deepEqual(edited.member.mentor?.topics, ['negotiation'], 'topics changed');
    equal(edited.member.mentor?.enrolledAt, enrolledAt, 'mentor enrolment date kept');
    closeInstant(edited.member.mentee?.enrolledAt ?? null, Date.parse(enrolledAt) + 2 * DAY_MS, 'the new mentee role is dated now');
  });

  test('a member may state the language of their profile text; others see it with the text, and it can be cleared', async (h) => {
    const ann = await enrolMentor(h, 'ann', { profile: { headline: 'Statisticienne', textLanguage: 'fr' } });
    equal((await ann.getViewer()).member.textLanguage, 'fr', 'stored');
    const mentee = await enrolMentee(h, 'me');
    equal((await mentee.getMember('ann')).textLanguage, 'fr', 'shown to another member');
    const page = await mentee.search({ find: 'mentors', offset: 0, limit: 10 });
    equal(page.hits.find((hit) => hit.member.id === 'ann')?.member.textLanguage, 'fr', 'in search results');
    const kept = await ann.enrol(enrolmentInput('ann', ['mentor'], { profile: { headline: 'Statisticienne' } }));
    equal(kept.member.textLanguage, 'fr', 'an edit that leaves it out keeps it');
    const cleared = await ann.enrol(enrolmentInput('ann', ['mentor'], { profile: { textLanguage: null } }));
    equal(cleared.member.textLanguage, null, 'null clears it');
    equal('textLanguage' in (await mentee.getMember('ann')), false, 'then others see none');
    await rejectsWith(ann.enrol(enrolmentInput('ann', ['mentor'], { profile: { textLanguage: 'French!' } })), 'validation');
  });
}
