// A mentorship or request as a row of the office's lists (the mentorships view and the waiting requests),
// and the staff actions on it: end an active one, withdraw an open request, each with a reason both members
// are told. Templates and one function; the views hold the list and the dialog.
import { html, nothing, type TemplateResult } from 'lit';
import type { MentorshipState, ProgramSettings, StaffMentorshipAction, StaffMentorshipItem } from '@mentor-match/core';
import { DAY_MS } from '@mentor-match/core/clock';
import { isOpen } from '@mentor-match/core/lifecycle';
import type { Localize } from '../../i18n/localize.ts';
import { topicWord } from '../../internal/program-words.ts';
import { wordList } from '../../internal/program-word-list.ts';
import type { ReasonDialog } from '../reason-dialog.ts';
import { bdi, isolate, sentence } from '../../internal/isolate.ts';

/** What staff may do to a mentorship in this state. */
export const staffActionFor = (state: MentorshipState): StaffMentorshipAction | null =>
  state === 'active' ? 'end' : isOpen(state) ? 'withdraw' : null;

/** Who asked whom (open, or never more than a request), or who mentored whom: the message and its two names. */
function pairWords({ mentorship: m, mentor, mentee }: StaffMentorshipItem) {
  if (m.pairedByStaff || m.startedAt) return ['office.mentorships.pair', mentor.name, mentee.name] as const;
  return m.requesterId === m.mentorId
    ? (['office.mentorships.invited', mentor.name, mentee.name] as const)
    : (['office.mentorships.asked', mentee.name, mentor.name] as const);
}

/** The pair as text (a dialog's title, an announcement), each name isolated. */
export function pairLine(i18n: Localize, item: StaffMentorshipItem): string {
  const [key, first, second] = pairWords(item);
  return i18n.t(key, isolate(first), isolate(second));
}

/** The pair as content (a row's header), each name in a `<bdi>`. */
export function pairContent(i18n: Localize, item: StaffMentorshipItem): unknown[] {
  const [key, first, second] = pairWords(item);
  return sentence(i18n, key, bdi(first), bdi(second));
}

export function stateTags(i18n: Localize, { mentorship: m }: StaffMentorshipItem): TemplateResult {
  const t = i18n.t.bind(i18n);
  return html`<span class="tag">${t(`office.state.${m.state}`)}</span>
    ${m.pairedByStaff ? html`<span class="tag">${t('office.mentorships.pairedByStaff')}</span>` : nothing}
    ${m.closedByStaff ? html`<span class="tag warning">${t('office.mentorships.closedByStaff')}</span>` : nothing}
    ${m.endReason || m.declineReason ? html`<div class="member-text">${sentence(i18n, 'office.mentorships.reason', bdi((m.endReason ?? m.declineReason)!))}</div>` : nothing}`;
}

/** The areas of guidance, each in the office's language where the program gives one (else marked with its own). */
export const areasText = (i18n: Localize, settings: ProgramSettings, { mentorship }: StaffMentorshipItem) =>
  wordList(i18n, mentorship.areas.map((id) => topicWord(i18n, settings, id)));

/** Made on, started on, ended on: what happened when. */
export function datesText(i18n: Localize, { mentorship: m }: StaffMentorshipItem): TemplateResult {
  const t = i18n.t.bind(i18n);
  const date = (value: string) => i18n.date(value, 'medium');
  return html`<div>${t('office.mentorships.made', date(m.createdAt))}</div>
    ${m.startedAt ? html`<div>${t('office.mentorships.started', date(m.startedAt))}</div>` : nothing}
    ${m.endedAt ? html`<div>${t('office.mentorships.ended', date(m.endedAt))}</div>` : nothing}`;
}

/** Whole days a request has waited. */
export const daysWaiting = ({ mentorship }: StaffMentorshipItem, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - Date.parse(mentorship.createdAt)) / DAY_MS));

/** The button of the staff action a mentorship allows, if any. */
export function actionButton(
  i18n: Localize,
  item: StaffMentorshipItem,
  onAction: (event: Event, item: StaffMentorshipItem, action: StaffMentorshipAction) => void,
): TemplateResult | typeof nothing {
  const action = staffActionFor(item.mentorship.state);
  if (!action) return nothing;
  return html`<button type="button" class="button danger" aria-haspopup="dialog" aria-describedby="pair-${item.mentorship.id}"
    @click=${(event: Event) => onAction(event, item, action)}>${i18n.t(`office.mentorshipAction.${action}`)}</button>`;
}

/**
 * Asks for the reason, then ends or withdraws for the members; `done` runs after (the view reloads,
 * announces and tells the page).
 */
export function askAndAct(
  dialog: ReasonDialog,
  i18n: Localize,
  trigger: HTMLElement,
  item: StaffMentorshipItem,
  action: StaffMentorshipAction,
  act: (reason: string) => Promise<unknown>,
): void {
  const t = i18n.t.bind(i18n);
  void dialog.open(
    {
      title: sentence(i18n, `office.mentorshipAction.title.${action}`, pairContent(i18n, item)),
      explain: t(`office.mentorshipAction.explain.${action}`),
      confirm: t(`office.mentorshipAction.${action}`),
      danger: true,
      run: async (reason) => void (await act(reason)),
    },
    trigger,
  );
}
