// Form behaviour, written once for every form of the elements (the enrolment form, the request form, the
// availability toggle): which fields have a problem and why, from what the member typed and from the
// adapter's refusals; when problems show; each field's aria wiring to its message; focus on what needs
// fixing; and, for a form-associated element, its validity. The error summary that lists the problems is
// form-summary.ts (apart, so only a form that shows one downloads it).
//
// The element owns its draft (what the member typed) and says what is wrong with it (`check`). This
// controller only decides what is shown: it never touches the draft, so nothing typed is lost.
import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { MentoringError } from '@mentor-match/core';
import { isMentoringError } from '@mentor-match/core/errors';

/** The problem of each field that has one, in the order the form shows the fields. */
export type Problems<F extends string, P> = Partial<Record<F, P>>;

export interface FormOptions<F extends string, P> {
  /** What is wrong with the draft now. */
  check(): Problems<F, P>;
  /** A problem in words, in the page's language (called while rendering). */
  message(field: F, problem: P): string;
  /**
   * The field of this form that an adapter's refusal is about (`path` is its `field`: `goals`,
   * `profile.email`), with the problem to show there; undefined when it names none of this form's fields.
   */
  refusal(error: MentoringError, path: string): [F, P] | undefined;
  /**
   * When problems show: from the first submit on, then after each change or blur (`submit`, the default,
   * so a member is not scolded before trying); or at once (`change`, for a control that saves each change).
   */
  validate?: 'submit' | 'change';
  /**
   * The form lists its problems in a summary (`formSummary()`), which takes focus (the first invalid field
   * while the summary is not on the page); a refusal naming a field
   * is said there. Without one, focus goes to the first invalid field, and every refusal is also the failure.
   */
  summary?: boolean;
  /** A form-associated element's internals: its validity follows the first problem, anchored on its field. */
  internals?: ElementInternals;
}

/** A field's control id (`profile.email` → `profile-email`); its message's id is that plus `-error`. */
export const idOf = (field: string): string => field.replaceAll('.', '-');

/** `aria-describedby` from the ids given (a hint, an error, a note), or nothing when there are none. */
export const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;

/** Sets an element's custom states (`:state(saving)`) to these flags. */
export function setStates(internals: ElementInternals, states: Record<string, boolean>): void {
  try {
    for (const [name, on] of Object.entries(states)) {
      if (on) internals.states.add(name);
      else internals.states.delete(name);
    }
  } catch {
    // An engine without custom states (or with the older `--name` spelling): page styles go without.
  }
}

export class FormController<F extends string, P> implements ReactiveController {
  readonly #host: LitElement;
  readonly #options: FormOptions<F, P>;
  #problems: Problems<F, P> = {};
  /** Fields the adapter refused; marked until the member changes them. */
  #refused: Problems<F, P> = {};
  #showing: boolean;
  #failure: unknown = null;

  constructor(host: LitElement, options: FormOptions<F, P>) {
    this.#host = host;
    this.#options = options;
    this.#showing = options.validate === 'change';
    host.addController(this);
  }

  /** The problems shown. */
  get problems(): Problems<F, P> {
    return this.#problems;
  }

  /** An adapter error to say at the top of the form (one that names no field of it, or any without a summary). */
  get failure(): unknown {
    return this.#failure;
  }

  set failure(error: unknown) {
    this.#failure = error;
    this.#host.requestUpdate();
  }

  /** The member changed a field: the adapter's refusal of it no longer stands (shown so until `recheck`). */
  edited(field: F): void {
    delete this.#refused[field];
  }

  /** After a change or a blur: the problems shown follow the draft, once they show at all. */
  recheck(): void {
    if (this.#showing) this.#show();
  }

  /** The member submits: every problem shows from now on. True when there is none; else focus goes to them. */
  submit(): boolean {
    this.#showing = true;
    this.#refused = {};
    this.#failure = null;
    this.#show();
    const valid = Object.keys(this.#problems).length === 0;
    if (!valid) void this.#focus();
    return valid;
  }

  /**
   * The adapter refused what was sent. A refusal that names a field of the form marks that field (with
   * focus on it or on the summary, unless the form saves on change and focus stays where the member is);
   * the rest is the failure. Returns the field marked.
   */
  refuse(error: unknown): F | undefined {
    const named = isMentoringError(error) && error.field ? this.#options.refusal(error, error.field) : undefined;
    this.#failure = named && this.#options.summary ? null : error;
    if (!named) {
      this.#host.requestUpdate();
      return undefined;
    }
    const [field, problem] = named;
    this.#refused = {};
    this.#refused[field] = problem;
    this.#showing = true;
    this.#show();
    if (this.#options.validate !== 'change') void this.#focus();
    return field;
  }

  /**
   * A fresh start (a reset, a new draft, a save): no refusal, no failure; problems hidden until the next
   * submit (a form that saves on change shows those of its draft).
   */
  clear(): void {
    this.#refused = {};
    this.#failure = null;
    this.#showing = this.#options.validate === 'change';
    this.#problems = {};
    this.recheck();
    this.#host.requestUpdate();
  }

  #show(): void {
    this.#problems = { ...this.#options.check(), ...this.#refused };
    this.#host.requestUpdate();
  }

  // ------------------------------------------------------------------------------------------------
  // Rendering: each field's control takes `invalid()` and `errorId()` (in its aria-describedby), and
  // `error()` renders the message beside it.

  /** A field's problem in words. */
  message(field: F, problem: P): string {
    return this.#options.message(field, problem);
  }

  invalid(field: F): 'true' | typeof nothing {
    return this.#problems[field] === undefined ? nothing : 'true';
  }

  errorId(field: F): string | undefined {
    return this.#problems[field] === undefined ? undefined : `${idOf(field)}-error`;
  }

  error(field: F): TemplateResult | typeof nothing {
    const problem = this.#problems[field];
    return problem === undefined
      ? nothing
      : html`<p class="error" id="${idOf(field)}-error">${this.message(field, problem)}</p>`;
  }

  /** Focus on a field's control, opening the `<details>` that holds it. */
  focusField(field: F): void {
    const control = this.#control(field);
    const details = control?.closest('details');
    if (details) details.open = true;
    control?.focus();
  }

  #control(field: F): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`#${idOf(field)}`);
  }

  async #focus(): Promise<void> {
    await this.#host.updateComplete;
    const root = this.#host.renderRoot;
    // A form whose summary is not there (its download failed) focuses the first field to fix, as one without.
    ((this.#options.summary && root.querySelector<HTMLElement>('[part="summary"]')) || root.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus();
  }

  /** After each render: a form-associated element is invalid while a field shows a problem. */
  hostUpdated(): void {
    const internals = this.#options.internals;
    if (!internals) return;
    const [field, problem] = (Object.entries(this.#problems)[0] ?? []) as [F?, P?];
    const anchor = field && this.#control(field);
    if (anchor && problem !== undefined) internals.setValidity({ customError: true }, this.message(field, problem), anchor);
    else internals.setValidity({});
  }
}
