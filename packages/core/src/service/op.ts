// How one piece of service code runs over two kinds of store. The in-memory store answers at once; a
// database answers later. The service's operations are generator functions that `yield* wait(...)` where
// a store may make them wait, so the same code runs synchronously over the memory store (MemoryAdapter's
// calls never interleave, and MemoryBackend.runJobs returns its counts at once) and asynchronously over
// SQL. Read `yield* wait(x)` as `await x`; it waits only when x is a promise. Code that loads when first
// needed waits the same way (the jobs', calls.ts): over memory, the call that needs it and those made during its
// download wait for it, and run in order once it is here.

/** What a store answers: a value at once (in memory) or a promise of it (a database). */
export type Awaitable<T> = T | PromiseLike<T>;

/** A piece of service code that yields only the promises it waits for, and returns a T. */
export type Op<T> = Generator<PromiseLike<unknown>, T, unknown>;

export const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';

/** `await value` for service code: returns a plain value at once, waits for a promise. */
export function* wait<T>(value: Awaitable<T>): Op<T> {
  return isPromiseLike(value) ? ((yield value) as T) : value;
}

/**
 * Runs `op` synchronously until it first waits for a promise, then asynchronously: over a store that never
 * makes it wait the result is the value itself, over one that does it is a promise.
 */
export function runOp<T>(op: Op<T>): T | Promise<T> {
  const step = op.next();
  return step.done ? step.value : finish(op, step.value);
}

async function finish<T>(op: Op<T>, waiting: PromiseLike<unknown>): Promise<T> {
  for (;;) {
    let settled: { value: unknown } | { error: unknown };
    try {
      settled = { value: await waiting };
    } catch (error) {
      settled = { error };
    }
    // A rejection is thrown into the op where it waited, so its try/catch and finally blocks see it.
    const step = 'error' in settled ? op.throw(settled.error) : op.next(settled.value);
    if (step.done) return step.value;
    waiting = step.value;
  }
}

/** The value of a call over a store that answers at once; a promise here is a bug in that store. */
export function atOnce<T>(value: T | PromiseLike<T>): T {
  if (isPromiseLike(value)) throw new Error('Expected an answer at once: this store made a synchronous call wait.');
  return value;
}
