// One failed test as the summary of `npm test` lists it: CI shows only the end of a long log, so the
// summary says which tests failed and why, not only how many.
import path from 'node:path';

const MAX_LINES = 6;

/** `{ name, file, message }`, the message cut to its first lines (a Playwright error lists its call log). */
export function failure(name, file, error) {
  const text = error instanceof Error ? error.message : String(error ?? 'failed');
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const message = lines.slice(0, MAX_LINES).join('\n') + (lines.length > MAX_LINES ? '\n…' : '');
  return { name, file: file ? path.relative(process.cwd(), file.replace(/^file:\/\//, '')) : '', message };
}

/** The failures, indented under their test, for the summary. */
export function formatFailures(failures) {
  return failures.flatMap(({ name, file, message }) => [
    `✖ ${name}${file ? ` (${file})` : ''}`,
    ...message.split('\n').map((line) => `    ${line}`),
  ]);
}
