import { css, html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Availability, AvailabilityInput, MentoringAdapter } from '@mentor-match/core';
import { MentorFormControl } from '../internal/form-control.ts';
import { FormController, describedBy, setStates } from '../internal/form-controller.ts';
import { MentorAvailabilityChangeEvent } from '../events/availability-change.ts';
import { addMessages } from '../i18n/localize.ts';
import { availabilityEn } from '../i18n/en.ts';

// This element's English strings join the catalog when it is imported (the page's other elements' do not).
addMessages('en', availabilityEn);

/** The most mentees a mentor may take (the core schema's bound). */
export const MAX_CAPACITY = 50;

type Field = 'return-date' | 'capacity';
type FieldError = 'availability.datePast' | 'availability.dateBad' | 'availability.capacityBad' | 'form.checkField';
/** What the member typed into a field and was not sent (with why), or was sent and refused. */
type Draft = { raw: string; error?: FieldError };
/** The fields the adapter may name in a refusal, and this form's. */
const FIELDS: Record<string, Field> = { returnDate: 'return-date', capacity: 'capacity' };
type Announcement = 'availability.saved' | 'availability.nowPaused' | 'availability.welcomeBack';

const same = (a: Availability, b: Availability) =>
  a.status === b.status && a.returnDate === b.returnDate && a.capacity === b.capacity;

/** Today in the member's own calendar, as `<input type="date">` spells it. */
const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/**
 * "Temporarily not participating": a switch that pauses or resumes the signed-in member, an optional
 * return date while paused and, for mentors, how many mentees they take. It says what pausing does with
 * the member's own numbers. Changes show at once and are saved through the adapter; a refusal puts the
 * previous state back and says why. It follows the member's availability when it changes elsewhere.
 *
 * Form-associated: inside a page's `<form>` it submits `paused` or `participating` under its `name`.
 * Every change is saved at once, so its value is always the saved availability; a form reset discards
 * what was typed but not saved (an invalid capacity or date, which also makes the control invalid, or
 * one the adapter refused).
 *
 * @summary The member's availability: pause or resume participating, return date, capacity.
 *
 * @csspart switch - The switch's `<label>`: the track and its text.
 * @csspart track - The switch's track (holds the native checkbox with `role="switch"`).
 * @csspart thumb - The switch's thumb.
 * @csspart message - What the current state means: until when, what pausing does, with the member's numbers.
 * @csspart return-date - The return date `<input type="date">` (shown while paused).
 * @csspart capacity - The number of mentees `<input type="number">` (mentors only).
 * @csspart status - "Saving…", then what the change did (a polite live region).
 * @csspart error - Why a change was not saved.
 * @csspart notice - The program's own messages (loading, sign in) and the enrolment hint.
 *
 * @cssstate paused - The member is (or is being) paused: `mentor-availability-toggle:state(paused)`.
 * @cssstate saving - A change is being saved.
 *
 * @cssproperty --mentor-switch-on-color - The track's colour when the switch is on. Default `var(--mentor-color-accent)`.
 * @cssproperty --mentor-availability-gap - Space between the parts. Default `0.75rem`.
 *
 * @event change - The member toggled the switch or changed the return date or capacity (before it is saved).
 * @event {MentorAvailabilityChangeEvent} mentor-availability-change - The member's change was saved (`MentorAvailabilityChangeEvent`: `availability`).
 */
export class MentorAvailabilityToggle extends MentorFormControl {
  static override properties: PropertyDeclarations = {
    shown: { state: true, attribute: false },
    saving: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    drafts: { state: true, attribute: false },
  };

  static override styles = [
    ...MentorFormControl.styles,
    css`
      fieldset {
        display: grid;
        gap: var(--mentor-availability-gap, 0.75rem);
        border: none;
        margin: 0;
        padding: 0;
        min-inline-size: 0;
      }
      legend {
        padding: 0;
        margin-block-end: 0.5rem;
        font-weight: 700;
      }
      p {
        margin: 0;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
      }
      label {
        font-weight: 600;
      }
      [part='switch'] {
        display: inline-flex;
        align-items: center;
        gap: 0.75em;
        cursor: pointer;
      }
      [part='track'] {
        --_on: var(--mentor-switch-on-color, var(--_accent));
        position: relative;
        flex: none;
        inline-size: 2.75rem;
        block-size: 1.5rem;
        border: 2px solid var(--_border);
        border-radius: 1rem;
        background: var(--_surface-2);
        transition: background-color 150ms ease;
      }
      [part='track']:has(:checked) {
        border-color: var(--_on);
        background: var(--_on);
      }
      [part='track']:has(:focus-visible) {
        outline: var(--_focus);
        outline-offset: 2px;
      }
      [role='switch'] {
        position: absolute;
        inset: 0;
        inline-size: 100%;
        block-size: 100%;
        min-block-size: 0;
        margin: 0;
        padding: 0;
        opacity: 0;
        cursor: inherit;
      }
      [part='thumb'] {
        position: absolute;
        inset-block-start: 0.15rem;
        inset-inline-start: 0.15rem;
        inline-size: 0.9rem;
        block-size: 0.9rem;
        border-radius: 50%;
        background: var(--_muted);
        pointer-events: none;
        transition: inset-inline-start 150ms ease;
      }
      :checked + [part='thumb'] {
        inset-inline-start: 1.35rem;
        background: var(--_on-accent);
      }
      [part='message'] {
        display: grid;
        gap: 0.25em;
      }
      .field {
        display: grid;
        justify-items: start;
        gap: 0.25em;
      }
      [part='capacity'] {
        inline-size: 6em;
      }
      @media (forced-colors: active) {
        [part='track'],
        [part='thumb'] {
          forced-color-adjust: none;
          border-color: CanvasText;
          background: Canvas;
        }
        [part='thumb'] {
          background: CanvasText;
        }
        [part='track']:has(:checked) {
          border-color: Highlight;
          background: Highlight;
        }
        :checked + [part='thumb'] {
          background: HighlightText;
        }
        [part='track']:has(:focus-visible) {
          outline: 3px solid CanvasText;
        }
      }
    `,
  ];

