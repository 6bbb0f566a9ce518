/**
 * Opens the store: a PostgreSQL server when given its URL, else the embedded PostgreSQL in a
 * data folder. Either way the migrations run before the store is returned.
 */
import pg from 'pg';
import { AppError } from '../errors/app-error.ts';
import { startEmbedded } from './embedded.ts';
import { storeError } from './errors.ts';
import { FailoverPool } from './failover.ts';
import { migrate } from './migrate.ts';
import { PgStore } from './pg-store.ts';
import { StandbyPool } from './standby.ts';
import type { Store } from './store.ts';

export * from './store.ts';
export { insertBaseline } from './baseline.ts';
export { pgStoreOf, type PgStore } from './pg-store.ts';
export type { Repositories } from './repositories.ts';

export interface StoreOptions {
  /** A PostgreSQL server. */
  databaseUrl?: string;
  /**
   * A standby of `databaseUrl` for the reads that tolerate its replay lag (the public registry,
   * the indicators: `repos.publicRegistry`, `repos.indicators.rows`); they fall back to the
   * primary when it cannot answer (./standby.ts).
   */
  readUrl?: string;
  /** The embedded PostgreSQL's folder (default ./data/pg). */
  dataDir?: string;
}

/** How long a query waits for a free pooled connection, or for a new one, before 'store.unavailable'. */
const connectTimeoutMs = 10_000;

/**
 * How long a server's store keeps trying to connect while the database fails over (Patroni's
 * leader TTL is 10 s in deploy/ha/patroni.yml; the HA test measures the outage).
 */
const failoverWaitMs = 30_000;

/**
 * An explicit `databaseUrl` wins, then an explicit `dataDir` (so tests and tools can ask for the
 * embedded store even where DATABASE_URL is set), then DATABASE_URL, then ./data/pg.
 */
export function openStore(options: StoreOptions = {}): Promise<Store> {
  if (options.databaseUrl) return openServer(options.databaseUrl, options.readUrl);
  if (options.dataDir === undefined && process.env.DATABASE_URL) return openServer(process.env.DATABASE_URL);
  return openEmbedded(options.dataDir ?? './data/pg');
}

/** A standby that does not answer this fast is passed over for the primary (./standby.ts). */
const standbyConnectTimeoutMs = 2_000;

async function openServer(url: string, readUrl?: string): Promise<Store> {
  const pool = newPool({ connectionString: url }, failoverWaitMs);
  await migrated(pool).catch((error: unknown) => {
    // At start, a server that does not answer: its URL is the thing to check.
    if (error instanceof AppError && error.code === 'store.unavailable')
      throw new AppError(
        'store.server_unreachable',
        error.message,
        { ...error.params },
        { cause: error.cause },
      );
    throw error;
  });
  if (readUrl === undefined) return new PgStore('server', pool, url, () => pool.end());
  const readPool = new StandbyPool(
    { connectionString: readUrl, connectionTimeoutMillis: standbyConnectTimeoutMs, keepAlive: true },
    pool,
  );
  quiet(readPool);
  return new PgStore(
    'server',
    pool,
    url,
    async () => {
      await Promise.all([pool.end(), readPool.end()]);
    },
    readPool,
  );
}

async function openEmbedded(dataDir: string): Promise<Store> {
  const server = await startEmbedded(dataDir);
  const pool = newPool({ host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres' });
  try {
    await migrated(pool);
  } catch (error) {
    await server.stop();
    // The embedded server's own failure, not a DATABASE_URL to check (none may be set).
    if (error instanceof AppError && error.code === 'store.unavailable')
      throw new AppError(
        'store.embedded_unavailable',
        error.message,
        { ...error.params },
        { cause: error.cause },
      );
    throw error;
  }
  return new PgStore('embedded', pool, server.url, async () => {
    await pool.end();
    await server.stop();
  });
}

/** A pool; with `failoverWaitMs`, one that waits that long for a new leader (./failover.ts). */
function newPool(config: pg.PoolConfig, failoverWaitMs?: number): pg.Pool {
  const options = { ...config, connectionTimeoutMillis: connectTimeoutMs, keepAlive: true };
  const pool =
    failoverWaitMs === undefined
      ? new pg.Pool(options)
      : new FailoverPool(options, { waitMs: failoverWaitMs });
  quiet(pool);
  return pool;
}

function quiet(pool: pg.Pool): void {
  // An idle connection that dies (server restart) is dropped by the pool; the next query gets
  // a fresh one or a 'store.unavailable'. Without a listener the event would end the process.
  pool.on('error', () => undefined);
  // So would one that dies while checked out between two statements (a primary killed
  // mid-transaction ended two of three nodes in test:ha): its holder sees the failure on its
  // next statement instead.
  pool.on('connect', (client) => client.on('error', () => undefined));
}

async function migrated(pool: pg.Pool): Promise<void> {
  try {
    const client = await pool.connect();
    try {
      await migrate(client);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw storeError(error);
  }
}
