/**
 * Territorial units of providers (`territorial_units`, migration 0008) and the unit an
 * application is addressed to (`application_units`). What units mean for who sees what is in
 * src/server/admin-units.ts.
 */
import type pg from 'pg';
import { withTransaction } from './transaction.ts';

export interface TerritorialUnit {
  providerId: string;
  unitId: string;
  name: { kk: string; ru: string; en: string };
  region: string;
}

interface UnitRow {
  provider_id: string;
  unit_id: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  region: string;
}

const unitOf = (r: UnitRow): TerritorialUnit => ({
  providerId: r.provider_id,
  unitId: r.unit_id,
  name: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
  region: r.region,
});

/** What deleting a unit did: nothing when it does not exist or something still belongs to it. */
export type UnitDeletion =
  | { deleted: true }
  | { deleted: false; found: false }
  | { deleted: false; found: true; officials: number; applications: number };

export class UnitRepository {
  constructor(private readonly pool: pg.Pool) {}

  /** The provider's units (every provider's without one), by provider and unit id. */
  async list(providerId?: string): Promise<TerritorialUnit[]> {
    const { rows } = await this.pool.query<UnitRow>(
      `SELECT provider_id, unit_id, name_kk, name_ru, name_en, region FROM territorial_units
       WHERE $1::text IS NULL OR provider_id = $1 ORDER BY provider_id, unit_id`,
      [providerId ?? null],
    );
    return rows.map(unitOf);
  }

  async put(u: TerritorialUnit): Promise<void> {
    await this.pool.query(
      `INSERT INTO territorial_units (provider_id, unit_id, name_kk, name_ru, name_en, region)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (provider_id, unit_id) DO UPDATE SET name_kk = $3, name_ru = $4, name_en = $5, region = $6`,
      [u.providerId, u.unitId, u.name.kk, u.name.ru, u.name.en, u.region],
    );
  }

  /**
   * Deletes the unit if no official and no application belongs to it. The unit's row is locked
   * first, so a concurrent delete waits and then finds nothing.
   */
  deleteUnused(providerId: string, unitId: string): Promise<UnitDeletion> {
    return withTransaction(this.pool, async (client) => {
      const found = await client.query(
        'SELECT 1 FROM territorial_units WHERE provider_id = $1 AND unit_id = $2 FOR UPDATE',
        [providerId, unitId],
      );
      if (found.rows.length === 0) return { deleted: false, found: false };
      const { rows } = await client.query<{ officials: string; applications: string }>(
        `SELECT (SELECT count(*) FROM officials WHERE provider_id = $1 AND unit_id = $2) AS officials,
                (SELECT count(*) FROM application_units WHERE provider_id = $1 AND unit_id = $2) AS applications`,
        [providerId, unitId],
      );
      const use = rows[0] ?? { officials: '0', applications: '0' };
      if (use.officials !== '0' || use.applications !== '0')
        return {
          deleted: false,
          found: true,
          officials: Number(use.officials),
          applications: Number(use.applications),
        };
      await client.query('DELETE FROM territorial_units WHERE provider_id = $1 AND unit_id = $2', [
        providerId,
        unitId,
      ]);
      return { deleted: true };
    });
  }

  /** Addresses an application to a unit (once: a retried request changes nothing). */
  async addressApplication(applicationId: string, providerId: string, unitId: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO application_units (application_id, provider_id, unit_id) VALUES ($1, $2, $3)
       ON CONFLICT (application_id) DO NOTHING`,
      [applicationId, providerId, unitId],
    );
  }

  /** The unit an application is addressed to, or null. */
  async ofApplication(applicationId: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ unit_id: string }>(
      'SELECT unit_id FROM application_units WHERE application_id = $1',
      [applicationId],
    );
    return rows[0]?.unit_id ?? null;
  }
}
