// The program office on the demo site (`npm start`: the real server on PGlite, here in memory, with the demo's
// "Program office" made staff as `npm start` makes it), end to end in Chromium under the strict CSP: staff pair
// two members and end the mentorship with a reason, a member's concern reaches the office and its reply
// reaches the member, a topic renamed in the office reaches an open search page without a reload, and a
// member who is not staff is refused every staff route the API describes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Mentorship } from '@mentor-match/core';
import { DEMO_STAFF } from '@mentor-match/demo';
import { createRestStaffAdapter } from '@mentor-match/rest-adapter/staff';
import { waitForText } from './chromium.ts';
import { openAs, useDemoSite } from './demo-site.ts';
import { findNewcomers, sessionToken, signedIn } from './demo-members.ts';

/** The office's tab `name`, opened. */
async function officeTab(page: Page, name: string) {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

describe('the program office flow on the demo site', { timeout: 120_000 }, () => {
  const site = useDemoSite('office-flow', { auth: { staff: { ids: [DEMO_STAFF.id] } } });

  test('the seeded demo gives the office work: mentors awaiting approval, and concerns, one already answered', async () => {
    const token = await sessionToken(site.url, DEMO_STAFF.id);
    const staff = createRestStaffAdapter({ baseUrl: new URL('api/v1', site.url).href, getToken: () => token });
    const awaiting = await staff.listMembers({ role: 'mentor', standing: 'awaiting-approval' });
    assert.equal(awaiting.total, 3);
    assert.equal((await staff.listConcerns({ status: 'new' })).total, 2);
    const answered = await staff.listConcerns({ status: 'in-progress' });
    assert.equal(answered.total, 1);
    assert.ok(answered.items[0]!.history.some((event) => event.staffId === DEMO_STAFF.id && event.reply !== null), 'a reply from the office');

    const office = await openAs(site.browser, `${site.url}program-office/`, DEMO_STAFF.id);
    try {
      await office.page.getByRole('tab', { name: 'Concerns (2 new)' }).waitFor();
      assert.deepEqual(office.problems, []);
    } finally {
      await office.close();
    }
  });

  test('staff pair two members, a concern goes to the office and its reply back, and staff end the mentorship with a reason', async () => {
    const [mentee] = await findNewcomers(site.url, 1);
    assert.ok(mentee);
    const asMentee = await signedIn(site.url, mentee.id);
    const topic = (await asMentee.getViewer()).member.mentee!.topics[0]!;
    const { hits } = await asMentee.search({ find: 'mentors', topics: [topic] });
    const mentor = hits.find((hit) => hit.member.id !== mentee.id)?.member;
    assert.ok(mentor, `a mentor for ${topic}`);
    const asMentor = await signedIn(site.url, mentor.id);

    const office = await openAs(site.browser, `${site.url}program-office/`, DEMO_STAFF.id);
    try {
      const { page } = office;
      // Pair them.
      await officeTab(page, 'Mentorships');
      await page.getByRole('button', { name: 'Pair two members' }).click();
      const pair = page.getByRole('dialog', { name: 'Pair two members' });
      for (const [legend, who] of [['Mentor', mentor], ['Mentee', mentee]] as const) {
        const side = pair.getByRole('group', { name: legend, exact: true });
        await side.getByLabel('Name, email or id').fill(who.id);
        await side.getByRole('button', { name: 'Find', exact: true }).click();
        await side.getByRole('button', { name: new RegExp(who.id) }).click();
      }
      await pair.getByLabel('Reason', { exact: true }).fill('Matched at the spring meeting');
      await pair.getByRole('button', { name: 'Pair them' }).click();
      await pair.waitFor({ state: 'hidden' });
      const active = async (adapter: typeof asMentee) =>
        (await adapter.listMentorships()).find(({ mentorship }) => mentorship.state === 'active' && [mentorship.mentorId, mentorship.menteeId].sort().join() === [mentor.id, mentee.id].sort().join())?.mentorship;
      const made = await active(asMentee);
      assert.ok(made, 'the mentee sees the mentorship active');
      assert.equal((await active(asMentor))?.id, made.id, 'the mentor sees it active');

      // The mentee reports a problem from their console; the office answers it.
      const member = await openAs(site.browser, `${site.url}my-mentoring/`, mentee.id);
      try {
        const consolePage = member.page;
        await consolePage.getByRole('button', { name: 'Report a problem' }).first().click();
        const report = consolePage.getByRole('dialog', { name: /^Report a problem: your mentorship with / });
        await report.getByLabel('What is the problem?').fill('We have not managed to meet for a month.');
        await report.getByRole('button', { name: 'Send to the program office' }).click();
        await report.waitFor({ state: 'hidden' });
        await consolePage.locator('summary').filter({ hasText: 'My reports to the program office' }).click();
        const reports = consolePage.locator('mentor-concern-list');
        const mine = reports.getByRole('listitem').filter({ hasText: 'We have not managed to meet for a month.' });
        await waitForText(mine.locator('[part="report-status"]'), 'Sent');

        await officeTab(page, 'Concerns');
        const concern = page.getByRole('listitem').filter({ hasText: 'We have not managed to meet for a month.' });
        await concern.getByRole('button', { name: 'Answer' }).click();
        const answer = page.getByRole('dialog', { name: `Answer ${mentee.name}’s concern` });
        await answer.getByLabel('Reply to the member (optional)').fill('We will call you both this week.');
        await answer.getByRole('button', { name: 'Save' }).click();
        await answer.waitFor({ state: 'hidden' });

        // The member's open console hears the reply (no reload).
        await waitForText(mine.locator('[part="report-reply"]'), /We will call you both this week\.$/);
        assert.deepEqual(member.problems, []);
      } finally {
        await member.close();
      }

      // End it with a reason.
      await officeTab(page, 'Mentorships');
      const row = page.getByRole('row').filter({ hasText: `${mentor.name} mentors ${mentee.name}` });
      await row.getByRole('button', { name: 'End' }).click();
      const end = page.locator('dialog#reason-dialog[open]');
      await end.getByLabel('Reason', { exact: true }).fill('The mentee moved abroad');
      await end.getByRole('button', { name: /End/ }).click();
      await end.waitFor({ state: 'hidden' });
      for (const adapter of [asMentee, asMentor]) {
        const ended: Mentorship | undefined = (await adapter.listMentorships()).find(({ mentorship }) => mentorship.id === made.id)?.mentorship;
        assert.equal(ended?.state, 'ended');
        assert.equal(ended?.endReason, 'The mentee moved abroad');
      }
      assert.deepEqual(office.problems, []);
    } finally {
      await office.close();
    }
  });

  test('a topic renamed in the office shows renamed on an open search page, without a reload', async () => {
    const [seeker] = await findNewcomers(site.url, 1);
    assert.ok(seeker);
    const search = await openAs(site.browser, `${site.url}find-a-mentor/`, seeker.id);
    const office = await openAs(site.browser, `${site.url}program-office/`, DEMO_STAFF.id);
    try {
      const form = search.page.getByRole('search', { name: 'Find a mentor' });
      await form.locator('summary').filter({ hasText: 'Topics' }).click();
      await officeTab(office.page, 'Settings');
      const label = office.page.locator('#topics-0-label');
      const before = await label.inputValue();
      await form.getByRole('checkbox', { name: before, exact: true }).waitFor();
      await label.fill(`${before} renamed`);
      await office.page.locator('textarea#reason').fill('Wording asked by the committee');
      await office.page.getByRole('button', { name: 'Save the settings' }).click();
      await form.getByRole('checkbox', { name: `${before} renamed`, exact: true }).waitFor({ timeout: 20_000 });
      assert.deepEqual(search.problems, []);
      assert.deepEqual(office.problems, []);
    } finally {
      await office.close();
      await search.close();
    }
  });

  test('a member who is not staff is refused (403) every staff route the API describes', async () => {
    const [member] = await findNewcomers(site.url, 1);
    assert.ok(member);
    const token = await sessionToken(site.url, member.id);
    const spec = (await (await fetch(new URL('api/v1/openapi.json', site.url))).json()) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(spec.paths)
      .filter(([path]) => path.startsWith('/staff/'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => [method.toUpperCase(), path.replace(/\{[^}]+\}/g, 'x')] as const));
    assert.ok(routes.length >= 20, `the staff routes described: ${routes.length}`);
    const answers = await Promise.all(routes.map(async ([method, path]) => {
      const response = await fetch(new URL(`api/v1${path}`, site.url), {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { body: '{}' }),
      });
      await response.body?.cancel();
      return `${method} ${path} ${response.status}`;
    }));
    assert.deepEqual(answers, routes.map(([method, path]) => `${method} ${path} 403`));
  });
});
