// Health, the changes feed, the demo's sign-in, and the OpenAPI document.
import { ChangesPage, ChangesQuery, parseInput } from '@mentor-match/core';
import { DEMO_NEWCOMER } from '@mentor-match/demo';
import type { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { describeRoute, openAPIRouteHandler } from 'hono-openapi';
import { changesAfter, headSeq } from '../store/changes.ts';
import { findMember, memberSummaries } from '../store/members.ts';
import { notFound } from '../services/mentoring.ts';
import { SESSION_COOKIE, type AppContext, type AppEnv } from './context.ts';
import { limitByAddress, requireJsonBody, requireMember } from './middleware.ts';
import { MEMBER_ERRORS, answers, bearerAuth, jsonBody, jsonContent } from './openapi.ts';
import { DemoMembers, DemoSession, DemoSessionInput, Health } from './schemas.ts';

/** At most this many changes per poll; `last` then says where to continue. */
const CHANGES_PAGE = 500;

export function systemRoutes(api: Hono<AppEnv>, ctx: AppContext): void {
  api.get(
    '/health',
    describeRoute({
      operationId: 'health',
      summary: 'ok while the database answers; 503 when it does not.',
      responses: { ...answers(200, 'Healthy', Health), 503: { description: 'The database is down', content: jsonContent(Health) } },
    }),
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

  api.get(
    '/changes',
    describeRoute({
      operationId: 'changes',
      summary: 'Changes that concern the viewer after `after` (omit it for the start cursor only); poll to stay in step.',
      security: bearerAuth,
      parameters: [{ name: 'after', in: 'query', required: false, schema: { type: 'integer', minimum: 0 } }],
      responses: answers(200, 'Changes and the cursor to continue from', ChangesPage, [400, ...MEMBER_ERRORS]),
    }),
    requireMember(ctx),
    async (c) => {
      const raw = c.req.query('after');
      const { after } = parseInput(ChangesQuery, raw === undefined ? {} : { after: /^\d+$/.test(raw) ? Number(raw) : raw }, 'changes query');
      const head = await headSeq(ctx.db);
      if (after === undefined) return c.json({ changes: [], last: head });
      const found = await changesAfter(ctx.db, after, head, CHANGES_PAGE, c.get('identity').memberId);
      // A full page may stop short of head: continue from its last change, not from head. A cursor beyond
      // head (the database was restored or emptied since) is brought back to head, so the client resyncs.
      const last = found.length === CHANGES_PAGE ? (found.at(-1)?.seq ?? head) : head;
      return c.json({ changes: found, last });
    },
  );

  const { demo } = ctx;
  if (demo) {
    api.post(
      '/demo/session',
      describeRoute({
        operationId: 'demoSession',
        summary: 'Demo mode only: a session token for a demo member (also set as the session cookie).',
        requestBody: { required: true, content: jsonContent(DemoSessionInput) },
        responses: answers(200, 'A session', DemoSession, [400, 404, 429]),
      }),
      limitByAddress(ctx),
      requireJsonBody(),
      jsonBody(DemoSessionInput, 'demo session'),
      async (c) => {
        const { memberId } = c.req.valid('json');
        // The demo's newcomer is made on first sign-in, from the token's claims, like any new member.
        const member = (await findMember(ctx.db, memberId)) ?? (memberId === DEMO_NEWCOMER.id ? DEMO_NEWCOMER : null);
        if (!member) throw notFound('member', memberId);
        const minted = await demo.mint(member.id, member.name, member.email);
        setCookie(c, SESSION_COOKIE, minted.token, {
          httpOnly: true,
          sameSite: 'Lax',
          secure: ctx.secureCookies,
          path: '/api/',
          maxAge: Math.max(0, Math.floor((Date.parse(minted.expiresAt) - Date.now()) / 1000)),
        });
        return c.json({ token: minted.token, expiresAt: minted.expiresAt, member: { id: member.id, name: member.name } });
      },
    );

    api.get(
      '/demo/members',
      describeRoute({
        operationId: 'demoMembers',
        summary: 'Demo mode only: the enrolled members, for the "Signed in as" select.',
        responses: answers(200, 'Demo members by name', DemoMembers, [429]),
      }),
      limitByAddress(ctx),
      async (c) => c.json({ members: await memberSummaries(ctx.db, 5000) }),
    );
  }

  api.get(
    '/openapi.json',
    openAPIRouteHandler(api, {
      documentation: {
        openapi: '3.1.0',
        info: {
          title: 'mentor-match API',
          version: '1.0.0',
          description:
            'The REST contract between the mentor-match elements (through @mentor-match/rest-adapter) and the server. ' +
            'Bodies are the core schemas; errors are application/problem+json with the core error code.',
        },
        servers: [{ url: '/api/v1' }],
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
            cookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          },
        },
      },
      defaultValidationErrorResponse: false,
    }),
  );
}
