// "Manage mentoring", the whole story on the demo site (`npm start`), end to end in Chromium: a mentee
// finds a mentor by topic and sends a request; "Signed in as" switches to that mentor, who accepts it on
// My mentoring (the navigation badge counts down); both see the mentorship active with each other's email;
// the mentor pauses and leaves another mentee's search; the mentor marks it completed (confirming in the
// dialog); both leave feedback. Then the accept again, with the keyboard only.
//
// Every page talks to the demo server (`npm start`: the real server, here on in-memory PGlite), and the
// elements of one page stay in step through the program's change notifications (no reload: switching
// "Signed in as" only hands <mentor-program> another member's token).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { firstOpenCard, focusedId, sendRequestFromCard, waitForText, watchPage } from './chromium.ts';
import { signInAs, useDemoSite } from './demo-site.ts';
import { findNewcomers, pendingRequest, person, requestFromNewcomer, type Person } from './demo-members.ts';

/** The mentor of `menteeId`'s pending request. */
async function mentorOfRequest(siteUrl: string, menteeId: string): Promise<Person> {
  return person(siteUrl, (await pendingRequest(siteUrl, menteeId)).mentorId);
}

/** The console's item about `partner` in a section ("Pending", "Active", "Ended"). */
function consoleItem(page: Page, section: string, partner: Person): Locator {
  return page
    .locator('mentor-relationships-console')
    .getByRole('region', { name: new RegExp(`^${section} \\(\\d+\\)$`) })
    .getByRole('listitem', { name: partner.name, exact: true });
}

/**
 * The navigation link to My mentoring: named by what it shows ("My mentoring 2", so the name holds the visible
 * text, 2.5.3), described in words ("2 requests waiting").
 */
