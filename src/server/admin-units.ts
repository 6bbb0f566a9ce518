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
import type { Catalog } from '../catalog/catalog.ts';
import { providerIdOf } from '../cases/engine.ts';
import { AppError } from '../errors/app-error.ts';
import type { TerritorialUnit, UnitRepository } from '../store/units.ts';
import { requireAdminSession } from './auth.ts';
import type { ServerContext } from './context.ts';
import { providerRoles } from './demo.ts';
import { answers, arr, noContent, obj, str, strings, territorialUnit, unitId, type Api } from './schemas.ts';

/** Refuses a unit that is not one of the provider's, naming the possible ones. */
export async function requireUnit(repo: UnitRepository, providerId: string, unitId: string): Promise<void> {
  const units = await repo.list(providerId);
  if (!units.some((u) => u.unitId === unitId))
    throw new AppError('admin.unknown_unit', `${unitId} is not a unit of ${providerId}`, {
      unitId,
      providerId,
      units: units.map((u) => u.unitId).join(', ') || '—',
    });
}

/** Whether an official (of the application's provider) may see it: same unit, or either has none. */
export async function withinUnit(
  repo: UnitRepository,
  official: { unitId?: string },
  applicationId: string,
): Promise<boolean> {
  if (official.unitId === undefined) return true;
  const unit = await repo.ofApplication(applicationId);
  return unit === null || unit === official.unitId;
}

/** Demo units: two per provider of the catalog (`<provider>.astana`, `<provider>.almaty`). */
export async function seedDemoUnits(repo: UnitRepository, catalog: Catalog): Promise<TerritorialUnit[]> {
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
      await repo.put(unit);
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
  const units = platform.store.repos.units;

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
      const all = await units.list();
      return [...providerRoles(platform.catalog)].map(([id, { name, roles }]) => ({
        id,
        name,
        roles: [...roles].sort(),
        units: all.filter((u) => u.providerId === id),
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
      return units.list(request.params.id);
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
      return units.list(providerIdOf(entry.service));
    },
  );
}

/** Creating, changing and deleting a unit. */
function unitChangeRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const units = platform.store.repos.units;

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
      await units.put(unit);
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
      const deletion = await units.deleteUnused(id, unitId);
      if (!deletion.deleted && !deletion.found)
        throw new AppError('server.not_found', `no unit ${unitId} of ${id}`, { what: `${id}/${unitId}` });
      if (!deletion.deleted)
        throw new AppError('admin.unit_in_use', `unit ${unitId} in use`, {
          unitId,
          officials: deletion.officials,
          applications: deletion.applications,
        });
      return reply.status(204).send();
    },
  );
}
