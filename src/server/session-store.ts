/**
 * Sessions and officials in the store (src/store/sessions.ts, officials.ts), so that a restart
 * logs no one out and several server processes share them.
 */
import type { RoleKind } from '../cases/model.ts';
import type { Platform } from '../platform.ts';
import type { Repositories } from '../store/index.ts';
import type { StoredOfficial } from '../store/officials.ts';
import { Sessions, type OfficialAccount, type Principal, type SessionStore } from './auth.ts';

export function pgSessionStore(repos: Pick<Repositories, 'sessions' | 'officials'>): SessionStore {
  return {
    putSession: (tokenHash, session) => repos.sessions.put(tokenHash, session),
    async findSession(tokenHash, now, refuseDemo) {
      const found = await repos.sessions.find(tokenHash, now, refuseDemo);
      // The principal was written by putSession from a Principal.
      return found && { ...found, principal: found.principal as Principal };
    },
    deleteSession: (tokenHash) => repos.sessions.delete(tokenHash),
    putOfficial: (o) => repos.officials.put({ ...o, unitId: o.unitId ?? null }),
    findOfficial: async (login) => {
      const found = await repos.officials.find(login);
      return found && official(found);
    },
    listOfficials: async () => (await repos.officials.list()).map(official),
    setOfficialDisabled: (login, at, by) => repos.officials.setDisabled(login, at, by),
  };
}

function official(record: StoredOfficial): OfficialAccount {
  return { ...record, role: record.role as RoleKind };
}

/**
 * The sessions of a platform: in its store's database. `production`: demo-login sessions are
 * refused, even those a demo run left in the same database.
 */
export function platformSessions(
  platform: Platform,
  options: { ttlMs?: number; production?: boolean } = {},
): Sessions {
  return new Sessions({
    now: () => platform.clock.now().getTime(),
    store: pgSessionStore(platform.store.repos),
    refuseDemo: options.production ?? false,
    ...(options.ttlMs === undefined ? {} : { ttlMs: options.ttlMs }),
  });
}
