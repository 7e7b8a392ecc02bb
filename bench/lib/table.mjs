// Prints rows as a Markdown table, columns padded so it also reads well in a terminal.

/** @param {string[]} headers @param {(string|number)[][]} rows @param {('left'|'right')[]} [align] */
export function printTable(headers, rows, align = headers.map((_, i) => (i === 0 ? 'left' : 'right'))) {
  const cells = rows.map((row) => row.map(String));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const pad = (text, i) => (align[i] === 'right' ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const line = (row) => `| ${row.map(pad).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w, i) => (align[i] === 'right' ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`);
  for (const row of cells) console.log(line(row));
}

/** Milliseconds with a precision that suits their size. */
export const ms = (value) => (value < 1 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));
