/**
 * Providers and their territorial units. Providers are the catalog's (ids such as `mti-ktrm`,
 * `mvd-territorial`); their units are kept in `territorial_units` (migration 0008) and managed
 * by administrators. An official may belong to one unit of their provider, and an application
 * may be addressed to one (chosen by the applicant on the draft, or the registering official's
 * at paper intake): an official of another unit of the same provider then does not see it
 * (404, like a case of another provider). An official with no unit, or an application with no
 * unit, is the whole provider's.
 */
import type { FastifyInstance } from 'fastify';
import type { Catalog } from '../catalog/catalog.ts';
import { providerIdOf } from '../cases/engine.ts';
import { AppError } from '../errors/app-error.ts';
import type { TerritorialUnit, UnitRepository } from '../store/units.ts';
import { requireAdminSession } from './auth.ts';
import type { ServerContext } from './context.ts';
import { providerRoles } from './demo.ts';
import { answers, arr, noContent, obj, str, strings, territorialUnit } from './response-schemas.ts';

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

const unitIdSchema = { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]{0,99}$' } as const;
const nameSchema = { type: 'string', minLength: 1, maxLength: 500 } as const;
const unitParams = {
  type: 'object',
  required: ['id', 'unitId'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 }, unitId: unitIdSchema },
} as const;

export function adminUnitRoutes(api: FastifyInstance, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const units = platform.store.repos.units;
  const requireProvider = (providerId: string) => {
    if (!providerRoles(platform.catalog).has(providerId))
      throw new AppError('admin.unknown_provider', `no provider ${providerId}`, { providerId });
  };

  api.get(
    '/admin/providers',
    {
      schema: {
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

  api.get<{ Params: { id: string } }>(
    '/admin/providers/:id/units',
    {
      schema: {
        tags: ['admin'],
        summary: "A provider's territorial units",
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 200 } } },
        response: answers(200, arr(territorialUnit)),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      requireProvider(request.params.id);
      return units.list(request.params.id);
    },
  );

  api.put<{
    Params: { id: string; unitId: string };
    Body: { name: { kk: string; ru: string; en: string }; region: string };
  }>(
    '/admin/providers/:id/units/:unitId',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create or update a territorial unit of a provider',
        params: unitParams,
        body: {
          type: 'object',
          required: ['name', 'region'],
          additionalProperties: false,
          properties: {
            name: {
              type: 'object',
              required: ['kk', 'ru', 'en'],
              additionalProperties: false,
              properties: { kk: nameSchema, ru: nameSchema, en: nameSchema },
            },
            region: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
        response: answers(200, territorialUnit),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      requireProvider(request.params.id);
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

  api.delete<{ Params: { id: string; unitId: string } }>(
    '/admin/providers/:id/units/:unitId',
    {
      schema: {
        tags: ['admin'],
        summary: 'Delete a territorial unit no official or application belongs to',
        params: unitParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await requireAdminSession(sessions, request);
      const { id, unitId } = request.params;
      requireProvider(id);
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

  // Public: the units an applicant may address an application of this service to.
  api.get<{ Params: { id: string } }>(
    '/services/:id/units',
    {
      schema: {
        tags: ['catalog'],
        summary: "The territorial units of the service's provider (optional `unitId` of a new application)",
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 200 } } },
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
