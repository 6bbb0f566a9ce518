/**
 * The pool for a PostgreSQL server behind a failover proxy (docs/deploy.md: HAProxy sends
 * connections to whichever member Patroni made the leader). While the leader is being
 * replaced, new connections are refused or cut during the handshake, or reach a member that
 * is still read-only; such a connection never ran a statement, so getting one is retried with
 * backoff until the new leader answers (or `waitMs` passes, then 'store.unavailable' as
 * before). Only once the pool has reached the database: at start a refused connection is a
 * wrong DATABASE_URL or a server not there, said at once. A statement already sent when the old leader died is not retried here: whether it
 * committed is unknown, and only the caller's idempotency key makes a second try safe: it
 * comes out of `pool.query` as 'store.unavailable' (HTTP 503, retried by clients), whoever
 * called it.
 */
import pg from 'pg';
import { storeError } from './errors.ts';

/** SQLSTATEs of a connection refused while the server starts, stops or recovers. */
const refusedAtConnect = new Set(['57P01', '57P02', '57P03']); // admin_shutdown, crash_shutdown, cannot_connect_now

/** A server error that also ends the connection: FATAL, or a connection exception (class 08). */
function connectionEnded(error: pg.DatabaseError): boolean {
  return error.severity === 'FATAL' || error.severity === 'PANIC' || error.code?.startsWith('08') === true;
}

/** Reported by `onConnect` when the member behind the proxy is (still) a standby. */
class StandbyReached extends Error {
  constructor() {
    super('the server is a read-only standby (failover in progress)');
  }
}

/**
 * Whether a failure to get a connection is the database changing hands, worth waiting out.
 * Not: the pool waiting for one of its own busy connections, a closed pool, a wrong password
 * or database name (those need a person, not a retry).
 */
export function isFailoverError(error: unknown): boolean {
  if (error instanceof StandbyReached) return true;
  if (!(error instanceof Error)) return false;
  if (error.message.startsWith('timeout exceeded when trying to connect')) return false;
  if (error.message.startsWith('Cannot use a pool after calling end')) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return true;
  if (error instanceof pg.DatabaseError) return code.startsWith('08') || refusedAtConnect.has(code);
  return true; // ECONNREFUSED, ECONNRESET, EPIPE …: the network path or the server went away
}

export interface FailoverOptions {
  /** How long to keep trying for a connection before giving up. */
  waitMs: number;
  /** First pause between tries; doubled each time up to 1 s. */
  firstDelayMs?: number;
}

export class FailoverPool extends pg.Pool {
  private readonly waitMs: number;
  private readonly firstDelayMs: number;
  private reachedOnce = false;

  constructor(config: pg.PoolConfig, options: FailoverOptions) {
    super({
      ...config,
      // A member that is still (or again) a standby is no place for the store's writes.
      // pg-pool awaits this hook before handing a new connection out.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      onConnect: async (client: pg.ClientBase) => {
        const { rows } = await client.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby');
        if (rows[0]?.standby !== false) throw new StandbyReached();
      },
    });
    this.waitMs = options.waitMs;
    this.firstDelayMs = options.firstDelayMs ?? 100;
    // What the server refused stays a DatabaseError for the caller to handle; a connection
    // lost mid-statement (or ended by a dying server's FATAL) is the database going away.
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => {
      const result = query(...args);
      return result instanceof Promise
        ? result.catch((error: unknown) => {
            throw error instanceof pg.DatabaseError && !connectionEnded(error) ? error : storeError(error);
          })
        : result;
    }) as pg.Pool['query'];
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(
    callback: (
      err: Error | undefined,
      client: pg.PoolClient | undefined,
      done: (release?: unknown) => void,
    ) => void,
  ): void;
  override connect(
    callback?: (
      err: Error | undefined,
      client: pg.PoolClient | undefined,
      done: (release?: unknown) => void,
    ) => void,
  ): Promise<pg.PoolClient> | void {
    // pool.query() asks with a callback; everything else with a promise.
    if (callback === undefined) return this.connectWaiting();
    this.connectWaiting().then(
      (client) => callback(undefined, client, (release?: unknown) => client.release(release as Error)),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), undefined, () => undefined),
    );
  }

  private async connectWaiting(): Promise<pg.PoolClient> {
    const until = Date.now() + this.waitMs;
    for (let delay = this.firstDelayMs; ; delay = Math.min(delay * 2, 1_000)) {
      try {
        const client = await super.connect();
        this.reachedOnce = true;
        return client;
      } catch (error) {
        if (!this.reachedOnce || !isFailoverError(error) || Date.now() + delay > until || this.ending)
          throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}
