// The in-page demo program (`<mentor-program demo>`): kept in localStorage, and in step across tabs: a
// change another tab saves reaches this one's elements through the window's `storage` event.
import { expect } from '@open-wc/testing';
import { MemoryBackend, type MentoringChange } from '@mentor-match/core';
import { DEMO_STORAGE_KEY, demoAdapter, demoBackend } from '../src/in-page.ts';

describe('the in-page demo program', () => {
  after(() => localStorage.removeItem(DEMO_STORAGE_KEY));

  it('takes a change another tab saved, and tells the page’s listeners', async () => {
    const here = demoBackend();
    const someone = here.members().find((member) => member.mentor && member.availability.status === 'participating')!;
    // Saved by this tab first (any change will do), so the other tab starts from the same state.
    await here.adapterFor(someone.id).setAvailability({ status: 'participating', returnDate: null, capacity: someone.availability.capacity + 1 });
    const heard: MentoringChange[] = [];
    const stop = here.anonymous().subscribe((change) => heard.push(change));

    // "Another tab": its own backend on the same localStorage; it pauses the member and saves.
    const there = new MemoryBackend({ storage: localStorage, storageKey: DEMO_STORAGE_KEY });
    await there.adapterFor(someone.id).setAvailability({ status: 'paused', returnDate: null });
    window.dispatchEvent(new StorageEvent('storage', { key: DEMO_STORAGE_KEY }));
    await Promise.resolve();
    stop();

    expect(here.members().find((member) => member.id === someone.id)!.availability.status).to.equal('paused');
    expect(heard).to.deep.include({ kind: 'member', id: someone.id });
  });

  it('starts each member’s bell with what the roster’s mentorships told them, unread (as the demo server seeds it)', async () => {
    const backend = demoBackend();
    const { notifications } = (await import('../src/program.ts')).demoRoster({ now: new Date() });
    const told = new Map<string, number>();
    for (const n of notifications) told.set(n.memberId, (told.get(n.memberId) ?? 0) + 1);
    expect(told.size, 'most members with a mentorship were told something').to.be.greaterThan(50);
    for (const [id, count] of told) {
      const feed = await backend.adapterFor(id).listNotifications!();
      expect(feed.unread, `${id}'s bell`).to.equal(count);
      expect(feed.items.every((item) => !item.read && item.title !== ''), `${id}'s are unread, each with its words`).to.equal(true);
    }
    // Whom <mentor-program demo> signs in when the page names nobody: their bell shows something on first visit.
    expect((await demoAdapter(null).listNotifications!()).unread).to.be.greaterThan(0);
  });

  it('ignores other keys', async () => {
    const here = demoBackend();
    const heard: MentoringChange[] = [];
    const stop = here.anonymous().subscribe((change) => heard.push(change));
    window.dispatchEvent(new StorageEvent('storage', { key: 'someone-else' }));
    await Promise.resolve();
    stop();
    expect(heard).to.deep.equal([]);
  });
});
