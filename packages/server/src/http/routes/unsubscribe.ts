// /unsubscribe?token=…: the signed link in every email that is not essential (mail/unsubscribe.ts). No sign-in:
// the token is the authority, and names one member. POST (RFC 8058 one-click, from the mail client, or the
// page's button) stops what is not essential; GET only shows that button, so a link scanner that follows
// the link changes nothing. The answers are plain pages with no script (the API's strict CSP holds).
import { DEFAULT_NOTIFICATION_PREFERENCES, MentoringError, escapeHtml } from '@mentor-match/core';
import { Hono, type Context } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppContext, AppEnv } from '../context.ts';
import { problems } from '../openapi.ts';

const page = (c: Context<AppEnv>, title: string, body: string) =>
  c.html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>` +
      `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    200,
  );

export function unsubscribeRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  const memberOf = (c: Context<AppEnv>): string | null => {
    const token = c.req.query('token') ?? '';
    return ctx.unsubscribe?.memberOf(token) ?? null;
  };
  // Refused as every route refuses (problem+json): the link is incomplete, or not one this server signed.
  const invalid = (): never => {
    throw new MentoringError('not-found', 'This unsubscribe link is not valid: it may be incomplete. Choose which emails you receive on the program\'s site.');
  };

  routes.get(
    '/',
    describeRoute({ operationId: 'unsubscribePage', summary: 'The signed unsubscribe link from an email: a page with the button that stops what is not essential.', responses: { 200: { description: 'The page (text/html)' }, ...problems([404]) } }),
    (c) => {
      if (!memberOf(c)) return invalid();
      const action = `?token=${encodeURIComponent(c.req.query('token') ?? '')}`;
      return page(c, 'Stop these emails?', `<p>You will still be told of what concerns your standing in the program, and every notification stays on the site.</p>
<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Stop these emails</button></form>`);
    },
  );

  routes.post(
    '/',
    describeRoute({ operationId: 'unsubscribe', summary: 'One-click unsubscribe (RFC 8058): what is not essential is no longer emailed to the member the signed token names.', responses: { 200: { description: 'Done (text/html)' }, ...problems([404, 413]) } }),
    async (c) => {
      const memberId = memberOf(c);
      if (!memberId) return invalid();
      const caller = { memberId };
      try {
        const current = await ctx.notifications.getNotificationPreferences(caller);
        await ctx.notifications.setNotificationPreferences(caller, { ...DEFAULT_NOTIFICATION_PREFERENCES, ...current, frequency: 'never' });
      } catch (error) {
        // A member removed since the email was sent: nothing to stop.
        if (!(error instanceof MentoringError && error.code === 'unauthenticated')) throw error;
      }
      return page(c, 'You will receive no more of these emails', '<p>Every notification stays on the site, and you can choose again there.</p>');
    },
  );

  return routes;
}
