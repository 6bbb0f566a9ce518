/**
 * Throw-away databases on a PostgreSQL server, for tests and benchmarks that need a schema of
 * their own: each test file migrates and drops its own, so files run in parallel and leave the
 * server as they found it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The databases this process created and has not dropped yet (see dropScratchDatabases). */
const undropped = new Set<ScratchDatabase>();

/** Creates an empty database next to the one `serverUrl` names; `drop()` removes it, connections and all. */
export async function createScratchDatabase(
  serverUrl: string,
  prefix = 'ruqsat_scratch',
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db: ScratchDatabase = {
    url: url.toString(),
    async drop() {
      await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      undropped.delete(db);
    },
  };
  undropped.add(db);
  return db;
}

/**
 * Drops every scratch database this process created and did not drop. A caller's own `drop()`
 * is reachable only once its whole start succeeded (a test harness returns it inside the server
 * it starts): a start that throws or outlasts its hook's time limit after CREATE DATABASE left
 * the database behind. The tests call this after each file (test/scratch-databases.ts).
 */
export async function dropScratchDatabases(): Promise<void> {
  await Promise.all([...undropped].map((db) => db.drop()));
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
