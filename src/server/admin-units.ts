/**
 * Providers and their territorial units. Providers are the catalog's (ids such as `mti-ktrm`,
 * `mvd-territorial`); their units are kept in `territorial_units` (migration 0008) and managed
 * by administrators. An official may belong to one unit of their provider, and an application
 * may be addressed to one (chosen by the applicant on the draft, or the registering official's
 * at paper intake): an official of another unit of the same provider then does not see it
 * (404, like a case of another provider). An official with no unit, or an application with no
 * unit, is the whole provider's.
 */
import { z } from 'zod';
import type pg from 'pg';
import type { Catalog } from '../catalog/catalog.ts';
import { providerIdOf } from '../cases/engine.ts';
import { AppError } from '../errors/app-error.ts';
import { pgStoreOf } from '../store/index.ts';
import { requireAdminSession } from './auth.ts';
import type { ServerContext } from './context.ts';
import { providerRoles } from './demo.ts';
import { answers, arr, noContent, obj, str, strings, territorialUnit, unitId, type Api } from './schemas.ts';

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

export async function listUnits(pool: pg.Pool, providerId?: string): Promise<TerritorialUnit[]> {
  const { rows } = await pool.query<UnitRow>(
    `SELECT provider_id, unit_id, name_kk, name_ru, name_en, region FROM territorial_units
     WHERE $1::text IS NULL OR provider_id = $1 ORDER BY provider_id, unit_id`,
    [providerId ?? null],
  );
  return rows.map(unitOf);
}

export async function putUnit(pool: pg.Pool, u: TerritorialUnit): Promise<void> {
  await pool.query(
    `INSERT INTO territorial_units (provider_id, unit_id, name_kk, name_ru, name_en, region)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (provider_id, unit_id) DO UPDATE SET name_kk = $3, name_ru = $4, name_en = $5, region = $6`,
    [u.providerId, u.unitId, u.name.kk, u.name.ru, u.name.en, u.region],
  );
}

/** Refuses a unit that is not one of the provider's, naming the possible ones. */
export async function requireUnit(pool: pg.Pool, providerId: string, unitId: string): Promise<void> {
  const units = await listUnits(pool, providerId);
  if (!units.some((u) => u.unitId === unitId))
    throw new AppError('admin.unknown_unit', `${unitId} is not a unit of ${providerId}`, {
      unitId,
      providerId,
      units: units.map((u) => u.unitId).join(', ') || '—',
    });
}

/** The unit an application is addressed to, or null. */
export async function applicationUnit(pool: pg.Pool, applicationId: string): Promise<string | null> {
  const { rows } = await pool.query<{ unit_id: string }>(
    'SELECT unit_id FROM application_units WHERE application_id = $1',
    [applicationId],
  );
  return rows[0]?.unit_id ?? null;
}

/** Whether an official (of the application's provider) may see it: same unit, or either has none. */
export async function withinUnit(
  pool: pg.Pool,
  official: { unitId?: string },
  applicationId: string,
): Promise<boolean> {
  if (official.unitId === undefined) return true;
  const unit = await applicationUnit(pool, applicationId);
  return unit === null || unit === official.unitId;
}

/** Demo units: two per provider of the catalog (`<provider>.astana`, `<provider>.almaty`). */
export async function seedDemoUnits(pool: pg.Pool, catalog: Catalog): Promise<TerritorialUnit[]> {
  const cities = [
    {
      id: 'astana',
      kk: 'Астана қаласы бойынша',
      ru: 'по городу Астане',
      en: 'Astana city',
      region: 'Астана',
    },
    {
      id: 'almaty',
      kk: 'Алматы қаласы бойынша',
      ru: 'по городу Алматы',
      en: 'Almaty city',
      region: 'Алматы',
    },
  ];
  const added: TerritorialUnit[] = [];
  for (const [providerId, { name }] of providerRoles(catalog))
    for (const c of cities) {
      const unit: TerritorialUnit = {
        providerId,
        unitId: `${providerId}.${c.id}`,
        name: { kk: `${name}: ${c.kk}`, ru: `${providerId}: ${c.ru}`, en: `${providerId}: ${c.en}` },
        region: c.region,
      };
      await putUnit(pool, unit);
      added.push(unit);
    }
  return added;
}

const providerParams = z.object({ id: z.string().max(200) });
const unitParams = z.object({ id: z.string().min(1).max(200), unitId });
const unitName = z.string().min(1).max(500);

