/**
 * Sessions and officials in PostgreSQL (tables of migration 0002), so that a restart logs no one
 * out and several server processes share them. Expired sessions are swept as new ones start.
 */
import type pg from 'pg';
import type { RoleKind } from '../cases/model.ts';
import type { Platform } from '../platform.ts';
import { pgStoreOf } from '../store/index.ts';
import { Sessions, type Official, type Principal, type SessionStore } from './auth.ts';

export function pgSessionStore(pool: pg.Pool): SessionStore {
  return {
    async putSession(tokenHash, session) {
      await pool.query('DELETE FROM sessions WHERE expires_at < $1', [
        new Date(session.expiresAt - 86_400_000),
      ]);
      await pool.query(
        'INSERT INTO sessions (token_hash, csrf, principal, expires_at) VALUES ($1, $2, $3, $4)',
        [tokenHash, session.csrf, JSON.stringify(session.principal), new Date(session.expiresAt)],
      );
    },
    async findSession(tokenHash, now) {
      const { rows } = await pool.query<{ csrf: string; principal: Principal; expires_at: Date }>(
        'SELECT csrf, principal, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2',
        [tokenHash, new Date(now)],
      );
      const row = rows[0];
      return row === undefined
        ? undefined
        : { csrf: row.csrf, principal: row.principal, expiresAt: row.expires_at.getTime() };
    },
    async deleteSession(tokenHash) {
      await pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },
    async putOfficial(o) {
      await pool.query(
        `INSERT INTO officials (login, name, role, provider_id, password_hash, unit_id) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (login) DO UPDATE SET name = $2, role = $3, provider_id = $4, password_hash = $5, unit_id = $6`,
        [o.login, o.name, o.role, o.providerId, o.passwordHash, o.unitId ?? null],
      );
    },
    async findOfficial(login) {
      const { rows } = await pool.query<OfficialRow>(`${selectOfficials} WHERE login = $1`, [login]);
      return rows[0] === undefined ? undefined : official(rows[0]);
    },
    async listOfficials() {
      const { rows } = await pool.query<OfficialRow>(`${selectOfficials} ORDER BY login`);
      return rows.map(official);
    },
  };
}

const selectOfficials = 'SELECT login, name, role, provider_id, password_hash, unit_id FROM officials';

interface OfficialRow {
  login: string;
  name: string;
  role: string;
  provider_id: string;
  password_hash: string;
  unit_id: string | null;
}

function official(row: OfficialRow): Official {
  return {
    login: row.login,
    name: row.name,
    role: row.role as RoleKind,
    providerId: row.provider_id,
    passwordHash: row.password_hash,
    unitId: row.unit_id,
  };
}

/** The sessions of a platform: in its store's database. */
export function platformSessions(platform: Platform, options: { ttlMs?: number } = {}): Sessions {
  return new Sessions({
    now: () => platform.clock.now().getTime(),
    store: pgSessionStore(pgStoreOf(platform.store).pool),
    ...options,
  });
}