  /** What the controls show: the saved availability, or the member's change while it is saved. */
  private shown: Availability | undefined;
  private saving = false;
  /** What the last saved change did, for the polite live region. */
  private announcement: Announcement | '' = '';
  private drafts: Partial<Record<Field, Draft>> = {};

  readonly #form = new FormController<Field, FieldError>(this, {
    validate: 'change',
    internals: this.internals,
    check: () => {
      const problems: Partial<Record<Field, FieldError>> = {};
      for (const [field, draft] of Object.entries(this.drafts) as [Field, Draft][]) if (draft.error) problems[field] = draft.error;
      return problems;
    },
    message: (_field, key) => (key === 'availability.capacityBad' ? this.i18n.t(key, MAX_CAPACITY) : this.i18n.t(key)),
    refusal: (_error, path) => (FIELDS[path] ? [FIELDS[path], 'form.checkField'] : undefined),
  });
  /** The last availability known to be stored: the viewer's, or the adapter's answer to a save. */
  #confirmed: Availability | undefined;
  /** The viewer's availability last seen: a reload that leaves it alone leaves the controls alone. */
  #seen: Availability | undefined;
  #memberId: string | undefined;

  /** `paused` or `participating` (empty until the member is known). */
  get value(): string {
    return (this.program?.viewer?.enrolled && this.shown?.status) || '';
  }

  protected override formValue(): string | null {
    return this.value || null;
  }

  override formResetCallback(): void {
    this.drafts = {};
    this.#form.clear();
    if (!this.saving) this.shown = this.#confirmed;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const viewer = this.program?.viewer;
    if (viewer && viewer.member.id !== this.#memberId) {
      // Another member signed in: nothing of the previous one's stays.
      this.#memberId = viewer.member.id;
      this.#seen = undefined;
      this.drafts = {};
      this.#form.clear();
      this.announcement = '';
    }
    const seen = viewer?.member.availability;
    if (seen && !(this.#seen && same(seen, this.#seen))) {
      // Changed elsewhere (another element, another tab): shown unless the member's own save is in flight.
      this.#seen = this.#confirmed = seen;
      if (!this.saving) this.shown = seen;
    }
    if (this.shown?.status !== 'paused' && this.drafts['return-date']) {
      this.#setDraft('return-date');
      this.#form.edited('return-date');
      this.#form.recheck();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // :state(paused) and :state(saving) for page styles.
    setStates(this.internals, { paused: this.shown?.status === 'paused', saving: this.saving });
  }

  protected override render() {
    const gate = this.renderProgramGate();
    if (gate) return gate;
    const { i18n, shown } = this;
    const t = i18n.t.bind(i18n);
    const viewer = this.program!.viewer;
    if (!viewer?.enrolled || !shown) {
      return html`<p class="notice" part="notice">${t(viewer ? 'availability.enrol' : 'program.signIn')}</p>`;
    }
    const paused = shown.status === 'paused';
    const active = viewer.activeAsMentor + viewer.activeAsMentee;
    const mentees = viewer.activeAsMentor;
    const waiting = viewer.awaitingResponse;
    const form = this.#form;
    const full = !paused && mentees >= shown.capacity;
    return html`<fieldset aria-busy=${this.saving ? 'true' : nothing} ?disabled=${this.formDisabled}>
      <legend>${t('availability.title')}</legend>
      <div class="row">
        <label part="switch">
          <span part="track">
            <input type="checkbox" role="switch" .checked=${live(paused)} aria-describedby="message" @change=${this.#toggle} />
            <span part="thumb"></span>
          </span>
          ${t('availability.switch')}
        </label>
        <span part="status" role="status">${this.saving ? t('availability.saving') : this.announcement && t(this.announcement)}</span>
      </div>
      ${form.failure
        ? html`<p part="error" class="error" role="alert">${t('availability.notSaved', this.errorText(form.failure))}</p>`
        : nothing}
      <div part="message" id="message">
        <p>
          ${paused
            ? shown.returnDate
              ? t('availability.pausedUntil', i18n.date(shown.returnDate, 'long'))
              : t('availability.pausedOpen')
            : t('availability.participating')}
        </p>
        <p>${t('availability.effect', paused, active)}</p>
        ${waiting ? html`<p>${t('availability.awaiting', waiting)}</p>` : nothing}
      </div>
      ${paused
        ? html`<div class="field">
            <label for="return-date">${t('availability.returnDate')}</label>
            <input type="date" id="return-date" part="return-date" min=${today()}
              .value=${live(this.drafts['return-date']?.raw ?? shown.returnDate ?? '')}
              aria-invalid=${form.invalid('return-date')} aria-describedby=${describedBy(form.errorId('return-date'))}
              @change=${this.#dateChanged} />
            ${form.error('return-date')}
          </div>`
        : nothing}
      ${viewer.member.mentor
        ? html`<div class="field">
            <label for="capacity">${t('availability.capacity')}</label>
            <span class="row">
              <input type="number" id="capacity" part="capacity" min="1" max=${MAX_CAPACITY} step="1" inputmode="numeric"
                .value=${live(this.drafts.capacity?.raw ?? String(shown.capacity))}
                aria-invalid=${form.invalid('capacity')}
                aria-describedby=${describedBy(form.errorId('capacity'), 'active', full && 'full')}
                @change=${this.#capacityChanged} />
              <span id="active">${t('availability.active', mentees)}</span>
            </span>
            ${form.error('capacity')}
            ${full ? html`<p id="full">${t('availability.full')}</p>` : nothing}
          </div>`
        : nothing}
    </fieldset>`;
  }

  #toggle(event: Event): void {
    const paused = (event.target as HTMLInputElement).checked;
    // A new pause starts without a return date; resuming drops it.
    this.#change({ status: paused ? 'paused' : 'participating', returnDate: null });
  }

  #dateChanged(event: Event): void {
    const input = event.target as HTMLInputElement;
    const value = input.value;
    const error = input.validity.badInput ? 'availability.dateBad' : value && value < today() ? 'availability.datePast' : null;
    this.#fieldChanged('return-date', input.value, error, { returnDate: value || null });
  }

  #capacityChanged(event: Event): void {
    const input = event.target as HTMLInputElement;
    const n = input.valueAsNumber;
    const error = Number.isInteger(n) && n >= 1 && n <= MAX_CAPACITY ? null : 'availability.capacityBad';
    this.#fieldChanged('capacity', input.value, error, { capacity: n });
  }

  /** An invalid value stays in its field with its error and is not sent; a valid new one is saved. */
  #fieldChanged(field: Field, raw: string, error: FieldError | null, patch: Partial<Availability>): void {
    this.#setDraft(field, error ? { raw, error } : undefined);
    this.#form.edited(field);
    this.#form.recheck();
    const next = { ...this.shown!, ...patch };
    if (!error && !same(next, this.shown!)) this.#change(patch);
  }

  #setDraft(field: Field, draft?: Draft): void {
    const { [field]: _, ...rest } = this.drafts;
    this.drafts = draft ? { ...rest, [field]: draft } : rest;
  }

  /** The member's change: shown at once, announced to the page as `change`, then saved. */
  #change(patch: Partial<Availability>): void {
    this.shown = { ...this.shown!, ...patch };
    this.#form.failure = null;
    this.announcement = '';
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.#save();
  }

  /**
   * Saves what is shown; changes made while a save is in flight are saved after it, in order. A refusal
   * puts back the last stored availability and says why; focus stays where the member left it. A field
   * the refusal names keeps what the member sent, marked, until they change it.
   */
  async #save(): Promise<void> {
    const adapter = this.program?.adapter;
    if (this.saving || !adapter || !this.#confirmed) return;
    const before = this.#confirmed;
    this.saving = true;
    let sent = this.shown!;
    try {
      do {
        sent = this.shown!;
        const viewer = await adapter.setAvailability(this.#input(sent));
        if (this.#stale(adapter)) return;
        this.#confirmed = viewer.member.availability;
      } while (!same(sent, this.shown!));
      this.shown = this.#confirmed;
      this.announcement =
        before.status === sent.status ? 'availability.saved' : sent.status === 'paused' ? 'availability.nowPaused' : 'availability.welcomeBack';
      void this.emit(new MentorAvailabilityChangeEvent(this.#confirmed));
    } catch (error) {
      if (this.#stale(adapter)) return;
      const refused = this.#form.refuse(error);
      if (refused) this.#setDraft(refused, { raw: refused === 'capacity' ? String(sent.capacity) : (sent.returnDate ?? '') });
      this.shown = this.#confirmed;
    } finally {
      this.saving = false;
    }
  }

  /** Another adapter (another member) arrived during the save: its viewer is what to show. */
  #stale(adapter: MentoringAdapter): boolean {
    if (this.program?.adapter === adapter) return false;
    this.shown = this.#confirmed = this.#seen;
    return true;
  }

  #input({ status, returnDate, capacity }: Availability): AvailabilityInput {
    return this.program?.viewer?.member.mentor ? { status, returnDate, capacity } : { status, returnDate };
  }
}
