/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, a free port on
 * 127.0.0.1, pg_ctl start; stop and remove afterwards. Run as root, the server runs as the
 * `postgres` user (PostgreSQL refuses to run as root), which is given the folder.
 *
 * Where no PostgreSQL is installed, `postgresAvailable()` says why, and suites skip with that
 * reason printed — unless LADDER_REQUIRE_POSTGRES=1 (CI), where a missing PostgreSQL fails.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  /** A URL for another database of the same cluster. */
  urlFor(database: string): string;
  stop(): void;
}

export const requirePostgres = process.env.LADDER_REQUIRE_POSTGRES === '1';

/** The bin folder of the newest PostgreSQL found (LADDER_PG_BIN, then /usr/lib/postgresql/N/bin). */
export function findPostgresBin(): string | undefined {
  const fromEnv = process.env.LADDER_PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

/** Why PostgreSQL cannot be used here, or undefined when it can. */
export function postgresUnavailableReason(): string | undefined {
  if (process.platform === 'win32') return 'the PostgreSQL test helper runs on Linux and macOS only';
  if (!findPostgresBin()) return 'no PostgreSQL found (looked in $LADDER_PG_BIN and /usr/lib/postgresql/*/bin); install postgresql to run this suite';
  if (isRoot() && !userExists('postgres')) return 'running as root, but there is no "postgres" user to run the server as';
  return undefined;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function userExists(name: string): boolean {
  try {
    execFileSync('id', ['-u', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function uidGid(name: string): [number, number] {
  const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
  return [uid, gid];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL program, as the postgres user when we are root. */
function pgRun(bin: string, program: string, args: string[]): void {
  const exe = join(bin, program);
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
  try {
    execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  } catch (e) {
    const err = e as { stderr?: Buffer; stdout?: Buffer; message: string };
    throw new Error(`${program} failed: ${err.message}\n${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`);
  }
}

const running = new Set<() => void>();
let exitHookInstalled = false;

/** Starts a fresh cluster; call stop() when done (it is also stopped when the process exits). */
export async function startPostgres(): Promise<PostgresServer> {
  const reason = postgresUnavailableReason();
  if (reason) throw new Error(`PostgreSQL is not available: ${reason}`);
  const bin = findPostgresBin()!;
  const dir = mkdtempSync(join(tmpdir(), 'ladder-pg-'));
  if (isRoot()) {
    const [uid, gid] = uidGid('postgres');
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  pgRun(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=50'].join(' ');
  pgRun(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    running.delete(stop);
    try {
      pgRun(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  running.add(stop);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const s of [...running]) s();
    });
  }
  const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return { url: urlFor('postgres'), port, urlFor, stop };
}
