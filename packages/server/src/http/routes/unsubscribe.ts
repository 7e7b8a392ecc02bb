// /unsubscribe?token=…: the signed link in every email that is not essential (mail/unsubscribe.ts). No sign-in:
// the token is the authority, and names one member. POST (RFC 8058 one-click, from the mail client, or the
// page's button) stops what is not essential; GET only shows that button, so a link scanner that follows
// the link changes nothing. The answers are plain pages with no script (the API's strict CSP holds).
import { DEFAULT_NOTIFICATION_PREFERENCES, MentoringError, emailLanguageOf } from '@mentor-match/core';
import { Hono, type Context } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppContext, AppEnv } from '../context.ts';
import { problems } from '../openapi.ts';
import { unsubscribeAskPage, unsubscribeDonePage, type UnsubscribePage } from '../../mail/unsubscribe-page.ts';

export function unsubscribeRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  const memberOf = (c: Context<AppEnv>): string | null => {
    const token = c.req.query('token') ?? '';
    return ctx.unsubscribe?.memberOf(token) ?? null;
  };
  /** The member's email language and the program's preferences page, for the answer (English for a member removed since). */
  const pageFor = async (memberId: string): Promise<UnsubscribePage> => {
    const caller = { memberId };
    const settings = await ctx.service.getProgram();
    const preferencesUrl = settings.pages?.preferences;
    try {
      const [viewer, chosen] = await Promise.all([ctx.service.getViewer(caller), ctx.notifications.getNotificationPreferences(caller)]);
      return { language: emailLanguageOf(viewer.member, chosen.language), preferencesUrl };
    } catch (error) {
      if (error instanceof MentoringError && error.code === 'unauthenticated') return { language: 'en', preferencesUrl };
      throw error;
    }
  };
  // Refused as every route refuses (problem+json): the link is incomplete, or not one this server signed.
  const invalid = (): never => {
    throw new MentoringError('not-found', 'This unsubscribe link is not valid: it may be incomplete. Choose which emails you receive on the program\'s site.');
  };

  routes.get(
    '/',
    describeRoute({ operationId: 'unsubscribePage', summary: 'The signed unsubscribe link from an email: a page with the button that stops what is not essential.', responses: { 200: { description: 'The page (text/html)' }, ...problems([404]) } }),
    async (c) => {
      const memberId = memberOf(c);
      if (!memberId) return invalid();
      const action = `?token=${encodeURIComponent(c.req.query('token') ?? '')}`;
      return c.html(unsubscribeAskPage(await pageFor(memberId), action), 200);
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
      return c.html(unsubscribeDonePage(await pageFor(memberId)), 200);
    },
  );

  return routes;
}
