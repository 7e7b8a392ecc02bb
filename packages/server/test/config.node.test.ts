// The environment is checked as a whole: every wrong variable is named in one message, so an operator fixes
// them all at once. (server-lifecycle.node.test.ts checks what each variable reads to.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, configFromEnv } from '../src/config.ts';

describe('configFromEnv: one message for every wrong variable', () => {
  it('names each wrong variable, what it must be and what it is', () => {
    const error = (() => {
      try {
        configFromEnv({
          PORT: '80000', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://db/mm', SMTP_URL: 'mail.example.org', ALLOWED_ORIGINS: 'https://a.example.org/path',
          DEMO: 'maybe', JOBS_INTERVAL_MS: '1m', AUTH_STAFF_CLAIM: 'roles', DATABASE_TRANSACTION_TIMEOUT_MS: '0', PROGRAM_SETTINGS_FILE: '/nonexistent.json',
        });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    assert.ok(error instanceof ConfigError, 'a ConfigError');
    const named = ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'SMTP_URL', 'ALLOWED_ORIGINS', 'DEMO', 'JOBS_INTERVAL_MS', 'AUTH_STAFF_CLAIM', 'DATABASE_TRANSACTION_TIMEOUT_MS', 'PROGRAM_SETTINGS_FILE'];
    assert.equal(error.problems.length, named.length, error.message);
    for (const name of named) assert.ok(error.problems.some((p) => p.includes(name)), `${name} is named: ${error.message}`);
    assert.match(error.message, /^The server's environment has 10 problems:\n {2}- /);
    assert.ok(error.problems.includes('PORT must be a port number (0 to 65535) (it is "80000").'), error.message);
    assert.ok(error.problems.includes('LOG_LEVEL must be one of debug, info, warn, error, silent (it is "loud").'), error.message);
  });

  it('takes an empty variable as unset, and right values as they are', () => {
    const config = configFromEnv({ PORT: '', DATABASE_URL: '', LOG_LEVEL: '', DEMO: '', SMTP_URL: 'smtps://u:p@mail.example.org:465', ALLOWED_ORIGINS: 'https://a.example.org/' });
    assert.equal(config.port, 3000);
    assert.equal(config.dataDir, '.data/pglite');
    assert.equal(config.log, 'info');
    assert.equal(config.demo, false);
    assert.deepEqual(config.allowedOrigins, ['https://a.example.org']);
    assert.equal(configFromEnv({ DEMO: 'yes' }).demo !== false, true);
  });

  it('one wrong variable is its own message', () => {
    assert.throws(() => configFromEnv({ BODY_LIMIT_BYTES: 'lots' }), { name: 'ConfigError', message: 'BODY_LIMIT_BYTES must be a whole number (it is "lots").' });
  });
});
