import type { MentoringAdapter, SearchHit, SearchQuery } from '@mentor-match/core';
import { deepEqual, equal, fail, ok, rejectsWith, sameMembers } from '../assert.ts';
import { activeMentorship, askMentor, enrolBoth, enrolMentee, enrolMentor } from '../builders.ts';
import type { CheckedHarness } from '../checked.ts';
import type { SuiteContext } from '../context.ts';

/**
 * A seeker (mentee and mentor) in Abidjan (UTC+0) who wants statistics and data science, speaks English and
 * French, early career in academia; and four mentors who differ in every criterion. Time zones without
 * daylight saving, so the hours apart never move: Lagos +1, Dubai +4, Bogotá −5, Tokyo +9.
 */
async function roster(h: CheckedHarness): Promise<MentoringAdapter> {
  const seeker = await enrolBoth(h, 'seeker', {
    profile: { industry: 'academia', careerStage: 'early', languages: ['en', 'fr'], country: 'CI', timeZone: 'Africa/Abidjan' },
    mentee: { topics: ['statistics', 'data-science'], meetingModes: ['video', 'email'] },
    mentor: { topics: ['teaching'] },
  });
  await enrolMentor(h, 'ada', {
    profile: {
      headline: 'Biostatistician at a teaching hospital', industry: 'academia', careerStage: 'senior',
      languages: ['en', 'fr'], country: 'NG', city: 'Lagos', timeZone: 'Africa/Lagos',
    },
    mentor: { topics: ['statistics', 'data-science', 'leadership'], meetingModes: ['video', 'email'] },
  });
  await enrolMentor(h, 'bo', {
    profile: { industry: 'pharma', careerStage: 'mid', languages: ['en'], country: 'CO', city: 'Bogotá', timeZone: 'America/Bogota' },
    mentor: { topics: ['grant-writing'], meetingModes: ['phone'], statement: 'I review grant proposals every week.' },
  });
  await enrolMentor(h, 'cy', {
    profile: { industry: 'technology', careerStage: 'executive', languages: ['de', 'en'], country: 'AE', city: 'Dubai', timeZone: 'Asia/Dubai' },
    mentor: { topics: ['leadership', 'statistics'], meetingModes: ['in-person', 'video'] },
  });
  await enrolMentor(h, 'di', {
    profile: { industry: 'finance', careerStage: 'early', languages: ['ja'], country: 'JP', city: 'Tokyo', timeZone: 'Asia/Tokyo' },
    mentor: { topics: ['negotiation'], meetingModes: ['email'], statement: 'Salary proposals and negotiation.' },
  });
  return seeker;
}

async function ids(adapter: MentoringAdapter, query: SearchQuery): Promise<string[]> {
  const page = await adapter.search({ limit: 100, ...query });
  equal(page.total, page.hits.length, `total for ${JSON.stringify(query)}`);
  return page.hits.map((hit) => hit.member.id).sort();
}

function hitFor(hits: readonly SearchHit[], id: string): SearchHit {
  return hits.find((hit) => hit.member.id === id) ?? fail(`expected ${id} among the hits`);
}

function checkRanked(hits: readonly SearchHit[], what: string): void {
  for (const hit of hits) ok(hit.score >= 0 && hit.score <= 1, `${what}: score ${hit.score} of ${hit.member.id} is within [0, 1]`);
  for (let i = 1; i < hits.length; i += 1) {
    const [before, after] = [hits[i - 1], hits[i]];
    ok(before && after && before.score >= after.score, `${what}: hits are ranked by score, best first (${before?.member.id} ${before?.score} before ${after?.member.id} ${after?.score})`);
  }
}

