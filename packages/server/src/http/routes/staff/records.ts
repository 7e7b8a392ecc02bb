// /staff/evaluations and /staff/audit: every partner's feedback with the averages, and the audit log.
import { AuditListQuery, AuditPage, EvaluationListQuery, EvaluationPage } from '@mentor-match/core';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../context.ts';
import { readRoute } from './common.ts';

export function staffEvaluationRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  readRoute(routes, ctx, '/', {
    operationId: 'staffListEvaluations',
    summary: 'Every partner\'s feedback, newest first, with the averages over all the filters match.',
    query: EvaluationListQuery,
    answer: EvaluationPage,
    run: (caller, query) => ctx.staff.listEvaluations(caller, query),
  });
  return routes;
}

export function staffAuditRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  readRoute(routes, ctx, '/', {
    operationId: 'staffListAudit',
    summary: 'The audit log, newest first: who did what, when, to what, why, and the fields before and after.',
    query: AuditListQuery,
    answer: AuditPage,
    run: (caller, query) => ctx.staff.listAudit(caller, query),
  });
  return routes;
}
