// The server's settings from the environment (12-factor): every variable is documented in the README's
// "Deploy the server" section. The whole environment is checked before anything starts, and every variable
// that is wrong is named in one message (ConfigError), so an operator fixes them all in one go, not one per
// restart. An empty variable counts as unset (an `Environment=` line, or `-e NAME=` in a container).
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { programSettings } from '@mentor-match/core';
import { DEMO_ROSTER_SEED, DEMO_ROSTER_SIZE } from '@mentor-match/demo';
import { staffCheck, staffIds, type StaffConfig } from './auth/staff.ts';
import { DEFAULT_POSTGRES_TIMEOUTS, type PostgresTimeouts } from './db/postgres.ts';
import { LOG_LEVELS, type LogLevel } from './log.ts';
import { DEFAULT_DATA_DIR, type ServerOptions } from './server.ts';

type Env = Record<string, string | undefined>;

/** The exit code when the environment is wrong (sysexits' EX_CONFIG): supervisors are told not to restart on it. */
export const EX_CONFIG = 78;

/** The configuration cannot work: `problems` holds one sentence per variable, each naming it. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      problems.length === 1
        ? problems[0]
        : `The server's environment has ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

// What each variable must look like; the error text completes "NAME must be …".
const whole = z.optional(z.string().check(z.regex(/^\d+$/, 'a whole number')));
const url = (protocols: readonly string[], what: string) =>
  z.optional(z.string().check(z.refine((value) => { try { return protocols.includes(new URL(value).protocol); } catch { return false; } }, what)));
const origin = (value: string) => { try { return new URL(value).origin === value; } catch { return false; } };
const flag = z.optional(z.string().check(z.regex(/^(1|0|true|false|yes|no)$/i, 'one of 1, true, yes (on) or 0, false, no (off)')));

const EnvSchema = z.object({
  PORT: z.optional(z.string().check(z.refine((v) => /^\d+$/.test(v) && Number(v) <= 65_535, 'a port number (0 to 65535)'))),
  LOG_LEVEL: z.optional(z.string().check(z.refine((v) => (LOG_LEVELS as readonly string[]).includes(v), `one of ${LOG_LEVELS.join(', ')}`))),
  DATABASE_URL: url(['postgres:', 'postgresql:'], 'a PostgreSQL connection URL (postgres://user:password@host:5432/database)'),
  SMTP_URL: url(['smtp:', 'smtps:'], 'a mail server URL (smtp://user:password@host:587 or smtps://…)'),
  AUTH_JWKS_URL: url(['https:', 'http:'], 'the http(s) URL of the member site\'s JSON Web Key Set'),
  PUBLIC_URL: url(['https:', 'http:'], 'the http(s) address members reach this server at, for links in emails (https://mentoring.example.org)'),
  ALLOWED_ORIGINS: z.optional(z.string().check(z.refine(
    (v) => v.split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean).every(origin),
    'origins separated by commas (https://members.example.org, with no path)',
  ))),
  DEMO: flag,
  RATE_LIMIT_PER_MINUTE: whole, RATE_LIMIT_BURST: whole, JOBS_INTERVAL_MS: whole, BODY_LIMIT_BYTES: whole,
  HSTS_MAX_AGE_SECONDS: whole, AUTH_MAX_TOKEN_SECONDS: whole, DEMO_ROSTER_SIZE: whole, DEMO_ROSTER_SEED: whole,
  DATABASE_CONNECT_TIMEOUT_MS: whole, DATABASE_STATEMENT_TIMEOUT_MS: whole, DATABASE_TRANSACTION_TIMEOUT_MS: whole,
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: whole,
});

/**
 * The server's options from the environment; throws a ConfigError naming every variable that is wrong.
 * (A missing token key outside demo mode, and a secret under 32 bytes, are refused when the server starts.)
 */
