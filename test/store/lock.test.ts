import { realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userMessage } from '../../src/errors/app-error.ts';
import { openStore, pgStoreOf } from '../../src/store/index.ts';
import { exitOf, freshPlace, startChild, type Place } from './fixture.ts';

describe('embedded store: one process per data folder', () => {
  let place: Place;
  beforeAll(async () => {
    place = await freshPlace('embedded');
  });
  afterAll(async () => {
    await place?.cleanup();
  });

  it('refuses a second process with store.locked, and frees the folder when the holder dies', async () => {
    const dataDir = place.options.dataDir ?? '';
    const { child, lines } = startChild('hold', JSON.stringify(place.options));
    try {
      expect((await lines.next()).value).toBe('ready');
      const error = await openStore(place.options).catch((e: unknown) => e);
      const dir = await realpath(dataDir);
      expect(error).toMatchObject({ code: 'store.locked', params: { dir } });
      expect(userMessage(error as never, 'en')).toContain(dir);
    } finally {
      child.kill('SIGKILL');
      await exitOf(child);
    }
    // No stale lock after a SIGKILL: the kernel released it with its holder.
    const store = await openStore(place.options);
    try {
      expect(store.kind).toBe('embedded');
      // The holder itself cannot open it twice either.
      await expect(openStore(place.options)).rejects.toMatchObject({ code: 'store.locked' });
    } finally {
      await store.close();
    }
  });

  it('runs in a folder whose path is too long for a Unix socket', async () => {
    const dataDir = join(place.options.dataDir ?? '', '..', 'x'.repeat(100));
    const store = await openStore({ dataDir });
    try {
      expect(pgStoreOf(store).url).toContain(encodeURIComponent(tmpdir()));
      expect(await store.transaction((tx) => tx.nextNumber('long'))).toBe(1);
    } finally {
      await store.close();
    }
  });
});
