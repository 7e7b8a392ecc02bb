// How often a member is emailed what is not essential (their notification preferences), on the backend's
// moved clock: a daily or weekly digest holds every such email until it is due, then sends one digest of
// them all; `never` (what an email's unsubscribe link sets) emails none, not even in a digest; the member's
// list has every one all along. Checked when the backend offers preferences and its outbox.
import type { EmailFrequency, MentoringAdapter } from '@mentor-match/core';
import { deepEqual, equal } from '../assert.ts';
import { askMentor, enrolMentee, enrolMentor } from '../builders.ts';
import type { CheckedHarness } from '../checked.ts';
import type { SuiteContext } from '../context.ts';

/** The kinds of email `memberId` has been sent so far, oldest first. */
async function emailedTo(h: CheckedHarness, memberId: string): Promise<string[]> {
  return ((await h.notifications?.()) ?? []).filter((n) => n.memberId === memberId).map((n) => n.kind);
}

/** Ann, a mentor who chose `frequency`, and two mentees; null when the backend has no preferences or outbox. */
async function annChose(h: CheckedHarness, frequency: EmailFrequency): Promise<{ ann: MentoringAdapter; me: MentoringAdapter; bo: MentoringAdapter } | null> {
  const me = await enrolMentee(h, 'me');
  const bo = await enrolMentee(h, 'bo');
  const ann = await enrolMentor(h, 'ann');
  if (!h.notifications || !ann.setNotificationPreferences) return null;
  await ann.setNotificationPreferences({ language: null, frequency });
  return { ann, me, bo };
}

const NO_COOLDOWN = { cooldownAfterDeclineDays: 0, cooldownAfterWithdrawDays: 0 };

export function emailFrequencyTests({ test }: SuiteContext): void {
  test('a weekly digest: nothing emailed for a week, then one digest of all that was held, and only one', async (h) => {
    const scene = await annChose(h, 'weekly');
    if (!scene) return;
    await askMentor(scene.me, 'ann');
    await askMentor(scene.bo, 'ann');
    deepEqual(await emailedTo(h, 'ann'), [], 'held for her digest');
    deepEqual(await emailedTo(h, 'me'), [], 'nothing to the mentees either');
    await h.advanceTime(1);
    deepEqual(await emailedTo(h, 'ann'), [], 'not a day later');
    await h.advanceTime(6);
    deepEqual(await emailedTo(h, 'ann'), ['digest'], 'a week on, one digest');
    await h.advanceTime(7);
    deepEqual(await emailedTo(h, 'ann'), ['digest'], 'and no other: nothing new was held');
    if (scene.ann.listNotifications) equal((await scene.ann.listNotifications()).unread, 2, 'her list had both all along');
  });

  test('a daily digest goes a day later; choosing "immediately" again emails the next one at once', async (h) => {
    const scene = await annChose(h, 'daily');
    if (!scene) return;
    await askMentor(scene.me, 'ann');
    deepEqual(await emailedTo(h, 'ann'), [], 'held');
    await h.advanceTime(1);
    deepEqual(await emailedTo(h, 'ann'), ['digest'], 'the next day');
    await scene.ann.setNotificationPreferences!({ language: null, frequency: 'immediately' });
    await askMentor(scene.bo, 'ann');
    deepEqual(await emailedTo(h, 'ann'), ['digest', 'request'], 'at once');
  });

  test('"never" (the unsubscribe link\'s choice): no email, not even a digest of what the cap held; the list has them all', async (h) => {
    const scene = await annChose(h, 'immediately');
    if (!scene) return;
    const request = await askMentor(scene.me, 'ann');
    deepEqual(await emailedTo(h, 'ann'), ['request'], 'emailed at once: she had not chosen yet');
    await scene.ann.setNotificationPreferences!({ language: null, frequency: 'never' });
    // Past the cap of one a day from this mentee: held for a digest, which "never" must not send.
    await scene.me.act(request.id, 'withdraw');
    await askMentor(scene.bo, 'ann');
    await h.advanceTime(1);
    await h.advanceTime(7);
    deepEqual(await emailedTo(h, 'ann'), ['request'], 'nothing more by email');
    if (scene.ann.listNotifications) equal((await scene.ann.listNotifications()).unread, 3, 'both requests and the withdrawal are listed');
  }, { ...NO_COOLDOWN, notificationsFromOneMemberPerDay: 1 });

  test('what the cap holds back waits for the member\'s own weekly digest, not a day', async (h) => {
    const scene = await annChose(h, 'immediately');
    if (!scene) return;
    const request = await askMentor(scene.me, 'ann');
    await scene.ann.setNotificationPreferences!({ language: null, frequency: 'weekly' });
    await scene.me.act(request.id, 'withdraw');
    await h.advanceTime(1);
    deepEqual(await emailedTo(h, 'ann'), ['request'], 'no digest a day later: she chose weekly');
    await h.advanceTime(6);
    deepEqual(await emailedTo(h, 'ann'), ['request', 'digest'], 'the withdrawal in her weekly digest');
  }, { ...NO_COOLDOWN, notificationsFromOneMemberPerDay: 1 });
}
