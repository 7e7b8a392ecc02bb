import { deepEqual, equal, ok, rejectsWith } from '../../assert.ts';
import { askMentor, enrolMentee, enrolMentor } from '../../builders.ts';
import { column, parseCsv, readAll, REASON, type StaffSuiteContext } from './context.ts';

export function exportTests({ test }: StaffSuiteContext): void {
  test('members as CSV: a byte order mark, a header, a row each, with the list\'s filters', async (h) => {
    await enrolMentor(h, 'ann', { profile: { name: 'Ann Lévêque, PhD' } });
    await enrolMentor(h, 'bo', { profile: { name: 'Bo "the boss" Berg' } });
    await enrolMentee(h, 'cy', { profile: { name: 'Çy Øster' } });
    const office = h.office();
    const text = await readAll(office.exportCsv({ list: 'members', filter: { role: 'mentor' } }));
    ok(text.startsWith('\uFEFFMember,Name,Email,'), 'the byte order mark, then the header');
    const rows = parseCsv(text);
    deepEqual(column(rows, 'Name'), ['Ann Lévêque, PhD', 'Bo "the boss" Berg'], 'quoted where needed, accents kept, by name');
    deepEqual(column(rows, 'As mentor'), ['participating', 'participating'], 'with their standing');
    equal(rows.length, 3, 'the header and one row per mentor: the filter applies');
    const everyone = parseCsv(await readAll(office.exportCsv({ list: 'members', filter: { enrolled: true } })));
    deepEqual(column(everyone, 'Name'), ['Ann Lévêque, PhD', 'Bo "the boss" Berg', 'Çy Øster'], 'the same order as the list');
  });

  test('cells that a spreadsheet would run as a formula are neutralised', async (h) => {
    const attacks = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)'];
    for (const [i, name] of attacks.entries()) await enrolMentor(h, `x${i}`, { profile: { name } });
    await enrolMentee(h, 'me');
    await askMentor(h.as('me'), 'x0', { goals: '=cmd|\' /C calc\'!A0' });
    const office = h.office();
    const names = column(parseCsv(await readAll(office.exportCsv({ list: 'members', filter: { role: 'mentor' } }))), 'Name');
    deepEqual([...names].sort(), attacks.map((name) => `'${name}`).sort(), 'each prefixed with an apostrophe, otherwise unchanged');
    const goals = column(parseCsv(await readAll(office.exportCsv({ list: 'requests', filter: { olderThanDays: 0 } }))), 'Goals');
    deepEqual(goals, ['\'=cmd|\' /C calc\'!A0'], 'member text in every list');
    const terms = column(parseCsv(await readAll(office.exportCsv({ list: 'requests', filter: { olderThanDays: 0 } }))), 'Term (months)');
    deepEqual(terms, ['6'], 'numbers stay numbers');
  });

  test('every list exports with its filters; a member who is not staff is refused at the first chunk', async (h) => {
    await enrolMentor(h, 'ann');
    const me = await enrolMentee(h, 'me');
    const request = await askMentor(me, 'ann');
    const office = h.office();
    await office.actOnMentorship(request.id, 'withdraw', { reason: REASON });
    const lists = ['members', 'mentorships', 'requests', 'evaluations', 'concerns', 'audit'] as const;
    for (const list of lists) {
      const filter = list === 'requests' ? { olderThanDays: 0 } : {};
      const rows = parseCsv(await readAll(office.exportCsv({ list, filter } as Parameters<typeof office.exportCsv>[0])));
      ok(rows.length >= 1 && (rows[0]?.length ?? 0) > 1, `${list}: a header row`);
    }
    const audit = parseCsv(await readAll(office.exportCsv({ list: 'audit', filter: { action: 'withdraw' } })));
    deepEqual(column(audit, 'Reason'), [REASON], 'the audit log with its reasons');
    const mentorships = parseCsv(await readAll(office.exportCsv({ list: 'mentorships', filter: { states: ['withdrawn'] } })));
    deepEqual(column(mentorships, 'Mentorship'), [request.id], 'mentorships by state');
    await rejectsWith(readAll(h.staffAs('me').exportCsv({ list: 'members', filter: {} })), 'forbidden', 'staff-only');
    await rejectsWith(readAll(office.exportCsv({ list: 'members', filter: { standing: 'asleep' } } as never)), 'validation');
  });
}
