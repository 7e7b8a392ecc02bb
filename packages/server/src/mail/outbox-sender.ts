// Sends the outbox: claims due emails (a lease, with SKIP LOCKED, so instances never send the same one at
// once), sends each, and marks it sent, or schedules a retry with exponential backoff when the mail server
// is down. Runs when a change wrote emails (nudge) and on an interval for retries.
import { systemClock, type Clock, type RenderedEmail } from '@mentor-match/core';
import { DatabaseUnavailableError, type Database } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { claimDueEmails, markEmailFailed, markEmailSent, type OutboxEmail } from '../store/outbox.ts';
import type { EmailRenderer } from './render.ts';
import type { MailTransport } from './transport.ts';

export interface OutboxSenderOptions {
  db: Database;
  transport: MailTransport;
  log: Logger;
  /** Renders each email from its notification record as it is sent (render.ts); absent: the outbox's text. */
  render?: EmailRenderer;
  /** Delivery runs on real time (the mail server's outage is real), not the program's clock. */
  clock?: Clock;
  /** How often to look for due retries. Default 5 s. */
  pollMs?: number;
  /** First retry after this long, doubling each time up to `retryMaxMs`. Defaults 30 s and 1 h. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** How long a claim keeps other instances off an email. Default 2 min. */
  leaseMs?: number;
}

const BATCH = 20;

export class OutboxSender {
  readonly #options: Required<Omit<OutboxSenderOptions, 'clock' | 'render'>> & { clock: Clock; render?: EmailRenderer | undefined };
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | null = null;
  #again = false;
  #stopped = true;

  constructor(options: OutboxSenderOptions) {
    this.#options = {
      clock: systemClock,
      pollMs: 5_000,
      retryBaseMs: 30_000,
      retryMaxMs: 3_600_000,
      leaseMs: 120_000,
      ...options,
    };
  }

  start(): void {
    this.#stopped = false;
    this.#timer = setInterval(() => this.nudge(), this.#options.pollMs);
    this.#timer.unref();
    this.nudge();
  }

  /** Something was written to the outbox: send soon. */
  nudge(): void {
    if (this.#stopped) return;
    void this.drain().catch((error: unknown) => {
      // An outage is logged once, by the database's availability watch; the next poll tries again.
      if (!(error instanceof DatabaseUnavailableError)) this.#options.log.error('outbox run failed', { error: String(error) });
    });
  }

  /** Sends everything due now; resolves with how many were sent. A call during a run waits for it and runs again. */
  async drain(): Promise<number> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      let sent = 0;
      do {
        this.#again = false;
        sent += await this.#sendDue();
      } while (this.#again);
      return sent;
    })().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  /** Stops the interval and waits for a run in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#running?.catch(() => 0);
    this.#options.transport.close();
  }

  /** The email as its member reads it; a rendering that fails for any other reason than an outage: the outbox's own text. */
  async #rendered(email: OutboxEmail): Promise<RenderedEmail | null> {
    try {
      return (await this.#options.render?.(email)) ?? null;
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) throw error;
      this.#options.log.error('email not rendered; sent as written', { outboxId: email.id, error: String(error) });
      return null;
    }
  }

  async #sendDue(): Promise<number> {
    const { db, transport, log, clock, leaseMs, retryBaseMs, retryMaxMs } = this.#options;
    let sent = 0;
    for (;;) {
      const claimed = await claimDueEmails(db, clock.now(), leaseMs, BATCH);
      for (const email of claimed) {
        // Rendered at each attempt, from the settings in force. The database gone meanwhile ends the run as a
        // failed claim would (the lease lets the next run take the email again); no email is marked failed.
        const rendered = await this.#rendered(email);
        try {
          await transport.send(email, rendered);
          await markEmailSent(db, email.id, clock.now());
          sent += 1;
        } catch (error) {
          const delay = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.max(0, email.attempts - 1));
          const message = error instanceof Error ? error.message : String(error);
          await markEmailFailed(db, email.id, message, new Date(clock.now().getTime() + delay));
          log.warn('email not sent; will retry', { outboxId: email.id, attempts: email.attempts, retryInMs: delay, error: message });
        }
      }
      // A failed email is not due again in this run, so a down mail server ends the loop.
      if (claimed.length < BATCH) return sent;
    }
  }
}
