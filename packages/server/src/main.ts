// `node --import tsx packages/server/src/main.ts`: the server as deployed, configured from the environment,
// stopping gracefully on SIGTERM / SIGINT (finish requests in flight, stop the jobs, close the database).
import { configFromEnv } from './config.ts';
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
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'could not start', error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
}
