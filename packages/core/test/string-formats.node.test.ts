// Instant, CalendarDate and EmailAddress are plain patterns (schemas/common.ts: zod's format classes cost
// every member page 340 bytes): they accept and refuse exactly what zod's `z.iso.datetime({ offset: true })`,
// `z.iso.date()` and `z.email()` do, on every day of a leap century, the edges of times and offsets, and
// addresses near and past the rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { CalendarDate, EMAIL_MAX_LENGTH, EmailAddress, Instant } from '../src/schemas/common.ts';

const zodInstant = z.iso.datetime({ offset: true });
const zodDate = z.iso.date();
const zodEmail = z.email().check(z.maxLength(EMAIL_MAX_LENGTH));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Every month and day number 0-32 of years around century and leap edges: real dates and near misses. */
const dates = [1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999, 0].flatMap((year) =>
  Array.from({ length: 14 }, (_, month) => Array.from({ length: 33 }, (_, day) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`)).flat(),
);
const times = ['00:00:00', '23:59:59', '24:00:00', '12:60:00', '12:00:60', '12:00', '12:00:00.1', '12:00:00.123456', '12:00:00.', '1:00:00'];
const zones = ['Z', 'z', '', '+00:00', '-23:59', '+24:00', '+05:60', '+0530', '+05', ' Z'];
const odd = ['', ' ', '2026-11-23T09:00:00.000Z ', ' 2026-11-23', '2026-11-23\n', '2026-11-23T09:00:00.000Z\n', '20261123', '2026-1-23', '+2026-11-23'];

describe('string formats', () => {
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

  it('EmailAddress accepts and refuses what z.email() does, up to 254 characters', () => {
    const locals = ['a', 'a.b', 'a..b', '.a', 'a.', "o'neil", 'a+tag', 'a-b', 'a_b', 'é', 'a b', '"a"', 'a@b', ''];
    const domains = ['example.org', 'ex-ample.co.uk', '-example.org', 'example', 'example.o', 'example.org.', 'exa_mple.org', 'xn--bcher-kva.example', '[127.0.0.1]', 'EXAMPLE.ORG', 'example..org', 'éxample.org'];
    const values = [...locals.flatMap((local) => domains.map((domain) => `${local}@${domain}`)), 'plain', '@example.org', 'a@', ' a@example.org', 'a@example.org ',
      `${'a'.repeat(242)}@example.org`, `${'a'.repeat(243)}@example.org`];
    let accepted = 0;
    for (const value of values) {
      const ok = EmailAddress.safeParse(value).success;
      assert.equal(ok, zodEmail.safeParse(value).success, JSON.stringify(value));
      if (ok) accepted++;
    }
    assert.ok(accepted > 20, 'real addresses are accepted');
    assert.equal(EmailAddress.safeParse(`${'a'.repeat(243)}@example.org`).success, false, 'longer than 254 characters');
  });
});