export function searchTests({ describe, test }: SuiteContext): void {
  test('blank criteria list every available member of the role, never self, paused, full or other-role members', async (h) => {
    const seeker = await roster(h);
    await enrolMentee(h, 'eve');
    const fay = await enrolMentor(h, 'fay');
    await fay.setAvailability({ status: 'paused', returnDate: null });
    const gus = await enrolMentor(h, 'gus');
    await gus.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
    await enrolMentee(h, 'hal');
    await activeMentorship(h, 'gus', 'hal');

    const page = await seeker.search({ find: 'mentors' });
    sameMembers(page.hits.map((hit) => hit.member.id), ['ada', 'bo', 'cy', 'di'], 'mentors found');
    equal(page.total, 4, 'total');
    checkRanked(page.hits, 'find mentors');
    for (const hit of page.hits) ok(hit.member.mentor !== null, `${hit.member.id} is shown with the mentor role`);

    sameMembers(await ids(h.as('ada'), { find: 'mentees' }), ['eve', 'hal', 'seeker'], 'mentees found');
  });

  test('results are ranked by match score and the reasons explain it', async (h) => {
    const seeker = await roster(h);
    const { hits } = await seeker.search({ find: 'mentors' });
    checkRanked(hits, 'find mentors');
    equal(hits[0]?.member.id, 'ada', 'the mentor who shares two topics, industry and languages comes first');
    ok(hitFor(hits, 'ada').score > hitFor(hits, 'di').score, 'a mentor with nothing in common scores lower');

    const reasons = hitFor(hits, 'ada').reasons;
    const topics = reasons.find((reason) => reason.kind === 'topics');
    ok(topics?.kind === 'topics', 'a reason names the shared topics');
    sameMembers(topics.topics, [{ id: 'statistics', label: 'Statistics' }, { id: 'data-science', label: 'Data science' }], 'shared topics by label');
    const industry = reasons.find((reason) => reason.kind === 'industry');
    deepEqual(industry, { kind: 'industry', industry: { id: 'academia', label: 'Academia' } }, 'same industry');
    const none = hitFor(hits, 'di').reasons.find((reason) => reason.kind === 'topics');
    ok(!none || (none.kind === 'topics' && none.topics.length === 0), 'no shared topics are claimed for a mentor without any');
  });

  describe('filters', () => {
    const cases: [string, Omit<SearchQuery, 'find'>, string[]][] = [
      ['topics', { topics: ['statistics'] }, ['ada', 'cy']],
      ['industry', { industry: 'pharma' }, ['bo']],
      ['careerStage', { careerStage: 'executive' }, ['cy']],
      ['language', { language: 'de' }, ['cy']],
      ['language shared by several', { language: 'en' }, ['ada', 'bo', 'cy']],
      ['country', { country: 'JP' }, ['di']],
      ['maxHoursApart (inclusive)', { maxHoursApart: 4 }, ['ada', 'cy']],
      ['meetingMode', { meetingMode: 'email' }, ['ada', 'di']],
      ['text: every word, any case, any order', { text: 'Proposals GRANT' }, ['bo']],
      ['text: one word in several statements', { text: 'proposals' }, ['bo', 'di']],
      ['text: the name and the headline', { text: 'ada biostatistician' }, ['ada']],
      ['text: topics', { text: 'leadership' }, ['ada', 'cy']],
      ['criteria combined', { topics: ['statistics'], language: 'de' }, ['cy']],
      ['nothing matches', { country: 'BR' }, []],
    ];
    for (const [name, criteria, expected] of cases) {
      test(`${name} narrows the results`, async (h) => {
        const seeker = await roster(h);
        deepEqual(await ids(seeker, { find: 'mentors', ...criteria }), expected, JSON.stringify(criteria));
      });
    }
  });

  test('pages follow offset and limit, with the total', async (h) => {
    const seeker = await roster(h);
    const first = await seeker.search({ find: 'mentors', offset: 0, limit: 2 });
    const second = await seeker.search({ find: 'mentors', offset: 2, limit: 2 });
    const beyond = await seeker.search({ find: 'mentors', offset: 4, limit: 2 });
    deepEqual([first.total, second.total, beyond.total], [4, 4, 4], 'totals');
    deepEqual([first.offset, first.limit, second.offset, second.limit], [0, 2, 2, 2], 'offset and limit echoed');
    deepEqual([first.hits.length, second.hits.length, beyond.hits.length], [2, 2, 0], 'page sizes');
    sameMembers([...first.hits, ...second.hits].map((hit) => hit.member.id), ['ada', 'bo', 'cy', 'di'], 'the pages cover everyone once');
    checkRanked([...first.hits, ...second.hits], 'across pages');
  });

  test('a hit shows the open request between the viewer and the member', async (h) => {
    const seeker = await roster(h);
    const request = await askMentor(seeker, 'ada');
    const { hits } = await seeker.search({ find: 'mentors' });
    deepEqual(
      hitFor(hits, 'ada').member.relation,
      { mentorshipId: request.id, state: 'pending', viewerIsRequester: true, expiresAt: request.expiresAt },
      'the requester sees their pending request',
    );
    equal(hitFor(hits, 'bo').member.relation, null, 'no relation with the others');
    deepEqual((await seeker.getMember('ada')).relation?.mentorshipId, request.id, 'getMember shows it too');

    const ada = h.as('ada');
    await ada.act(request.id, 'save');
    const fromAda = hitFor((await ada.search({ find: 'mentees' })).hits, 'seeker').member.relation;
    deepEqual(
      { state: fromAda?.state, viewerIsRequester: fromAda?.viewerIsRequester, id: fromAda?.mentorshipId },
      { state: 'saved', viewerIsRequester: false, id: request.id },
      'the recipient sees it saved, as the recipient',
    );
    await ada.act(request.id, 'accept');
    equal((await seeker.getMember('ada')).relation?.state, 'active', 'active once accepted');
  });

  test('an aborted signal rejects the search (network, aborted)', async (h) => {
    const seeker = await roster(h);
    const controller = new AbortController();
    controller.abort();
    await rejectsWith(seeker.search({ find: 'mentors' }, { signal: controller.signal }), 'network', 'aborted');
  });

  test('an invalid query is refused naming the field', async (h) => {
    const seeker = await roster(h);
    await rejectsWith(seeker.search({ find: 'mentors', limit: 0 }), 'validation', undefined, { field: 'limit' });
    await rejectsWith(seeker.search({ find: 'bosses' } as unknown as SearchQuery), 'validation', undefined, { field: 'find' });
  });
}
