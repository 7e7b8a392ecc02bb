// One mentorship in the console, as a list item: the partner, who asked whom (or who mentors whom), what
// was asked, the dates (and the term's progress once active, how it ended once over), the actions the
// lifecycle allows the viewer, and the feedback form where one is due. Templates only: the console holds
// the state they show (the list, the action running) and is told of each button press.
import { html, nothing, type TemplateResult } from 'lit';
import type { MentorshipAction, MentorshipItem, ProgramSettings } from '@mentor-match/core';
import { DAY_MS, addMonths } from '@mentor-match/core/clock';
import { availableActions, followUpFrom, isAccepted, isOpen } from '@mentor-match/core/lifecycle';
import { avatar } from '../internal/avatar.ts';
import type { Localize } from '../i18n/localize.ts';
import { meetingModeKey } from '../i18n/localize.ts';
import type { MentorshipChangeAction } from '../events/mentorship-change.ts';
import { topicWord } from '../internal/program-words.ts';
import { wordList } from '../internal/program-word-list.ts';
import { bdi, sentence } from '../internal/isolate.ts';
import { needsConfirmation } from './confirmed-actions.ts';
import { mailtoHref, telHref } from './contact.ts';
import { isIncoming, viewerMentors } from './groups.ts';

/** What an item is shown with. */
export interface ItemContext {
  i18n: Localize;
  settings: ProgramSettings;
  /** The level of each item's heading (the partner's name). */
  headingLevel: number;
  /** The language the viewer said they write in (their profile's), for the goals and message they sent. */
  viewerTextLanguage?: string | null | undefined;
  /** The moment days left and the term's progress count from. */
  now: Date;
  /** The action running, if any: its button says so, and every action waits. */
  busy: { id: string; action: MentorshipChangeAction } | undefined;
  /** An action's button was pressed (`event.currentTarget` is the button). */
  onAction(event: Event, item: MentorshipItem, action: MentorshipAction): void;
  /** The feedback form, or the thanks for it, where the viewer may give or has given feedback. */
  feedback(item: MentorshipItem): TemplateResult | typeof nothing;
  /** "Report a problem" was pressed (`event.currentTarget` is the button). */
  onReport(event: Event, item: MentorshipItem): void;
  /** The panel open under the item: its workspace, or the follow-up of a request the viewer sent. */
  panel(item: MentorshipItem): Panel | undefined;
  /** "Workspace" or "Follow up" was pressed: open or close that panel. */
  onPanel(item: MentorshipItem, panel: Panel): void;
}

export type Panel = 'workspace' | 'follow-up';

// dir="auto": a value may be the member's own words (goals, message), isolated from the page's direction.
// `lang`: the language of the member who wrote it, when they stated one (their profile's text language).
const row = (term: string, value: unknown, lang?: string | null) =>
  (value ? html`<div><dt>${term}</dt><dd dir="auto" lang=${lang ?? nothing}>${value}</dd></div>` : nothing);

export function renderItem(context: ItemContext, item: MentorshipItem): TemplateResult {
  const { mentorship: m, partner } = item;
  const open = isOpen(m.state);
  const direction = open ? (isIncoming(item) ? 'incoming' : 'outgoing') : '';
  return html`<li class="item" part="item ${direction}" id="m-${m.id}" tabindex="-1" aria-labelledby="n-${m.id}">
    ${avatar(partner, '', context.settings.photoOrigins)}
    <div class="body">
      <div role="heading" aria-level=${context.headingLevel} part="name" id="n-${m.id}" dir="auto">${partner.name}</div>
      ${partner.headline ? html`<p part="headline" class="muted" dir="auto" lang=${partner.textLanguage ?? nothing}>${partner.headline}</p>` : nothing}
      <p part="relation">${relation(context.i18n, item)}${m.state === 'saved'
        ? html`<span class="tag" part="saved">${context.i18n.t('console.saved')}</span>`
        : nothing}</p>
      ${isAccepted(m.state) && m.state !== 'active' ? html`<p><span class="tag" part="legacy">${context.i18n.t('console.legacy')}</span></p>` : nothing}
      ${open ? renderRequest(context, item) : m.state === 'active' ? renderActive(context, item) : renderEnded(context.i18n, item)}
      ${renderActions(context, item)} ${context.feedback(item)}
    </div>
  </li>`;
}

/** Who asked whom while it is a request (or never became more); who mentors whom once accepted. */
function relation(i18n: Localize, item: MentorshipItem): unknown {
  const t = i18n.t.bind(i18n);
  const mentors = viewerMentors(item);
  const { state } = item.mentorship;
  const name = bdi(item.partner.name);
  if (state === 'active') return mentors ? sentence(i18n, 'console.youMentor', name) : t('console.yourMentor');
  if (isAccepted(state)) return mentors ? sentence(i18n, 'console.youMentored', name) : t('console.wasYourMentor');
  if (isIncoming(item)) return t(mentors ? 'console.asksMentor' : 'console.invitesMentee');
  return t(mentors ? 'console.invitedMentee' : 'console.askedMentor');
}

/** What the request asks for: areas of guidance, goals, term, meeting mode, message (while open); `before` comes first. */
function renderDetails({ i18n, settings, viewerTextLanguage }: ItemContext, item: MentorshipItem, before: unknown = nothing): TemplateResult {
  const t = i18n.t.bind(i18n);
  const m = item.mentorship;
  // The requester wrote the goals and the message: marked with their language where they stated it.
  const written = isIncoming(item) ? item.partner.textLanguage : viewerTextLanguage;
  return html`<dl part="details">
    ${before} ${row(t('console.areas'), m.areas.length > 0 && wordList(i18n, m.areas.map((id) => topicWord(i18n, settings, id))))}
    ${row(t('console.goals'), m.goals, written)} ${row(t('console.term'), t('months', m.termMonths))}
    ${row(t('console.meetingMode'), t(meetingModeKey(m.meetingMode)))} ${isOpen(m.state) ? row(t('console.message'), m.message, written) : nothing}
  </dl>`;
}

