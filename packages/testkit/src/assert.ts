// A tiny assertion library, so the suite runs under any test runner (mocha in the browser, `node:test` on the
// server) without chai or node:assert. Errors from the adapter are checked by their `code` and `reason`
// properties, never with `instanceof`: a REST adapter's errors may come from another copy of core.
import { ERROR_CODES, type ErrorCode, type ErrorReason } from '@mentor-match/core';

/** Thrown when a check fails. `actual` and `expected` let mocha show a diff. */
export class ConformanceAssertionError extends Error {
  override readonly name = 'ConformanceAssertionError';
  readonly actual: unknown;
  readonly expected: unknown;
  readonly showDiff: boolean;
  constructor(message: string, details: { actual?: unknown; expected?: unknown } = {}) {
    super(message);
    this.actual = details.actual;
    this.expected = details.expected;
    this.showDiff = 'expected' in details;
  }
}

/** Fails the test with a message. */
export function fail(message: string, details?: { actual?: unknown; expected?: unknown }): never {
  throw new ConformanceAssertionError(message, details);
}

/** A value as short readable text for failure messages. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 400 ? `${text.slice(0, 400)}…` : text;
  } catch {
    return String(value);
  }
}

/** `actual` is truthy. */
export function ok(actual: unknown, message = 'expected a truthy value'): asserts actual {
  if (!actual) fail(`${message} (got ${show(actual)})`, { actual });
}

/** `actual` is the same value as `expected` (`Object.is`). */
export function equal<T>(actual: T, expected: T, message?: string): void {
  if (!Object.is(actual, expected)) {
    fail(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`, { actual, expected });
  }
}

/** `actual` and `expected` have the same structure and values (plain data: objects, arrays, primitives). */
export function deepEqual<T>(actual: T, expected: T, message?: string): void {
  const difference = firstDifference(actual, expected, '');
  if (difference !== null) {
    fail(`${message ? `${message}: ` : ''}values differ at ${difference || '(root)'}: expected ${show(expected)}, got ${show(actual)}`, {
      actual,
      expected,
    });
  }
}

function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}.length`;
    for (let i = 0; i < a.length; i += 1) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  // A key whose value is undefined counts as absent: JSON, and so a REST adapter, cannot tell them apart.
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) {
    const d = firstDifference(ra[key], rb[key], path ? `${path}.${key}` : key);
    if (d !== null) return d;
  }
  return null;
}

/** The same members in any order (duplicates count). */
export function sameMembers<T>(actual: readonly T[], expected: readonly T[], message?: string): void {
  const sortKey = (value: T) => show(value);
  deepEqual([...actual].sort((x, y) => sortKey(x).localeCompare(sortKey(y))),
    [...expected].sort((x, y) => sortKey(x).localeCompare(sortKey(y))), message);
}

/** `list` contains `item` (compared by value). */
export function includes<T>(list: readonly T[], item: T, message?: string): void {
  if (!list.some((entry) => firstDifference(entry, item, '') === null)) {
    fail(`${message ? `${message}: ` : ''}expected ${show(list)} to include ${show(item)}`);
  }
}

/** What the suite reads from an adapter's error: the properties of core's `MentoringError`. */
export interface ErrorLike {
  code: ErrorCode;
  reason?: ErrorReason | undefined;
  field?: string | undefined;
  message: string;
  details?: Record<string, unknown> | undefined;
}

/** Is this a `MentoringError` from any copy of core (checked by shape, not `instanceof`)? */
export function isErrorLike(value: unknown): value is ErrorLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as { code: string }).code)
  );
}

export interface RejectsOptions {
  /** The input field the error must name (`MentoringError.field`), e.g. `profile.email`. */
  field?: string;
}

/**
 * Awaits `promise` and checks that it rejects with a `MentoringError`-like object with this `code` and,
 * when given, this `reason` and `field`. Returns the error for further checks.
 */
export async function rejectsWith(
  promise: Promise<unknown>,
  code: ErrorCode,
  reason?: ErrorReason,
  options: RejectsOptions = {},
): Promise<ErrorLike> {
  const wanted = `${code}${reason ? ` (${reason})` : ''}${options.field ? ` on ${options.field}` : ''}`;
  let settled: { value: unknown } | undefined;
  let error: unknown;
  try {
    settled = { value: await promise };
  } catch (caught) {
    error = caught;
  }
  if (settled) fail(`expected a rejection with ${wanted}, but it resolved with ${show(settled.value)}`);
  if (!isErrorLike(error)) {
    fail(`expected a MentoringError with ${wanted}, got ${error instanceof Error ? `${error.name}: ${error.message}` : show(error)}`);
  }
  const describe = `${error.code}${error.reason ? ` (${error.reason})` : ''}${error.field ? ` on ${error.field}` : ''}: ${error.message}`;
  if (error.code !== code) fail(`expected ${wanted}, got ${describe}`, { actual: error.code, expected: code });
  if (reason !== undefined && error.reason !== reason) {
    fail(`expected ${wanted}, got ${describe}`, { actual: error.reason, expected: reason });
  }
  if (options.field !== undefined && error.field !== options.field) {
    fail(`expected ${wanted}, got ${describe}`, { actual: error.field, expected: options.field });
  }
  return error;
}

/** Polls `check` until it returns true or `timeoutMs` passes (for changes that arrive asynchronously). */
export async function eventually(check: () => boolean, message: string, timeoutMs = 1000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) fail(`${message} (waited ${timeoutMs} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Milliseconds between two ISO instants (`later - earlier`). */
export function msBetween(earlier: string, later: string): number {
  return Date.parse(later) - Date.parse(earlier);
}

/** An ISO instant is within `toleranceMs` of the expected time (backends whose clock also runs in real time). */
export function closeInstant(actual: string | null, expectedMs: number, message: string, toleranceMs = 60_000): void {
  ok(actual !== null, `${message}: expected an instant, got null`);
  const difference = Math.abs(Date.parse(actual) - expectedMs);
  if (!(difference <= toleranceMs)) {
    fail(`${message}: expected about ${new Date(expectedMs).toISOString()}, got ${actual}`, {
      actual,
      expected: new Date(expectedMs).toISOString(),
    });
  }
}