async function badgeCount(page: Page): Promise<number> {
  const link = page.getByRole('navigation', { name: 'Main' }).locator('a.nav-my-mentoring');
  const description = await link.evaluate((a) => document.getElementById(a.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
  if (description === '') return 0;
  const match = /^(\d+) requests? waiting$/.exec(description);
  assert.ok(match, `unexpected badge description: ${description}`);
  return Number(match[1]);
}

async function waitForBadge(page: Page, count: number): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const name = count === 0 ? 'My mentoring' : `My mentoring ${count}`;
  await nav.getByRole('link', { name, exact: true }).waitFor();
  const words = count === 0 ? '' : `${count} ${count === 1 ? 'request' : 'requests'} waiting`;
  await page.waitForFunction(`document.getElementById(document.querySelector('a.nav-my-mentoring').getAttribute('aria-describedby')).textContent === ${JSON.stringify(words)}`);
}

/** Finds a mentor by topic on the page's search and sends a request to the first one open to it. */
async function requestMentorByTopic(page: Page, mentee: Person): Promise<string> {
  const search = page.getByRole('search', { name: 'Find a mentor' });
  await search.locator('summary').filter({ hasText: 'Topics' }).click();
  await search.getByRole('checkbox', { name: mentee.topic, exact: true }).check();
  await search.getByRole('button', { name: 'Search' }).click();
  await waitForText(page.getByRole('status'), /\d+ mentors? found/);

  const results = page.getByRole('list', { name: /mentors? found/ });
  const { mentor, card } = await firstOpenCard(page, results);
  await waitForText(card.getByRole('list', { name: 'Why this match' }), mentee.topic);
  await sendRequestFromCard(page, card, mentor);
  return mentor;
}

/** Searches mentors by keywords (names are searched too); resolves with the status line. */
async function searchMentorsByKeywords(page: Page, words: string): Promise<void> {
  const search = page.getByRole('search', { name: 'Find a mentor' });
  await search.getByLabel('Keywords').fill(words);
  await search.getByRole('button', { name: 'Search' }).click();
  await waitForText(page.getByRole('status'), /mentors? found/);
}

/** Opens a page from the site's navigation, as a member would. */
async function navigate(page: Page, name: string, path: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await page.waitForURL(`**${path}`);
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

async function giveFeedback(page: Page, partner: Person, rating: string, comment: string): Promise<void> {
  const item = consoleItem(page, 'Ended', partner);
  const ratings = item.getByRole('group', { name: `How was your mentorship with ${partner.name}?` });
  await ratings.getByRole('radio', { name: rating }).check();
  await item.getByLabel('Comment (optional)').fill(comment);
  await item.getByRole('button', { name: 'Send feedback' }).click();
  await item.getByText('Thanks for your feedback').first().waitFor();
}

describe('managing a mentorship on the demo site', { timeout: 300_000 }, () => {
  const site = useDemoSite('scenario');

  test('request, accept, contact details, pause, complete and feedback, both sides', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page);

      // 1. A mentee finds a mentor by topic and sends a request.
      await page.goto(`${site.url}find-a-mentor/`);
      await page.getByLabel('Signed in as').and(page.locator(':enabled')).waitFor();
      const [mentee, otherMentee] = (await findNewcomers(site.url, 2)) as [Person, Person];
      await signInAs(page, mentee.id);
      const mentorName = await requestMentorByTopic(page, mentee);
      const mentor = await mentorOfRequest(site.url, mentee.id);
      assert.equal(mentor.name, mentorName);

      // 2. On another page, after navigation: the request waits in the mentee's console.
      await navigate(page, 'My mentoring', '/my-mentoring/');
      await consoleItem(page, 'Pending', mentor).getByText('You asked them to be your mentor').waitFor();
      await waitForBadge(page, 0); // the badge counts requests to answer, not the member's own

      // 3. Signed in as the mentor, same page, no reload: the request is there and the badge counts it.
      await signInAs(page, mentor.id);
      const request = consoleItem(page, 'Pending', mentee);
      await request.getByText('Asks you to be their mentor').waitFor();
      await page.getByRole('link', { name: /^My mentoring \d+$/ }).waitFor();
      const waiting = await badgeCount(page);
      assert.ok(waiting >= 1, `the badge counts the request (${waiting})`);
      assert.equal(await request.getByRole('link', { name: mentee.email }).count(), 0, 'no contact details before accepting');

      // 4. The mentor accepts: active, with the mentee's email; the badge counts one fewer.
      await request.getByRole('button', { name: 'Accept' }).click();
      const asMentor = consoleItem(page, 'Active', mentee);
      await asMentor.getByText(`You mentor ${mentee.name}`).waitFor();
      const menteeEmail = asMentor.getByRole('link', { name: mentee.email });
      await menteeEmail.waitFor();
      assert.equal(decodeURIComponent((await menteeEmail.getAttribute('href')) ?? ''), `mailto:${mentee.email}`);
      await waitForBadge(page, waiting - 1);

      // 5. The mentee sees it active too, with the mentor's email.
      await signInAs(page, mentee.id);
      const asMentee = consoleItem(page, 'Active', mentor);
      await asMentee.getByText('Your mentor').waitFor();
      await asMentee.getByRole('link', { name: mentor.email }).waitFor();

      // 6. Another mentee can find the mentor (by name, in the keywords)…
      await signInAs(page, otherMentee.id);
      await navigate(page, 'Find a mentor', '/find-a-mentor/');
      await searchMentorsByKeywords(page, mentor.name);
      await page.getByRole('heading', { name: mentor.name, exact: true }).first().waitFor();

      // 7. …until the mentor pauses. The "Signed in as" list follows at once (the site's script listens
      //    to the program's change notifications); the mentorship goes on.
      await signInAs(page, mentor.id);
      await waitForBadge(page, waiting - 1); // a page without the console: the site's script counts
      await navigate(page, 'My mentoring', '/my-mentoring/');
      const pause = page.getByRole('switch', { name: 'Temporarily not participating' });
      await pause.and(page.locator(':enabled')).waitFor();
      assert.equal(await pause.isChecked(), false);
      await pause.check();
      await waitForText(page.locator('mentor-availability-toggle').getByRole('status'), 'You are now temporarily not participating.');
      await page.getByLabel('Signed in as').locator('option:checked', { hasText: '(not participating)' }).waitFor({ state: 'attached' });
      await consoleItem(page, 'Active', mentee).waitFor();

      await signInAs(page, otherMentee.id);
      await navigate(page, 'Find a mentor', '/find-a-mentor/');
      await searchMentorsByKeywords(page, mentor.name);
      assert.equal(await page.getByRole('heading', { name: mentor.name, exact: true }).count(), 0, 'a paused mentor is not found');

      // 8. The mentor marks the mentorship completed, confirming in the dialog.
      await signInAs(page, mentor.id);
      await navigate(page, 'My mentoring', '/my-mentoring/');
      await consoleItem(page, 'Active', mentee).getByRole('button', { name: 'Mark completed' }).click();
      const confirm = page.getByRole('dialog', { name: `Mark your mentorship with ${mentee.name} as completed?` });
      await confirm.waitFor();
      await confirm.getByRole('button', { name: 'Mark completed' }).click();
      await confirm.waitFor({ state: 'hidden' });
      const ended = consoleItem(page, 'Ended', mentee);
      await ended.getByText(/^Completed on /).waitFor();

      // 9. Both leave feedback.
      await giveFeedback(page, mentee, '5 – Excellent', 'A pleasure: clear goals, well prepared.');

      await signInAs(page, mentee.id);
      await consoleItem(page, 'Ended', mentor).getByText(/^Completed on /).waitFor();
      await giveFeedback(page, mentor, '4 – Very good', 'Thank you for your time and advice.');

      // After a reload, everything is still there.
      await page.reload();
      await consoleItem(page, 'Ended', mentor).getByText('Thanks for your feedback').first().waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a mentor accepts a request with the keyboard only', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page);
      await page.goto(`${site.url}my-mentoring/`);
      await page.getByLabel('Signed in as').and(page.locator(':enabled')).waitFor();

      // A request made through the API directly, as another tab would.
      const { mentee, mentor } = await requestFromNewcomer(site.url, 'Keyboard only, please.');

      // Setting up who is signed in is not the point here: choose the mentor as the other test does.
      await signInAs(page, mentor.id);
      const request = consoleItem(page, 'Pending', mentee);
      const accept = request.getByRole('button', { name: 'Accept' });
      await accept.waitFor();

      // From the top of the page, Tab to this request's Accept button (the mentor may have others), then Enter.
      await page.reload();
      await accept.waitFor();
      let reached = false;
      for (let i = 0; i < 120 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await accept.evaluate((button) => (button.getRootNode() as ShadowRoot).activeElement === button && document.hasFocus());
      }
      assert.ok(reached, `Tab reaches Accept (focus is on ${await focusedId(page)})`);
      await page.keyboard.press('Enter');
      await consoleItem(page, 'Active', mentee).getByRole('link', { name: mentee.email }).waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