export function configFromEnv(env: Env = process.env): ServerOptions {
  const set: Env = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const problems: string[] = [];
  const parsed = EnvSchema.safeParse(set);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${String(issue.path[0])} must be ${issue.message} (it is ${JSON.stringify(set[String(issue.path[0])])}).`);
  }
  const bad = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])));
  /** A checked whole number, or its default when unset or already reported. */
  const int = (name: string, fallback: number) => (set[name] === undefined || bad.has(name) ? fallback : Number(set[name]));
  const check = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return fallback;
    }
  };

  const demo = /^(1|true|yes)$/i.test(set.DEMO ?? '');
  const perMinute = int('RATE_LIMIT_PER_MINUTE', 600);
  const staff = check(() => staffFromEnv(set), {});
  const databaseTimeouts = set.DATABASE_URL ? check(() => timeoutsFromEnv(int), DEFAULT_POSTGRES_TIMEOUTS) : undefined;
  const settings = set.PROGRAM_SETTINGS_FILE ? check(() => settingsFile(set.PROGRAM_SETTINGS_FILE as string), undefined) : undefined;
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port: int('PORT', 3000),
    host: set.HOST ?? '0.0.0.0',
    ...(set.DATABASE_URL ? { databaseUrl: set.DATABASE_URL, databaseTimeouts } : { dataDir: set.DATA_DIR ?? DEFAULT_DATA_DIR }),
    ...(settings ? { settings } : {}),
    auth: {
      ...(set.AUTH_JWT_SECRET ? { jwtSecret: set.AUTH_JWT_SECRET } : {}),
      ...(set.AUTH_PUBLIC_KEY ? { publicKey: set.AUTH_PUBLIC_KEY.replace(/\\n/g, '\n') } : {}),
      ...(set.AUTH_PUBLIC_KEY_ALG ? { publicKeyAlg: set.AUTH_PUBLIC_KEY_ALG } : {}),
      ...(set.AUTH_JWKS_URL ? { jwksUrl: set.AUTH_JWKS_URL } : {}),
      ...(set.AUTH_ISSUER ? { issuer: set.AUTH_ISSUER } : {}),
      ...(set.AUTH_AUDIENCE ? { audience: set.AUTH_AUDIENCE } : {}),
      ...(set.AUTH_MAX_TOKEN_SECONDS ? { maxTokenSeconds: int('AUTH_MAX_TOKEN_SECONDS', 3600) } : {}),
      ...staff,
    },
    trustedProxies: list(set.TRUSTED_PROXIES),
    demo: demo ? { rosterSize: int('DEMO_ROSTER_SIZE', DEMO_ROSTER_SIZE), rosterSeed: int('DEMO_ROSTER_SEED', DEMO_ROSTER_SEED) } : false,
    allowedOrigins: list(set.ALLOWED_ORIGINS).map((o) => o.replace(/\/$/, '')),
    ...(set.SMTP_URL ? { smtpUrl: set.SMTP_URL } : {}),
    ...(set.MAIL_FROM ? { mailFrom: set.MAIL_FROM } : {}),
    ...(set.PUBLIC_URL ? { publicUrl: set.PUBLIC_URL } : {}),
    ...(set.UNSUBSCRIBE_SECRET ? { unsubscribeSecret: set.UNSUBSCRIBE_SECRET } : {}),
    rateLimit: perMinute > 0 ? { perMinute, burst: int('RATE_LIMIT_BURST', 120) } : null,
    log: (set.LOG_LEVEL ?? 'info') as LogLevel,
    jobsIntervalMs: int('JOBS_INTERVAL_MS', 60_000),
    bodyLimit: int('BODY_LIMIT_BYTES', 64 * 1024),
    ...(set.HSTS_MAX_AGE_SECONDS ? { hstsMaxAgeSeconds: int('HSTS_MAX_AGE_SECONDS', 0) } : {}),
    ...(set.STATIC_ROOT ? { staticRoot: set.STATIC_ROOT } : {}),
  };
}

/** AUTH_STAFF_CLAIM and AUTH_STAFF_VALUE, AUTH_STAFF_IDS (`staff`, when any is set): checked now, so a server never starts misconfigured. */
function staffFromEnv(env: Env): { staff?: StaffConfig } {
  const config: StaffConfig = {
    ...(env.AUTH_STAFF_CLAIM ? { claim: env.AUTH_STAFF_CLAIM.trim() } : {}),
    ...(env.AUTH_STAFF_VALUE ? { value: env.AUTH_STAFF_VALUE.trim() } : {}),
    ...(env.AUTH_STAFF_IDS ? { ids: staffIds(env.AUTH_STAFF_IDS) } : {}),
  };
  staffCheck(config);
  return Object.keys(config).length > 0 ? { staff: config } : {};
}

/** PostgreSQL's time limits, in milliseconds (DEFAULT_POSTGRES_TIMEOUTS when not set); 0 is refused. */
function timeoutsFromEnv(int: (name: string, fallback: number) => number): PostgresTimeouts {
  const zero: string[] = [];
  const limit = (name: string, fallback: number) => {
    const ms = int(name, fallback);
    if (ms <= 0) zero.push(name);
    return ms;
  };
  const timeouts = {
    connectMs: limit('DATABASE_CONNECT_TIMEOUT_MS', DEFAULT_POSTGRES_TIMEOUTS.connectMs),
    statementMs: limit('DATABASE_STATEMENT_TIMEOUT_MS', DEFAULT_POSTGRES_TIMEOUTS.statementMs),
    transactionMs: limit('DATABASE_TRANSACTION_TIMEOUT_MS', DEFAULT_POSTGRES_TIMEOUTS.transactionMs),
    idleInTransactionMs: limit('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', DEFAULT_POSTGRES_TIMEOUTS.idleInTransactionMs),
  };
  if (zero.length > 0) throw new Error(`${zero.join(', ')} must be a number of milliseconds above 0.`);
  return timeouts;
}

/** A comma-separated list; empty when unset. */
function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
}

function settingsFile(path: string) {
  try {
    return programSettings(JSON.parse(readFileSync(path, 'utf8')) as object);
  } catch (error) {
    throw new Error(`PROGRAM_SETTINGS_FILE must be a JSON file of program settings (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
}
