/**
 * Officials' and administrators' accounts (table `officials`, migrations 0002, 0008, 0015).
 * A change of password, role, provider or unit bumps the account's generation, and disabling it
 * sets `disabled_at`: either way its sessions end in the same transaction (sessions.ts checks
 * both on every request too). The last active administrator can be neither demoted nor disabled.
 */
import type pg from 'pg';
import { AppError } from '../errors/app-error.ts';
import { SessionRepository } from './sessions.ts';
import { withTransaction } from './transaction.ts';

export interface OfficialRecord {
  login: string;
  name: string;
  /** A role of the provider's processes, or `admin`. */
  role: string;
  providerId: string;
  /** `scrypt$N$r$p$salt$hash`. */
  passwordHash: string;
  /** A territorial unit of the provider, or null: the whole provider. */
  unitId: string | null;
}

/** The account as stored: also whether it is disabled and its generation (migration 0015). */
export interface StoredOfficial extends OfficialRecord {
  disabled: boolean;
  generation: number;
}

/** What a change of an account did. */
export type AccountChange =
  { done: true; sessionsEnded: number } | { done: false; reason: 'not-found' | 'last-admin' };

/** The sessions a change ended; throws when the store refused it (the last administrator, no account). */
export function requireAccountChange(change: AccountChange, login: string): number {
  if (change.done) return change.sessionsEnded;
  throw change.reason === 'last-admin'
    ? new AppError('admin.last_admin', `${login} is the last active administrator`, { login })
    : new AppError('server.not_found', `no account ${login}`, { what: login });
}

/** The role an administrator's account has. */
const ADMIN = 'admin';

interface OfficialRow {
  login: string;
  name: string;
  role: string;
  provider_id: string;
  password_hash: string;
  unit_id: string | null;
  disabled_at: Date | null;
  generation: number;
}

const selectOfficials =
  'SELECT login, name, role, provider_id, password_hash, unit_id, disabled_at, generation FROM officials';

const officialOf = (row: OfficialRow): StoredOfficial => ({
  login: row.login,
  name: row.name,
  role: row.role,
  providerId: row.provider_id,
  passwordHash: row.password_hash,
  unitId: row.unit_id,
  disabled: row.disabled_at !== null,
  generation: row.generation,
});

/**
 * Locks the active administrators' rows and says whether `login` is the only one: two
 * administrators demoting each other at once wait for one another, and the second sees the
 * first's change.
 */
async function isLastAdmin(db: pg.ClientBase, login: string): Promise<boolean> {
  const { rows } = await db.query<{ login: string }>(
    `SELECT login FROM officials WHERE role = $1 AND disabled_at IS NULL ORDER BY login FOR UPDATE`,
    [ADMIN],
  );
  return rows.length === 1 && rows[0]?.login === login;
}

export class OfficialRepository {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Creates the account or replaces it (same login). A new password, role, provider or unit
   * bumps its generation and ends its sessions; demoting the last active administrator is
   * refused with nothing changed.
   */
  async put(o: OfficialRecord): Promise<AccountChange> {
    return withTransaction(this.pool, async (db) => {
      if (o.role !== ADMIN && (await isLastAdmin(db, o.login))) return { done: false, reason: 'last-admin' };
      await db.query(
        `INSERT INTO officials AS x (login, name, role, provider_id, password_hash, unit_id) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (login) DO UPDATE SET name = $2, role = $3, provider_id = $4, password_hash = $5, unit_id = $6,
           generation = x.generation +
             CASE WHEN (x.role, x.provider_id, x.password_hash, x.unit_id) IS DISTINCT FROM ($3, $4, $5, $6) THEN 1 ELSE 0 END`,
        [o.login, o.name, o.role, o.providerId, o.passwordHash, o.unitId],
      );
      return { done: true, sessionsEnded: await SessionRepository.endUnentitled(db, o.login) };
    });
  }

  /**
   * Disables the account (`by`: the administrator) and ends its sessions, or enables it again
   * (`at` null). Disabling the last active administrator is refused with nothing changed.
   */
  async setDisabled(login: string, at: Date | null, by: string | null): Promise<AccountChange> {
    return withTransaction(this.pool, async (db) => {
      if (at !== null && (await isLastAdmin(db, login))) return { done: false, reason: 'last-admin' };
      const { rowCount } = await db.query(
        'UPDATE officials SET disabled_at = $2, disabled_by = $3 WHERE login = $1',
        [login, at, by],
      );
      if (rowCount === 0) return { done: false, reason: 'not-found' };
      return { done: true, sessionsEnded: await SessionRepository.endUnentitled(db, login) };
    });
  }

  async find(login: string): Promise<StoredOfficial | undefined> {
    const { rows } = await this.pool.query<OfficialRow>(`${selectOfficials} WHERE login = $1`, [login]);
    return rows[0] === undefined ? undefined : officialOf(rows[0]);
  }

  async list(): Promise<StoredOfficial[]> {
    const { rows } = await this.pool.query<OfficialRow>(`${selectOfficials} ORDER BY login`);
    return rows.map(officialOf);
  }

  /** The official's name and role with the region of their unit (null without one), for documents. */
  async findSignatory(
    login: string,
  ): Promise<{ name: string; role: string; region: string | null } | undefined> {
    const { rows } = await this.pool.query<{ name: string; role: string; region: string | null }>(
      `SELECT o.name, o.role, u.region FROM officials o
       LEFT JOIN territorial_units u ON u.provider_id = o.provider_id AND u.unit_id = o.unit_id
       WHERE o.login = $1`,
      [login],
    );
    return rows[0];
  }

  /** The password hashes several accounts share, and the administrator's. */
  async sharedPasswordHashes(): Promise<string[]> {
    const { rows } = await this.pool.query<{ password_hash: string }>(
      `SELECT password_hash FROM officials GROUP BY password_hash HAVING count(*) > 1 OR bool_or(login = 'admin')`,
    );
    return rows.map((r) => r.password_hash);
  }

  /** Deletes the accounts with this password hash; returns their logins. */
  async deleteByPasswordHash(hash: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ login: string }>(
      'DELETE FROM officials WHERE password_hash = $1 RETURNING login',
      [hash],
    );
    return rows.map((r) => r.login);
  }
}
