// The shapes of the answers that are the REST contract's own (not one of core's records), in zod/mini like
// core's, so the OpenAPI document describes every body.
import * as z from 'zod/mini';
import { Id, Instant, MentorshipItem, Role } from '@mentor-match/core';

export const MentorshipList = z.strictObject({ items: z.array(MentorshipItem) });

export const ChangeFeed = z.strictObject({
  changes: z.array(z.strictObject({ seq: z.int(), kind: z.enum(['mentorship', 'member', 'program']), id: Id })),
  last: z.int(),
});

export const ChangesQuery = z.strictObject({ after: z.optional(z.int().check(z.gte(0))) });

export const Health = z.strictObject({ status: z.enum(['ok', 'unavailable']) });

export const DemoSessionInput = z.strictObject({ memberId: Id });
export const DemoSession = z.strictObject({
  token: z.string(),
  expiresAt: Instant,
  member: z.strictObject({ id: Id, name: z.string() }),
});
export const DemoMembers = z.strictObject({
  members: z.array(z.strictObject({ id: Id, name: z.string(), roles: z.array(Role) })),
});