export function adminUnitRoutes(api: Api, ctx: ServerContext): void {
  unitListRoutes(api, ctx);
  unitChangeRoutes(api, ctx);
}

function requireProvider(catalog: Catalog, providerId: string): void {
  if (!providerRoles(catalog).has(providerId))
    throw new AppError('admin.unknown_provider', `no provider ${providerId}`, { providerId });
}

/** The providers with their units, a provider's units, and a service's (public). */
function unitListRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const pool = pgStoreOf(platform.store).pool;

  api.get(
    '/admin/providers',
    {
      schema: {
        operationId: 'listProviders',
        tags: ['admin'],
        summary:
          "The catalog's providers with the official roles their processes name and their territorial units",
        response: answers(200, arr(obj({ id: str, roles: strings, units: arr(territorialUnit) }))),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      const units = await listUnits(pool);
      return [...providerRoles(platform.catalog)].map(([id, { name, roles }]) => ({
        id,
        name,
        roles: [...roles].sort(),
        units: units.filter((u) => u.providerId === id),
      }));
    },
  );

  api.get(
    '/admin/providers/:id/units',
    {
      schema: {
        operationId: 'listProviderUnits',
        tags: ['admin'],
        summary: "A provider's territorial units",
        params: providerParams,
        response: answers(200, arr(territorialUnit)),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      requireProvider(platform.catalog, request.params.id);
      return listUnits(pool, request.params.id);
    },
  );

  // Public: the units an applicant may address an application of this service to.
  api.get(
    '/services/:id/units',
    {
      schema: {
        operationId: 'listServiceUnits',
        tags: ['catalog'],
        summary: "The territorial units of the service's provider (optional `unitId` of a new application)",
        params: providerParams,
        response: answers(200, arr(territorialUnit)),
      },
    },
    async (request) => {
      const entry = platform.catalog.versions(request.params.id).at(-1);
      if (entry === undefined)
        throw new AppError('catalog.unknown_service', `Unknown service ${request.params.id}`, {
          id: request.params.id,
        });
      return listUnits(pool, providerIdOf(entry.service));
    },
  );
}

/** Creating, changing and deleting a unit. */
function unitChangeRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const pool = pgStoreOf(platform.store).pool;

  api.put(
    '/admin/providers/:id/units/:unitId',
    {
      schema: {
        operationId: 'putUnit',
        tags: ['admin'],
        summary: 'Create or update a territorial unit of a provider',
        params: unitParams,
        body: z.object({
          name: z.object({ kk: unitName, ru: unitName, en: unitName }),
          region: z.string().min(1).max(200),
        }),
        response: answers(200, territorialUnit),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      requireProvider(platform.catalog, request.params.id);
      const unit: TerritorialUnit = {
        providerId: request.params.id,
        unitId: request.params.unitId,
        name: request.body.name,
        region: request.body.region,
      };
      await putUnit(pool, unit);
      return unit;
    },
  );

  api.delete(
    '/admin/providers/:id/units/:unitId',
    {
      schema: {
        operationId: 'deleteUnit',
        tags: ['admin'],
        summary: 'Delete a territorial unit no official or application belongs to',
        params: unitParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await requireAdminSession(sessions, request);
      const { id, unitId } = request.params;
      requireProvider(platform.catalog, id);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const found = await client.query(
          'SELECT 1 FROM territorial_units WHERE provider_id = $1 AND unit_id = $2 FOR UPDATE',
          [id, unitId],
        );
        if (found.rows.length === 0)
          throw new AppError('server.not_found', `no unit ${unitId} of ${id}`, { what: `${id}/${unitId}` });
        const { rows } = await client.query<{ officials: string; applications: string }>(
          `SELECT (SELECT count(*) FROM officials WHERE provider_id = $1 AND unit_id = $2) AS officials,
                  (SELECT count(*) FROM application_units WHERE provider_id = $1 AND unit_id = $2) AS applications`,
          [id, unitId],
        );
        const use = rows[0] ?? { officials: '0', applications: '0' };
        if (use.officials !== '0' || use.applications !== '0')
          throw new AppError('admin.unit_in_use', `unit ${unitId} in use`, {
            unitId,
            officials: Number(use.officials),
            applications: Number(use.applications),
          });
        await client.query('DELETE FROM territorial_units WHERE provider_id = $1 AND unit_id = $2', [
          id,
          unitId,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
      return reply.status(204).send();
    },
  );
}
