import { deepEqual, equal } from '../../assert.ts';
import { activeMentorship, askMentor, enrolMentee, enrolMentor } from '../../builders.ts';
import { today, type StaffSuiteContext } from './context.ts';

export function dashboardTests({ test }: StaffSuiteContext): void {
  test('the figures of a known history: members by standing, requests by outcome, answers, places, topics, the month', async (h) => {
    // Mentors: ann (capacity 2, 1 active), bo (paused), cy (capacity 1, full). Mentees: me, mo, mu, mi, ma.
    const ann = await enrolMentor(h, 'ann', { mentor: { topics: ['statistics', 'leadership'] } });
    const bo = await enrolMentor(h, 'bo', { mentor: { topics: ['statistics'] } });
    const cy = await enrolMentor(h, 'cy', { mentor: { topics: ['grant-writing'] } });
    await cy.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
    const mentees = await Promise.all(['me', 'mo', 'mu', 'mi', 'ma'].map((id) => enrolMentee(h, id, { mentee: { topics: ['statistics'] } })));
    const [me, mo, mu, mi] = mentees as [typeof ann, typeof ann, typeof ann, typeof ann];
    const day = await today(h.office());

    const accepted = await askMentor(me, 'ann');
    const declined = await askMentor(mo, 'ann');
    const withdrawn = await askMentor(mu, 'ann');
    await askMentor(mi, 'bo'); // expires
    await h.advanceTime(1);
    await ann.act(accepted.id, 'accept');
    await ann.act(declined.id, 'decline');
    await mu.act(withdrawn.id, 'withdraw');
    await activeMentorship(h, 'cy', 'ma');
    await bo.setAvailability({ status: 'paused', returnDate: null });
    await askMentor(mo, 'ann');
    await h.advanceTime(h.settings.requestExpiryDays);

    const office = h.office();
    const end = await today(office);
    const d = await office.getDashboard({ from: day, to: end });
    deepEqual(d.members.mentor, { enrolled: 3, participating: 1, full: 1, paused: 1, 'awaiting-approval': 0, declined: 0, suspended: 0 }, 'mentors');
    equal(d.members.mentee.enrolled, 5, 'mentees enrolled');
    // me and ma have a mentor, and may have another (2 per mentee): all five are participating.
    equal(d.members.mentee.participating, 5, 'mentees participating');
    // Made in the range: accepted, declined, withdrawn, expired (twice: to bo, and mo's second to ann); cy's to ma accepted.
    deepEqual(d.requests, { made: 6, pending: 0, accepted: 2, declined: 1, withdrawn: 1, expired: 2 }, 'requests by outcome');
    equal(d.acceptanceRate, 0.4, 'accepted of those decided: 2 of 5');
    deepEqual(d.mentorships, { started: 2, active: 2, completed: 0, endedEarly: 0, activeNow: 2 }, 'mentorships');
    // ann's and mo's were answered a day later, cy's at once: 0, 24, 24 hours.
    equal(d.medianHoursToFirstAnswer, 24, 'the median hours to an answer');
    deepEqual(d.mentorPlaces, { offered: 3, used: 2, rate: 0.6667 }, 'places of ann (2) and cy (1), used by me and ma');
    const statistics = d.topics.find((topic) => topic.id === 'statistics');
    deepEqual(statistics && { demand: statistics.demand, supply: statistics.supply, retired: statistics.retired }, { demand: 5, supply: 1, retired: false },
      'statistics: five mentees seek it, one place left (ann; bo is paused)');
    equal(d.topics.find((topic) => topic.id === 'grant-writing')?.supply, 0, 'cy is full');
    equal(d.topics.length, h.settings.topics.length, 'every topic of the program');
    equal(d.trend.reduce((sum, month) => sum + month.requests, 0), 6, 'the trend adds up to the requests made');
    equal(d.trend.reduce((sum, month) => sum + month.started, 0), 2, 'and to the mentorships started');
    equal(d.trend.reduce((sum, month) => sum + month.enrolments, 0), 8, 'eight roles taken');
    equal(d.trend[0]?.month, day.slice(0, 7), 'from the first month of the range');
  // mo asks ann again after her decline: the history is about the figures, not the wait a decline imposes.
  }, { cooldownAfterDeclineDays: 0 });

  test('a range before anything happened counts only what stands now', async (h) => {
    await enrolMentor(h, 'ann');
    const d = await h.office().getDashboard({ from: '2001-01-01', to: '2001-02-15' });
    equal(d.requests.made, 0, 'no request then');
    equal(d.acceptanceRate, null, 'no rate without a decided request');
    equal(d.medianHoursToFirstAnswer, null, 'no median without an answer');
    equal(d.members.mentor.enrolled, 1, 'members are counted as they stand now');
    deepEqual(d.trend.map((month) => month.month), ['2001-01', '2001-02'], 'each month the range touches');
  });
}
