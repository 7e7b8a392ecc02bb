// A PostgreSQL cluster of a test's own, from Debian's binaries (/usr/lib/postgresql/<version>/bin): created
// in a temporary folder on a free port, and stopped, started, paused (SIGSTOP) and resumed (SIGCONT) as the
// test says, without touching any other cluster on the machine. Run as the `postgres` user when the tests
// run as root (initdb refuses root).
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PG_ROOT = '/usr/lib/postgresql';

/** The newest installed version's bin folder, or null when PostgreSQL is not installed. */
export function postgresBinaries(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT).filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'pg_ctl'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(PG_ROOT, versions[0], 'bin') : null;
}

export interface PgCluster {
  /** `postgres://mentor@127.0.0.1:PORT/postgres` (trust authentication, this machine only). */
  url: string;
  /** pg_ctl stop, fast: connections are told and closed. */
  stop(): void;
  start(): void;
  /** Every process of the cluster stopped with SIGSTOP: it holds its connections and answers nothing. */
  pause(): void;
  resume(): void;
  /** Stops it, whatever state it is in, and deletes its folder. */
  destroy(): void;
}

export async function startCluster(): Promise<PgCluster> {
  const bin = postgresBinaries();
  if (!bin) throw new Error(`No PostgreSQL binaries under ${PG_ROOT} (apt-get install postgresql)`);
  const dir = mkdtempSync(join(tmpdir(), 'mentor-match-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim()));
    chownSync(dir, uid as number, gid as number);
  }
  const run = (tool: string, args: string[], check = true) => {
    const command = asRoot ? 'runuser' : join(bin, tool);
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: dir });
    if (check && result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  };
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'mentor', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const settings = [
    `-p ${port}`, '-c listen_addresses=127.0.0.1', `-c unix_socket_directories=${dir}`,
    '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off',
  ].join(' ');
  const start = () => run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'log'), '-w', 'start']);
  start();

  /** The postmaster and every process it started (backends, checkpointer, …). */
  const processes = (): number[] => {
    const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).filter((pid) => {
      try {
        // The parent's pid is the 4th field of /proc/<pid>/stat, after the command in parentheses.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    });
    return [postmaster, ...children.map(Number)];
  };
  const signal = (name: NodeJS.Signals) => {
    for (const pid of processes()) {
      try {
        process.kill(pid, name);
      } catch {
        // A backend that exited meanwhile.
      }
    }
  };

  return {
    url: `postgres://mentor@127.0.0.1:${port}/postgres`,
    stop: () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    start,
    pause: () => signal('SIGSTOP'),
    resume: () => signal('SIGCONT'),
    destroy() {
      if (existsSync(join(data, 'postmaster.pid'))) {
        signal('SIGCONT');
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], false);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
