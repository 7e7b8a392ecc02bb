// A request that cannot reach the database: 503 with Retry-After, as problem+json with the `network` code
// (the REST adapter's "we could not reach the mentoring service, try again"). The outage itself is logged
// once, by the database's availability watch (db/availability.ts), not once per request.
import { MentoringError } from '@mentor-match/core';
import { HttpProblem } from './problem.ts';

/** A client may try again after this long: about the time a restarted database takes to accept connections. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const databaseUnavailable = (): HttpProblem =>
  new HttpProblem(
    503,
    new MentoringError('network', `The mentoring service cannot reach its database; try again in ${DATABASE_RETRY_AFTER_SECONDS} s.`, {
      details: { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
    }),
    { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
  );
