import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, pgStoreOf, type Store } from '../../src/store/index.ts';
import { migrate, readMigrations } from '../../src/store/migrate.ts';
import { dumpSchema } from '../../src/store/schema-dump.ts';
import { createScratchDatabase } from '../../src/store/scratch-database.ts';
import { freshPlace, kinds, type Place } from './fixture.ts';

const schemaFile = new URL('../../src/store/schema.sql', import.meta.url);

describe.each(kinds)('%s store: migrations', (kind) => {
  let place: Place;
  let store: Store;
  const pool = () => pgStoreOf(store).pool;

  beforeAll(async () => {
    place = await freshPlace(kind);
    store = await openStore(place.options);
  });
  afterAll(async () => {
    await store?.close();
    await place?.cleanup();
  });

  it('gives the schema checked in as src/store/schema.sql', async () => {
    await expect(await dumpSchema(pool())).toMatchFileSnapshot(schemaFile.pathname);
  });

  it('applies each migration once: running them again, or reopening, changes nothing', async () => {
    const names = (await readMigrations()).map((m) => m.name);
    const before = await dumpSchema(pool());
    const client = await pool().connect();
    try {
      expect(await migrate(client)).toEqual([]);
    } finally {
      client.release();
    }
    await store.close();
    store = await openStore(place.options);
    expect(await dumpSchema(pool())).toBe(before);
    const applied = await pool().query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(applied.rows.map((r) => r.name)).toEqual(names);
  });

  it('refuses to start when an applied migration was edited afterwards', async () => {
    const [first] = await readMigrations();
    await pool().query(`UPDATE schema_migrations SET checksum = 'edited' WHERE name = $1`, [first?.name]);
    const client = await pool().connect();
    try {
      await expect(migrate(client)).rejects.toMatchObject({
        code: 'store.migration_changed',
        params: { name: first?.name },
      });
    } finally {
      await client.query(`UPDATE schema_migrations SET checksum = $2 WHERE name = $1`, [
        first?.name,
        first?.checksum,
      ]);
      client.release();
    }
  });

  it('lets five servers start at once on a fresh database: each migration applied once', async () => {
    // On the embedded kind the other "servers" reach its PostgreSQL by URL, as a second
    // process would while this one runs it.
    const db = await createScratchDatabase(pgStoreOf(store).url, 'ruqsat_concurrent');
    try {
      const stores = await Promise.all(Array.from({ length: 5 }, () => openStore({ databaseUrl: db.url })));
      try {
        const [one] = stores;
        if (one === undefined) throw new Error('no store');
        const applied = await pgStoreOf(one).pool.query('SELECT name FROM schema_migrations');
        expect(applied.rows.map((r) => r.name)).toEqual((await readMigrations()).map((m) => m.name));
        expect(await dumpSchema(pgStoreOf(one).pool)).toBe(await readFile(schemaFile, 'utf8'));
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    } finally {
      await db.drop();
    }
  });
});
