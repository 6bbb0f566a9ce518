/**
 * The floor every store benchmark is read against: how many single-row INSERT transactions per
 * second this PostgreSQL commits on this machine. A store operation costs at least one commit
 * (one WAL flush), so its ops/s over this figure says how much the store adds on top.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pgStoreOf } from './pg-store.ts';
import type { Store } from './store.ts';

/**
 * Single-row INSERT commits per second over `connections` connections running for `ms`, on a
 * scratch table created and dropped here. `target`: a store from openStore, or a database URL.
 */
export async function insertBaseline(
  target: Store | string,
  connections: number,
  ms: number,
): Promise<number> {
  const pool =
    typeof target === 'string'
      ? new pg.Pool({ connectionString: target, max: connections })
      : pgStoreOf(target).pool;
  const table = `insert_baseline_${randomBytes(4).toString('hex')}`;
  // A regular, logged table: a temporary or unlogged one would skip the WAL flush being measured.
  await pool.query(
    `CREATE TABLE ${table} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, pad text NOT NULL)`,
  );
  // Connections are opened before the clock starts: the figure is commits, not handshakes.
  const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
  try {
    const pad = 'x'.repeat(200);
    let done = 0;
    const started = performance.now();
    const deadline = started + ms;
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < deadline) {
          await client.query(`INSERT INTO ${table} (pad) VALUES ($1)`, [pad]);
          done++;
        }
      }),
    );
    return Math.round((done / (performance.now() - started)) * 1000);
  } finally {
    clients.forEach((c) => c.release());
    await pool.query(`DROP TABLE ${table}`);
    if (typeof target === 'string') await pool.end();
  }
}
