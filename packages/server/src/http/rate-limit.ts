// Per-member (or, before sign-in, per-address) token buckets, in this instance's memory: a burst is
// allowed, then requests at the sustained rate. Behind N instances the effective limit is up to N times
// higher, which is fine for its purpose (stopping a runaway script, not metering).
import { performance } from 'node:perf_hooks';

export interface RateLimitOptions {
  /** Sustained requests per minute. */
  perMinute: number;
  /** Requests allowed at once before the rate applies. */
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const MAX_BUCKETS = 100_000;

export class RateLimiter {
  readonly #perMs: number;
  readonly #burst: number;
  readonly #buckets = new Map<string, Bucket>();
  /** Monotonic milliseconds; rate limiting is about real time, not the program's clock. */
  readonly #now: () => number;

  constructor(options: RateLimitOptions, now: () => number = () => performance.now()) {
    this.#perMs = options.perMinute / 60_000;
    this.#burst = Math.max(1, options.burst);
    this.#now = now;
  }

  /** Takes one token for `key`: 0 if allowed, else the seconds to wait before the next one. */
  take(key: string): number {
    const now = this.#now();
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      if (this.#buckets.size >= MAX_BUCKETS) this.#forgetFull(now);
      bucket = { tokens: this.#burst, at: now };
      this.#buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#perMs);
      bucket.at = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000));
  }

  /** Buckets that have refilled hold nothing worth keeping. */
  #forgetFull(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * this.#perMs >= this.#burst) this.#buckets.delete(key);
    }
  }
}
