// New record ids. Unguessable, so an id tells nothing of any other: no one finds another member's
// mentorship by trying the next number (each answer to a wrong id is the same 404 anyway: errors.ts).

// Core is compiled without DOM or Node types; Web Crypto's `getRandomValues` is global in every runtime
// it targets (browsers, Node 19 and later).
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

/** The prefix and 16 hexadecimal digits: 64 random bits. */
function newId(prefix: string): string {
  let hex = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(8))) hex += byte.toString(16).padStart(2, '0');
  return `${prefix}-${hex}`;
}

/** `ms-` and 64 random bits. */
export const newMentorshipId = (): string => newId('ms');

/** `concern-` and 64 random bits. */
export const newConcernId = (): string => newId('concern');

/** `cohort-` and 64 random bits (issue 14). */
export const newCohortId = (): string => newId('cohort');

/** `match-` and 64 random bits: a cohort's published match. */
export const newMatchId = (): string => newId('match');
