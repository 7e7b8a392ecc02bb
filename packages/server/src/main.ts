#!/usr/bin/env node
// The server as deployed: `mentor-match-server` (the package's bin, dist/main.js, plain Node) or, in this
// repository, `node --import tsx packages/server/src/main.ts`. Configured from the environment, stopping
// gracefully on SIGTERM / SIGINT (finish requests in flight, stop the jobs, close the database).
// Exit codes: 0 stopped, 1 could not start, 78 (EX_CONFIG) the environment is wrong: a supervisor should not
// restart it (the systemd unit's RestartPreventExitStatus) until someone fixes the variables named.
import { ConfigError, EX_CONFIG, configFromEnv } from './config.ts';
import { startServer } from './server.ts';

try {
  const server = await startServer(configFromEnv());
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'shutting down', signal })}\n`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'invalid configuration', problems: error.problems })}\n`);
    process.stderr.write(`${error.message}\n`);
    process.exit(EX_CONFIG);
  }
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'could not start', error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
}
