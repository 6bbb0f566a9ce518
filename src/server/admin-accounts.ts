/**
 * The accounts a start creates: in demo mode the demo officials, the demo administrator and
 * demo territorial units; with RUQSAT_ADMIN_PASSWORD the administrator `admin` with that
 * password. In production every account still having the demo password (left by a demo run on
 * the same database) is removed first, so without RUQSAT_ADMIN_PASSWORD there is no
 * administrator unless one was created before with a password of its own; so is every session
 * a demo login opened.
 */
import type { Config } from '../config.ts';
import type { Platform } from '../platform.ts';
import type { Repositories } from '../store/index.ts';
import { ADMIN_ROLE, hashPassword, verifyPassword, type Official, type Sessions } from './auth.ts';
import { seedDemoUnits } from './admin-units.ts';
import { DEMO_PASSWORD, seedDemoOfficials } from './demo.ts';

export async function seedAccounts(
  platform: Platform,
  sessions: Sessions,
  config: Pick<Config, 'demo' | 'production' | 'adminPassword'>,
): Promise<{ officials: Official[]; removed: string[] }> {
  const repos = platform.store.repos;
  const removed = config.production ? await removeDemoAccounts(repos) : [];
  if (config.production) await repos.sessions.deleteDemoSessions();
  const officials = config.demo ? await seedDemoOfficials(sessions, platform.catalog) : [];
  if (config.demo) await seedDemoUnits(repos.units, platform.catalog);
  if (config.adminPassword !== undefined) {
    // The same password again keeps its hash: a restart must not end the administrator's sessions.
    const existing = await sessions.findOfficial('admin');
    const kept =
      existing !== undefined && (await verifyPassword(config.adminPassword, existing.passwordHash))
        ? existing.passwordHash
        : undefined;
    await sessions.addOfficial({
      login: 'admin',
      name: 'Administrator',
      role: ADMIN_ROLE,
      providerId: '',
      passwordHash: kept ?? (await hashPassword(config.adminPassword)),
    });
  }
  return { officials, removed };
}

/**
 * Production: deletes every account whose password is the demo one, and its sessions. Each
 * password gets its own random salt, so only the demo seed makes accounts share a hash: the
 * hashes shared by several accounts, and the administrator's, are the ones checked (one scrypt
 * each), whatever the accounts are called.
 */
async function removeDemoAccounts(repos: Repositories): Promise<string[]> {
  const removed: string[] = [];
  for (const hash of await repos.officials.sharedPasswordHashes()) {
    if (!(await verifyPassword(DEMO_PASSWORD, hash))) continue;
    removed.push(...(await repos.officials.deleteByPasswordHash(hash)));
  }
  if (removed.length > 0) await repos.sessions.deleteStaffSessions(removed);
  return removed;
}
