// @mentor-match/server: the reference REST server.
export { createApp, API_BASE, DEFAULT_BODY_LIMIT, type AppOptions } from './http/app.ts';
export { startServer, DEFAULT_DATA_DIR, type ServerOptions, type RunningServer } from './server.ts';
export { ConfigError, configFromEnv } from './config.ts';
export { createTokenVerifier, mintToken, DEFAULT_ISSUER, DEFAULT_AUDIENCE, type AuthConfig, type Identity } from './auth/tokens.ts';
export type { Database, Queryable } from './db/database.ts';
export { openPglite } from './db/pglite.ts';
export { openPostgres } from './db/postgres.ts';
export { migrate } from './db/migrate.ts';
export { SqlStore, type SqlStoreOptions } from './store/sql-store.ts';
export { createLogger, type Logger, type LogLevel } from './log.ts';
export {
  API_SECURITY_HEADERS, contentSecurityPolicy, pageSecurityHeaders, strictTransportSecurity, type TransportSecurity,
} from './http/security-headers.ts';
