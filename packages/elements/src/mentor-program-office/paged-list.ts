// One of the office's lists, a page at a time: the filters applied, the keyset cursors of the pages visited
// (so Previous goes back without the backend counting offsets), the read in flight (a new one aborts it) and
// the last page loaded, kept on screen while the next loads or if it fails. The view renders it.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { StaffAdapter } from '@mentor-match/core';
import type { Localize } from '../i18n/localize.ts';

export interface Page<T> {
  items: T[];
  total: number;
  next: string | null;
}

/** Which page: how many items, after which cursor (none: the first page). */
export interface Paging {
  limit: number;
  cursor?: string;
}

export type PageReader<F, P> = (staff: StaffAdapter, filter: F, paging: Paging, signal: AbortSignal) => Promise<P>;

/** Items per page in the office's lists: a screenful with room for each row's actions. */
export const OFFICE_PAGE_SIZE = 25;

export class PagedList<F, T, P extends Page<T> = Page<T>> {
  readonly #host: ReactiveControllerHost;
  readonly #task: Task<[StaffAdapter, F, string | undefined], P>;
  #staff: StaffAdapter | undefined;
  /** The filters of the pages shown (the form may hold others, not applied yet). */
  filter: F;
  /** The cursor of each page visited, the first page's undefined; the last is the page shown. */
  #cursors: (string | undefined)[] = [undefined];
  /** The last page loaded. */
  page: P | undefined;

  readonly #limit: number;

  constructor(host: ReactiveControllerHost, filter: F, read: PageReader<F, P>, limit = OFFICE_PAGE_SIZE) {
    this.#host = host;
    this.filter = filter;
    this.#limit = limit;
    this.#task = new Task(host, {
      autoRun: false,
      task: ([staff, applied, cursor], { signal }) =>
        read(staff, applied, cursor === undefined ? { limit } : { limit, cursor }, signal),
      onComplete: (page) => {
        this.page = page;
      },
    });
  }

  get loading(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  get error(): unknown {
    return this.#task.status === TaskStatus.ERROR ? this.#task.error : undefined;
  }

  /** The first page with these filters. */
  load(staff: StaffAdapter, filter: F = this.filter): Promise<void> {
    this.#staff = staff;
    this.filter = filter;
    this.#cursors = [undefined];
    return this.#run();
  }

  /** The page shown, again (after an action, or a change elsewhere). */
  reload(): Promise<void> {
    return this.#run();
  }

  next(): Promise<void> {
    if (!this.page?.next) return Promise.resolve();
    this.#cursors.push(this.page.next);
    return this.#run();
  }

  previous(): Promise<void> {
    if (this.#cursors.length <= 1) return Promise.resolve();
    this.#cursors.pop();
    return this.#run();
  }

  async #run(): Promise<void> {
    if (!this.#staff) return;
    void this.#task.run([this.#staff, this.filter, this.#cursors.at(-1)]);
    await this.#task.taskComplete.catch(() => undefined);
    this.#host.requestUpdate();
  }

  /** "51–100 of 1,234", Previous and Next. */
  renderPager(i18n: Localize): TemplateResult | typeof nothing {
    const page = this.page;
    if (!page || page.total === 0) return nothing;
    const t = i18n.t.bind(i18n);
    const index = this.#cursors.length - 1;
    const first = index * this.#limit + 1;
    const last = index * this.#limit + page.items.length;
    const busy = this.loading ? 'true' : nothing;
    return html`<div class="pager" part="pager">
      <p role="status">${t('office.page.showing', first, last, page.total)}</p>
      ${index > 0
        ? html`<button type="button" class="button" aria-disabled=${busy} @click=${() => !this.loading && void this.previous()}>${t('office.page.previous')}</button>`
        : nothing}
      ${page.next
        ? html`<button type="button" class="button" aria-disabled=${busy} @click=${() => !this.loading && void this.next()}>${t('office.page.next')}</button>`
        : nothing}
    </div>`;
  }
}
