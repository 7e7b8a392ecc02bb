// A streamed GET (a CSV export, a calendar file): the body's text as it arrives, decoded as UTF-8 (the byte
// order mark kept), over the transport's exchange (http.ts `Start`). A module of its own, imported by the staff
// and workspace adapters, so a member's search page does not carry it.
import { MentoringError } from '@mentor-match/core/errors';
import { toMentoringError, type Exchange } from './errors.ts';
import type { SendOptions, Start, Started } from './http.ts';

export type DownloadOptions = Pick<SendOptions, 'searchParams' | 'signal'> & { accept?: string };

/** The file at `path`: nothing is asked of the server until the first chunk is; a refusal rejects that first step. */
export const download = (start: Start, path: string, what: string, downloadOptions: DownloadOptions = {}): AsyncIterable<string> => ({
  async *[Symbol.asyncIterator]() {
    let exchange: Exchange = { method: 'GET', url: path };
    let started: Started | undefined;
    const fail = async (error: unknown) =>
      toMentoringError(error, exchange, started ? await started.ending(error) : { aborted: downloadOptions.signal?.aborted ?? false, timedOut: false });
    let reader: ReadableStreamDefaultReader<string>;
    try {
      started = await start('GET', path, downloadOptions.accept ?? 'text/csv', downloadOptions);
      exchange = started.exchange;
      const response = await started.answer;
      if (!response.body) throw new MentoringError('invalid-response', `GET ${exchange.url} answered the ${what} without a body.`);
      // `ignoreBOM`: the byte order mark is part of the file (spreadsheets read the encoding from it).
      reader = response.body.pipeThrough(new TextDecoderStream('utf-8', { ignoreBOM: true })).getReader();
    } catch (error) {
      throw await fail(error);
    }
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<string>;
        try {
          chunk = await reader.read();
        } catch (error) {
          // The server broke the file off (or the signal aborted it): never a file that looks whole.
          throw await fail(error);
        }
        if (chunk.done) return;
        if (chunk.value) yield chunk.value;
      }
    } finally {
      // The caller stopped early (or it failed): stop the download too.
      await reader.cancel().catch(() => undefined);
    }
  },
});

