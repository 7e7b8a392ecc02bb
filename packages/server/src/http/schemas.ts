// The shapes of the answers that are the REST contract's own (not one of core's records), in zod/mini like
// core's, so the OpenAPI document describes every body. Those the REST adapter reads too are core's
// (schemas/api.ts), so both sides parse with the same schema; the ones only this server's routes and the
// demo page use are here.
import * as z from 'zod/mini';
import { Id, Instant, Role } from '@mentor-match/core';

export const Health = z.strictObject({ status: z.enum(['ok', 'unavailable']) });

/** `memberId` left out: the demo's first participating mentee by name (a first visit signs in with one call). */
export const DemoSessionInput = z.strictObject({ memberId: z.optional(Id) });
export const DemoSession = z.strictObject({
  token: z.string(),
  expiresAt: Instant,
  member: z.strictObject({ id: Id, name: z.string() }),
});
export const DemoMembers = z.strictObject({
  members: z.array(z.strictObject({ id: Id, name: z.string(), roles: z.array(Role), paused: z.boolean() })),
});
