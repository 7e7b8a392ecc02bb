// The server's settings from the environment (12-factor): every variable is documented in the README's
// "Deploy the server" section. Invalid values stop the start with a message naming the variable.
import { readFileSync } from 'node:fs';
import { programSettings } from '@mentor-match/core';
import { DEMO_ROSTER_SEED, DEMO_ROSTER_SIZE } from '@mentor-match/demo';
import { staffCheck, staffIds, type StaffConfig } from './auth/staff.ts';
import { DEFAULT_POSTGRES_TIMEOUTS, type PostgresTimeouts } from './db/postgres.ts';
import { LOG_LEVELS, type LogLevel } from './log.ts';
import { DEFAULT_DATA_DIR, type ServerOptions } from './server.ts';

type Env = Record<string, string | undefined>;

export function configFromEnv(env: Env = process.env): ServerOptions {
  const demo = flag(env, 'DEMO');
  const level = env.LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) fail('LOG_LEVEL', `one of ${LOG_LEVELS.join(', ')}`);
  const perMinute = int(env, 'RATE_LIMIT_PER_MINUTE', 600);
  return {
    port: int(env, 'PORT', 3000),
    host: env.HOST || '0.0.0.0',
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, databaseTimeouts: databaseTimeouts(env) } : { dataDir: env.DATA_DIR || DEFAULT_DATA_DIR }),
    ...(env.PROGRAM_SETTINGS_FILE ? { settings: settingsFile(env.PROGRAM_SETTINGS_FILE) } : {}),
    auth: {
      ...(env.AUTH_JWT_SECRET ? { jwtSecret: env.AUTH_JWT_SECRET } : {}),
      ...(env.AUTH_PUBLIC_KEY ? { publicKey: env.AUTH_PUBLIC_KEY.replace(/\\n/g, '\n') } : {}),
      ...(env.AUTH_PUBLIC_KEY_ALG ? { publicKeyAlg: env.AUTH_PUBLIC_KEY_ALG } : {}),
      ...(env.AUTH_JWKS_URL ? { jwksUrl: env.AUTH_JWKS_URL } : {}),
      ...(env.AUTH_ISSUER ? { issuer: env.AUTH_ISSUER } : {}),
      ...(env.AUTH_AUDIENCE ? { audience: env.AUTH_AUDIENCE } : {}),
      ...(env.AUTH_MAX_TOKEN_SECONDS ? { maxTokenSeconds: int(env, 'AUTH_MAX_TOKEN_SECONDS', 3600) } : {}),
      ...staffFromEnv(env),
    },
    trustedProxies: list(env, 'TRUSTED_PROXIES'),
    demo: demo ? { rosterSize: int(env, 'DEMO_ROSTER_SIZE', DEMO_ROSTER_SIZE), rosterSeed: int(env, 'DEMO_ROSTER_SEED', DEMO_ROSTER_SEED) } : false,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean),
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    ...(env.MAIL_FROM ? { mailFrom: env.MAIL_FROM } : {}),
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    ...(env.UNSUBSCRIBE_SECRET ? { unsubscribeSecret: env.UNSUBSCRIBE_SECRET } : {}),
    rateLimit: perMinute > 0 ? { perMinute, burst: int(env, 'RATE_LIMIT_BURST', 120) } : null,
    log: level as LogLevel,
    jobsIntervalMs: int(env, 'JOBS_INTERVAL_MS', 60_000),
    bodyLimit: int(env, 'BODY_LIMIT_BYTES', 64 * 1024),
    ...(env.HSTS_MAX_AGE_SECONDS ? { hstsMaxAgeSeconds: int(env, 'HSTS_MAX_AGE_SECONDS', 0) } : {}),
    ...(env.STATIC_ROOT ? { staticRoot: env.STATIC_ROOT } : {}),
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

/** PostgreSQL's time limits, in milliseconds (DEFAULT_POSTGRES_TIMEOUTS when not set). */
function databaseTimeouts(env: Env): PostgresTimeouts {
  const limit = (name: string, fallback: number) => {
    const ms = int(env, name, fallback);
    return ms > 0 ? ms : fail(name, 'a number of milliseconds above 0');
  };
  return {
    connectMs: limit('DATABASE_CONNECT_TIMEOUT_MS', DEFAULT_POSTGRES_TIMEOUTS.connectMs),
    statementMs: limit('DATABASE_STATEMENT_TIMEOUT_MS', DEFAULT_POSTGRES_TIMEOUTS.statementMs),
    transactionMs: limit('DATABASE_TRANSACTION_TIMEOUT_MS', DEFAULT_POSTGRES_TIMEOUTS.transactionMs),
    idleInTransactionMs: limit('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', DEFAULT_POSTGRES_TIMEOUTS.idleInTransactionMs),
  };
}

function flag(env: Env, name: string): boolean {
  const value = (env[name] ?? '').toLowerCase();
  return value === '1' || value === 'true' || value === 'yes';
}

/** A comma-separated list; empty when unset. */
function list(env: Env, name: string): string[] {
  return (env[name] ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
}

function int(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) fail(name, 'a whole number');
  return Number(raw);
}

function settingsFile(path: string) {
  try {
    return programSettings(JSON.parse(readFileSync(path, 'utf8')) as object);
  } catch (error) {
    return fail('PROGRAM_SETTINGS_FILE', `a JSON file of program settings (${error instanceof Error ? error.message : String(error)})`);
  }
}

function fail(name: string, expected: string): never {
  throw new Error(`${name} must be ${expected}.`);
}
