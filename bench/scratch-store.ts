/**
 * A throw-away store for a benchmark: a scratch database on the server of DATABASE_URL when set
 * (dropped afterwards), else the embedded PostgreSQL in a temp folder (removed afterwards).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/index.ts';
import { createScratchDatabase } from '../src/store/scratch-database.ts';

export async function withScratchStore<T>(
  prefix: string,
  work: (store: Store, where: 'server' | 'embedded') => Promise<T>,
): Promise<T> {
  const url = process.env['DATABASE_URL'];
  if (url !== undefined && url !== '') {
    const db = await createScratchDatabase(url, prefix);
    const store = await openStore({ databaseUrl: db.url });
    try {
      return await work(store, 'server');
    } finally {
      await store.close();
      await db.drop();
    }
  }
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  // As root the embedded server runs as "nobody", which must be able to enter the folder.
  chmodSync(dir, 0o755);
  const store = await openStore({ dataDir: join(dir, 'pg') });
  try {
    return await work(store, 'embedded');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
