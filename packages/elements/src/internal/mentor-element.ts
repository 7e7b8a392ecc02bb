import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { MentoringChange, MentoringError } from '@mentor-match/core';
import { isMentoringError } from '@mentor-match/core/errors';
import { programContext, type ProgramState } from './context.ts';
import { VERSION } from './define.ts';
import { Localize, errorKey, reasonKey } from '../i18n/localize.ts';
import { sharedStyles } from '../styles/shared.ts';

// Elements that connected before their <mentor-program> (a CMS may render the widget first, or a page's script
// add the program later) ask for it again when a program connects: a provider announces itself with a
// `context-provider` event. What @lit/context's ContextRoot does for every context, for the one these elements
// consume; ContextRoot's own code was 0.3 KiB gzipped on every page.
const waiting = new Set<ContextConsumer<typeof programContext, MentorElement>>();
let listening = false;
function listenForPrograms(): void {
  if (listening) return;
  listening = true;
  document.documentElement.addEventListener('context-provider', (event) => {
    if (event.context === programContext) for (const consumer of waiting) consumer.hostConnected();
  });
}

/** How long an element waits for a `<mentor-program>` before saying how to configure it. */
export const PROVIDER_WAIT_MS = 1500;

/**
 * The base of every `mentor-*` element except the provider: the program's adapter, settings and viewer
 * arrive by context, strings come from `this.i18n`, adapter change notifications call `onMentoringChange`.
 */
export class MentorElement extends LitElement {
  static override properties: PropertyDeclarations = {
    program: { state: true, attribute: false },
    providerMissing: { state: true, attribute: false },
  };

  static readonly version = VERSION;
  static override styles = [sharedStyles];

  protected readonly i18n = new Localize(this);

  /** The nearest `<mentor-program>`'s state (programContext), kept current as it changes. */
  protected program: ProgramState | undefined;

  /** The program's state from the nearest `<mentor-program>`, and every new one it has. */
  readonly #program = new ContextConsumer(this, {
    context: programContext,
    subscribe: true,
    callback: (program) => {
      waiting.delete(this.#program);
      this.program = program;
    },
  });

  protected providerMissing = false;

  #providerTimer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: (() => void) | undefined;

  override connectedCallback(): void {
    listenForPrograms();
    // Asked for when connected (super.connectedCallback); a program in the page answers at once.
    waiting.add(this.#program);
    super.connectedCallback();
    // Moved in the page (disconnected, then connected again): the program is unchanged, so willUpdate
    // will not subscribe again; do it here.
    if (this.program && !this.#unsubscribe) this.#subscribe();
    this.#providerTimer = setTimeout(() => {
      if (!this.program) this.providerMissing = true;
    }, PROVIDER_WAIT_MS);
  }

  override disconnectedCallback(): void {
    waiting.delete(this.#program);
    super.disconnectedCallback();
    clearTimeout(this.#providerTimer);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('program' as keyof MentorElement)) {
      const previous = changed.get('program' as keyof MentorElement) as ProgramState | undefined;
      // Only while in the page: an update may run after the element left (a page of results replaced as the
      // program changed), and connectedCallback subscribes again if it comes back.
      if (previous?.adapter !== this.program?.adapter && this.isConnected) this.#subscribe();
      if (this.program) this.providerMissing = false;
    }
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.program?.adapter.subscribe((change) => this.onMentoringChange(change));
  }

  /** Something changed through the adapter (here or in another element): refresh what is shown. */
  protected onMentoringChange(_change: MentoringChange): void {}

  /**
   * What to show instead of the element while there is no program to work with: the missing-provider
   * message, loading, or the program's error. null when the element can render itself.
   */
  protected renderProgramGate(): TemplateResult | null {
    if (!this.program) {
      return this.providerMissing
        ? html`<p class="notice error" part="notice" role="alert">${this.i18n.t('error.no-program')}</p>`
        : html`<p class="notice" part="notice" role="status">${this.i18n.t('program.loading')}</p>`;
    }
    if (this.program.error) return this.renderError(this.program.error);
    if (!this.program.settings) {
      return html`<p class="notice" part="notice" role="status">${this.i18n.t('program.loading')}</p>`;
    }
    return null;
  }

  /** An error in words a member understands, with the developer's details folded away. */
  protected renderError(error: unknown, retry?: () => void): TemplateResult {
    const developerText = error instanceof Error ? `${(error as MentoringError).code ?? error.name}: ${error.message}` : String(error);
    return html`<div class="notice error" part="error" role="alert">
      <p>${this.errorText(error)}</p>
      ${retry ? html`<button type="button" class="button" @click=${retry}>${this.i18n.t('action.retry')}</button>` : nothing}
      <details>
        <summary>${this.i18n.t('error.details')}</summary>
        <code>${developerText}</code>
      </details>
    </div>`;
  }

  /** The member-facing sentence for an error: by reason when there is one, else by code. */
  protected errorText(error: unknown): string {
    if (isMentoringError(error)) {
      return error.reason ? this.i18n.t(reasonKey(error.reason)) : this.i18n.t(errorKey(error.code));
    }
    return this.i18n.t('error.network');
  }

  /** Public events go out after the update that caused them has rendered. */
  protected async emit(event: Event): Promise<void> {
    await this.updateComplete;
    this.dispatchEvent(event);
  }
}
