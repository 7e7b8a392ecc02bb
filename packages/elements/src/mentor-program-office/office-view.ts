// What every view of the program office shares: the staff adapter the office hands it, the program's
// changes as the staff adapter tells them, the polite announcement of an action's result, and a failure in
// words (a refusal because the member is not staff is the "for program staff" message, never an error).
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MentoringChange, StaffAdapter } from '@mentor-match/core';
import { isMentoringError } from '@mentor-match/core/errors';
import { MentorElement } from '../internal/mentor-element.ts';
import { officeStyles } from './styles.ts';
import type { Page, PagedList } from './paged-list.ts';

/** The staff adapter refused because the signed-in member is not (or no longer) staff. */
export const isStaffOnly = (error: unknown): boolean => isMentoringError(error) && error.code === 'forbidden';

export class OfficeView extends MentorElement {
  static override properties: PropertyDeclarations = {
    staff: { attribute: false },
    now: { attribute: false },
    announcement: { state: true, attribute: false },
  };

  static override styles = [...MentorElement.styles, ...officeStyles];

  /** The program office's adapter (the office gives it). */
  staff: StaffAdapter | undefined;

  /** The moment days and date ranges count from (the office gives it). Default: now. */
  now: Date | undefined;

  /** What the last action led to, for the polite live region. */
  protected announcement = '';

  #unsubscribeStaff: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.staff && !this.#unsubscribeStaff) this.#listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeStaff?.();
    this.#unsubscribeStaff = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('staff')) {
      if (this.isConnected) this.#listen();
      if (this.staff) this.staffReady(this.staff);
    }
  }

  #listen(): void {
    this.#unsubscribeStaff?.();
    this.#unsubscribeStaff = this.staff?.subscribe((change) => this.onStaffChange(change));
  }

  /** The office gave this view its adapter (or another one): load what the view shows. */
  protected staffReady(_staff: StaffAdapter): void {}

  /** Something changed in the program (any member's action, another staff member's): refresh what is stale. */
  protected onStaffChange(_change: MentoringChange): void {}

  protected get today(): Date {
    return this.now ?? new Date();
  }

  /** Says `text` in the polite live region (again, if it is the same as last time). */
  protected async announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  protected renderAnnouncement(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  /** A failed read: the staff-only message when the member is not staff, else the error with Try again. */
  protected renderFailure(error: unknown, retry: () => void): TemplateResult {
    return isStaffOnly(error)
      ? html`<p class="notice" part="notice forbidden">${this.i18n.t('office.forbidden')}</p>`
      : this.renderError(error, retry);
  }

  /** The loading line, holding the space the view will take. */
  protected renderLoading(): TemplateResult {
    return html`<p class="loading" part="loading" role="status">${this.i18n.t('office.loading')}</p>`;
  }

  /**
   * A list's page: loading, or its failure (the staff-only message alone: never the data it held), or the
   * page (with a failed refresh said above it) and its pager.
   */
  protected renderList<T>(list: PagedList<unknown, T>, content: (page: Page<T>) => TemplateResult): TemplateResult {
    const { page, error } = list;
    const retry = () => void list.reload();
    let body: unknown;
    if (error !== undefined && (isStaffOnly(error) || !page)) body = this.renderFailure(error, retry);
    else if (!page) body = this.renderLoading();
    else body = html`${error === undefined ? nothing : this.renderFailure(error, retry)}${content(page)}${list.renderPager(this.i18n)}`;
    return html`<div aria-busy=${list.loading ? 'true' : 'false'}>${body}</div>`;
  }

  /** `items` as the rows of a table (keyed, so a row's buttons stay put across reloads), or `empty`. */
  protected renderTable<T>(
    caption: string,
    headers: readonly string[],
    items: readonly T[],
    key: (item: T) => string,
    row: (item: T) => TemplateResult,
    empty: string,
  ): TemplateResult {
    if (items.length === 0) return html`<p class="notice" part="empty">${empty}</p>`;
    return html`<div class="table-wrap" part="table">
      <table>
        <caption class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            ${headers.map((header) => html`<th scope="col">${header}</th>`)}
          </tr>
        </thead>
        <tbody>${repeat(items, key, row)}</tbody>
      </table>
    </div>`;
  }
}
