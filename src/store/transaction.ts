/**
 * The one BEGIN … COMMIT of the code base: every multi-statement write of the store runs its
 * work through `withTransaction`, which commits when the work returns and rolls back when it
 * throws. Statements go through the connection it hands over; nothing else sees them until the
 * commit.
 */
import pg from 'pg';
import { AppError } from '../errors/app-error.ts';
import { storeError } from './errors.ts';

/**
 * Runs `work` in a transaction on a connection of the pool (or on the connection given, which
 * stays the caller's). A driver error comes out as 'store.unavailable'; errors the work threw
 * itself (an AppError, a ConflictError) pass unchanged. A pooled connection that failed
 * mid-way (a reset, a timeout) is discarded rather than reused.
 */
export async function withTransaction<T>(
  db: pg.Pool | pg.ClientBase,
  work: (client: pg.ClientBase) => Promise<T>,
): Promise<T> {
  if (!(db instanceof pg.Pool)) return inTransaction(db, work);
  let client: pg.PoolClient;
  try {
    client = await db.connect();
  } catch (error) {
    throw storeError(error);
  }
  let broken: Error | undefined;
  try {
    return await inTransaction(client, work);
  } catch (error) {
    // The server answered with an error: the connection is fine. Anything else leaves it in an
    // unknown state.
    if (
      error instanceof AppError &&
      error.code === 'store.unavailable' &&
      !(error.cause instanceof pg.DatabaseError)
    )
      broken = error;
    throw error;
  } finally {
    client.release(broken);
  }
}

async function inTransaction<T>(
  client: pg.ClientBase,
  work: (client: pg.ClientBase) => Promise<T>,
): Promise<T> {
  await plain(client, 'BEGIN');
  try {
    const result = await work(client);
    await plain(client, 'COMMIT');
    return result;
  } catch (error) {
    await plain(client, 'ROLLBACK');
    throw error instanceof pg.DatabaseError ? storeError(error) : error;
  }
}

/** BEGIN, COMMIT and ROLLBACK go as one plain message each. */
async function plain(client: pg.ClientBase, text: string): Promise<void> {
  try {
    await client.query(text);
  } catch (error) {
    throw storeError(error);
  }
}
