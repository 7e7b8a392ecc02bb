import { deepEqual, equal, eventually, rejectsWith } from '../../assert.ts';
import { askMentor, enrolMentee, enrolMentor, enrolmentInput } from '../../builders.ts';
import { REASON, type StaffSuiteContext } from './context.ts';

export function settingsTests({ test }: StaffSuiteContext): void {
  test('staff change the settings: validated, versioned, audited, and every page hears a program change', async (h) => {
    const me = h.as('me');
    const heard: string[] = [];
    const stop = me.subscribe((change) => heard.push(change.kind));
    const office = h.office();
    const record = await office.getSettings();
    deepEqual([record.version, record.updatedBy], [1, null], 'as configured');
    const topics = record.settings.topics.map((topic) => (topic.id === 'statistics' ? { ...topic, label: 'Biostatistics' } : topic));
    const changed = await office.updateSettings({
      settings: { ...record.settings, name: 'Mentoring at the Society', contactEmail: 'mentoring@society.example', topics, requestExpiryDays: 14 },
      version: 1,
      reason: 'The committee\'s decisions of March',
    });
    deepEqual([changed.version, changed.updatedBy], [2, 'office'], 'a new version, by whom');
    const seen = await me.getProgram();
    deepEqual([seen.name, seen.contactEmail, seen.topics.find((t) => t.id === 'statistics')?.label, seen.requestExpiryDays],
      ['Mentoring at the Society', 'mentoring@society.example', 'Biostatistics', 14], 'members read the new settings');
    await eventually(() => heard.includes('program'), 'a member\'s page hears a program change', 2000);
    stop();
    const [entry] = (await office.listAudit({ action: 'settings' })).items;
    deepEqual([entry?.reason, (entry?.before as { name?: string } | null)?.name, (entry?.after as { name?: string } | null)?.name],
      ['The committee\'s decisions of March', h.settings.name, 'Mentoring at the Society'], 'audited with the fields before and after');
    await rejectsWith(office.updateSettings({ settings: seen, version: 1, reason: REASON }), 'conflict', 'stale');
    await rejectsWith(office.updateSettings({ settings: { ...seen, requestExpiryDays: 0 }, version: 2, reason: REASON }), 'validation', undefined, {
      field: 'settings.requestExpiryDays',
    });
    await enrolMentor(h, 'ann');
    const request = await askMentor(await enrolMentee(h, 'mo'), 'ann');
    equal(Date.parse(request.expiresAt) - Date.parse(request.createdAt), 14 * 86_400_000, 'new requests follow the new expiry');
  });

  test('topics are renamed or retired, never removed; records that use a retired topic keep it and still show it', async (h) => {
    const ann = await enrolMentor(h, 'ann', { mentor: { topics: ['grant-writing', 'statistics'] } });
    const me = await enrolMentee(h, 'me');
    const request = await askMentor(me, 'ann', { areas: ['grant-writing'] });
    const office = h.office();
    const record = await office.getSettings();
    const withoutIt = record.settings.topics.filter((topic) => topic.id !== 'grant-writing');
    await rejectsWith(office.updateSettings({ settings: { ...record.settings, topics: withoutIt }, version: 1, reason: REASON }),
      'validation', undefined, { field: 'topics' });
    const retired = record.settings.topics.map((topic) => (topic.id === 'grant-writing' ? { ...topic, label: 'Grants', retired: true } : topic));
    await office.updateSettings({ settings: { ...record.settings, topics: retired }, version: 1, reason: REASON });

    const program = await me.getProgram();
    deepEqual(program.topics.find((topic) => topic.id === 'grant-writing'), { id: 'grant-writing', label: 'Grants', retired: true }, 'still listed, by its label');
    deepEqual((await me.getMember('ann')).mentor?.topics, ['grant-writing', 'statistics'], 'a profile keeps it');
    const [item] = await me.listMentorships();
    deepEqual(item?.mentorship.areas, ['grant-writing'], 'a request keeps it');
    equal(item?.mentorship.id, request.id, 'the same request');
    const edited = await ann.enrol(enrolmentInput('ann', ['mentor'], { mentor: { topics: ['grant-writing', 'statistics'] }, profile: { headline: 'Edited' } }));
    deepEqual(edited.member.mentor?.topics, ['grant-writing', 'statistics'], 'the member edits their profile and keeps it');
    await rejectsWith(enrolMentor(h, 'bo', { mentor: { topics: ['grant-writing'] } }), 'validation', undefined, { field: 'mentor.topics' });
    await rejectsWith(askMentor(await enrolMentee(h, 'mo'), 'ann', { areas: ['grant-writing'] }), 'validation', undefined, { field: 'areas' });
  });

  test('a new version of the code of conduct is accepted before the member\'s next request', async (h) => {
    await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me');
    const first = await askMentor(me, 'ann');
    equal((await me.getViewer()).member.codeOfConductVersion, '1', 'accepted at enrolment');
    const office = h.office();
    const record = await office.getSettings();
    const code = { ...record.settings.codeOfConduct, text: 'Be kind. Be on time. Report harassment.' };
    await rejectsWith(office.updateSettings({ settings: { ...record.settings, codeOfConduct: code }, version: 1, reason: REASON }),
      'validation', undefined, { field: 'codeOfConduct.version' });
    await office.updateSettings({ settings: { ...record.settings, codeOfConduct: { ...code, version: '2026-03' } }, version: 1, reason: REASON });
    await me.act(first.id, 'withdraw');
    const refused = await rejectsWith(askMentor(me, 'ann'), 'forbidden', 'code-of-conduct');
    deepEqual(refused.details?.['version'], '2026-03', 'naming the version to accept');
    await rejectsWith(me.acceptCodeOfConduct({ version: '1' }), 'conflict', 'stale');
    const accepted = await me.acceptCodeOfConduct({ version: '2026-03' });
    equal(accepted.member.codeOfConductVersion, '2026-03', 'accepted');
    equal((await askMentor(me, 'ann')).state, 'pending', 'then the request goes');
  // me asks ann again after withdrawing: no wait after a withdrawal here, the code of conduct is what holds it back.
  }, { codeOfConduct: { required: true, version: '1', url: null, text: 'Be kind.' }, cooldownAfterWithdrawDays: 0 });
  test('the program\'s words per language: translations stored and read back, ids unchanged; none in the program\'s own language', async (h) => {
    const me = h.as('me');
    const office = h.office();
    const record = await office.getSettings();
    const topics = record.settings.topics.map((topic) => (topic.id === 'leadership' ? { ...topic, labels: { fr: 'Direction d’équipe', ar: 'القيادة' } } : topic));
    const careerStages = record.settings.careerStages.map((stage, i) => (i === 0 ? { ...stage, labels: { de: 'Studium' } } : stage));
    const code = { ...record.settings.codeOfConduct, text: 'Be kind.', texts: { es: 'Sea amable.' }, version: 'words-1' };
    await office.updateSettings({
      settings: { ...record.settings, language: 'en', names: { fr: 'Programme de mentorat' }, topics, careerStages, codeOfConduct: code },
      version: record.version,
      reason: REASON,
    });
    const seen = await me.getProgram();
    const leadership = record.settings.topics.find((topic) => topic.id === 'leadership')!;
    deepEqual(seen.topics.find((topic) => topic.id === 'leadership'), { ...leadership, labels: { fr: 'Direction d’équipe', ar: 'القيادة' } },
      'a member reads the labels beside the label, under the same id');
    deepEqual(seen.topics.map((topic) => topic.id), record.settings.topics.map((topic) => topic.id), 'ids unchanged');
    deepEqual([seen.language, seen.names, seen.careerStages[0]?.labels, seen.codeOfConduct.texts],
      ['en', { fr: 'Programme de mentorat' }, { de: 'Studium' }, { es: 'Sea amable.' }], 'every translation kept');
    await rejectsWith(office.updateSettings({ settings: { ...seen, names: { en: 'Mentoring' } }, version: record.version + 1, reason: REASON }),
      'validation', undefined, { field: 'language' });
    await rejectsWith(office.updateSettings({ settings: { ...seen, names: { fr: '' } }, version: record.version + 1, reason: REASON }), 'validation');
    equal((await office.getSettings()).version, record.version + 1, 'a refused change stores nothing');
  });
}
