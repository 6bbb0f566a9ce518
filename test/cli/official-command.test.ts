/**
 * `ruqsat official list|disable|enable` over an embedded store in a temp folder: disabling ends
 * the account's sessions, the last active administrator cannot be disabled, enabling clears the
 * failed-login count that locked the account.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officialCommand } from '../../src/cli/official-command.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { runCommand } from '../fixtures/run-command.ts';

let root: string;
let dataDir: string;
const run = (...args: string[]) => runCommand(officialCommand(), [...args, '--data-dir', dataDir]);
/** The store between commands (each command opens and closes its own). */
const withStore = async <T>(work: (store: Store) => Promise<T>): Promise<T> => {
  const store = await openStore({ dataDir });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
};
const account = (login: string, role: string) => ({
  login,
  name: login,
  role,
  providerId: role === 'admin' ? '' : 'mti-ktrm',
  unitId: null,
  passwordHash: 'scrypt$16384$8$1$c2FsdA==$aGFzaA==',
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ruqsat-official-'));
  await chmod(root, 0o755);
  dataDir = join(root, 'pg');
  await withStore(async (store) => {
    await store.repos.officials.put(account('admin', 'admin'));
    await store.repos.officials.put(account('clerk.one', 'office-clerk'));
    await store.repos.sessions.put('a'.repeat(64), {
      csrf: 'c',
      principal: { kind: 'official', id: 'clerk.one', login: 'clerk.one' },
      expiresAt: Date.now() + 3_600_000,
      demo: false,
      accountGeneration: 0,
    });
    await store.repos.loginAttempts.count(['account:clerk.one', 'account-run:clerk.one'], 60_000, new Date());
  });
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('ruqsat official', () => {
  it('disables an official: the session ends, the list says so; enabling clears the failed logins', async () => {
    expect(await run('disable', 'clerk.one')).toBe('clerk.one disabled; 1 session(s) ended\n');
    const listed = JSON.parse(await run('list', '--json')) as { login: string; disabled: boolean }[];
    expect(listed).toEqual([
      expect.objectContaining({ login: 'admin', disabled: false }),
      expect.objectContaining({ login: 'clerk.one', disabled: true }),
    ]);
    expect(await run('list')).toContain('clerk.one  office-clerk @ mti-ktrm  DISABLED');
    expect(await withStore((s) => s.repos.sessions.find('a'.repeat(64), Date.now(), false))).toBeUndefined();
    expect(await run('enable', 'clerk.one')).toBe('clerk.one enabled; it may log in again\n');
    const [after] = await withStore((s) =>
      s.repos.loginAttempts.count(['account:clerk.one'], 60_000, new Date()),
    );
    // Cleared: this count is the first of a new window.
    expect(after?.attempts).toBe(1);
  });

  it('refuses to disable the last active administrator, or an account that does not exist', async () => {
    await expect(run('disable', 'admin')).rejects.toMatchObject({ code: 'admin.last_admin' });
    await expect(run('disable', 'nobody.here')).rejects.toMatchObject({ code: 'server.not_found' });
    const listed = JSON.parse(await run('list', '--json')) as { disabled: boolean }[];
    expect(listed.every((a) => !a.disabled)).toBe(true);
  });
});