function renderRequest(context: ItemContext, item: MentorshipItem): TemplateResult {
  const { mentorship: m } = item;
  const { i18n } = context;
  const t = i18n.t.bind(i18n);
  const date = (value: string) => i18n.date(value, 'long');
  const daysLeft = Math.ceil((Date.parse(m.expiresAt) - context.now.getTime()) / DAY_MS);
  const warnFrom = context.settings.reminderDays || 7;
  return html`${renderDetails(context, item)}
    <p part="dates">${t('console.sent', date(m.createdAt))} · ${t('console.expires', date(m.expiresAt))}</p>
    ${daysLeft <= warnFrom ? html`<p class="warning" part="expiry">${t('console.daysLeft', daysLeft)}</p>` : nothing}`;
}

function renderActive(context: ItemContext, item: MentorshipItem): TemplateResult {
  const { mentorship: m, partner } = item;
  const { i18n, now } = context;
  const t = i18n.t.bind(i18n);
  const date = (value: string) => i18n.date(value, 'long');
  const start = new Date(m.startedAt ?? m.respondedAt ?? m.createdAt);
  const end = m.endsAt ?? addMonths(start, m.termMonths).toISOString();
  // The month of the term now in: whole calendar months since the start, plus one, at most the term.
  let month = 1;
  while (month < m.termMonths && addMonths(start, month) <= now) month += 1;
  const over = now.getTime() >= Date.parse(end);
  const contact = partner.contact;
  const link = (href: string | undefined, value: string) => (href ? html`<a part="contact" href=${href}>${value}</a>` : value);
  return html`${renderDetails(
      context,
      item,
      contact && [
        row(t('meetingMode.email'), link(mailtoHref(contact.email), contact.email)),
        contact.phone ? row(t('meetingMode.phone'), link(telHref(contact.phone), contact.phone)) : nothing,
      ],
    )}
    <p part="dates">${t('console.dates', date(start.toISOString()), date(end))}</p>
    <p part="progress">
      <progress max=${m.termMonths} .value=${month} aria-labelledby="p-${m.id}"></progress>
      <span id="p-${m.id}">${t('console.month', month, m.termMonths)}</span>
    </p>
    ${over ? html`<p class="warning" part="term-over">${t('console.termOver', date(end))}</p>` : nothing}`;
}

function renderEnded(i18n: Localize, { mentorship: m }: MentorshipItem): TemplateResult {
  const state = m.state as 'completed' | 'ended' | 'declined' | 'withdrawn' | 'expired';
  const reason = m.endReason ?? m.declineReason;
  return html`<p part="state">${i18n.t(`console.state.${state}`, i18n.date(m.endedAt ?? m.respondedAt ?? m.expiresAt, 'long'))}</p>
    ${reason ? html`<p part="reason">${sentence(i18n, 'console.reason', bdi(reason))}</p>` : nothing}`;
}

/**
 * "Workspace" on an accepted mentorship (active, or over: read only), "Follow up" on a request the viewer
 * sent that has waited the program's days: each a disclosure of its panel under the item.
 */
function panelButton(context: ItemContext, item: MentorshipItem): TemplateResult | typeof nothing {
  const { mentorship: m } = item;
  const panel: Panel | null = isAccepted(m.state) && m.startedAt
    ? 'workspace'
    : isOpen(m.state) && !isIncoming(item) && context.now >= new Date(followUpFrom(m, context.settings)) ? 'follow-up' : null;
  if (!panel) return nothing;
  return html`<button type="button" class="button" part="panel ${panel}" aria-describedby="n-${m.id}"
    aria-expanded=${context.panel(item) === panel ? 'true' : 'false'} aria-controls="p-${m.id}-panel"
    @click=${() => context.onPanel(item, panel)}>${context.i18n.t(panel === 'workspace' ? 'console.workspace' : 'console.followUp')}</button>`;
}

function renderActions(context: ItemContext, item: MentorshipItem): TemplateResult {
  const { mentorship: m, partner } = item;
  const actions = availableActions(m, m.mentorId === partner.id ? m.menteeId : m.mentorId, context.now);
  const t = context.i18n.t.bind(context.i18n);
  const { busy } = context;
  return html`<div class="actions" part="actions">
    ${actions.map((action) => {
      const kind = action === 'accept' ? 'primary' : needsConfirmation(action) && action !== 'complete' ? 'danger' : '';
      const running = busy?.id === m.id && busy.action === action;
      return html`<button type="button" class="button ${kind}" part="action ${action}" aria-describedby="n-${m.id}"
        aria-haspopup=${needsConfirmation(action) ? 'dialog' : nothing} aria-disabled=${busy ? 'true' : nothing}
        @click=${(event: Event) => context.onAction(event, item, action)}>
        ${running ? t('console.busy') : t(`console.action.${action}`)}
      </button>`;
    })}
    <button type="button" class="button link" part="report" aria-describedby="n-${m.id}" aria-haspopup="dialog"
      @click=${(event: Event) => context.onReport(event, item)}>${t('console.report')}</button>
    ${panelButton(context, item)}
  </div>
  ${context.panel(item) === 'workspace'
    ? html`<mentor-workspace id="p-${m.id}-panel" .item=${item} .now=${context.now} heading-level=${context.headingLevel + 1}></mentor-workspace>`
    : context.panel(item) === 'follow-up'
      ? html`<mentor-follow-up id="p-${m.id}-panel" .item=${item} heading-level=${context.headingLevel + 1}></mentor-follow-up>`
      : nothing}`;
}
