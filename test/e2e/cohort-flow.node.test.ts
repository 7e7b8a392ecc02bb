// Cohorts on the demo site (`npm start`: the real server on PGlite, here in memory, with the demo's "Program
// office" made staff), end to end in Chromium under the strict CSP (issue 14): staff propose and publish a
// cohort's matches in the office; a mentee accepts in their console, the mentor accepts, and both see the
// mentorship active with the cohort's term; a member declines with a reason and the next run proposes them
// another partner; both partners agree to extend and the end date moves.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { CohortInput, Mentorship } from '@mentor-match/core';
import { DEMO_STAFF } from '@mentor-match/demo';
import { createRestStaffAdapter } from '@mentor-match/rest-adapter/staff';
import { waitForText } from './chromium.ts';
import { openAs, useDemoSite } from './demo-site.ts';
import { findNewcomers, sessionToken, signedIn } from './demo-members.ts';

const DAY = 86_400_000;

/** The active mentorship `memberId` has with `menteeId` (as its mentee or their mentor). */
async function activeWith(siteUrl: string, memberId: string, menteeId: string): Promise<Mentorship | undefined> {
  const items = await (await signedIn(siteUrl, memberId)).listMentorships();
  return items.find(({ mentorship: m }) => m.state === 'active' && m.menteeId === menteeId)?.mentorship;
}

/** Participating mentor-only members with a place left, whose names no one else shares. */
async function freeMentors(siteUrl: string, count: number): Promise<{ id: string; name: string }[]> {
  const response = await fetch(new URL('api/v1/demo/members', siteUrl));
  const { members } = (await response.json()) as { members: { id: string; name: string; roles: string[]; paused: boolean }[] };
  const names = new Map<string, number>();
  for (const m of members) names.set(m.name, (names.get(m.name) ?? 0) + 1);
  const found: { id: string; name: string }[] = [];
  for (const m of members) {
    if (m.roles.join() !== 'mentor' || m.paused || names.get(m.name) !== 1) continue;
    const viewer = await (await signedIn(siteUrl, m.id)).getViewer();
    const approved = viewer.member.mentorApproval === null || viewer.member.mentorApproval.state === 'approved';
    if (!approved || viewer.activeAsMentor >= viewer.member.availability.capacity) continue;
    found.push({ id: m.id, name: m.name });
    if (found.length === count) return found;
  }
  throw new Error(`fewer than ${count} free mentors in the demo roster`);
}

/** The Cohorts tab, the cohort named `name` under review. */
async function reviewCohort(page: Page, name: string) {
  await page.getByRole('tab', { name: 'Cohorts' }).click();
  await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: 'Review' }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

/** The console's cohort part on the My mentoring page. */
const cohortMatches = (page: Page) => page.locator('mentor-cohort-matches');

