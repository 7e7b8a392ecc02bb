// A real WordPress for the plugin's end-to-end test: Debian's `wordpress` package (6.1) on PHP 8.2's
// built-in web server, with a fresh database in MariaDB and a site folder of the test's own (Debian's
// WordPress code linked in, a fresh wp-config.php, a wp-content holding a copy of the plugin). Installed by
// WordPress's own installer and set up through PHP scripts over WordPress's functions
// (test/e2e/wordpress/wp.php: wp-cli is not in Debian). scripts/ci-wordpress.sh installs what it needs.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const tools = path.join(here, 'wordpress');
export const PLUGIN_DIR = path.join(repo, 'examples', 'wordpress', 'mentor-match');
const WORDPRESS = '/usr/share/wordpress';
/** Debian's block theme (WordPress's default in 6.1), relative to WORDPRESS. */
const THEME = 'wp-content/themes/twentytwentythree';
const INSTALL = 'bash scripts/ci-wordpress.sh';

/** MariaDB and its test user, as scripts/ci-wordpress.sh makes them (TEST_MARIADB_URL overrides). */
function mariadb(): { host: string; user: string; password: string } {
  const url = new URL(process.env.TEST_MARIADB_URL || 'mysql://mentor_match:mentor_match@localhost/');
  return { host: url.host, user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}

/**
 * Fails, saying what to run, unless Debian's WordPress, PHP with mysqli and MariaDB are installed; starts
 * MariaDB (the same script, which installs nothing then) when it is installed but not running.
 */
export async function requireWordPress(): Promise<void> {
  const php = spawnSync('php', ['-r', 'echo extension_loaded("mysqli") ? "yes" : "no";'], { encoding: 'utf8' });
  const missing = [
    ...(existsSync(path.join(WORDPRESS, 'wp-settings.php')) ? [] : ['wordpress']),
    ...(existsSync(path.join(WORDPRESS, THEME)) ? [] : ['wordpress-theme-twentytwentythree']),
    ...(php.status === 0 ? (php.stdout === 'yes' ? [] : ['php8.2-mysql']) : ['php8.2-cli']),
    ...(existsSync('/usr/sbin/mariadbd') ? [] : ['mariadb-server']),
  ];
  if (missing.length > 0) {
    throw new Error(`The WordPress test needs Debian's ${missing.join(', ')}: run \`${INSTALL}\` (as root) first.`);
  }
  if (spawnSync('mariadb-admin', ['--protocol=socket', 'ping'], { stdio: 'ignore' }).status !== 0) {
    const started = spawnSync('bash', [path.join(repo, 'scripts', 'ci-wordpress.sh')], { encoding: 'utf8' });
    if (started.status !== 0) throw new Error(`MariaDB is not running and \`${INSTALL}\` could not start it:\n${started.stderr}`);
  }
}

/** The plugin's token signing (includes/jwt.php) run alone by PHP: the token it makes of `claims`. */
export async function mintWithPlugin(claims: Record<string, unknown>, secret: string): Promise<string> {
  return (await run('php', [path.join(tools, 'mint.php'), JSON.stringify({ claims, secret })])).stdout;
}

/** A free port on 127.0.0.1 (PHP's server cannot pick one itself and say which). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface WordPressSite {
  /** `http://127.0.0.1:PORT` */
  url: string;
  dir: string;
  /** Runs a command of test/e2e/wordpress/wp.php inside the site; resolves with its JSON answer. */
  wp<T = unknown>(command: string, input?: Record<string, unknown>): Promise<T>;
  /** Starts PHP's web server on the site's port. */
  serve(): Promise<void>;
  /** What PHP logged (WP_DEBUG_LOG): warnings, notices, fatal errors. */
  debugLog(): Promise<string>;
  /** The last `lines` requests PHP's web server answered, each with its status and time: for failures. */
  serverLog(lines?: number): string;
  close(): Promise<void>;
}

/**
 * A new, installed WordPress site in `dir` on `port`, with its own database; the plugin is copied into it
 * (as a site owner installs it) but not yet activated.
 */
