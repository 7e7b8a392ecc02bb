// The viewer's notifications (the bell, `<mentor-notifications>`) and email preferences: optional methods
// of the contract, checked when the adapter offers them. Every notification the backend sends a member is in
// their list, unread, with the link to act on it (the program's configured page); the list is theirs alone;
// marking read and a new notification are changes the member hears.
import type { MentoringAdapter, MentoringChange, NotificationFeed } from '@mentor-match/core';
import { deepEqual, equal, eventually, ok, rejectsWith } from '../assert.ts';
import { askMentor, displayName, enrolMentee, enrolMentor } from '../builders.ts';
import type { SuiteContext } from '../context.ts';

const PAGES = { console: 'https://society.example/mentoring/console', search: 'https://society.example/mentoring/find' };

/** The adapter's list, or null when it offers none (the section has nothing to check). */
const feedOf = (adapter: MentoringAdapter): Promise<NotificationFeed> | null => adapter.listNotifications?.() ?? null;

export function notificationTests({ test }: SuiteContext): void {
  test('a new request is in the recipient\'s list, unread, worded with who asks and linked to the console', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    if (!feedOf(ann)) return;
    const request = await askMentor(mentee, 'ann');
    const feed = (await feedOf(ann))!;
    equal(feed.unread, 1, 'one unread');
    const [item] = feed.items;
    ok(item, 'listed');
    deepEqual([item.kind, item.read, item.mentorshipId, item.page], ['request', false, request.id, 'console']);
    equal(item.link, `${PAGES.console}#mentorship=${request.id}`, 'the absolute link to the configured console, naming the request');
    ok(item.title.includes(displayName('me')), `the title names the requester: ${item.title}`);
    deepEqual((await feedOf(mentee))!, { items: [], unread: 0 }, 'the requester was told nothing');
  }, { pages: PAGES });

  test('an answer goes to the requester\'s list, linked to where they act on it (search, to find another member)', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    if (!feedOf(ann)) return;
    const request = await askMentor(mentee, 'ann');
    await ann.act(request.id, 'decline', { reason: 'No time this term.' });
    const [declined] = (await feedOf(mentee))!.items;
    deepEqual([declined?.kind, declined?.page, declined?.link], ['declined', 'search', `${PAGES.search}#mentorship=${request.id}`]);
  }, { pages: PAGES, cooldownAfterDeclineDays: 0 });

  test('marking read: some, then all; another member\'s ids change nothing; the list\'s member hears the change', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    const bo = await enrolMentor(h, 'bo');
    if (!feedOf(ann) || !ann.markNotificationsRead) return;
    const heard: MentoringChange[] = [];
    const stop = ann.subscribe((change) => heard.push(change));
    try {
      // Her page shows her list before anything happens (an adapter that polls hears what came after its reads).
      equal((await feedOf(ann))!.unread, 0);
      const first = await askMentor(mentee, 'ann');
      await eventually(() => heard.some((c) => c.kind === 'notification'), 'Ann hears that her list changed', 5000);
      await mentee.act(first.id, 'withdraw');
      await askMentor(mentee, 'bo');
      const feed = (await feedOf(ann))!;
      deepEqual(feed.items.map((i) => i.kind), ['withdrawn', 'request'], 'newest first');
      equal(feed.unread, 2);

      const boFeed = (await feedOf(bo))!;
      const boIds = boFeed.items.map((i) => i.id);
      await bo.markNotificationsRead!({ ids: feed.items.map((i) => i.id) });
      equal((await feedOf(ann))!.unread, 2, 'Bo cannot mark Ann\'s');
      equal((await feedOf(bo))!.unread, 1, 'nor his own with her ids');

      const some = await ann.markNotificationsRead!({ ids: [feed.items[1]!.id] });
      deepEqual([some.unread, some.items.map((i) => i.read)], [1, [false, true]], 'the one named is read');
      heard.length = 0;
      const all = await ann.markNotificationsRead!({});
      deepEqual([all.unread, all.items.every((i) => i.read)], [0, true], 'all read');
      await eventually(() => heard.some((c) => c.kind === 'notification'), 'marking read is a change of the list', 5000);
      await bo.markNotificationsRead!({ ids: boIds });
      equal((await feedOf(bo))!.unread, 0);
    } finally {
      stop();
    }
  }, { pages: PAGES });

  test('preferences: immediately by default; the member\'s language words the list; bad input is refused', async (h) => {
    const mentee = await enrolMentee(h, 'me');
    const ann = await enrolMentor(h, 'ann');
    if (!ann.getNotificationPreferences || !ann.setNotificationPreferences) return;
    deepEqual(await ann.getNotificationPreferences(), { language: null, frequency: 'immediately' });
    deepEqual(await ann.setNotificationPreferences({ language: 'fr', frequency: 'weekly' }), { language: 'fr', frequency: 'weekly' });
    deepEqual(await ann.getNotificationPreferences(), { language: 'fr', frequency: 'weekly' }, 'kept');
    await rejectsWith(ann.setNotificationPreferences({ language: 'xx', frequency: 'weekly' } as never), 'validation', undefined, { field: 'language' });
    await rejectsWith(ann.setNotificationPreferences({ language: null, frequency: 'hourly' } as never), 'validation', undefined, { field: 'frequency' });
    await askMentor(mentee, 'ann');
    const [item] = (await feedOf(ann))!.items;
    equal(item?.title, `\u2068${displayName('me')}\u2069 vous demande d’être son mentor`, 'in French, the name isolated (FSI … PDI)');
  });

  test('no member signed in: no list', async (h) => {
    const anonymous = h.anonymous();
    const feed = feedOf(anonymous);
    if (!feed) return;
    await rejectsWith(feed, 'unauthenticated');
  });
}
