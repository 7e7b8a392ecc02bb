// /staff: the program office (core's StaffAdapter contract), one sub-app per resource, every route for
// program staff alone: 401 without a token, 403 `forbidden` (`staff-only`) for any other member.
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../context.ts';
import { signedIn } from '../../middleware.ts';
import { requireStaff } from './common.ts';
import { staffConcernRoutes } from './concerns.ts';
import { dashboardRoutes } from './dashboard.ts';
import { staffExportRoutes } from './exports.ts';
import { staffMemberRoutes } from './members.ts';
import { staffMentorshipRoutes, staffRequestRoutes } from './mentorships.ts';
import { staffAuditRoutes, staffEvaluationRoutes } from './records.ts';
import { staffSettingsRoutes } from './settings.ts';
import { staffCohortRoutes } from './cohorts.ts';
import { staffWorkspaceRoutes } from './workspaces.ts';

export function staffRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', signedIn(ctx), requireStaff());
  return routes
    .route('/dashboard', dashboardRoutes(ctx))
    .route('/members', staffMemberRoutes(ctx))
    .route('/mentorships', staffMentorshipRoutes(ctx))
    .route('/requests', staffRequestRoutes(ctx))
    .route('/concerns', staffConcernRoutes(ctx))
    .route('/settings', staffSettingsRoutes(ctx))
    .route('/evaluations', staffEvaluationRoutes(ctx))
    .route('/audit', staffAuditRoutes(ctx))
    .route('/exports', staffExportRoutes(ctx))
    .route('/cohorts', staffCohortRoutes(ctx))
    .route('/workspaces', staffWorkspaceRoutes(ctx));
}
