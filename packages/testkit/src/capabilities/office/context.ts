// What the staff section's tests are written against (staff-suite.ts provides it), and their helpers.
import type { ProgramSettings, StaffAdapter } from '@mentor-match/core';
import { fail } from '../../assert.ts';
import type { CheckedStaffHarness } from '../../checked-staff.ts';

export interface StaffSuiteContext {
  describe(name: string, fn: () => void): void;
  /** One test with a fresh harness (staff: `office`) whose program runs with the default settings changed by `settings`. */
  test(name: string, body: (h: CheckedStaffHarness) => Promise<void>, settings?: Partial<ProgramSettings>): void;
}

/** A reason staff give. */
export const REASON = 'Agreed with both members by phone';

/** The whole file an export streams. */
export async function readAll(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** The rows of a CSV file (RFC 4180: quoted cells may hold commas, quotes and line breaks), after its BOM. */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) fail('a CSV export starts with a UTF-8 byte order mark', { actual: text.slice(0, 10) });
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) fail('a CSV export ends each row with CRLF', { actual: text.slice(-20) });
  return rows;
}

/** The column `header` of a CSV's rows (after the header row). */
export function column(rows: string[][], header: string): string[] {
  const index = rows[0]?.indexOf(header) ?? -1;
  if (index < 0) fail(`the CSV has no column "${header}"`, { actual: rows[0] });
  return rows.slice(1).map((row) => row[index] ?? '');
}

/** Today in the backend's clock (its dashboard says when its figures were read), as `YYYY-MM-DD`. */
export async function today(office: StaffAdapter): Promise<string> {
  return (await office.getDashboard({ from: '2000-01-01', to: '2000-01-01' })).at.slice(0, 10);
}

/** Every item of a list, page after page of `limit`, with the totals each page reported. */
export async function allPages<T>(
  read: (cursor: string | undefined) => Promise<{ items: T[]; total: number; next: string | null }>,
): Promise<{ items: T[]; pages: number; totals: number[] }> {
  const items: T[] = [];
  const totals: number[] = [];
  let cursor: string | undefined;
  for (let pages = 1; ; pages++) {
    const page = await read(cursor);
    items.push(...page.items);
    totals.push(page.total);
    if (page.next === null) return { items, pages, totals };
    if (pages > 1000) fail('a list never ends: its cursors go round');
    cursor = page.next;
  }
}
