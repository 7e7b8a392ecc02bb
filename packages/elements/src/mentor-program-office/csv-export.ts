// A list's CSV export: the staff adapter's text chunks, as they come, into one Blob (the backend reads a page
// at a time; the browser holds the file once, as the download it is), its rows counted, offered to the page
// (`mentor-export`, cancelable), then saved under a dated name; the count is said and shown. One per list of
// a view: it holds whether its export runs and what the last one gave.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CsvList, CsvRequest, StaffAdapter } from '@mentor-match/core';
import { MentorExportEvent } from '../events/export.ts';
import type { Localize } from '../i18n/localize.ts';

/**
 * Counts the rows of a CSV file given in chunks: a row ends with CRLF outside quotes (a quoted cell may hold
 * line breaks of its own, and a chunk may end anywhere).
 */
export class CsvRowCounter {
  rows = 0;
  #quoted = false;
  #afterCr = false;

  add(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk.charCodeAt(i);
      if (char === 34 /* " */) this.#quoted = !this.#quoted;
      else if (char === 10 /* \n */ && this.#afterCr && !this.#quoted) this.rows += 1;
      this.#afterCr = char === 13 /* \r */;
    }
  }
}

/** `members-2026-12-05.csv`: the list and the day, in UTC like every date of the office. */
export const csvFileName = (list: CsvList, now: Date): string => `${list}-${now.toISOString().slice(0, 10)}.csv`;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

export class CsvExport implements ReactiveController {
  readonly #host: Host;
  readonly #i18n: Localize;
  readonly #list: CsvList;
  #running = false;
  /** What the last export gave, in words; kept on screen beside the button. */
  #result = '';
  #failed = false;

  /** `announce` says the result in the view's live region. */
  constructor(host: Host, i18n: Localize, list: CsvList, readonly announce: (text: string) => void) {
    this.#host = host;
    this.#i18n = i18n;
    this.#list = list;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The button, and the last result. `total` is what the list says the file will hold; `start` runs the export. */
  render(total: number | undefined, start: () => void): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const id = `export-${this.#list}`;
    return html`<div class="export" part="export">
      <button type="button" class="button" aria-disabled=${this.#running ? 'true' : nothing}
        aria-describedby=${total === undefined ? nothing : `${id}-total`} @click=${start}>
        ${t(this.#running ? 'office.export.running' : 'office.export')}
      </button>
      ${total === undefined ? nothing : html`<span class="visually-hidden" id="${id}-total">${t('office.export.total', total)}</span>`}
      <span class=${this.#failed ? 'error' : 'muted'} part="export-result">${this.#result}</span>
    </div>`;
  }

  /** Exports the list with `request`'s filters; a second press while one runs does nothing. */
  async run(staff: StaffAdapter, request: CsvRequest): Promise<void> {
    if (this.#running) return;
    const t = this.#i18n.t.bind(this.#i18n);
    this.#set(true, '', false);
    try {
      const chunks: string[] = [];
      const counter = new CsvRowCounter();
      for await (const chunk of staff.exportCsv(request)) {
        chunks.push(chunk);
        counter.add(chunk);
      }
      const rows = Math.max(0, counter.rows - 1);
      const file = new Blob(chunks, { type: 'text/csv;charset=utf-8' });
      const fileName = csvFileName(this.#list, new Date());
      const event = new MentorExportEvent(this.#list, rows, fileName, file);
      this.#host.dispatchEvent(event);
      if (!event.defaultPrevented) this.#save(file, fileName);
      const done = t('office.export.done', rows, fileName);
      this.#set(false, done, false);
      this.announce(done);
    } catch (error) {
      const failed = t('office.export.failed');
      this.#set(false, failed, true);
      this.announce(failed);
      console.warn('mentor-match: the CSV export failed.', error);
    }
  }

  #set(running: boolean, result: string, failed: boolean): void {
    this.#running = running;
    this.#result = result;
    this.#failed = failed;
    this.#host.requestUpdate();
  }

  /** The browser's download of `file`: a link to it, clicked, then let go. */
  #save(file: Blob, fileName: string): void {
    const url = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    (this.#host.renderRoot as ShadowRoot).append(link);
    link.click();
    link.remove();
    // The download has its own copy once it started; a minute is ample.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
