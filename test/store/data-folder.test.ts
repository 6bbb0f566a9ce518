import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';

const root = mkdtempSync(join(tmpdir(), 'ruqsat-folder-'));
// mkdtemp makes a private folder; a project checkout, like this root, is normally reachable.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the embedded store’s data folder', () => {
  it('is created with its missing parents, which stay reachable; only the folder itself is private', async () => {
    const dir = join(root, 'data', 'pg');
    const store = await openStore({ dataDir: dir });
    try {
      expect(statSync(join(root, 'data')).mode & 0o777).toBe(0o755);
      expect(statSync(dir).mode & 0o077).toBe(0);
      await store.transaction((tx) => tx.nextInboundNumber());
    } finally {
      await store.close();
    }
  }, 60_000);
});
