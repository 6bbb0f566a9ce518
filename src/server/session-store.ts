/**
 * Sessions and officials in the store (src/store/sessions.ts, officials.ts), so that a restart
 * logs no one out and several server processes share them.
 */
import type { RoleKind } from '../cases/model.ts';
import type { Platform } from '../platform.ts';
import type { Repositories } from '../store/index.ts';
import type { OfficialRecord } from '../store/officials.ts';
import { Sessions, type Official, type Principal, type SessionStore } from './auth.ts';

export function pgSessionStore(repos: Pick<Repositories, 'sessions' | 'officials'>): SessionStore {
  return {
    putSession: (tokenHash, session) => repos.sessions.put(tokenHash, session),
    async findSession(tokenHash, now) {
      const found = await repos.sessions.find(tokenHash, now);
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
  };
}

function official(record: OfficialRecord): Official {
  return { ...record, role: record.role as RoleKind };
}

/** The sessions of a platform: in its store's database. */
export function platformSessions(platform: Platform, options: { ttlMs?: number } = {}): Sessions {
  return new Sessions({
    now: () => platform.clock.now().getTime(),
    store: pgSessionStore(platform.store.repos),
    ...options,
  });
}
