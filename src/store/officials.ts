/** Officials' and administrators' accounts (table `officials`, migrations 0002 and 0008). */
import type pg from 'pg';

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

interface OfficialRow {
  login: string;
  name: string;
  role: string;
  provider_id: string;
  password_hash: string;
  unit_id: string | null;
}

const selectOfficials = 'SELECT login, name, role, provider_id, password_hash, unit_id FROM officials';

const officialOf = (row: OfficialRow): OfficialRecord => ({
  login: row.login,
  name: row.name,
  role: row.role,
  providerId: row.provider_id,
  passwordHash: row.password_hash,
  unitId: row.unit_id,
});

export class OfficialRepository {
  constructor(private readonly pool: pg.Pool) {}

  /** Creates the account or replaces it (same login). */
  async put(o: OfficialRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO officials (login, name, role, provider_id, password_hash, unit_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (login) DO UPDATE SET name = $2, role = $3, provider_id = $4, password_hash = $5, unit_id = $6`,
      [o.login, o.name, o.role, o.providerId, o.passwordHash, o.unitId],
    );
  }

  async find(login: string): Promise<OfficialRecord | undefined> {
    const { rows } = await this.pool.query<OfficialRow>(`${selectOfficials} WHERE login = $1`, [login]);
    return rows[0] === undefined ? undefined : officialOf(rows[0]);
  }

  async list(): Promise<OfficialRecord[]> {
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
