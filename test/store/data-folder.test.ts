import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError, userMessage } from '../../src/errors/app-error.ts';
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

  // As root, PostgreSQL runs as another user, who cannot enter a private folder on the way.
  it.runIf(process.getuid?.() === 0)(
    'as root with a private folder on the way: says which folder to open and how, not "check DATABASE_URL"',
    async () => {
      const closed = join(root, 'private');
      mkdirSync(closed, { mode: 0o700 });
      const error = await openStore({ dataDir: join(closed, 'pg') }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'store.embedded_unreachable', params: { dir: closed } });
      const message = userMessage(error as AppError, 'en');
      expect(message).toContain(`chmod o+x ${closed}`);
      expect(message).toContain('DATA_DIR');
      expect(message).not.toContain('Check DATABASE_URL');
    },
  );
});