describe('cohorts on the demo site', { timeout: 180_000 }, () => {
  const site = useDemoSite('cohort-flow', { auth: { staff: { ids: [DEMO_STAFF.id] } } });

  test('staff publish; both accept and see the cohort’s term; a decline gets another partner next run; both extend', async () => {
    const token = await sessionToken(site.url, DEMO_STAFF.id);
    const staff = createRestStaffAdapter({ baseUrl: new URL('api/v1', site.url).href, getToken: () => token });
    // The program runs cohorts beside self-serve (the demo's own setting, unless it is not).
    const record = await staff.getSettings();
    if (!record.settings.mode || record.settings.mode === 'self-serve') {
      await staff.updateSettings({ settings: { ...record.settings, mode: 'both' }, version: record.version, reason: 'Cohorts for the test' });
    }
    // A cohort of our own, applications open now, its term ending in ten days (so the ask to extend is due).
    const now = Date.now();
    const day = (n: number) => new Date(Math.floor(now / DAY) * DAY + n * DAY).toISOString();
    const input: CohortInput = {
      name: 'End-to-end cohort', roles: ['mentor', 'mentee'],
      applicationsOpenAt: day(-2), applicationsCloseAt: day(1), matchAt: day(1), termStartsAt: day(1), termEndsAt: day(10),
    };
    const { cohort } = await staff.createCohort(input);
    const [first, second] = await findNewcomers(site.url, 2);
    assert.ok(first && second);
    const mentors = await freeMentors(site.url, 3);
    const topic = (await (await signedIn(site.url, first.id)).getViewer()).member.mentee!.topics[0]!;
    for (const mentee of [first, second]) {
      const adapter = await signedIn(site.url, mentee.id);
      await adapter.applyToCohort(cohort.id, 'mentee', { topics: [topic], statement: '', avoid: [] });
    }
    for (const mentor of mentors) {
      const adapter = await signedIn(site.url, mentor.id);
      await adapter.applyToCohort(cohort.id, 'mentor', { topics: [topic], statement: '', avoid: [], capacity: 1 });
    }

    // Staff propose and publish in the office.
    const office = await openAs(site.browser, `${site.url}program-office/`, DEMO_STAFF.id);
    try {
      const { page } = office;
      await reviewCohort(page, input.name);
      await page.getByRole('button', { name: 'Propose matches' }).click();
      await page.getByRole('status').filter({ hasText: /^2 pairs proposed, / }).waitFor();
      await page.getByRole('button', { name: 'Publish the matches' }).click();
      const publish = page.locator('dialog#reason-dialog[open]');
      await publish.getByLabel('Reason', { exact: true }).fill('The end-to-end matches');
      await publish.getByRole('button', { name: 'Publish the matches' }).click();
      await publish.waitFor({ state: 'hidden' });
      assert.equal((await staff.listCohortMatches(cohort.id, { status: 'proposed' })).length, 2);
      assert.deepEqual(office.problems, []);
    } finally {
      await office.close();
    }
    const matches = await staff.listCohortMatches(cohort.id, {});
    const mentorOf = (menteeId: string) => mentors.find((m) => m.id === matches.find((x) => x.mentee.id === menteeId)!.mentor.id)!;
    const firstMentor = mentorOf(first.id);
    const secondMentor = mentorOf(second.id);

    // The first mentee accepts in their console, then their mentor: both see the mentorship active, ending
    // with the cohort's term.
    for (const [who, partner] of [[first, firstMentor], [firstMentor, first]] as const) {
      const member = await openAs(site.browser, `${site.url}my-mentoring/`, who.id);
      try {
        const part = cohortMatches(member.page);
        const item = part.getByRole('listitem').filter({ hasText: partner.name });
        await item.getByRole('button', { name: 'Accept the match' }).click();
        await part.getByRole('status').filter({ hasText: `Match with \u2068${partner.name}\u2069 accepted.` }).waitFor();
        assert.deepEqual(member.problems, []);
      } finally {
        await member.close();
      }
    }
    for (const id of [first.id, firstMentor.id]) {
      const active = await activeWith(site.url, id, first.id);
      assert.ok(active, `${id} sees the mentorship active`);
      assert.equal(active.endsAt, input.termEndsAt);
    }

    // The second mentee declines with a reason; the next run proposes them another mentor.
    const decliner = await openAs(site.browser, `${site.url}my-mentoring/`, second.id);
    try {
      const part = cohortMatches(decliner.page);
      await part.getByRole('listitem').filter({ hasText: secondMentor.name }).getByRole('button', { name: 'Decline…' }).click();
      const dialog = decliner.page.getByRole('dialog', { name: `Decline the match with ${secondMentor.name}?` });
      await dialog.getByLabel('Reason', { exact: true }).fill('We work for the same firm.');
      await dialog.getByRole('button', { name: 'Decline the match' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await part.getByRole('status').filter({ hasText: `Match with \u2068${secondMentor.name}\u2069 declined.` }).waitFor();
      assert.deepEqual(decliner.problems, []);
    } finally {
      await decliner.close();
    }
    const declined = await staff.listCohortMatches(cohort.id, { status: 'declined' });
    assert.equal(declined[0]?.match.menteeAnswer?.reason, 'We work for the same firm.');
    const rerun = await openAs(site.browser, `${site.url}program-office/`, DEMO_STAFF.id);
    try {
      await reviewCohort(rerun.page, input.name);
      await waitForText(rerun.page.getByRole('row').filter({ hasText: 'We work for the same firm.' }).first(), /We work for the same firm\./);
      await rerun.page.getByRole('button', { name: 'Propose matches' }).click();
      await rerun.page.getByRole('status').filter({ hasText: /^1 pair proposed, / }).waitFor();
      const proposal = await staff.getProposal(cohort.id);
      const again = proposal!.pairs.find((p) => p.mentee.id === second.id);
      assert.ok(again, 'the decliner is proposed again');
      assert.notEqual(again.mentor.id, secondMentor.id, 'with another mentor');
      assert.deepEqual(rerun.problems, []);
    } finally {
      await rerun.close();
    }

    // The term ends in ten days: the mentee asks to extend, the mentor agrees, and the end date moves.
    let asked = '';
    for (const [who, partner, action] of [[first, firstMentor, 'Ask to extend'], [firstMentor, first, 'Agree to extend']] as const) {
      const member = await openAs(site.browser, `${site.url}my-mentoring/`, who.id);
      try {
        const item = cohortMatches(member.page).getByRole('listitem').filter({ hasText: partner.name });
        await waitForText(item.locator('[part="term-end"]'), /The term ends on/);
        if (action === 'Ask to extend') asked = await item.getByLabel('Extend until').inputValue();
        await item.getByRole('button', { name: action }).click();
        await cohortMatches(member.page).getByRole('status').filter({ hasText: action === 'Ask to extend' ? 'Extension asked.' : 'Extended: the mentorship now ends on' }).waitFor();
        assert.deepEqual(member.problems, []);
      } finally {
        await member.close();
      }
    }
    for (const id of [first.id, firstMentor.id]) {
      assert.equal((await activeWith(site.url, id, first.id))?.endsAt, asked, `${id} sees the new end date`);
    }
  });
});
