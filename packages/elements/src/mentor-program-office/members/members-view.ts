import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { MemberListFilter, MemberStanding, MentoringChange, Role, StaffAdapter, StaffMemberAction, StaffMemberItem, StaffMemberPage } from '@mentor-match/core';
import { MEMBER_STANDINGS, STAFF_MEMBER_ACTIONS } from '@mentor-match/core/schemas/staff';
import { STAFF_MEMBER_RULES } from '@mentor-match/core/staff-standing';
import { ROLES } from '@mentor-match/core/vocabulary';
import { OfficeView } from '../office-view.ts';
import { FilterDraft } from '../filter-draft.ts';
import { PagedList } from '../paged-list.ts';
import { CsvExport } from '../csv-export.ts';
import { ReasonDialog } from '../reason-dialog.ts';
import { filterButtons, present, selectFilter, textFilter, topicOptions } from '../filters.ts';
import { MentorStaffActionEvent } from '../../events/staff-action.ts';
import type { MentorOfficePair } from '../pair/pair-dialog.ts';
import { addMessages } from '../../i18n/localize.ts';
import { officeMembersEn } from '../../i18n/en.ts';
import { bdi, isolate, sentence } from '../../internal/isolate.ts';

addMessages('en', officeMembersEn);

interface Draft {
  text: string;
  role: Role | '';
  standing: MemberStanding | '';
  topic: string;
  enrolled: '' | 'yes' | 'no';
}

const EMPTY: Draft = { text: '', role: '', standing: '', topic: '', enrolled: '' };

function filterOf(draft: Draft): MemberListFilter {
  return present({
    text: draft.text.trim(),
    role: draft.role || undefined,
    standing: draft.standing || undefined,
    topic: draft.topic,
    enrolled: draft.enrolled === '' ? undefined : draft.enrolled === 'yes',
  });
}

/**
 * The program office's members: search by name, email or id; filter by role, standing, topic and
 * enrolment; a page at a time; export as CSV; and the staff actions each member's standing allows (pause,
 * resume, approve, decline, suspend, lift a suspension), each with a reason, and pairing from a member.
 *
 * @summary The members list of `<mentor-program-office>` (one of its views).
 */
export class MentorOfficeMembers extends OfficeView {
  static override properties: PropertyDeclarations = {
    pairing: { state: true, attribute: false },
  };

  /** Whether the pairing dialog has been asked for (its module loads then). */
  private pairing = false;

