// The signed-in member as the mentoring service's caller, and a state change answered with the
// Idempotency-Key contract: the same key and request again gets the first answer (and changes nothing),
// the same key with another request is a conflict. The SQL store keeps the key with the change.
import {
  CHANGES_MADE_HEADER, MentoringError, type Awaitable, type Caller, type RetryKey, type UnitReceipt,
} from '@mentor-match/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './context.ts';
import { fingerprint } from './openapi.ts';

const KEY = /^[\x21-\x7e]{1,255}$/;

/** The member the token names, with the claims used the first time they are seen, and whether they are staff. */
export function callerOf<E extends AppEnv>(c: Context<E>, unit?: { retry?: RetryKey | undefined; receipt: UnitReceipt }): Caller {
  const { memberId, name, email, staff } = c.get('identity');
  return { memberId, account: { name, email }, staff: staff === true, ...unit };
}

/**
 * Runs a change for the signed-in member (`body`: the request's, for the key's fingerprint). The answer says
 * how the store kept it: `Idempotent-Replayed` on a repeat, and CHANGES_MADE_HEADER with the change feed's
 * positions of what it recorded, so the adapter that made the change, having told its page at once, does not
 * tell it again when its poll of /changes reports them.
 */
export async function change<T, E extends AppEnv>(
  c: Context<E>,
  status: ContentfulStatusCode,
  body: unknown,
  run: (caller: Caller) => Awaitable<T>,
): Promise<Response> {
  const key = c.req.header('idempotency-key');
  if (key !== undefined && !KEY.test(key)) {
    throw new MentoringError('validation', 'Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID).', {
      field: 'Idempotency-Key',
    });
  }
  const memberId = c.get('identity').memberId;
  const retry: RetryKey | undefined = key === undefined ? undefined : { memberId, key, fingerprint: fingerprint(c.req.method, c.req.path, body) };
  const receipt: UnitReceipt = { replayed: false, changeSeqs: [] };
  const answer = await run(callerOf(c, { retry, receipt }));
  if (receipt.replayed) c.header('Idempotent-Replayed', 'true');
  if (receipt.changeSeqs.length > 0) c.header(CHANGES_MADE_HEADER, receipt.changeSeqs.join(','));
  return c.json(answer as object, status);
}
