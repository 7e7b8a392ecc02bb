import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type { Find, MentoringChange, SearchHit } from '@mentor-match/core';
import { FIND, seekerRoleFor } from '@mentor-match/core/vocabulary';
import type { ResourceCache } from '../mentor-program/resource-cache.ts';
import { MentorElement } from '../internal/mentor-element.ts';
import { MentorSearchEvent, type SearchTrigger } from '../events/search-query.ts';
import { MentorResultsEvent } from '../events/search-results.ts';
import { EMPTY_CRITERIA, isBlank, renderCriteriaForm, toQuery, type Criteria } from './criteria.ts';
import { appendHits, fetchHits, type Results } from './pages.ts';
import { searchStyles } from './styles.ts';
import { choicesStyles } from '../styles/choices.ts';
import '../mentor-profile-card/define.ts';
import { rareParts } from '../mentor-profile-card/rare-parts-loader.ts';
import { addMessages } from '../i18n/localize.ts';
import { searchEn } from '../i18n/en.ts';

// This element's English strings join the catalog when it is imported (the page's other elements' do not).
addMessages('en', searchEn);

export const DEFAULT_PAGE_SIZE = 10;

/**
 * What a run of the search does: a new `search` (first page), `more` (the next page, appended), or a
 * `refresh` of what is shown after a change elsewhere. `byMember`: the member asked for it, so it
 * announces itself and fires `mentor-results`.
 */
interface SearchRun {
  kind: 'search' | 'more' | 'refresh';
  byMember: boolean;
}

/**
 * "Find a mentor" / "Find a mentee": criteria from the program's settings, then ranked results as
 * profile cards, a page at a time. Blank criteria list everyone available. Place it inside
 * `<mentor-program>`.
 *
 * @summary Search for mentors or mentees by criteria, with ranked results as profile cards.
 *
 * @csspart form - The criteria form.
 * @csspart topics - The topics disclosure (`<details>`) in the form.
 * @csspart field - Each labelled criterion (label, control, hint).
 * @csspart actions - The Search and Clear buttons' row.
 * @csspart submit - The Search button.
 * @csspart clear - The Clear button.
 * @csspart status - The result count, also announced to screen readers.
 * @csspart results - The results region (reserves its size while loading).
 * @csspart list - The ordered list of results.
 * @csspart item - Each result (holds one `<mentor-profile-card>`).
 * @csspart loading - The loading indicator.
 * @csspart empty - The "nothing found" message and its button to clear the criteria.
 * @csspart more - The "Showing n of m" line and the Show more button.
 * @csspart error - An error message with its Try again button.
 * @csspart notice - The program's own messages (loading, sign in) and the enrolment hint.
 *
 * @cssproperty --mentor-search-gap - Space between fields and between result cards. Default `var(--mentor-space, 1rem)`.
 * @cssproperty --mentor-search-field-min-inline-size - The narrowest a criterion gets before fields wrap. Default `12rem`.
 * @cssproperty --mentor-search-card-min-inline-size - The narrowest a result card gets before cards wrap. Default `18rem`.
 * @cssproperty --mentor-search-loading-min-block-size - Space held for results during the first load. Default `12rem`.
 *
 * @event {MentorSearchEvent} mentor-search - The member submitted or cleared the criteria (`MentorSearchEvent`: `query`, `trigger`).
 * @event {MentorResultsEvent} mentor-results - The results of a search the member started are on screen (`MentorResultsEvent`: `query`, `total`).
 */
export class MentorSearch extends MentorElement {
  static override properties: PropertyDeclarations = {
    find: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    pageSize: { type: Number, attribute: 'page-size' },
    draft: { state: true, attribute: false },
  };

  static override styles = [...MentorElement.styles, choicesStyles, searchStyles];

  /** Who to look for: `mentors` (the viewer is looking as a mentee) or `mentees`. */
  find: Find = 'mentors';

  /** The level of each result's heading (1–6): one below the heading the host page puts the search under. */
  headingLevel = 2;

  /** How many results each page (and each "Show more") adds. */
  pageSize = DEFAULT_PAGE_SIZE;

  /** What the form shows, as the member edits it. */
  private draft: Criteria = EMPTY_CRITERIA;

  /** What the results are for: the draft as last submitted. */
  #applied: Criteria = EMPTY_CRITERIA;
  /** The last results fetched; undefined while a new search loads or after it failed. */
  #results: Results | undefined;
  #run: SearchRun = { kind: 'search', byMember: false };
  /** The adapter the results come from: a new one (another viewer) means searching again. */
  #searchedAdapter: ResourceCache | undefined;
  /** The results region's height when a new search began, held while it loads so nothing jumps. */
  #reservedBlockSize = 0;
  /** Work for after the results render: focus, events. */
  #afterRender: (() => void) | undefined;
  #resumeOnConnect = false;

