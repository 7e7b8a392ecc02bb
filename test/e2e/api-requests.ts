// What a page asks of the REST API, for the request-count tests: every request to /api/v1 is recorded
// from the moment `start()` is called, and `quiet()` waits until none is in flight any more.
import type { Page, Request } from 'playwright-core';

export interface ApiRequests {
  /** Forget what was recorded so far and record from now on. */
  start(): void;
  /** Every request since `start()`, as `GET /api/v1/search?…`, in the order they were sent. */
  readonly sent: readonly string[];
  /** The reads (GET) among them. */
  reads(): string[];
  /** The reads sent more than once, each once. */
  repeats(): string[];
  /** How many reads repeat an earlier one. */
  repeatCount(): number;
  /**
   * Waits until no request has been in flight for `settleMs` of real time. With the page's clock paused,
   * nothing in the page can start a request by itself meanwhile: only the answers of earlier ones can.
   */
  quiet(settleMs?: number): Promise<void>;
}

const API = '/api/v1/';

export function watchApi(page: Page): ApiRequests {
  let sent: string[] = [];
  const inFlight = new Set<Request>();
  let lastActivity = Date.now();
  const isApi = (request: Request) => new URL(request.url()).pathname.startsWith(API);
  const done = (request: Request) => {
    if (inFlight.delete(request)) lastActivity = Date.now();
  };
  page.on('request', (request) => {
    if (!isApi(request)) return;
    const url = new URL(request.url());
    sent.push(`${request.method()} ${url.pathname}${url.search}`);
    inFlight.add(request);
    lastActivity = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);

  return {
    start() {
      sent = [];
    },
    get sent() {
      return sent;
    },
    reads() {
      return sent.filter((request) => request.startsWith('GET '));
    },
    repeats() {
      const reads = this.reads();
      return [...new Set(reads.filter((read, index) => reads.indexOf(read) !== index))];
    },
    repeatCount() {
      const reads = this.reads();
      return reads.length - new Set(reads).size;
    },
    async quiet(settleMs = 400) {
      const started = Date.now();
      while (inFlight.size > 0 || Date.now() - lastActivity < settleMs) {
        if (Date.now() - started > 30_000) throw new Error(`still busy: ${[...inFlight].map((r) => r.url()).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
