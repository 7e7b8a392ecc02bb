// /health: for load balancers and operators.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppContext, AppEnv } from '../context.ts';
import { limitByAddress } from '../middleware.ts';
import { answers, jsonContent } from '../openapi.ts';
import { Health } from '../schemas.ts';

export function healthRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(
    '/',
    describeRoute({
      operationId: 'health',
      summary: 'ok while the database answers; 503 when it does not.',
      responses: { ...answers(200, 'Healthy', Health, [429]), 503: { description: 'The database is down', content: jsonContent(Health) } },
    }),
    limitByAddress(ctx),
    async (c) => {
      try {
        await ctx.db.query('SELECT 1');
        return c.json({ status: 'ok' as const });
      } catch (error) {
        ctx.log.error('health check failed', { error: String(error) });
        return c.json({ status: 'unavailable' as const }, 503);
      }
    },
  );
  return routes;
}
