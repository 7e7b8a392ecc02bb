// /changes: the changes feed. Adapters poll it to keep a page in step with changes made anywhere.
import { ChangesPage, ChangesQuery, parseInput } from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { changesAfter, headSeq } from '../../store/changes.ts';
import type { AppContext, AppEnv } from '../context.ts';
import { signedIn } from '../middleware.ts';
import { strictQueries } from '../query.ts';
import { MEMBER_ERRORS, answers, bearerAuth } from '../openapi.ts';

/** At most this many changes per poll; `last` then says where to continue. */
const CHANGES_PAGE = 500;

/** `after` (other parameters are ignored), once, as a whole number; a repeat is refused naming it. */
function changesQuery(params: Record<string, string[]>) {
  const given = params.after;
  const after = given === undefined ? undefined : given.length > 1 ? given : /^\d+$/.test(given[0] ?? '') ? Number(given[0]) : given[0];
  return parseInput(ChangesQuery, after === undefined ? {} : { after }, 'changes query');
}

export function changeRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(
    '/',
    describeRoute({
      operationId: 'changes',
      summary: 'Changes that concern the viewer after `after` (omit it for the start cursor only); poll to stay in step.',
      security: bearerAuth,
      parameters: [{ name: 'after', in: 'query', required: false, schema: { type: 'integer', minimum: 0 } }],
      responses: answers(200, 'Changes and the cursor to continue from', ChangesPage, [400, ...MEMBER_ERRORS]),
    }),
    signedIn(ctx),
    async (c) => {
      const { after } = changesQuery(strictQueries(c.req.url));
      const head = await headSeq(ctx.db);
      if (after === undefined) return c.json({ changes: [], last: head });
      const found = await changesAfter(ctx.db, after, head, CHANGES_PAGE, c.get('identity').memberId);
      // A full page may stop short of head: continue from its last change, not from head. A cursor beyond
      // head (the database was restored or emptied since) is brought back to head, so the client resyncs.
      const last = found.length === CHANGES_PAGE ? (found.at(-1)?.seq ?? head) : head;
      return c.json({ changes: found, last });
    },
  );
  return routes;
}
