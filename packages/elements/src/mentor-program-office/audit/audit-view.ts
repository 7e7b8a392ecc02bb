import { html, nothing, type TemplateResult } from 'lit';
import type { AuditAction, AuditEntry, AuditListFilter, AuditPage, MentoringChange, StaffAdapter } from '@mentor-match/core';
import { AUDIT_ACTIONS } from '@mentor-match/core/schemas/staff';
import { OfficeView } from '../office-view.ts';
import { FilterDraft } from '../filter-draft.ts';
import { PagedList } from '../paged-list.ts';
import { CsvExport } from '../csv-export.ts';
import { dateFilter, filterButtons, present, selectFilter, textFilter } from '../filters.ts';
import { addMessages } from '../../i18n/localize.ts';
import { officeAuditEn } from '../../i18n/en.ts';
import { bdi, sentence } from '../../internal/isolate.ts';

addMessages('en', officeAuditEn);

interface Draft {
  action: AuditAction | '';
  subjectId: string;
  actorId: string;
  from: string;
  to: string;
}

const EMPTY: Draft = { action: '', subjectId: '', actorId: '', from: '', to: '' };

function filterOf(draft: Draft): AuditListFilter {
  return present({
    action: draft.action || undefined, subjectId: draft.subjectId.trim(), actorId: draft.actorId.trim(), from: draft.from, to: draft.to,
  });
}

/** A field's value as the log holds it (JSON), shortened: a whole program's topics would fill the screen. */
const VALUE_LIMIT = 300;
function shown(value: unknown): string {
  const text = value === undefined ? '—' : JSON.stringify(value);
  return text.length > VALUE_LIMIT ? `${text.slice(0, VALUE_LIMIT)}…` : text;
}

/**
 * The program's audit log, newest first: every staff action and settings change, with who, when, on what,
 * why, the limits a pairing went past, and the fields before and after. Filter by action, subject, staff
 * member and dates; export as CSV. It is append-only: nothing here changes it.
 *
 * @summary The audit log of `<mentor-program-office>` (one of its views).
 */
export class MentorOfficeAudit extends OfficeView {

  readonly #list = new PagedList<AuditListFilter, AuditEntry, AuditPage>(this, {}, (staff, filter, paging, signal) =>
    staff.listAudit({ ...filter, ...paging }, { signal }));
  readonly #filters = new FilterDraft(this, { empty: () => EMPTY, filterOf, list: this.#list, staff: () => this.staff });
  readonly #export = new CsvExport(this, this.i18n, 'audit', (text) => void this.announce(text));

  protected override staffReady(staff: StaffAdapter): void {
    void this.#list.load(staff);
  }

  /** Every staff action adds an entry; the page shown may hold the newest ones. */
  protected override onStaffChange(_change: MentoringChange): void {
    void this.#list.reload();
  }

  protected override render() {
    if (!this.program?.settings) return this.renderProgramGate();
    const t = this.i18n.t.bind(this.i18n);
    const list = this.#list;
    const d = this.#filters.value;
    const set = (change: Partial<Draft>) => this.#filters.set(change);
    return html`<h3 id="audit-title" tabindex="-1">${t('office.audit.title')}</h3>
      <form class="toolbar" part="filters" role="search" aria-label=${t('office.audit.filters')} @submit=${this.#filters.apply}>
        ${selectFilter('a-action', t('office.audit.action'), d.action, AUDIT_ACTIONS.map((a) => [a, t(`office.audit.action.${a}`)] as const),
          (action) => set({ action: action as Draft['action'] }), t('office.filter.any'))}
        ${textFilter('a-subject', t('office.audit.subject'), d.subjectId, (subjectId) => set({ subjectId }))}
        ${textFilter('a-actor', t('office.audit.actor'), d.actorId, (actorId) => set({ actorId }))}
        ${dateFilter('a-from', t('office.filter.from'), d.from, (from) => set({ from }))}
        ${dateFilter('a-to', t('office.filter.to'), d.to, (to) => set({ to }), d.from)}
        ${filterButtons(this.i18n, this.#filters.clear)}
      </form>
      ${this.#export.render(list.page?.total, () => this.staff && void this.#export.run(this.staff, { list: 'audit', filter: list.filter }))}
      ${this.renderList(list, (page) =>
        this.renderTable(
          t('office.audit.title'),
          [t('office.audit.when'), t('office.audit.what'), t('office.audit.why'), t('office.audit.changes')],
          page.items, (entry) => String(entry.seq), (entry) => this.#row(entry),
          t('office.audit.empty'),
        ))}
      ${this.renderAnnouncement()}`;
  }

  #row(entry: AuditEntry): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
    return html`<tr>
      <th scope="row">${new Intl.DateTimeFormat(this.i18n.lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(entry.at))}
        <div class="muted">${t('office.audit.by', entry.actorId)}</div></th>
      <td>${t(`office.audit.action.${entry.action}`)}
        <div class="muted">${t(`office.audit.subject.${entry.subject.kind}`, entry.subject.id)}</div></td>
      <td class="member-text">${entry.reason ?? ''}
        ${entry.override
          ? html`<div class="tag warning">${sentence(this.i18n, 'office.audit.override', this.i18n.list(entry.override.limits), bdi(entry.override.reason))}</div>`
          : nothing}</td>
      <td>
        ${fields.length === 0
          ? nothing
          : html`<details>
              <summary>${t('office.audit.fields', fields.length)}</summary>
              <dl>
                ${fields.map(
                  (field) => html`<div>
                    <dt><code>${field}</code></dt>
                    <dd><code>${shown(entry.before?.[field])}</code> → <code>${shown(entry.after?.[field])}</code></dd>
                  </div>`,
                )}
              </dl>
            </details>`}
      </td>
    </tr>`;
  }

}