  readonly #list = new PagedList<MemberListFilter, StaffMemberItem, StaffMemberPage>(this, {}, (staff, filter, paging, signal) =>
    staff.listMembers({ ...filter, ...paging }, { signal }));
  readonly #filters = new FilterDraft(this, { empty: () => EMPTY, filterOf, list: this.#list, staff: () => this.staff });
  readonly #export = new CsvExport(this, this.i18n, 'members', (text) => void this.announce(text));
  readonly #dialog = new ReasonDialog(this, this.i18n, (error) => this.renderError(error), () =>
    this.renderRoot.querySelector<HTMLElement>('#members-title'));

  protected override staffReady(staff: StaffAdapter): void {
    void this.#list.load(staff);
  }

  protected override onStaffChange(change: MentoringChange): void {
    if (change.kind === 'member' || change.kind === 'mentorship' || change.kind === 'program') void this.#list.reload();
  }

  protected override render() {
    const settings = this.program?.settings;
    if (!settings) return this.renderProgramGate();
    const t = this.i18n.t.bind(this.i18n);
    const list = this.#list;
    const set = (change: Partial<Draft>) => this.#filters.set(change);
    const d = this.#filters.value;
    const any = t('office.filter.any');
    return html`<h3 id="members-title" tabindex="-1">${t('office.members.title')}</h3>
      <form class="toolbar" part="filters" role="search" aria-label=${t('office.members.filters')} @submit=${this.#filters.apply}>
        ${textFilter('m-text', t('office.members.text'), d.text, (text) => set({ text }))}
        ${selectFilter('m-role', t('office.members.role'), d.role, ROLES.map((r) => [r, t(`role.${r}`)] as const),
          (role) => set({ role: role as Draft['role'] }), any)}
        ${selectFilter('m-standing', t('office.members.standing'), d.standing, MEMBER_STANDINGS.map((s) => [s, t(`office.standing.${s}`)] as const),
          (standing) => set({ standing: standing as Draft['standing'] }), any)}
        ${selectFilter('m-topic', t('office.filter.topic'), d.topic, topicOptions(settings, this.i18n), (topic) => set({ topic }), any)}
        ${selectFilter('m-enrolled', t('office.members.enrolment'), d.enrolled,
          [['yes', t('office.members.enrolled')], ['no', t('office.members.notEnrolled')]], (enrolled) => set({ enrolled: enrolled as Draft['enrolled'] }), any)}
        ${filterButtons(this.i18n, this.#filters.clear)}
      </form>
      ${this.#export.render(list.page?.total, () => this.staff && void this.#export.run(this.staff, { list: 'members', filter: list.filter }))}
      ${this.renderList(list, (page) =>
        this.renderTable(
          t('office.members.title'),
          [t('office.members.member'), t('office.members.roles'), t('office.members.counts'), t('office.actions')],
          page.items, (item) => item.member.id, (item) => this.#row(item),
          t('office.members.empty'),
        ))}
      ${this.renderAnnouncement()} ${this.#dialog.render()}
      ${this.pairing ? html`<mentor-office-pair .staff=${this.staff} exportparts="dialog"></mentor-office-pair>` : nothing}`;
  }

  #row(item: StaffMemberItem): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const { member } = item;
    const roles = ROLES.filter((role) => member[role] !== null);
    const actions = STAFF_MEMBER_ACTIONS.filter((action) => roles.length > 0 && STAFF_MEMBER_RULES[action].applies(member));
    return html`<tr>
      <th scope="row">
        <span id="name-${member.id}">${member.name}</span>
        <div class="muted">${member.email}</div>
        <div class="muted">${member.id}</div>
      </th>
      <td>
        ${roles.length === 0
          ? html`<span class="tag">${t('office.members.notEnrolled')}</span>`
          : roles.map((role) => {
              const standing = item.standing[role];
              return html`<div>${t(`role.${role}`)}: ${standing ? html`<span class="tag ${standingTone(standing)}">${t(`office.standing.${standing}`)}</span>` : nothing}</div>`;
            })}
        ${member.suspension ? html`<div class="member-text">${sentence(this.i18n, 'office.members.suspendedBecause', bdi(member.suspension.reason))}</div>` : nothing}
      </td>
      <td>${t('office.members.countsOf', item.activeMentees, item.activeMentors, item.openRequestsSent)}</td>
      <td>
        <div class="row-actions">
          ${actions.map(
            (action) => html`<button type="button" class="button ${action === 'suspend' || action === 'decline' ? 'danger' : ''}"
              aria-haspopup="dialog" aria-describedby="name-${member.id}" @click=${(event: Event) => this.#act(event, item, action)}>
              ${t(`office.memberAction.${action}`)}
            </button>`,
          )}
          ${roles.length > 0
            ? html`<button type="button" class="button" aria-haspopup="dialog" aria-describedby="name-${member.id}"
                @click=${(event: Event) => void this.#pair(event, item, roles[0]!)}>${t('office.pair.open')}</button>`
            : nothing}
        </div>
      </td>
    </tr>`;
  }

  #act(event: Event, item: StaffMemberItem, action: StaffMemberAction): void {
    const t = this.i18n.t.bind(this.i18n);
    const { member } = item;
    void this.#dialog.open(
      {
        title: sentence(this.i18n, `office.memberAction.title.${action}`, bdi(member.name)),
        explain: t(`office.memberAction.explain.${action}`),
        confirm: t(`office.memberAction.${action}`),
        danger: action === 'suspend' || action === 'decline',
        run: async (reason) => {
          const staff = this.staff;
          if (!staff) return;
          await staff.actOnMember(member.id, action, { reason });
          await this.#list.reload();
          void this.announce(t(`office.memberAction.done.${action}`, isolate(member.name)));
          void this.emit(new MentorStaffActionEvent(action, member.id));
        },
      },
      event.currentTarget as HTMLElement,
    );
  }

  async #pair(event: Event, item: StaffMemberItem, role: Role): Promise<void> {
    const trigger = event.currentTarget as HTMLElement;
    await import('../pair/pair-define.ts');
    this.pairing = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<MentorOfficePair>('mentor-office-pair');
    await dialog?.show({ [role]: { id: item.member.id, name: item.member.name, topics: item.member[role]?.topics ?? [] } }, trigger);
  }
}

/** Standings that stand out: a mentor waiting for staff, a member staff suspended. */
function standingTone(standing: MemberStanding): string {
  return standing === 'suspended' || standing === 'declined' ? 'danger' : standing === 'awaiting-approval' ? 'warning' : '';
}
