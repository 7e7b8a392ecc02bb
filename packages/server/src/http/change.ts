// Runs a state change for the signed-in member, with the Idempotency-Key contract: the same key and request
// again gets the first answer (and changes nothing), the same key with another request is a conflict.
import { MentoringError } from '@mentor-match/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { commitChange, type Work } from '../services/unit-of-work.ts';
import { sayChangesMade } from './changes-made.ts';
import type { AppContext, AppEnv } from './context.ts';
import { fingerprint } from './openapi.ts';

const KEY = /^[\x21-\x7e]{1,255}$/;

export async function change<T>(
  ctx: AppContext,
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  body: unknown,
  run: (work: Work, memberId: string) => Promise<T>,
): Promise<Response> {
  const memberId = c.get('identity').memberId;
  const key = c.req.header('idempotency-key');
  if (key !== undefined && !KEY.test(key)) {
    throw new MentoringError('validation', 'Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID).', {
      field: 'Idempotency-Key',
    });
  }
  const answer = await commitChange(
    ctx.deps,
    async (work) => ({ status, body: await run(work, memberId) }),
    key === undefined ? undefined : { memberId, key, fingerprint: fingerprint(c.req.method, c.req.path, body) },
  );
  if (answer.replayed) c.header('Idempotent-Replayed', 'true');
  sayChangesMade(c, answer.changeSeqs);
  return c.json(answer.body as object, answer.status as ContentfulStatusCode);
}
