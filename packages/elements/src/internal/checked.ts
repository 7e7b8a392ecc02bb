import { MentoringError } from '@mentor-match/core';

/** What this needs of a core (zod) schema; structural, so elements need no zod import of its own. */
interface Schema<T> {
  safeParse(value: unknown):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * An adapter's answer checked against the core schema. Any adapter, a society's own included, may
 * send a malformed answer; rendering it would fail in odd places, so it becomes an `invalid-response`
 * error the member sees in words, with the schema's issues for the web team.
 */
export function checked<T>(schema: Schema<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new MentoringError('invalid-response', `The adapter returned an invalid ${what}.`, {
    details: { issues: result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`) },
  });
}
