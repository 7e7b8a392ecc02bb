// A mentorship's workspace on the demo site (`npm start`: the real server on PGlite, here in memory), end to
// end in Chromium under the strict CSP: both partners open "Workspace" on My mentoring, each adds a goal and
// logs a meeting, and each sees the other's entries (on the other's page as it stays open, through the change
// feed). The records are checked through the REST API too.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { createRestWorkspaceAdapter } from '@mentor-match/rest-adapter/workspace';
import { watchPage } from './chromium.ts';
import { signInAs, useDemoSite } from './demo-site.ts';
import { requestFromNewcomer, sessionToken, signedIn, type Person } from './demo-members.ts';

/** My mentoring, signed in as `memberId`, in a context of its own. */
async function myMentoring(browser: Browser, siteUrl: string, memberId: string) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(`${siteUrl}my-mentoring/`);
  await signInAs(page, memberId);
  return { page, problems, close: () => context.close() };
}

/** Opens the workspace of the active mentorship with `partner`. */
async function openWorkspace(page: Page, partner: Person): Promise<Locator> {
  const item = page
    .locator('mentor-relationships-console')
    .getByRole('region', { name: /^Active \(\d+\)$/ })
    .getByRole('listitem', { name: partner.name, exact: true });
  await item.getByRole('button', { name: 'Workspace' }).click();
  const workspace = item.getByRole('region', { name: `Workspace with ${partner.name}` });
  await workspace.getByRole('list', { name: 'Goals' }).waitFor();
  return workspace;
}

async function addGoalAndMeeting(workspace: Locator, goal: string, notes: string): Promise<void> {
  await workspace.getByLabel('New goal').fill(goal);
  await workspace.getByRole('button', { name: 'Add the goal' }).click();
  await workspace.getByRole('listitem').filter({ hasText: goal }).first().waitFor();
  const log = workspace.getByRole('form', { name: 'Log a meeting' });
  await log.getByLabel('Notes').fill(notes);
  await log.getByRole('button', { name: 'Log the meeting' }).click();
  await workspace.getByRole('list', { name: 'Meetings' }).getByText(notes).waitFor();
}

describe('a mentorship\'s workspace on the demo site', { timeout: 120_000 }, () => {
  const site = useDemoSite('workspace-flow');

  test('both partners add a goal and log a meeting, and each sees the other\'s entry', async () => {
    const { mentee, mentor, mentorship } = await requestFromNewcomer(site.url, 'Lead my first team');
    await (await signedIn(site.url, mentor.id)).act(mentorship.id, 'accept', { version: mentorship.version });

    const menteePage = await myMentoring(site.browser, site.url, mentee.id);
    const mentorPage = await myMentoring(site.browser, site.url, mentor.id);
    try {
      const menteeWorkspace = await openWorkspace(menteePage.page, mentor);
      await menteeWorkspace.getByText('Lead my first team').waitFor(); // seeded from the request
      await addGoalAndMeeting(menteeWorkspace, 'Speak at the spring meeting', 'First call: agreed a plan');

      const mentorWorkspace = await openWorkspace(mentorPage.page, mentee);
      await mentorWorkspace.getByText('Speak at the spring meeting').waitFor();
      await mentorWorkspace.getByText('First call: agreed a plan').waitFor();
      await addGoalAndMeeting(mentorWorkspace, 'Review two abstracts', 'Second call: abstracts reviewed');

      // The mentee's page, open all along, hears the mentor's entries.
      await menteeWorkspace.getByText('Review two abstracts').waitFor();
      await menteeWorkspace.getByText('Second call: abstracts reviewed').waitFor();
      assert.deepEqual(menteePage.problems, []);
      assert.deepEqual(mentorPage.problems, []);
    } finally {
      await menteePage.close();
      await mentorPage.close();
    }

    const token = await sessionToken(site.url, mentee.id);
    const stored = await createRestWorkspaceAdapter({ baseUrl: new URL('api/v1', site.url).href, getToken: () => token }).getWorkspace(mentorship.id);
    assert.deepEqual(stored.goals.filter((g) => g.addedBy !== null).map((g) => [g.title, g.addedBy]), [
      ['Speak at the spring meeting', mentee.id], ['Review two abstracts', mentor.id],
    ]);
    assert.deepEqual(stored.meetings.map((m) => m.loggedBy).sort(), [mentee.id, mentor.id].sort());
  });
});
