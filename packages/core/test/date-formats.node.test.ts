// Instant and CalendarDate are plain patterns (schemas/common.ts: zod's ISO format classes cost every member
// page 400 bytes): they accept and refuse exactly what zod's `z.iso.datetime({ offset: true })` and
// `z.iso.date()` do, on every day of a leap century and the edges of times and offsets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { CalendarDate, Instant } from '../src/schemas/common.ts';

const zodInstant = z.iso.datetime({ offset: true });
const zodDate = z.iso.date();

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Every month and day number 0-32 of years around century and leap edges: real dates and near misses. */
const dates = [1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999, 0].flatMap((year) =>
  Array.from({ length: 14 }, (_, month) => Array.from({ length: 33 }, (_, day) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`)).flat(),
);
const times = ['00:00:00', '23:59:59', '24:00:00', '12:60:00', '12:00:60', '12:00', '12:00:00.1', '12:00:00.123456', '12:00:00.', '1:00:00'];
const zones = ['Z', 'z', '', '+00:00', '-23:59', '+24:00', '+05:60', '+0530', '+05', ' Z'];
const odd = ['', ' ', '2026-11-23T09:00:00.000Z ', ' 2026-11-23', '2026-11-23\n', '2026-11-23T09:00:00.000Z\n', '20261123', '2026-1-23', '+2026-11-23'];

describe('date formats', () => {
  it('CalendarDate accepts and refuses what z.iso.date() does', () => {
    let accepted = 0;
    for (const value of [...dates, ...odd]) {
      const ok = CalendarDate.safeParse(value).success;
      assert.equal(ok, zodDate.safeParse(value).success, JSON.stringify(value));
      if (ok) accepted++;
    }
    assert.ok(accepted > 2000, 'real dates are accepted');
  });

  it('Instant accepts and refuses what z.iso.datetime({ offset: true }) does', () => {
    let accepted = 0;
    const days = dates.filter((_, i) => i % 7 === 0).concat('2024-02-29', '2023-02-29', '2100-02-29', '2000-02-29');
    for (const value of [...days.flatMap((day) => times.flatMap((time) => zones.map((zone) => `${day}T${time}${zone}`))), ...odd]) {
      const ok = Instant.safeParse(value).success;
      assert.equal(ok, zodInstant.safeParse(value).success, JSON.stringify(value));
      if (ok) accepted++;
    }
    assert.ok(accepted > 1000, 'real instants are accepted');
    assert.equal(Instant.safeParse(new Date().toISOString()).success, true);
  });
});
