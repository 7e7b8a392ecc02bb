// /me/notifications: the signed-in member's list of notifications (the bell) and their email preferences.
// Each list entry is the record the member's email was rendered from, so the list and the emails agree.
import { MarkReadInput, NotificationFeed, NotificationPreferences } from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { callerOf, change } from '../change.ts';
import type { AppContext, AppEnv } from '../context.ts';
import { freshness, jsonBody, signedIn } from '../middleware.ts';
import { CHANGE_ERRORS, MEMBER_ERRORS, answers, bearerAuth, jsonContent } from '../openapi.ts';

export function notificationRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const member = signedIn(ctx);
  const service = ctx.notifications;

  routes.get(
    '/',
    describeRoute({
      operationId: 'listNotifications',
      summary: 'The viewer\'s latest notifications, newest first, each with the link to act on it, and how many are unread.',
      security: bearerAuth,
      responses: answers(200, 'The viewer\'s notifications', NotificationFeed, MEMBER_ERRORS),
    }),
    freshness(ctx),
    member,
    async (c) => c.json(await service.listNotifications(callerOf(c))),
  );

  routes.post(
    '/read',
    describeRoute({
      operationId: 'markNotificationsRead',
      summary: 'Mark these of the viewer\'s notifications read (no ids: every one).',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(MarkReadInput) },
      responses: answers(200, 'The viewer\'s notifications after the change', NotificationFeed, CHANGE_ERRORS),
    }),
    member,
    jsonBody(MarkReadInput, 'notifications read'),
    (c) => {
      const input = c.get('body');
      return change(c, 200, input, (caller) => service.markNotificationsRead(caller, input));
    },
  );

  routes.get(
    '/preferences',
    describeRoute({
      operationId: 'getNotificationPreferences',
      summary: 'The viewer\'s email language and how often what is not essential is emailed.',
      security: bearerAuth,
      responses: answers(200, 'The viewer\'s email preferences', NotificationPreferences, MEMBER_ERRORS),
    }),
    freshness(ctx),
    member,
    async (c) => c.json(await service.getNotificationPreferences(callerOf(c))),
  );

  routes.put(
    '/preferences',
    describeRoute({
      operationId: 'setNotificationPreferences',
      summary: 'Choose the email language, and immediately, a daily or weekly digest, or never for what is not essential.',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(NotificationPreferences) },
      responses: answers(200, 'The viewer\'s email preferences', NotificationPreferences, CHANGE_ERRORS),
    }),
    member,
    jsonBody(NotificationPreferences, 'notification preferences'),
    (c) => {
      const input = c.get('body');
      return change(c, 200, input, (caller) => service.setNotificationPreferences(caller, input));
    },
  );

  return routes;
}
