/**
 * A server store behind a proxy that loses the database for a while, as HAProxy does while
 * Patroni replaces the primary (docs/deploy.md): the proxy here forwards TCP to the embedded
 * PostgreSQL's socket and can be cut (open connections dropped, new ones closed at once) and
 * restored. The whole topology is exercised by `npm run test:ha`.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/errors/app-error.ts';
import { openStore, pgStoreOf, type Store } from '../../src/store/index.ts';

class CuttableProxy {
  private readonly sockets = new Set<Socket>();
  private up = true;
  readonly server: Server;

  constructor(target: string) {
    this.server = createServer((client) => {
      if (!this.up) {
        client.destroy();
        return;
      }
      const upstream = connect(target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => {
          this.sockets.delete(s);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
  }

  listen(): Promise<number> {
    return new Promise((resolve) =>
      this.server.listen(0, '127.0.0.1', () => {
        const address = this.server.address();
        resolve(typeof address === 'object' && address !== null ? address.port : 0);
      }),
    );
  }

  cut(): void {
    this.up = false;
    for (const s of this.sockets) s.destroy();
  }

  restore(): void {
    this.up = true;
  }
}

let root: string;
let embedded: Store;
let proxy: CuttableProxy;
let store: Store;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ruqsat-failover-'));
  await chmod(root, 0o755);
  embedded = await openStore({ dataDir: join(root, 'pg') });
  const url = new URL(pgStoreOf(embedded).url);
  const socket = join(url.searchParams.get('host') ?? '', `.s.PGSQL.${url.searchParams.get('port')}`);
  proxy = new CuttableProxy(socket);
  store = await openStore({ databaseUrl: `postgres://postgres@127.0.0.1:${await proxy.listen()}/postgres` });
});

afterAll(async () => {
  await store?.close();
  proxy?.server.close();
  await embedded?.close();
  await rm(root, { recursive: true, force: true });
});

describe('a server store while the database fails over', () => {
  it('a query asked during the outage waits for the database and then answers', async () => {
    expect(await store.findApplication('none')).toBeUndefined();
    proxy.cut();
    // The pool has seen its idle connections close (a query sent on one in that instant would
    // be cut mid-way: the next test).
    await vi.waitFor(() => expect(pgStoreOf(store).pool.totalCount).toBe(0));
    const asked = store.findApplication('none');
    setTimeout(() => proxy.restore(), 1_500);
    expect(await asked).toBeUndefined();
  });

  it('a statement cut mid-way is store.unavailable (its outcome is unknown); the next one runs', async () => {
    const pool = pgStoreOf(store).pool;
    const running = pool.query('SELECT pg_sleep(5)').catch((error: unknown) => error);
    await vi.waitFor(async () => {
      const { rows } = await pgStoreOf(embedded).pool.query(
        "SELECT 1 FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(5)' AND state = 'active'",
      );
      expect(rows).toHaveLength(1);
    });
    proxy.cut();
    const error = await running;
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'store.unavailable' });
    proxy.restore();
    expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('a connection that dies while checked out fails its next statement, not the process', async () => {
    const client = await pgStoreOf(store).pool.connect();
    const ended = new Promise((resolve) => client.once('end', resolve));
    proxy.cut();
    await ended;
    await expect(client.query('SELECT 1')).rejects.toThrow();
    client.release(true);
    proxy.restore();
    expect(await store.findApplication('none')).toBeUndefined();
  });

  it('what the server refuses is still its own error, for the caller to handle', async () => {
    const error = await pgStoreOf(store)
      .pool.query('SELECT * FROM no_such_table')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '42P01' });
  });
});
