/**
 * A throwaway PostgreSQL server for tests: Debian's binaries (`/usr/lib/postgresql/<version>/bin`),
 * a fresh cluster in a new temporary directory, a free TCP port on 127.0.0.1 and a unix socket in
 * that directory. It is always stopped and its directory deleted: by `stop()`, and by exit, SIGINT,
 * SIGTERM and SIGHUP handlers should the run end any other way.
 *
 * PostgreSQL refuses to run as root: as root, every command runs as the `postgres` system user
 * (created by Debian's package) through `runuser`, and the directory is handed to that user.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../helpers/free-port.js';

/** Where Debian installs each major version's server binaries. */
const DEBIAN_ROOT = '/usr/lib/postgresql';
const BINARIES = ['initdb', 'pg_ctl', 'postgres'] as const;

/** The newest `/usr/lib/postgresql/<version>/bin` holding initdb, pg_ctl and postgres (or `$PG_BINDIR`). */
export function findPostgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BINDIR) candidates.push(process.env.PG_BINDIR);
  else if (existsSync(DEBIAN_ROOT)) {
    const versions = readdirSync(DEBIAN_ROOT)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => parseFloat(b) - parseFloat(a));
    candidates.push(...versions.map((version) => join(DEBIAN_ROOT, version, 'bin')));
  }
  return candidates.find((bin) => BINARIES.every((name) => existsSync(join(bin, name)))) ?? null;
}

/** The uid and gid of a system user, from /etc/passwd; `null` when there is no such user. */
function systemUser(name: string): { uid: number; gid: number } | null {
  for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
    const [user, , uid, gid] = line.split(':');
    if (user === name && uid !== undefined && gid !== undefined) return { uid: Number(uid), gid: Number(gid) };
  }
  return null;
}

/** A running throwaway server. */
export interface TempPostgres {
  readonly version: string;
  readonly port: number;
  readonly host: '127.0.0.1';
  /** The unix-socket directory. */
  readonly socketDir: string;
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication). */
  readonly url: string;
  /** Stops the server (immediately) and deletes its directory; safe to call twice. */
  stop(): void;
}

const cleanups = new Set<() => void>();
let handlersInstalled = false;

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const cleanup of [...cleanups]) cleanup();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      for (const cleanup of [...cleanups]) cleanup();
      process.exit(130);
    });
  }
}

/** What went wrong starting the server, with the command's output. */
export class PostgresSetupError extends Error {}

/**
 * Creates a cluster in a new temporary directory and starts it. `settings` are extra server
 * settings (`-c name=value`), e.g. an odd `TimeZone` to show that nothing depends on it.
 */
export async function startTempPostgres(settings: Record<string, string> = {}): Promise<TempPostgres> {
  const bin = findPostgresBin();
  if (bin === null) {
    throw new PostgresSetupError(
      `PostgreSQL's server binaries (initdb, pg_ctl, postgres) were not found under ${DEBIAN_ROOT}/*/bin: ` +
        "install Debian's package with `apt-get install -y postgresql` (or set PG_BINDIR)",
    );
  }
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? systemUser('postgres') : null;
  if (asRoot && owner === null) {
    throw new PostgresSetupError(
      'running as root, and PostgreSQL refuses to run as root: the `postgres` system user (created by ' +
        "Debian's package, `apt-get install -y postgresql`) is missing",
    );
  }
  installHandlers();
  const root = mkdtempSync(join(tmpdir(), 'lead-dashboard-pg-'));
  const data = join(root, 'data');
  const socketDir = join(root, 'socket');
  const log = join(root, 'server.log');
  mkdirSync(socketDir);
  if (owner) {
    chownSync(root, owner.uid, owner.gid);
    chownSync(socketDir, owner.uid, owner.gid);
  }
  const run = (command: string, args: string[]) => {
    const [file, argv] = owner ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
    const result = spawnSync(file, argv, { cwd: root, encoding: 'utf8', timeout: 60_000 });
    return { ok: result.status === 0, output: `${result.error?.message ?? ''}${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
  };
  let started = false;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    cleanups.delete(stop);
    if (started) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '20', 'stop']);
    rmSync(root, { recursive: true, force: true });
  };
  cleanups.add(stop);
  try {
    const init = run('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C',
      '--no-sync',
      '--no-instructions',
    ]);
    if (!init.ok) throw new PostgresSetupError(`initdb failed:\n${init.output}`);
    const version = readFileSync(join(data, 'PG_VERSION'), 'utf8').trim();
    const options = {
      listen_addresses: '127.0.0.1',
      unix_socket_directories: socketDir,
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
      max_connections: '20',
      shared_buffers: '32MB',
      ...settings,
    };
    // a port can be taken between the probe and the server's bind: try a few
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const serverArgs = [`-p ${port}`, ...Object.entries(options).map(([name, value]) => `-c ${shellWord(`${name}=${value}`)}`)].join(' ');
      started = true;
      const start = run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', '-o', serverArgs, 'start']);
      if (start.ok) {
        return { version, port, host: '127.0.0.1', socketDir, url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
      }
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '20', 'stop']);
      started = false;
      if (attempt >= 3 || !/could not bind|address already in use/i.test(serverLog)) {
        throw new PostgresSetupError(`pg_ctl start failed:\n${start.output}\n${serverLog}`.trim());
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
}

/** A word for pg_ctl's `-o` string, which a shell splits: single-quoted unless plainly safe. */
function shellWord(value: string): string {
  return /^[\w./:=,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