  // One task for every run: starting a run aborts the one in flight through the signal given to the adapter.
  #search = new Task<[SearchRun], Results>(this, {
    autoRun: false,
    task: ([run], { signal }) => this.#fetch(run, signal),
    onComplete: (results) => this.#completed(results),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#resumeOnConnect) {
      this.#resumeOnConnect = false;
      this.#start(this.#run.kind, this.#run.byMember);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moved or removed: stop the work; a reconnect (a CMS moving the widget) starts it again.
    if (this.#search.status === TaskStatus.PENDING) {
      this.#resumeOnConnect = true;
      this.#search.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.#ready) return;
    if (this.program?.adapter !== this.#searchedAdapter) {
      // First connected to a program (the blank search), or the program now has another adapter.
      this.#start(this.#searchedAdapter ? 'refresh' : 'search', false);
    } else if (changed.has('find') || changed.has('pageSize')) {
      this.#start('search', false);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Set through the CSSOM, not a `style` attribute: a host page whose CSP has no 'unsafe-inline' for
    // styles blocks style attributes (and reports each one), but not the CSSOM.
    const region = this.renderRoot.querySelector<HTMLElement>('.results');
    const loadingSearch = this.#search.status === TaskStatus.PENDING && this.#run.kind === 'search';
    region?.style.setProperty('min-block-size', loadingSearch && this.#reservedBlockSize > 0 ? `${this.#reservedBlockSize}px` : null);
    const after = this.#afterRender;
    this.#afterRender = undefined;
    after?.();
  }

  protected override onMentoringChange(_change: MentoringChange): void {
    if (!this.#ready || !this.#searchedAdapter) return;
    // A run in flight is restarted as it was, so a member's search still announces itself.
    if (this.#search.status === TaskStatus.PENDING) this.#start(this.#run.kind, this.#run.byMember);
    else this.#start('refresh', false);
  }

  /**
   * Searching needs the adapter only: the first search goes out with the program's own reads (its settings
   * and the viewer), not after them, and its results wait for the form, which the settings shape.
   */
  get #ready(): boolean {
    return Boolean(this.program?.adapter);
  }

  get #find(): Find {
    return FIND.includes(this.find) ? this.find : 'mentors';
  }

  get #pageSize(): number {
    const size = Math.floor(this.pageSize);
    return Number.isFinite(size) && size >= 1 ? size : DEFAULT_PAGE_SIZE;
  }

  #start(kind: SearchRun['kind'], byMember: boolean): void {
    const adapter = this.program?.adapter;
    if (!adapter) return;
    // "More" and "refresh" build on the results shown; without any, it is a new search.
    if (!this.#results) kind = 'search';
    if (kind === 'search') {
      const region = this.renderRoot.querySelector<HTMLElement>('.results');
      this.#reservedBlockSize = Math.min(region?.offsetHeight ?? 0, window.innerHeight);
      this.#results = undefined;
    }
    this.#run = { kind, byMember };
    this.#searchedAdapter = adapter;
    void this.#search.run([this.#run]);
  }

  async #fetch(run: SearchRun, signal: AbortSignal): Promise<Results> {
    const adapter = this.#searchedAdapter as ResourceCache;
    const query = toQuery(this.#find, this.#applied);
    const shown = this.#results?.hits ?? [];
    // Pages the program's cache keeps serve a refresh and "Show more"; a search the member starts asks anew.
    const options = { signal, fresh: run.kind === 'search' && run.byMember };
    if (run.kind === 'more') {
      const next = await fetchHits(adapter, query, shown.length, this.#pageSize, options);
      return { query, total: next.total, hits: appendHits(shown, next.hits) };
    }
    // A refresh keeps as many results on screen as the member had paged through.
    const count = run.kind === 'refresh' ? Math.max(shown.length, this.#pageSize) : this.#pageSize;
    const { total, hits } = await fetchHits(adapter, query, 0, count, options);
    return { query, total, hits: appendHits([], hits) };
  }

  get #status(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#status');
  }

  #completed(results: Results): void {
    const run = this.#run;
    const firstNew = this.#results?.hits.length ?? 0;
    this.#results = results;
    // A refresh may take away the result that has focus (a member paused elsewhere): focus then goes to
    // the result now in its place, or to the count when none is, never to the page.
    const root = this.renderRoot as ShadowRoot;
    const list = () => [...root.querySelectorAll<HTMLElement>('li[part="item"]')];
    const focused = list().indexOf(root.activeElement?.closest<HTMLElement>('li[part="item"]') as HTMLElement);
    this.#afterRender = () => {
      if (focused >= 0 && !root.activeElement) (list()[Math.min(focused, list().length - 1)] ?? this.#status)?.focus();
      if (run.kind === 'more') {
        this.renderRoot.querySelectorAll<HTMLElement>('li[part="item"]')[firstNew]?.focus();
      } else if (run.byMember) {
        this.dispatchEvent(new MentorResultsEvent(results.query, results.total));
      }
    };
  }

  #submit(trigger: SearchTrigger): void {
    if (trigger === 'clear') this.draft = EMPTY_CRITERIA;
    this.#applied = this.draft;
    this.#start('search', true);
    void this.emit(new MentorSearchEvent(toQuery(this.#find, this.#applied), trigger));
  }

  #showMore(): void {
    if (this.#search.status === TaskStatus.PENDING) return;
    this.#start('more', true);
  }

  protected override render() {
    return this.renderProgramGate() ?? this.#renderSearch();
  }

  #renderSearch() {
    const { settings, viewer } = this.program!;
    const find = this.#find;
    const results = this.#results;
    return html`
      ${renderCriteriaForm({
        i18n: this.i18n,
        settings: settings!,
        find,
        criteria: this.draft,
        onInput: (criteria) => (this.draft = criteria),
        onSubmit: () => this.#submit('submit'),
        onClear: () => this.#submit('clear'),
      })}
      ${viewer && !viewer.member[seekerRoleFor(find)]
        ? html`<p class="notice enrol" part="notice">${this.i18n.t(`search.notEnrolled.${find}` as const)}</p>`
        : nothing}
      <p id="status" class="status" part="status" role="status" tabindex="-1">
        ${results ? this.i18n.t(`search.count.${find}` as const, results.total) : nothing}
      </p>
      <div
        class="results"
        part="results"
        aria-busy=${this.#search.status === TaskStatus.PENDING ? 'true' : 'false'}
      >
        ${this.#renderResults()}
      </div>
    `;
  }

  #renderResults() {
    // The button goes with the error: the count, which the retry fills again, keeps focus on the results.
    const retry = () => {
      this.#status?.focus();
      this.#start(this.#run.kind, true);
    };
    const failed = this.#search.status === TaskStatus.ERROR;
    const results = this.#results;
    if (!results) {
      return failed
        ? this.renderError(this.#search.error, retry)
        : html`<p class="loading" part="loading">${this.i18n.t('search.searching')}</p>`;
    }
    // Results stay on screen when "Show more" or a refresh fails; the error and its retry follow them.
    const error = failed ? this.renderError(this.#search.error, retry) : nothing;
    if (results.hits.length === 0) return html`${this.#renderEmpty()}${error}`;
    return html`
      <ol part="list" aria-labelledby="status">
        ${repeat(
          results.hits,
          (hit) => hit.member.id,
          (hit, index) => this.#renderHit(hit, index, results.total),
        )}
      </ol>
      ${error} ${results.hits.length < results.total ? this.#renderMore(results) : nothing}
    `;
  }

  #renderHit(hit: SearchHit, index: number, total: number) {
    // tabindex -1: "Show more" moves focus to the first new result. posinset/setsize: "3 of 23".
    return html`<li part="item" tabindex="-1" aria-posinset=${index + 1} aria-setsize=${total}>
      <mentor-profile-card .hit=${hit} show-as=${this.#find === 'mentors' ? 'mentor' : 'mentee'}
        heading-level=${this.headingLevel}></mentor-profile-card>
    </li>`;
  }

  #renderEmpty() {
    // With blank criteria nothing can be widened: nobody is available.
    const clear = isBlank(this.#applied)
      ? undefined
      : () => {
          // The button is about to go; the count that replaces it is the natural place for focus.
          this.#status?.focus();
          this.#submit('clear');
        };
    // Its words come with the card's rarer parts; until they arrive (or if they cannot), the count says it.
    return html`<div class="notice empty" part="empty">${rareParts()?.emptyState(this.i18n, this.#find, clear)}</div>`;
  }

  #renderMore(results: Results) {
    const loading = this.#search.status === TaskStatus.PENDING && this.#run.kind === 'more';
    return html`<div class="more" part="more">
      <p id="showing">
        ${this.i18n.t('search.showing', results.hits.length, results.total)}
      </p>
      <button
        type="button"
        class="button"
        aria-describedby="showing"
        aria-disabled=${loading ? 'true' : 'false'}
        @click=${() => this.#showMore()}
      >
        ${this.i18n.t(loading ? 'search.loadingMore' : 'search.showMore')}
      </button>
    </div>`;
  }
}
