// /demo (demo mode only): a session for any demo member, and the members to choose from.
import { notFound } from '@mentor-match/core';
import { DEMO_NEWCOMER, DEMO_STAFF } from '@mentor-match/demo';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { describeRoute } from 'hono-openapi';
import { findMember, firstActiveMentee, memberSummaries } from '../../store/members.ts';
import { SESSION_COOKIE, type AppContext, type AppEnv, type DemoMode } from '../context.ts';
import { jsonBody, limitByAddress } from '../middleware.ts';
import { answers, jsonContent } from '../openapi.ts';
import { DemoMembers, DemoSession, DemoSessionInput } from '../schemas.ts';

export function demoRoutes(ctx: AppContext, demo: DemoMode): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post(
    '/session',
    describeRoute({
      operationId: 'demoSession',
      summary: 'Demo mode only: a session token for a demo member, the first participating mentee when none is named (the newcomer when there is none; also set as the session cookie).',
      requestBody: { required: true, content: jsonContent(DemoSessionInput) },
      responses: answers(200, 'A session', DemoSession, [400, 404, 429]),
    }),
    limitByAddress(ctx),
    jsonBody(DemoSessionInput, 'demo session'),
    async (c) => {
      // None named: the first participating mentee, or, on a demo with none (its seed emptied), the newcomer,
      // who can enrol: a visitor always gets a session.
      const memberId = c.get('body').memberId ?? (await firstActiveMentee(ctx.db)) ?? DEMO_NEWCOMER.id;
      // The demo's newcomer and its program office are made on first sign-in, from the token's claims, like
      // any new member (the office is staff by the server's AUTH_STAFF_IDS, which `npm start` sets).
      const member = (await findMember(ctx.db, memberId)) ?? [DEMO_NEWCOMER, DEMO_STAFF].find((known) => known.id === memberId) ?? null;
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

  routes.get(
    '/members',
    describeRoute({
      operationId: 'demoMembers',
      summary: 'Demo mode only: the enrolled members, for the "Signed in as" select.',
      responses: answers(200, 'Demo members by name', DemoMembers, [429]),
    }),
    limitByAddress(ctx),
    async (c) => c.json({ members: await memberSummaries(ctx.db, 5000) }),
  );

  return routes;
}
