import { LitElement, css, html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import type { MentoringAdapter, MentoringChange, StaffAdapter, Viewer, WorkspaceAdapter } from '@mentor-match/core';
import { MentoringError, isMentoringError } from '@mentor-match/core/errors';
import { programContext, type ProgramState } from '../internal/context.ts';
import { VERSION } from '../internal/define.ts';
import { ResourceCache } from './resource-cache.ts';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Gives the adapter, the program's settings and the signed-in member to every `mentor-*` element
 * inside it. Configure it without script (`demo`, or `api` for the REST adapter) or set `.adapter`.
 *
 * @summary The mentoring program provider: wrap the other mentor-match elements in it.
 *
 * @slot - The page content holding mentor-match elements.
 *
 * @event mentor-program-ready - The settings and the signed-in member are loaded (or failed: see `error`).
 */
export class MentorProgram extends LitElement {
  static override properties: PropertyDeclarations = {
    demo: { type: Boolean, reflect: true },
    member: {},
    theme: { reflect: true },
    api: {},
    getToken: { attribute: false },
    adapter: { attribute: false },
    staffAdapter: { attribute: false },
  };

  static readonly version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    /* A theme chosen here may not be the page's: the elements inside then paint their own surface (the
       shared styles' --_surface, resolved in each element's colour scheme), or light text would sit on a
       light page. With auto they stay transparent on the page's own ground. */
    :host([theme='light']),
    :host([theme='dark']) {
      --_mentor-paint: var(--mentor-color-surface, light-dark(#ffffff, #1b2027));
    }
  `;

  /** Use the in-memory demo program with its seeded roster (no backend). */
  demo = false;

  /** In demo mode, the id of the demo member who is signed in. */
  member: string | null = null;

  /** `light`, `dark`, or `auto` (follows the page's `color-scheme`). */
  theme: Theme = 'auto';

  /**
   * The address of a mentor-match REST API (`https://api.society.org/api/v1`, or `/api/v1`). The REST
   * adapter is downloaded only when this is set and no `.adapter` is. Takes precedence over `demo`.
   */
  api: string | null = null;

  /**
   * With `api`: returns the member's short-lived token, sent as a Bearer token (null: rely on the member
   * site's session cookie). Set from script, never as an attribute, which every script on the page and
   * the CMS's HTML can read. Replacing it means another member signed in: the program loads again.
   */
  getToken: (() => string | null | Promise<string | null>) | undefined;

  /** Any MentoringAdapter, set from script. Takes precedence over `api` and `demo`. */
  adapter: MentoringAdapter | undefined;

  /**
   * With `.adapter`: the program office's StaffAdapter (the same backend, signed in as the same member), for
   * `<mentor-program-office>`. With `api` or `demo` the program makes its own, the first time the office asks.
   */
  staffAdapter: StaffAdapter | undefined;

  /**
   * What every element inside is given (programContext), told to each as it is set. A controller, not
   * `@provide`: the decorator's module would be on every page for this one field.
   */
  readonly #provider = new ContextProvider(this, { context: programContext });

  protected get state(): ProgramState | undefined {
    return this.#provider.value;
  }

  protected set state(value: ProgramState | undefined) {
    this.#provider.setValue(value);
    this.requestUpdate();
  }

  #unsubscribe: (() => void) | undefined;
  #loadId = 0;
  #staff!: () => Promise<StaffAdapter>;
  #workspace: ProgramState['workspace'];

  /**
   * The signed-in member and their counts (e.g. `awaitingResponse`, for a badge in the site's navigation),
   * once loaded; null before, or when loading failed. Read it on `mentor-program-ready`.
   */
  get viewer(): Viewer | null {
    return this.state?.viewer ?? null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.state && !this.#unsubscribe) this.#watch(this.state.adapter);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const configured = ['adapter', 'staffAdapter', 'api', 'demo', 'member', 'getToken'] as const;
    if (configured.some((key) => changed.has(key))) void this.#connect();
  }

  async #connect(): Promise<void> {
    const loadId = ++this.#loadId;
    let adapter: MentoringAdapter | undefined;
    // Set wherever `adapter` is (each branch below, and the failed download's), and read only once it is.
    let staff!: () => Promise<StaffAdapter>;
    let workspace: ProgramState['workspace'];
    if (this.adapter || this.api) {
      const given = this.adapter;
      const givenStaff = this.staffAdapter;
      try {
        if (given) {
          // A society's own adapter has its answers checked once, here (ours, REST and demo, check or make their own).
          const { checkedAdapter } = await import('./checked-adapter.ts');
          adapter = checkedAdapter(given);
          // Without a `.staffAdapter` beside it, the office hears that the program has none (checked-staff-adapter.ts).
          staff = once(async () => (await import('./checked-staff-adapter.ts')).checkedStaffAdapter(givenStaff));
          // A page's own adapter may offer the workspace calls too (core's `offersWorkspace`, inlined: no module for one check).
          if ('getWorkspace' in given) workspace = () => Promise.resolve(given as MentoringAdapter & WorkspaceAdapter);
        } else {
          const { createRestAdapter } = await import('@mentor-match/rest-adapter');
          // Asks for the current getToken each time, so a page may set (or replace) it after the element.
          const options = { baseUrl: this.api!, getToken: () => this.getToken?.() ?? null, credentials: 'include' as const };
          adapter = createRestAdapter(options);
          // The staff half of the REST client is a module of its own: only the program office downloads it.
          staff = once(async () => (await import('@mentor-match/rest-adapter/staff')).createRestStaffAdapter(options));
          workspace = once(async () => (await import('@mentor-match/rest-adapter/workspace')).createRestWorkspaceAdapter(options));
        }
      } catch (error) {
        // Its chunk did not download (offline, a blocked URL): the elements say so like any network failure.
        const failure = toMentoringError(error);
        adapter = unavailableAdapter(failure);
        staff = () => Promise.reject(failure);
      }
    } else if (this.demo) {
      const member = this.member;
      const { demoAdapter } = await import('@mentor-match/demo/in-page');
      adapter = demoAdapter(member);
      staff = once(async () => (await import('@mentor-match/demo/in-page')).demoStaffAdapter(member));
      workspace = once(async () => (await import('@mentor-match/demo/in-page')).demoWorkspaceAdapter(member));
    }
    if (loadId !== this.#loadId) return;
    if (!adapter) {
      this.state = undefined;
      return;
    }
    // Every element of the page reads through this one cache (it is the adapter they are given).
    const cache = new ResourceCache(adapter);
    this.#staff = staff;
    this.#workspace = workspace;
    this.#watch(cache);
    this.state = { adapter: cache, settings: null, viewer: null, error: null, staff, workspace };
    await this.#load(cache, loadId);
  }

  #watch(adapter: ResourceCache): void {
    this.#unsubscribe?.();
    this.#unsubscribe = adapter.subscribe((change) => this.#onChange(adapter, change));
  }

  #onChange(adapter: ResourceCache, change: MentoringChange): void {
    // The viewer's counts (open requests, awaiting answers, active) move with any mentorship change.
    if (change.kind === 'program' || change.kind === 'mentorship' || change.id === this.state?.viewer?.member.id) {
      void this.#load(adapter, this.#loadId);
    }
  }

  /** The settings and the viewer, from the cache: after a change, only what it made stale is fetched. */
  async #load(adapter: ResourceCache, loadId: number): Promise<void> {
    const [settings, viewer] = await Promise.allSettled([adapter.getProgram(), adapter.getViewer()]);
    if (loadId !== this.#loadId) return;
    const failure = [settings, viewer].find((result) => result.status === 'rejected');
    this.state = {
      adapter,
      settings: settings.status === 'fulfilled' ? settings.value : null,
      viewer: viewer.status === 'fulfilled' ? viewer.value : null,
      error: failure ? toMentoringError(failure.reason) : null,
      staff: this.#staff,
      workspace: this.#workspace,
    };
    await this.updateComplete;
    this.dispatchEvent(new Event('mentor-program-ready', { bubbles: true, composed: true }));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/** `make` run on the first call only; a failure (a chunk that did not download) is tried again on the next. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make().catch((error: unknown) => {
      made = undefined;
      throw toMentoringError(error);
    });
    return made;
  };
}

/** Stands in for an adapter that could not be loaded: every call fails with why, and nothing ever changes. */
function unavailableAdapter(error: MentoringError): MentoringAdapter {
  return new Proxy({} as MentoringAdapter, {
    // `then` stays undefined, so the stand-in is never taken for a promise.
    get: (_, name) => (name === 'then' ? undefined : name === 'subscribe' ? () => () => undefined : () => Promise.reject(error)),
  });
}

function toMentoringError(reason: unknown): MentoringError {
  return isMentoringError(reason)
    ? reason
    : new MentoringError('network', reason instanceof Error ? reason.message : String(reason), { cause: reason });
}
