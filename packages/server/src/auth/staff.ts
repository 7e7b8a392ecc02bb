// Who is program staff: the member site marks them in its token (a claim and the value it holds: a string,
// or an array holding it, as the WordPress plugin's `"roles": ["mentoring-staff"]`), or the server is given
// their member ids (a small society without roles on its site). Either, or both: a member either names is staff.
import { Id } from '@mentor-match/core';
import type { JWTPayload } from 'jose';

export interface StaffConfig {
  /** The token's claim that marks staff (AUTH_STAFF_CLAIM), e.g. `roles`. */
  claim?: string;
  /** The value it holds for staff (AUTH_STAFF_VALUE), e.g. `mentoring-staff`; the claim may be a list holding it. */
  value?: string;
  /** Members who are staff whatever their token says (AUTH_STAFF_IDS). */
  ids?: readonly string[];
}

/** Is the member this token names staff? */
export type StaffCheck = (claims: JWTPayload, memberId: string) => boolean;

/** Claims the token standard gives a meaning of their own: none of them can mark staff. */
const REGISTERED = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];

const matches = (held: unknown, value: string): boolean =>
  (typeof held === 'string' || typeof held === 'number' || typeof held === 'boolean') && String(held) === value;

/**
 * The check, from the configuration; a configuration that cannot work is refused with a message naming the
 * environment variable to fix, so a server never starts believing nobody (or everybody) is staff by mistake.
 */
export function staffCheck(config: StaffConfig = {}): StaffCheck {
  const { claim, value } = config;
  if ((claim === undefined) !== (value === undefined)) {
    throw new Error(
      `${claim === undefined ? 'AUTH_STAFF_VALUE is set without AUTH_STAFF_CLAIM' : 'AUTH_STAFF_CLAIM is set without AUTH_STAFF_VALUE'}: ` +
      'set both, the claim that marks staff in the member site\'s token and its value (for example AUTH_STAFF_CLAIM=roles, AUTH_STAFF_VALUE=mentoring-staff).',
    );
  }
  if (claim !== undefined && !/^[\x21-\x7e]{1,100}$/.test(claim)) {
    throw new Error(`AUTH_STAFF_CLAIM must be a claim name (1 to 100 visible ASCII characters), not ${JSON.stringify(claim)}.`);
  }
  if (claim !== undefined && REGISTERED.includes(claim)) {
    throw new Error(`AUTH_STAFF_CLAIM cannot be "${claim}", a claim every token carries for another purpose; to name staff by member id use AUTH_STAFF_IDS.`);
  }
  if (value !== undefined && value.trim() === '') throw new Error('AUTH_STAFF_VALUE must not be blank.');
  for (const id of config.ids ?? []) {
    if (!Id.safeParse(id).success) throw new Error(`AUTH_STAFF_IDS must be member ids separated by commas; ${JSON.stringify(id)} is not one.`);
  }
  const ids = new Set(config.ids ?? []);
  return (claims, memberId) => {
    if (ids.has(memberId)) return true;
    if (claim === undefined || value === undefined) return false;
    const held = claims[claim];
    return Array.isArray(held) ? held.some((item) => matches(item, value)) : matches(held, value);
  };
}

/** AUTH_STAFF_IDS: member ids separated by commas (spaces around them ignored). */
export const staffIds = (list: string): string[] => list.split(',').map((id) => id.trim()).filter((id) => id !== '');

/** How staff are told apart, for the start-up log. */
export function describeStaff(config: StaffConfig = {}): string {
  const ways = [
    ...(config.claim !== undefined ? [`token claim ${config.claim} = ${config.value ?? ''}`] : []),
    ...(config.ids?.length ? [`${config.ids.length} member id(s)`] : []),
  ];
  return ways.length > 0 ? ways.join(' or ') : 'none configured: the program office refuses everyone';
}
