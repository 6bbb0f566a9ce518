/**
 * The HA topology of docs/deploy.md on one machine, loopback only, in a temp folder: etcd, two
 * PostgreSQL 15 members under Patroni (a primary and a synchronous standby), HAProxy in front
 * of PostgreSQL and of three `ruqsat serve` nodes. Config files come from deploy/ha/ with
 * their ${…} filled in; every process is started here and stopped by `stop()`, which the
 * runner calls whatever happens. As root, the database side runs as the `postgres` user
 * (PostgreSQL refuses root).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const configDir = join(root, 'deploy', 'ha');
export const PG_BIN = '/usr/lib/postgresql/15/bin';

/** Why the topology cannot run here, or null when it can. */
export function missingTools(): string | null {
  const missing = ['patroni', 'etcd', 'haproxy'].filter(
    (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0,
  );
  if (!existsSync(join(PG_BIN, 'postgres'))) missing.push(`PostgreSQL 15 (${PG_BIN})`);
  if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0)
    missing.push('a "postgres" user to run PostgreSQL as (running as root)');
  return missing.length === 0 ? null : missing.join(', ');
}

interface Ports {
  etcd: number;
  etcdPeer: number;
  pg: [number, number];
  rest: [number, number];
  haPg: number;
  haPgRead: number;
  haHttp: number;
  nodes: [number, number, number];
}

/** `n` distinct ports the kernel just gave out, all held open until the last is known. */
async function freePorts(n: number): Promise<number[]> {
  const servers = Array.from({ length: n }, () => createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve, reject) => {
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            if (typeof address === 'object' && address) resolve(address.port);
            else reject(new Error('no port'));
          });
        }),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\$\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export interface Member {
  name: 'pg1' | 'pg2';
  pgPort: number;
  restPort: number;
}

export class Cluster {
  private readonly processes = new Map<string, ChildProcess>();
  readonly members: [Member, Member];
  readonly password = randomBytes(12).toString('hex');

  private constructor(
    readonly dir: string,
    readonly ports: Ports,
    private readonly owner: { uid: number; gid: number } | undefined,
  ) {
    this.members = [
      { name: 'pg1', pgPort: ports.pg[0], restPort: ports.rest[0] },
      { name: 'pg2', pgPort: ports.pg[1], restPort: ports.rest[1] },
    ];
  }

  /** The database as Ruqsat sees it: through HAProxy, whoever leads. */
  get databaseUrl(): string {
    return `postgres://postgres:${this.password}@127.0.0.1:${this.ports.haPg}/ruqsat`;
  }

