// The page's resource cache: reads merged and kept, what each kind of change makes stale (the table in
// resource-cache.ts), members filled from search pages and the list, aborts, refused writes; then whole pages
// of elements over a real MemoryBackend, counting the adapter's calls after a member's action.
import { expect, html } from '@open-wc/testing';
import type {
  AbortSignalLike, CallOptions, ChangeListener, MentoringAdapter, MentoringChange, SearchPage,
} from '@mentor-match/core';
import { createWorld, inProgram, until, type World } from '../../test/helpers.ts';
import { ResourceCache } from './resource-cache.ts';
import '../mentor-search/define.ts';
import '../mentor-relationships-console/define.ts';
import type { MentorSearch } from '../mentor-search/mentor-search.ts';
import type { MentorRelationshipsConsole } from '../mentor-relationships-console/mentor-relationships-console.ts';

interface Call {
  /** `getMember m-1`, `search`, `getViewer`, … */
  name: string;
  signal: AbortSignalLike | undefined;
}

/**
 * `inner` with every call recorded. `own: true`: its change notifications are replaced by the test's own
 * (`tell`), so each test says exactly which change the cache hears.
 */
function recorded(inner: MentoringAdapter, { own = false } = {}) {
  const calls: Call[] = [];
  const listeners = new Set<ChangeListener>();
  const adapter = new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      if (key === 'subscribe') {
        return own ? (listener: ChangeListener) => (listeners.add(listener), () => listeners.delete(listener)) : value.bind(target);
      }
      return (...args: unknown[]) => {
        const options = args.find((arg): arg is CallOptions => typeof arg === 'object' && arg !== null && 'signal' in arg);
        calls.push({ name: key === 'getMember' ? `getMember ${String(args[0])}` : String(key), signal: options?.signal });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const tell = (change: MentoringChange) => {
    for (const listener of listeners) listener(change);
  };
  const names = () => calls.map((call) => call.name);
  return { adapter, calls, names, tell, clear: () => void calls.splice(0) };
}

/** `from` asks `recipientId` to be their mentor. */
const ask = (from: MentoringAdapter, recipientId: string) =>
  from.requestMentorship({
    recipientId, requesterRole: 'mentee', areas: ['leadership'], goals: 'Grow', termMonths: 6, meetingMode: 'video', message: '',
  });

/** A cache that hears changes (it keeps answers only then). */
function listening(adapter: MentoringAdapter) {
  const cache = new ResourceCache(adapter);
  const heard: MentoringChange[] = [];
  cache.subscribe((change) => heard.push(change));
  return { cache, heard };
}

/** Resolves once pending promise callbacks have run (a read's answer kept, a waiting member read resumed). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ResourceCache', () => {
  let world: World;
  beforeEach(() => {
    world = createWorld();
  });
  const viewerAdapter = () => world.backend.adapterFor(world.menteeId);

  it('merges identical reads in flight, and keeps the answer: later reads ask nothing', async () => {
    const { adapter, names } = recorded(viewerAdapter());
    const { cache } = listening(adapter);
    const [a, b] = await Promise.all([cache.getViewer(), cache.getViewer()]);
    expect(a).to.equal(b);
    await settle();
    await cache.getViewer();
    await Promise.all([cache.search({ find: 'mentors', limit: 5 }), cache.search({ limit: 5, find: 'mentors' })]);
    expect(names()).to.deep.equal(['getViewer', 'search']);
  });

  it('keeps nothing while nobody listens (it would not hear what makes an answer stale)', async () => {
    const { adapter, names } = recorded(viewerAdapter());
    const cache = new ResourceCache(adapter);
    await cache.getProgram();
    await settle();
    await cache.getProgram();
    const stop = cache.subscribe(() => undefined);
    await cache.getProgram();
    await settle();
    await cache.getProgram();
    stop();
    await cache.getProgram();
    expect(names()).to.deep.equal(['getProgram', 'getProgram', 'getProgram', 'getProgram']);
  });

  it('a search page fills the member entries of its hits, and the list those of its partners', async () => {
    const { adapter, names, clear } = recorded(viewerAdapter());
    const { cache } = listening(adapter);
    const page = await cache.search({ find: 'mentors', limit: 5 });
    await settle();
    clear();
    for (const hit of page.hits) expect(await cache.getMember(hit.member.id)).to.deep.equal(hit.member);
    expect(names()).to.deep.equal([]);

    const mentor = page.hits[0]!.member.id;
    await ask(viewerAdapter(), mentor);
    await settle(); // the change made the mentor's view stale
    const [item] = await cache.listMentorships();
    await settle();
    clear();
    expect(await cache.getMember(mentor)).to.deep.equal(item!.partner);
    expect(names()).to.deep.equal([]);
  });

  it('a member read after a change waits for the search the change started, and takes the member from it', async () => {
    const { adapter, names, tell, clear } = recorded(viewerAdapter(), { own: true });
    const cache = new ResourceCache(adapter);
    const query = { find: 'mentors', limit: 5 } as const;
    const [hit] = (await cache.search(query)).hits;
    let member: Promise<unknown> | undefined;
    // The card hears the change before the search does: its read still waits for the search's.
    cache.subscribe(() => (member = cache.getMember(hit!.member.id)));
    cache.subscribe(() => void cache.search(query));
    await settle();
    clear();
    tell({ kind: 'member', id: hit!.member.id });
    expect(await member).to.deep.include({ id: hit!.member.id });
    expect(names()).to.deep.equal(['search']);
  });

  describe('what a change makes stale', () => {
    /** Reads every resource, tells `change`, reads them all again: the names of those fetched again. */
    async function refetchedAfter(change: (ids: { viewer: string; partner: string; other: string; mentorship: string }) => MentoringChange) {
      const viewer = world.backend.adapterFor(world.menteeId);
      const { adapter, names, tell, clear } = recorded(viewer, { own: true });
      const { cache } = listening(adapter);
      const page = await cache.search({ find: 'mentors', limit: 5 });
      const partners = (await viewer.listMentorships()).map((item) => item.partner.id);
      const [partner, other] = page.hits.map((hit) => hit.member.id).filter((id) => !partners.includes(id)) as [string, string];
      const request = await ask(cache, partner);
      // One at a time, members first: a member read waits for a search or list read in flight and may be
      // answered from it (the next test), which would hide whether its own entry was kept.
      const readAll = async () => {
        for (const id of [world.menteeId, partner, other]) await cache.getMember(id);
        await cache.getProgram();
        await cache.getViewer();
        await cache.search({ find: 'mentors', limit: 5 });
        await cache.listMentorships();
      };
      await readAll();
      await settle();
      clear();
      tell(change({ viewer: world.menteeId, partner, other, mentorship: request.id }));
      await readAll();
      return names().map((name) => name.replace(world.menteeId, 'viewer').replace(partner, 'partner').replace(other, 'other'));
    }

    it('program: everything', async () => {
      expect(await refetchedAfter(() => ({ kind: 'program', id: 'program' }))).to.have.members([
        'getProgram', 'getViewer', 'search', 'listMentorships', 'getMember viewer', 'getMember partner', 'getMember other',
      ]);
    });

    it('member X: X, and the search pages', async () => {
      expect(await refetchedAfter(({ other }) => ({ kind: 'member', id: other }))).to.have.members(['search', 'getMember other']);
    });

    it('member X, a partner in the list: the list too', async () => {
      expect(await refetchedAfter(({ partner }) => ({ kind: 'member', id: partner }))).to.have.members([
        'search', 'listMentorships', 'getMember partner',
      ]);
    });

    it('member X, the viewer: the viewer too', async () => {
      expect(await refetchedAfter(({ viewer }) => ({ kind: 'member', id: viewer }))).to.have.members([
        'search', 'getViewer', 'getMember viewer',
      ]);
    });

    it('mentorship M, known: the list, the viewer, the search pages and M’s two members', async () => {
      expect(await refetchedAfter(({ mentorship }) => ({ kind: 'mentorship', id: mentorship }))).to.have.members([
        'search', 'getViewer', 'listMentorships', 'getMember viewer', 'getMember partner',
      ]);
    });

    it('mentorship M, not known: every member view as well', async () => {
      expect(await refetchedAfter(() => ({ kind: 'mentorship', id: 'ms-elsewhere' }))).to.have.members([
        'search', 'getViewer', 'listMentorships', 'getMember viewer', 'getMember partner', 'getMember other',
      ]);
    });
  });

  it('a refused write makes stale what its change would have', async () => {
    const { adapter, names, clear } = recorded(viewerAdapter(), { own: true });
    const { cache } = listening(adapter);
    const request = await ask(cache, world.mentorId);
    await Promise.all([cache.getViewer(), cache.listMentorships(), cache.getProgram()]);
    await settle();
    clear();
    const refusal = await cache.act(request.id, 'withdraw', { version: 99 }).catch((error: unknown) => error);
    expect(refusal).to.include({ code: 'conflict' });
    await Promise.all([cache.getViewer(), cache.listMentorships(), cache.getProgram()]);
    expect(names()).to.deep.equal(['act', 'getViewer', 'listMentorships']);
  });

  it('tells its listeners each change after forgetting what it affects: what they read is fresh', async () => {
    const { adapter, names, tell, clear } = recorded(viewerAdapter(), { own: true });
    const cache = new ResourceCache(adapter);
    const read: Promise<unknown>[] = [];
    cache.subscribe((change) => read.push(cache.getViewer(), Promise.resolve(change)));
    await cache.getViewer();
    await settle();
    clear();
    tell({ kind: 'member', id: world.menteeId });
    await Promise.all(read);
    expect(names()).to.deep.equal(['getViewer']);
  });

  describe('aborts', () => {
    /** An adapter whose searches answer only when told, and fail as aborted when their signal aborts. */
    function held() {
      const base = recorded(viewerAdapter());
      const answers: ((page: SearchPage) => void)[] = [];
      const adapter: MentoringAdapter = Object.create(base.adapter, {
        search: {
          value: (_query: unknown, options?: CallOptions) => {
            base.calls.push({ name: 'search', signal: options?.signal });
            return new Promise<SearchPage>((resolve, reject) => {
              answers.push(resolve);
              options?.signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
            });
          },
        },
      });
      const page: SearchPage = { total: 0, offset: 0, limit: 5, hits: [] };
      return { ...base, adapter, answer: () => answers.at(-1)!(page), page };
    }

    it('a caller that aborts leaves alone; the others still get the answer', async () => {
      const { adapter, calls, answer, page } = held();
      const { cache } = listening(adapter);
      const first = new AbortController();
      const leaving = cache.search({ find: 'mentors' }, { signal: first.signal });
      const staying = cache.search({ find: 'mentors' });
      first.abort();
      const left = await leaving.catch((error: unknown) => error);
      expect(left).to.include({ code: 'network', reason: 'aborted' });
      expect(calls[0]!.signal?.aborted, 'the read goes on').to.equal(false);
      answer();
      expect(await staying).to.equal(page);
      expect(calls).to.have.length(1);
    });

    it('the last caller to leave stops the read; the next caller starts another', async () => {
      const { adapter, calls, answer, page } = held();
      const { cache } = listening(adapter);
      const one = new AbortController();
      const two = new AbortController();
      const reads = [cache.search({ find: 'mentors' }, { signal: one.signal }), cache.search({ find: 'mentors' }, { signal: two.signal })];
      one.abort();
      expect(calls[0]!.signal?.aborted).to.equal(false);
      two.abort();
      expect(calls[0]!.signal?.aborted, 'stopped at once').to.equal(true);
      await Promise.allSettled(reads);
      const again = cache.search({ find: 'mentors' });
      expect(calls).to.have.length(2);
      answer();
      expect(await again).to.equal(page);
    });

    it('an already aborted caller asks nothing', async () => {
      const { adapter, calls } = held();
      const { cache } = listening(adapter);
      const refusal = await cache.search({ find: 'mentors' }, { signal: AbortSignal.abort() }).catch((error: unknown) => error);
      expect(refusal).to.include({ reason: 'aborted' });
      expect(calls).to.have.length(0);
    });
  });

  it('fresh: a kept page is asked again, a read in flight is joined', async () => {
    const { adapter, names } = recorded(viewerAdapter());
    const { cache } = listening(adapter);
    await cache.search({ find: 'mentors' });
    await settle();
    await Promise.all([cache.search({ find: 'mentors' }, { fresh: true }), cache.search({ find: 'mentors' }, { fresh: true })]);
    expect(names()).to.deep.equal(['search', 'search']);
  });
});

