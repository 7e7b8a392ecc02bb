// One read of the adapter that several callers wait for (elements asking for the same resource at once).
// Each caller passes its own AbortSignal: aborting it rejects that caller alone, at once; the read itself
// goes on for the others, and is stopped (its own signal aborted, so the adapter drops the request) only
// when the last caller has left.
import type { AbortSignalLike } from '@mentor-match/core';
import { MentoringError } from '@mentor-match/core/errors';

export const abortError = (signal: AbortSignalLike): MentoringError =>
  new MentoringError('network', 'The call was aborted.', { reason: 'aborted', cause: signal.reason });

export class SharedRead<T> {
  /** Settles with the adapter's answer, whoever still waits for it. */
  readonly answer: Promise<T>;
  readonly #controller = new AbortController();
  #waiting = 0;

  constructor(read: (signal: AbortSignal) => Promise<T>) {
    this.answer = read(this.#controller.signal);
    // Callers hear the failure through join(); a read they all left may fail with nobody listening.
    this.answer.catch(() => undefined);
  }

  /** Every caller left before the answer came: the read was stopped, and a new caller needs a new read. */
  get stopped(): boolean {
    return this.#controller.signal.aborted;
  }

  /** The answer for one more caller, who leaves when `signal` aborts. */
  join(signal: AbortSignalLike | undefined): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    this.#waiting += 1;
    return new Promise<T>((resolve, reject) => {
      let waiting = true;
      const leave = (): boolean => {
        if (!waiting) return false;
        waiting = false;
        this.#waiting -= 1;
        signal?.removeEventListener('abort', onAbort);
        return true;
      };
      const onAbort = () => {
        if (!leave()) return;
        reject(abortError(signal!));
        if (this.#waiting === 0) this.#controller.abort(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.answer.then(
        (value) => leave() && resolve(value),
        (error: unknown) => leave() && reject(error),
      );
    });
  }
}
