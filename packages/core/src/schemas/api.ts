// The shapes that are the REST contract's own (not one of core's records): the server validates and
// documents them (its OpenAPI document is generated from them), the REST adapter parses its answers with them.
import * as z from 'zod/mini';
import { CHANGE_KINDS } from '../adapter.ts';
import { ERROR_CODES, ERROR_REASONS, type ProblemDetails } from '../errors.ts';
import { Id } from './common.ts';
import { MentorshipItem } from './mentorship.ts';

/** RFC 9457 problem details with our code, as the server sends them (core's MentoringError, errors.ts). */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  code: z.enum(ERROR_CODES),
  detail: z.string(),
  reason: z.optional(z.enum(ERROR_REASONS)),
  field: z.optional(z.string()),
  details: z.optional(z.record(z.string(), z.unknown())),
}) satisfies z.ZodMiniType<ProblemDetails>;
export type Problem = z.infer<typeof Problem>;

/** `GET /mentorships`: the viewer's mentorships in every state, newest first. */
export const MentorshipList = z.strictObject({ items: z.array(MentorshipItem) });
export type MentorshipList = z.infer<typeof MentorshipList>;

/** `GET /changes?after=seq`: the changes that concern the caller after `seq`, and the cursor to ask from next. */
export const ChangesPage = z.strictObject({
  changes: z.array(z.strictObject({ seq: z.int(), kind: z.enum(CHANGE_KINDS), id: Id })),
  last: z.int(),
});
export type ChangesPage = z.infer<typeof ChangesPage>;

/** `GET /changes`'s query: no `after`, only the current cursor. */
export const ChangesQuery = z.strictObject({ after: z.optional(z.int().check(z.gte(0))) });

/**
 * The response header of every member read (`GET /me`, `/program`, `/members/…`, `/search`, `/mentorships`):
 * the change feed's head when the read began. The answer reflects every change up to it, so an adapter
 * polls `/changes` from the oldest one it holds and hears what changed between its reads and its first poll.
 */
export const CHANGES_SEQ_HEADER = 'Mentor-Changes-Seq';

/**
 * The response header of every successful state change (`PUT /me/…`, `POST /mentorships…`): the change-feed
 * positions of the changes it recorded, comma-separated (`"41"`, `"41,42"`; absent when it recorded none, or
 * on an Idempotency-Key replay). The adapter tells its listeners of its own change as soon as it has the
 * answer, and leaves those positions out when its poll of `/changes` reports them again.
 */
export const CHANGES_MADE_HEADER = 'Mentor-Changes-Made';
