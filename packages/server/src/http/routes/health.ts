// /health: for load balancers and operators. It answers within a second either way: a database that does
// not answer in that time is reported down, not waited for.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppContext, AppEnv } from '../context.ts';
import { limitByAddress } from '../middleware.ts';
import { answers, jsonContent } from '../openapi.ts';
import { Health } from '../schemas.ts';

export function healthRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  /** The probe in flight: load balancers probing a database that hangs share one query, not a connection each. */
  let probe: Promise<boolean> | null = null;
  routes.get(
    '/',
    describeRoute({
      operationId: 'health',
      summary: 'ok while the database answers; 503 when it does not, or not within a second.',
      responses: { ...answers(200, 'Healthy', Health, [429]), 503: { description: 'The database is down, or did not answer within a second', content: jsonContent(Health) } },
    }),
    limitByAddress(ctx),
    async (c) => {
      probe ??= ctx.db.query('SELECT 1').then(() => true, () => false).finally(() => {
        probe = null;
      });
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<false>((resolve) => (timer = setTimeout(resolve, HEALTH_ANSWER_MS, false)));
      const up = await Promise.race([probe, late]);
      clearTimeout(timer);
      // An outage is logged once by the database's availability watch, not by every probe.
      return up ? c.json({ status: 'ok' as const }) : c.json({ status: 'unavailable' as const }, 503);
    },
  );
  return routes;
}

/** /health answers within this, whether or not the database has. */
export const HEALTH_ANSWER_MS = 1_000;