export async function createWordPressSite(dir: string, port: number, admin: { login: string; password: string; email: string }): Promise<WordPressSite> {
  const url = `http://127.0.0.1:${port}`;
  const db = { ...mariadb(), name: `mentor_match_wp_${process.pid}_${randomBytes(3).toString('hex')}` };
  for (const entry of await readdir(WORDPRESS)) {
    if (entry !== 'wp-config.php' && entry !== 'wp-content') await symlink(path.join(WORDPRESS, entry), path.join(dir, entry));
  }
  const content = path.join(dir, 'wp-content');
  await mkdir(path.join(content, 'themes'), { recursive: true });
  await mkdir(path.join(content, 'uploads'), { recursive: true });
  await symlink(path.join(WORDPRESS, THEME), path.join(dir, THEME));
  await cp(PLUGIN_DIR, path.join(content, 'plugins', 'mentor-match'), { recursive: true });
  await writeFile(path.join(dir, 'wp-config.php'), wpConfig(dir, url, db));

  const php = async (script: string, ...args: string[]) => (await run('php', [path.join(tools, script), ...args], { maxBuffer: 16 * 1024 * 1024 })).stdout;
  await php('db.php', 'create', JSON.stringify(db));
  let server: ChildProcess | undefined;
  let said = '';
  const site: WordPressSite = {
    url,
    dir,
    async wp<T>(command: string, input: Record<string, unknown> = {}) {
      return JSON.parse(await php('wp.php', dir, command, JSON.stringify({ url, ...input }))) as T;
    },
    async serve() {
      // Several workers: two members' pages, their scripts and the token endpoint are asked for at once.
      // A process group of its own: the workers are the server's children, and close() stops them all.
      server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', dir, path.join(tools, 'router.php')], {
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
        stdio: ['ignore', 'ignore', 'pipe'],
        detached: true,
      });
      server.stderr?.on('data', (chunk: Buffer) => {
        said += chunk.toString();
      });
      for (let attempt = 0; ; attempt += 1) {
        try {
          if ((await fetch(`${url}/wp-login.php`)).ok) return;
        } catch {
          // Not listening yet.
        }
        if (server.exitCode !== null || attempt > 100) throw new Error(`PHP's web server did not start on ${url}:\n${said}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    serverLog: (lines = 40) =>
      said
        .split('\n')
        .filter((line) => / \[\d{3}\]: /.test(line))
        .slice(-lines)
        .join('\n'),
    debugLog: async () => {
      const log = path.join(content, 'debug.log');
      return existsSync(log) ? readFile(log, 'utf8') : '';
    },
    async close() {
      if (server?.pid !== undefined && server.exitCode === null) {
        const exited = new Promise((resolve) => server?.once('exit', resolve));
        process.kill(-server.pid, 'SIGTERM');
        await exited;
      }
      // A worker still finishing holds the pipe a moment longer: the test need not wait for it.
      server?.stderr?.destroy();
      await php('db.php', 'drop', JSON.stringify(db));
    },
  };
  try {
    await site.wp('install', { title: 'Northbridge Society', admin });
  } catch (error) {
    await site.close();
    throw error;
  }
  return site;
}

/** A fresh wp-config.php: the site's own database, address and folder; no cron, no calls to wordpress.org. */
function wpConfig(dir: string, url: string, db: { host: string; user: string; password: string; name: string }): string {
  const php = (value: string) => `'${value.replace(/[\\']/g, '\\$&')}'`;
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return [
    '<?php',
    `define( 'DB_NAME', ${php(db.name)} );`,
    `define( 'DB_USER', ${php(db.user)} );`,
    `define( 'DB_PASSWORD', ${php(db.password)} );`,
    `define( 'DB_HOST', ${php(db.host)} );`,
    "define( 'DB_CHARSET', 'utf8mb4' );",
    "define( 'DB_COLLATE', '' );",
    ...salts.map((name) => `define( '${name}', '${randomBytes(32).toString('hex')}' );`),
    "$table_prefix = 'wp_';",
    `define( 'WP_HOME', ${php(url)} );`,
    `define( 'WP_SITEURL', ${php(url)} );`,
    `define( 'WP_CONTENT_DIR', ${php(path.join(dir, 'wp-content'))} );`,
    `define( 'WP_CONTENT_URL', ${php(`${url}/wp-content`)} );`,
    // PHP's server answers one request per worker: WordPress's cron calling itself back would only wait.
    "define( 'DISABLE_WP_CRON', true );",
    // No network here: update checks and news feeds would wait for their time-outs.
    "define( 'WP_HTTP_BLOCK_EXTERNAL', true );",
    "define( 'AUTOMATIC_UPDATER_DISABLED', true );",
    "define( 'WP_DEBUG', true );",
    "define( 'WP_DEBUG_DISPLAY', false );",
    "define( 'WP_DEBUG_LOG', true );",
    "if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }",
    "require_once ABSPATH . 'wp-settings.php';",
    '',
  ].join('\n');
}
