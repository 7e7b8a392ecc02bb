// zod's `z.refine(holds, { message, path })` as a plain check. z.refine makes each refinement a schema of zod's
// Custom class; a plain check function does the same work without it, and every page that checks an answer
// loaded that class for these few rules (~150 bytes gzipped). test/plain-checks.node.test.ts holds its issues to
// z.refine's: the same code, message and path, and the same place in the order of a schema's checks.
import * as z from 'zod/mini';

/** A rule `holds` must keep; its issue is zod's `custom` one, at `path` below the checked value. */
export const refine = <T>(holds: (value: T) => boolean, { message, path = [] }: { message: string; path?: PropertyKey[] }) =>
  z.check<T>((payload) => {
    // `continue`: the schema's later checks still run, as after a failed z.refine (an issue without it stops them).
    if (!holds(payload.value)) payload.issues.push({ code: 'custom', message, input: payload.value, path: [...path], continue: true });
  });
