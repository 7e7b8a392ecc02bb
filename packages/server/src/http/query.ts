// A request's query string, decoded strictly: a parameter whose percent-encoding is not UTF-8 (a stray `%`,
// `%ED%A0%80`, the bytes of a lone surrogate) is refused naming it, where Hono's reader would keep the raw
// text and search for it. What decodes is checked by the core schemas like any other text (core's text.ts).
import { MentoringError } from '@mentor-match/core';

/** Every parameter of `url`'s query string, repeated ones in order. */
export function strictQueries(url: string): Record<string, string[]> {
  const start = url.indexOf('?');
  const hash = url.indexOf('#');
  const query = start === -1 ? '' : url.slice(start + 1, hash === -1 ? undefined : hash);
  const params: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const rawKey = equals === -1 ? pair : pair.slice(0, equals);
    const key = decode(rawKey, rawKey);
    const value = decode(equals === -1 ? '' : pair.slice(equals + 1), key);
    (params[key] ??= []).push(value);
  }
  return params;
}

function decode(raw: string, field: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    throw new MentoringError('validation', `The query parameter ${JSON.stringify(field)} is not percent-encoded UTF-8.`, {
      field,
    });
  }
}
