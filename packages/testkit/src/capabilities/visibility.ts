import type { MemberView, SearchQuery } from '@mentor-match/core';
import { deepEqual, equal, ok, rejectsWith } from '../assert.ts';
import { askMentor, emailOf, enrolMentee, enrolMentor, type MemberOverrides } from '../builders.ts';
import type { SuiteContext } from '../context.ts';

/** A mentor who shows her bio, industry and location to partners only. */
const PRIVATE_ANN: MemberOverrides = {
  profile: {
    headline: 'Biostatistician',
    bio: 'Twenty years of clinical trials.',
    industry: 'pharma',
    country: 'FR',
    city: 'Lyon',
    phone: '+33 4 00 00 00 00',
  },
  visibility: { bio: 'partners', industry: 'partners', location: 'partners' },
};

function hidden(view: MemberView | undefined) {
  return { bio: view?.bio, industry: view?.industry, country: view?.country, city: view?.city };
}
const HIDDEN = { bio: undefined, industry: undefined, country: undefined, city: undefined };
const SHOWN = { bio: 'Twenty years of clinical trials.', industry: 'pharma', country: 'FR', city: 'Lyon' };

export function visibilityTests({ test }: SuiteContext): void {
  test('fields shown to partners only are absent for strangers, in profiles and in search', async (h) => {
    await enrolMentor(h, 'ann', PRIVATE_ANN);
    const stranger = await enrolMentee(h, 'sam');
    const view = await stranger.getMember('ann');
    deepEqual(hidden(view), HIDDEN, 'hidden fields absent from getMember');
    equal(view.name, 'Ann', 'the name is always shown');
    equal(view.headline, 'Biostatistician', 'fields shown to members are present');
    equal(view.contact, null, 'no contact details');

    const hit = (await stranger.search({ find: 'mentors' })).hits.find((x) => x.member.id === 'ann');
    ok(hit, 'ann is found');
    deepEqual(hidden(hit.member), HIDDEN, 'hidden fields absent from the search hit');
    equal(hit.member.headline, 'Biostatistician', 'shown fields present in the search hit');
    equal(hit.member.contact, null, 'no contact details in search');
  });

  test('a pending request reveals neither hidden fields nor contact details, either way', async (h) => {
    const ann = await enrolMentor(h, 'ann', PRIVATE_ANN);
    const mentee = await enrolMentee(h, 'me', { visibility: { bio: 'partners' }, profile: { bio: 'Early-career analyst.' } });
    await askMentor(mentee, 'ann');
    const annAsSeen = await mentee.getMember('ann');
    deepEqual(hidden(annAsSeen), HIDDEN, 'the requester does not see the hidden fields');
    equal(annAsSeen.contact, null, 'the requester sees no contact details');
    const menteeAsSeen = await ann.getMember('me');
    equal(menteeAsSeen.bio, undefined, 'the recipient does not see the requester\'s hidden bio');
    equal(menteeAsSeen.contact, null, 'the recipient sees no contact details');
    const [item] = await mentee.listMentorships();
    deepEqual(hidden(item?.partner), HIDDEN, 'the console\'s partner view hides them too');
    equal(item?.partner.contact, null, 'and has no contact details');
  });

  test('once accepted, partners see the hidden fields and each other\'s contact details', async (h) => {
    const ann = await enrolMentor(h, 'ann', PRIVATE_ANN);
    const mentee = await enrolMentee(h, 'me', { visibility: { bio: 'partners' }, profile: { bio: 'Early-career analyst.' } });
    const request = await askMentor(mentee, 'ann');
    await ann.act(request.id, 'accept');

    const annAsSeen = await mentee.getMember('ann');
    deepEqual(hidden(annAsSeen), SHOWN, 'the partner sees the fields shown to partners');
    deepEqual(annAsSeen.contact, { email: emailOf('ann'), phone: '+33 4 00 00 00 00' }, 'and her contact details');
    const menteeAsSeen = await ann.getMember('me');
    equal(menteeAsSeen.bio, 'Early-career analyst.', 'the mentor sees the mentee\'s bio');
    deepEqual(menteeAsSeen.contact, { email: emailOf('me'), phone: null }, 'and contact details');
    const [item] = await mentee.listMentorships();
    deepEqual(hidden(item?.partner), SHOWN, 'the console\'s partner view shows them');
    equal(item?.partner.contact?.email, emailOf('ann'), 'with the email');

    const stranger = await enrolMentee(h, 'sam');
    const strangerView = await stranger.getMember('ann');
    deepEqual(hidden(strangerView), HIDDEN, 'still hidden from others');
    equal(strangerView.contact, null, 'no contact details for others');
  });

  test('match reasons never reveal a field hidden from the viewer', async (h) => {
    await enrolMentor(h, 'ann', {
      profile: { industry: 'pharma', careerStage: 'senior', languages: ['fr'], timeZone: 'Asia/Tokyo' },
      visibility: { industry: 'partners', careerStage: 'partners', languages: 'partners', timeZone: 'partners' },
    });
    // A stranger who has everything in common with her: every one of those reasons would apply.
    const stranger = await enrolMentee(h, 'sam', {
      profile: { industry: 'pharma', careerStage: 'early', languages: ['fr'], timeZone: 'Asia/Tokyo' },
    });
    const hit = (await stranger.search({ find: 'mentors' })).hits.find((x) => x.member.id === 'ann');
    ok(hit, 'ann is found');
    const kinds = hit.reasons.map((reason) => reason.kind);
    for (const hiddenKind of ['industry', 'career-stage', 'languages', 'time-zone'] as const) {
      ok(!kinds.includes(hiddenKind), `no "${hiddenKind}" reason for a field ann shows to partners only (reasons: ${JSON.stringify(hit.reasons)})`);
    }
    ok(kinds.includes('topics'), 'reasons about what she does show remain');
  });

  test('search criteria do not match fields hidden from the viewer', async (h) => {
    await enrolMentor(h, 'ann', {
      profile: { industry: 'pharma', bio: 'Twenty years of clinical trials.' },
      visibility: { industry: 'partners', bio: 'partners' },
    });
    await enrolMentor(h, 'bo', { profile: { industry: 'pharma', bio: 'Clinical trials in oncology.' } });
    const stranger = await enrolMentee(h, 'sam');
    const ids = async (query: Omit<SearchQuery, 'find'>) =>
      (await stranger.search({ find: 'mentors', ...query })).hits.map((hit) => hit.member.id);
    deepEqual(await ids({ industry: 'pharma' }), ['bo'], 'a hidden industry is not matched (it would reveal it)');
    deepEqual(await ids({ text: 'clinical' }), ['bo'], 'a hidden bio is not searched');
  });

  test('a member sees their own profile whole', async (h) => {
    const ann = await enrolMentor(h, 'ann', PRIVATE_ANN);
    const self = await ann.getMember('ann');
    deepEqual(hidden(self), SHOWN, 'every field');
    equal(self.contact?.email, emailOf('ann'), 'own contact details');
  });

  test('an unknown member is not-found', async (h) => {
    const ann = await enrolMentor(h, 'ann');
    await rejectsWith(ann.getMember('nobody-by-this-id'), 'not-found');
  });
}