  /** The standby for the reads that tolerate its lag (DATABASE_READ_URL), through HAProxy. */
  get databaseReadUrl(): string {
    return `postgres://postgres:${this.password}@127.0.0.1:${this.ports.haPgRead}/ruqsat`;
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.ports.haHttp}`;
  }

  static async create(): Promise<Cluster> {
    const dir = await mkdtemp(join(tmpdir(), 'ruqsat-ha-'));
    const p = await freePorts(12);
    const at = (i: number) => p[i] ?? 0;
    const ports: Ports = {
      etcd: at(0),
      etcdPeer: at(1),
      pg: [at(2), at(3)],
      rest: [at(4), at(5)],
      haPg: at(6),
      haHttp: at(7),
      nodes: [at(8), at(9), at(10)],
      haPgRead: at(11),
    };
    let owner: { uid: number; gid: number } | undefined;
    if (process.getuid?.() === 0) {
      const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres']).stdout.toString().trim());
      owner = { uid: id('-u'), gid: id('-g') };
      await chown(dir, owner.uid, owner.gid);
    }
    await mkdir(join(dir, 'logs'));
    return new Cluster(dir, ports, owner);
  }

  private get values(): Record<string, string | number> {
    return {
      DIR: this.dir,
      ETCD_PORT: this.ports.etcd,
      ETCD_PEER_PORT: this.ports.etcdPeer,
      PG_PASSWORD: this.password,
    };
  }

  private async render(template: string, out: string, extra: Record<string, string | number> = {}) {
    const text = fill(await readFile(join(configDir, template), 'utf8'), { ...this.values, ...extra });
    const path = join(this.dir, out);
    await writeFile(path, text, { mode: 0o600 });
    if (this.owner) await chown(path, this.owner.uid, this.owner.gid);
    return path;
  }

  /** Starts a process in its own process group, its output in logs/<name>.log. */
  private start(
    name: string,
    command: string,
    args: string[],
    options: { env?: NodeJS.ProcessEnv; asOwner?: boolean } = {},
  ): ChildProcess {
    const log = createWriteStream(join(this.dir, 'logs', `${name}.log`));
    const child = spawn(command, args, {
      cwd: this.dir,
      env: { ...process.env, ...options.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.asOwner === true && this.owner ? this.owner : {}),
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.processes.set(name, child);
    return child;
  }

  async startDatabase(): Promise<void> {
    const etcdDir = join(this.dir, 'etcd');
    await mkdir(etcdDir, { mode: 0o700 });
    if (this.owner) await chown(etcdDir, this.owner.uid, this.owner.gid);
    this.start('etcd', 'etcd', ['--config-file', await this.render('etcd.yml', 'etcd.yml')], {
      asOwner: true,
    });
    await waitFor('etcd', async () => (await fetch(`http://127.0.0.1:${this.ports.etcd}/health`)).ok, 20_000);
    // pg1 first, so it initialises the cluster and leads; pg2 then clones it as the standby.
    for (const m of this.members) await this.startMember(m);
    await waitFor('a leader', async () => (await this.leader()) !== undefined, 60_000);
    await waitFor('a synchronous standby', async () => (await this.syncStandby()) !== undefined, 60_000);
    this.start('haproxy', 'haproxy', ['-db', '-f', join(configDir, 'haproxy.cfg')], {
      env: {
        HA_BIND: '127.0.0.1',
        HA_PG_PORT: String(this.ports.haPg),
        HA_PG_READ_PORT: String(this.ports.haPgRead),
        HA_HTTP_PORT: String(this.ports.haHttp),
        PG1_PORT: String(this.ports.pg[0]),
        PG2_PORT: String(this.ports.pg[1]),
        REST1_PORT: String(this.ports.rest[0]),
        REST2_PORT: String(this.ports.rest[1]),
        NODE1_PORT: String(this.ports.nodes[0]),
        NODE2_PORT: String(this.ports.nodes[1]),
        NODE3_PORT: String(this.ports.nodes[2]),
      },
    });
    // The application's database, created through HAProxy: the same path Ruqsat takes.
    await waitFor(
      'PostgreSQL through HAProxy',
      async () => this.psql(this.ports.haPg, 'postgres', 'SELECT 1') === '1',
      30_000,
    );
    this.psql(this.ports.haPg, 'postgres', 'CREATE DATABASE ruqsat');
  }

  /**
   * Starts a member again, as its host coming back: Patroni finds another leader, rewinds the
   * old primary's data folder (`use_pg_rewind`) and follows it as a standby.
   */
  async restartMember(m: Member): Promise<void> {
    await this.startMember(m);
  }

  private async startMember(m: Member): Promise<void> {
    const config = await this.render('patroni.yml', `${m.name}.yml`, {
      NAME: m.name,
      PG_PORT: m.pgPort,
      REST_PORT: m.restPort,
    });
    this.start(m.name, 'patroni', [config], { asOwner: true });
    await waitFor(`${m.name} running`, async () => (await this.memberState(m)) === 'running', 60_000);
  }

  /** Starts `ruqsat serve` node i (0, 1, 2) on the database through HAProxy. */
  async startNode(i: number, env: NodeJS.ProcessEnv = {}): Promise<void> {
    const port = this.ports.nodes[i];
    if (port === undefined) throw new RangeError(`no node ${i}`);
    this.start(`node${i + 1}`, process.execPath, [join(root, 'bin', 'ruqsat.js'), 'serve'], {
      env: {
        ...env,
        DATABASE_URL: this.databaseUrl,
        DATABASE_READ_URL: this.databaseReadUrl,
        // HAProxy reaches the nodes from loopback and forwards the client's address.
        RUQSAT_TRUST_PROXY: '127.0.0.1',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: join(this.dir, `node${i + 1}`),
        NODE_ENV: 'development',
      },
    });
    await waitFor(
      `node${i + 1}`,
      async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok,
      90_000,
      () => this.exited(`node${i + 1}`),
    );
  }

  /** Whether a process this cluster started is still running. */
  running(name: string): boolean {
    return this.processes.has(name) && this.exited(name) === undefined;
  }

  private exited(name: string): string | undefined {
    const child = this.processes.get(name);
    return child?.exitCode != null || child?.signalCode != null ? `${name} exited` : undefined;
  }

  /** Patroni's view of a member: 'running', 'starting', …; undefined when its REST API is down. */
  async memberState(m: Member): Promise<string | undefined> {
    const res = await fetch(`http://127.0.0.1:${m.restPort}/patroni`).catch(() => undefined);
    if (res === undefined) return undefined;
    return ((await res.json()) as { state?: string }).state;
  }

  /** The member whose Patroni answers 200 on /primary (as HAProxy asks). */
  async leader(): Promise<Member | undefined> {
    for (const m of this.members) {
      const res = await fetch(`http://127.0.0.1:${m.restPort}/primary`).catch(() => undefined);
      if (res?.status === 200) return m;
    }
    return undefined;
  }

  async syncStandby(): Promise<Member | undefined> {
    for (const m of this.members) {
      const res = await fetch(`http://127.0.0.1:${m.restPort}/synchronous`).catch(() => undefined);
      if (res?.status === 200) return m;
    }
    return undefined;
  }

  /** One value from psql on a port (HAProxy's or a member's). */
  psql(port: number, database: string, query: string): string {
    const out = spawnSync(
      join(PG_BIN, 'psql'),
      ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', database, '-XAtqc', query],
      { env: { ...process.env, PGPASSWORD: this.password, PGCONNECT_TIMEOUT: '3' }, encoding: 'utf8' },
    );
    if (out.status !== 0) throw new Error(`psql: ${out.stderr.trim()}`);
    return out.stdout.trim();
  }

  /** SIGKILL to a process group this cluster started (a Ruqsat node, or a member's Patroni). */
  kill(name: string): void {
    const child = this.processes.get(name);
    if (child?.pid !== undefined) killGroup(child.pid, 'SIGKILL');
  }

  /**
   * The primary's host dies: its Patroni and its PostgreSQL (postmaster and backends, which
   * Patroni starts in a session of their own) get SIGKILL at once, so nothing renews the
   * leader key and the synchronous standby is promoted when it expires. Returns once the
   * member's port refuses connections.
   */
  async killMember(m: Member): Promise<void> {
    const postmaster = await this.postmasterPid(m);
    this.kill(m.name);
    if (postmaster !== undefined) await killPostgres(postmaster);
    await waitFor(`${m.name} to be gone`, async () => !(await accepts(m.pgPort)), 10_000);
  }

  private async postmasterPid(m: Member): Promise<number | undefined> {
    const text = await readFile(join(this.dir, m.name, 'postmaster.pid'), 'utf8').catch(() => undefined);
    const pid = Number(text?.split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  }

  /** Stops everything (Ruqsat, HAProxy, Patroni and PostgreSQL, etcd) and removes the folder. */
  async stop(keepLogs = false): Promise<void> {
    const order = ['node1', 'node2', 'node3', 'haproxy', 'pg1', 'pg2', 'etcd'];
    for (const name of order.filter((n) => n.startsWith('node') || n === 'haproxy'))
      await this.stopProcess(name);
    for (const m of this.members) {
      await this.stopProcess(m.name, 15_000);
      // Patroni stops PostgreSQL on SIGTERM; after a SIGKILL of Patroni it is ours to stop.
      const postmaster = await this.postmasterPid(m);
      if (postmaster !== undefined) await killPostgres(postmaster);
    }
    await this.stopProcess('etcd');
    if (!keepLogs) await rm(this.dir, { recursive: true, force: true });
  }

  private async stopProcess(name: string, graceMs = 5_000): Promise<void> {
    const child = this.processes.get(name);
    if (child?.pid === undefined || child.exitCode != null || child.signalCode != null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid ?? 0, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  /** The last lines of each log, for a failed run. */
  async logTails(lines = 15): Promise<string> {
    const out: string[] = [];
    for (const name of this.processes.keys()) {
      const text = await readFile(join(this.dir, 'logs', `${name}.log`), 'utf8').catch(() => '');
      out.push(`--- ${name}`, ...text.trimEnd().split('\n').slice(-lines));
    }
    return out.join('\n');
  }
}

/** SIGKILL to a postmaster and its process group (its backends), which is not its own pid. */
async function killPostgres(postmaster: number): Promise<void> {
  const stat = await readFile(`/proc/${postmaster}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) return;
  // Fields after "(comm)": state, ppid, pgrp.
  killGroup(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]), 'SIGKILL');
  try {
    process.kill(postmaster, 'SIGKILL');
  } catch {
    // Gone with its group.
  }
}

/** Whether something accepts TCP connections on a loopback port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  if (pid <= 0) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Polls `ready` every 200 ms until it holds; throws after `timeoutMs` or when `failed` says why. */
export async function waitFor(
  what: string,
  ready: () => Promise<boolean>,
  timeoutMs: number,
  failed: () => string | undefined = () => undefined,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await ready().catch(() => false)) return;
    const reason = failed();
    if (reason !== undefined) throw new Error(`waiting for ${what}: ${reason}`);
    if (Date.now() > until) throw new Error(`waiting for ${what}: not after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