describe('a page of elements reading through one cache', () => {
  it('10 cards: sending a request reads the viewer and the search page again, once each, and no member', async () => {
    const world = createWorld();
    const { adapter, names, clear } = recorded(world.backend.adapterFor(world.menteeId));
    const { element } = await inProgram<MentorSearch>(adapter, html`<mentor-search page-size="10"></mentor-search>`, 'mentor-search');
    const cards = () => [...element.shadowRoot!.querySelectorAll('mentor-profile-card')];
    await until(() => cards().length === 10, 'ten cards');
    expect(names().filter((name) => name.startsWith('getMember'))).to.deep.equal([]);
    clear();

    const card = cards().find((c) => c.shadowRoot!.querySelector('[part~="badge"]:not([aria-disabled])'))!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="badge"]')!.click();
    const form = () => card.shadowRoot!.querySelector('mentor-request-form')?.shadowRoot;
    await until(() => form()?.querySelector('dialog')?.open === true, 'the request form');
    form()!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    const goals = form()!.querySelector<HTMLTextAreaElement>('#goals')!;
    goals.value = 'Grow';
    goals.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form()!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => /^Request sent/.test(card.shadowRoot!.querySelector('[part="note"]')?.textContent ?? ''), 'the pending note');
    await until(() => element.shadowRoot!.querySelector('[part="results"]')?.getAttribute('aria-busy') === 'false', 'the refresh');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(names()).to.have.members(['requestMentorship', 'getViewer', 'search']);
  });

  it('the console: accepting a request reads the viewer and the list again, once each', async () => {
    const world = createWorld();
    const mentee = world.backend.adapterFor(world.menteeId);
    const request = await ask(mentee, world.mentorId);
    const { adapter, names, clear } = recorded(world.backend.adapterFor(world.mentorId));
    const { element } = await inProgram<MentorRelationshipsConsole>(
      adapter, html`<mentor-relationships-console></mentor-relationships-console>`, 'mentor-relationships-console');
    const accept = () => element.shadowRoot!.querySelector<HTMLButtonElement>(`#m-${request.id} [part~="accept"]`);
    await until(() => accept() !== null, 'the request');
    clear();
    accept()!.click();
    await until(() => element.shadowRoot!.querySelector(`#m-${request.id} [part~="complete"]`) !== null, 'the mentorship, active');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(names()).to.have.members(['act', 'getViewer', 'listMentorships']);
  });
});
