/**
 * Forward-only SQL migrations: `migrations/NNNN_name.sql`, applied in name order, each in its
 * own transaction and recorded in `schema_migrations` with a checksum of its text. The whole
 * run holds a PostgreSQL advisory lock, so servers starting at once against one database
 * apply each file exactly once; the others wait and then find nothing to do.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type pg from 'pg';
import { AppError } from '../errors/app-error.ts';
import { withTransaction } from './transaction.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);

/** Advisory locks are per database; any constant works as long as nothing else uses it. */
const migrationLock = 0x52_75_71_73_61_74; // "Ruqsat"

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(): Promise<Migration[]> {
  const names = (await readdir(migrationsDir)).filter((n) => /^\d{4}_[\w-]+\.sql$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(new URL(name, migrationsDir), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/** Applies the migrations not yet applied; returns the names it applied. */
export async function migrate(client: pg.ClientBase): Promise<string[]> {
  const migrations = await readMigrations();
  await client.query('SELECT pg_advisory_lock($1)', [migrationLock]);
  try {
    const { rows } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('schema_migrations') IS NOT NULL AS exists",
    );
    if (rows[0]?.exists !== true)
      await client.query(`
        CREATE TABLE schema_migrations (
          name text PRIMARY KEY,
          checksum text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        );
        COMMENT ON TABLE schema_migrations IS
          'The migrations applied, by file name, each once, in its own transaction; checksum = sha256 of the file, which must never change after it is applied (forward-only: add a new file instead).';
      `);
    const applied = new Map(
      (
        await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations')
      ).rows.map((r) => [r.name, r.checksum]),
    );
    const done: string[] = [];
    for (const m of migrations) {
      const checksum = applied.get(m.name);
      if (checksum !== undefined) {
        if (checksum !== m.checksum)
          throw new AppError('store.migration_changed', `migration ${m.name} changed after it was applied`, {
            name: m.name,
          });
        continue;
      }
      await withTransaction(client, async (tx) => {
        await tx.query(m.sql);
        await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [
          m.name,
          m.checksum,
        ]);
      });
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [migrationLock]);
  }
}
