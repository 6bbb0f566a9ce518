/**
 * The administrator's API: officials' accounts (who may log in, in which role, for which
 * provider and territorial unit), an overview of applications by service and status, and the
 * catalog: every service version with its validity, a check of a catalog file, and its
 * publication with an effective date. Also registered from here: providers and units
 * (admin-units.ts), runtime settings (admin-settings.ts), the access log (access-log.ts).
 * Administrators never act on a case: the engine has no administrator role.
 */
import type { FastifyInstance } from 'fastify';
import { checkFile } from '../catalog/files.ts';
import { ParticipantKind } from '../catalog/schema.ts';
import { isOfficial } from '../cases/roles.ts';
import { AppError } from '../errors/app-error.ts';
import { hashPassword, requireAdminSession, type Official } from './auth.ts';
import type { ServerContext } from './context.ts';
import { providerRoles } from './demo.ts';
import { accessLogRoutes } from './access-log.ts';
import { adminSettingsRoutes } from './admin-settings.ts';
import { adminUnitRoutes, requireUnit } from './admin-units.ts';
import { userMessage } from '../errors/app-error.ts';
import { requestLanguage } from './problem.ts';
import {
  answers,
  arr,
  bool,
  fileProblem,
  num,
  obj,
  officialAccount,
  publication,
  str,
  strOrNull,
} from './response-schemas.ts';

const officialRoleKinds = ParticipantKind.options.filter((k) => isOfficial(k));

export function adminRoutes(api: FastifyInstance, ctx: ServerContext): void {
  const { platform, sessions } = ctx;

  api.get(
    '/admin/officials',
    {
      schema: {
        tags: ['admin'],
        summary: 'Officials and administrators',
        response: answers(200, arr(officialAccount)),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      return (await sessions.listOfficials()).map(({ passwordHash: _, ...o }) => o);
    },
  );

  api.put<{
    Params: { login: string };
    Body: { name: string; role: string; providerId: string; password: string; unitId?: string | null };
  }>(
    '/admin/officials/:login',
    {
      schema: {
        tags: ['admin'],
        summary: "Create or update an official's account (role and provider as the catalog names them)",
        params: {
          type: 'object',
          required: ['login'],
          properties: { login: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]{2,150}$' } },
        },
        body: {
          type: 'object',
          required: ['name', 'role', 'providerId', 'password'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 300 },
            role: { type: 'string', enum: officialRoleKinds },
            providerId: { type: 'string', minLength: 1, maxLength: 300 },
            password: { type: 'string', minLength: 12, maxLength: 200 },
            unitId: { type: ['string', 'null'], pattern: '^[a-z0-9][a-z0-9.-]{0,99}$' },
          },
        },
        response: answers(200, officialAccount),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      const { name, role, providerId, password } = request.body;
      const unitId = request.body.unitId ?? null;
      if (!providerRoles(platform.catalog).has(providerId))
        throw new AppError('server.not_found', `no provider ${providerId}`, { what: providerId });
      if (unitId !== null) await requireUnit(platform.store.repos.units, providerId, unitId);
      const official: Official = {
        login: request.params.login,
        name,
        role: role as Official['role'],
        providerId,
        unitId,
        passwordHash: await hashPassword(password),
      };
      await sessions.addOfficial(official);
      return { login: official.login, name, role, providerId, unitId };
    },
  );

  api.get<{ Querystring: { serviceId?: string } }>(
    '/admin/overview',
    {
      schema: {
        tags: ['admin'],
        summary: 'Applications by service and status',
        querystring: { type: 'object', properties: { serviceId: { type: 'string', maxLength: 200 } } },
        response: answers(200, obj({}, 'Counts of applications by service id, then by status')),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      const rows = await platform.store.listApplications(
        request.query.serviceId === undefined ? {} : { serviceId: request.query.serviceId },
      );
      const counts: Record<string, Record<string, number>> = {};
      for (const r of rows) {
        const byStatus = (counts[r.serviceId] ??= {});
        byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      }
      return counts;
    },
  );

  api.get(
    '/admin/catalog/versions',
    {
      schema: {
        tags: ['admin'],
        summary: 'Every service version with its validity and whether it is in force today',
        response: answers(
          200,
          arr(
            obj({
              serviceId: str,
              version: num,
              act: str,
              validFrom: str,
              validTo: strOrNull,
              validityEstimated: bool,
              state: str,
            }),
          ),
        ),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      const today = ctx.today();
      return platform.catalog.list().flatMap(({ service: newest }) =>
        platform.catalog.versions(newest.id).map(({ act, service, file }) => ({
          serviceId: service.id,
          version: service.version,
          title: service.title,
          act: act.id,
          file,
          validFrom: service.validFrom,
          validTo: service.validTo,
          validityEstimated: service.validityEstimated,
          state:
            today < service.validFrom
              ? 'future'
              : service.validTo !== null && today >= service.validTo
                ? 'ended'
                : 'in-force',
        })),
      );
    },
  );

  api.post<{ Body: Record<string, unknown>; Querystring: { file?: string } }>(
    '/admin/catalog/validate',
    {
      // The largest seed file is under 0.5 MB; a whole act with its annexes stays well below 5 MiB.
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags: ['admin'],
        summary:
          'Check a catalog file (JSON body): its schema and integrity problems, none when it can be published',
        querystring: {
          type: 'object',
          properties: { file: { type: 'string', minLength: 1, maxLength: 200 }, lang: { type: 'string' } },
        },
        body: { type: 'object', additionalProperties: true },
        response: answers(
          200,
          obj({
            valid: bool,
            problems: arr(fileProblem),
            services: arr(obj({ serviceId: str, version: num, validFrom: str, validTo: strOrNull })),
          }),
        ),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      const file = request.query.file ?? 'upload.json';
      const checked = checkFile(file, JSON.stringify(request.body));
      if ('problems' in checked) return { valid: false, problems: checked.problems, services: [] };
      return {
        valid: true,
        problems: [],
        services: checked.data.services.map((s) => ({
          serviceId: s.id,
          version: s.version,
          validFrom: s.validFrom,
          validTo: s.validTo,
        })),
      };
    },
  );
  api.get(
    '/admin/catalog/publications',
    {
      schema: {
        tags: ['admin'],
        summary: 'Catalog files published at run time: effective date, who, when',
        response: answers(200, arr(publication)),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      return platform.store.repos.catalogPublications.list();
    },
  );

  api.post<{ Body: Record<string, unknown>; Querystring: { effectiveFrom: string; file?: string } }>(
    '/admin/catalog/publish',
    {
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags: ['admin'],
        summary:
          'Publish a catalog file (JSON body) with an effective date: its services become new versions in force from that date',
        querystring: {
          type: 'object',
          required: ['effectiveFrom'],
          properties: {
            effectiveFrom: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            file: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[^/\\\\]+$' },
            lang: { type: 'string' },
          },
        },
        body: { type: 'object', additionalProperties: true },
        response: answers(201, publication),
      },
    },
    async (request, reply) => {
      const admin = await requireAdminSession(sessions, request);
      const { effectiveFrom } = request.query;
      const file = request.query.file ?? `published-${effectiveFrom}.json`;
      const today = ctx.today();
      if (Number.isNaN(Date.parse(`${effectiveFrom}T00:00:00Z`)))
        throw new AppError('calendar.invalid_date', `invalid date ${effectiveFrom}`, {
          value: effectiveFrom,
        });
      if (effectiveFrom < today)
        throw new AppError('catalog.effective_date_past', `${effectiveFrom} is before ${today}`, {
          date: effectiveFrom,
          today,
        });
      const checked = checkFile(file, JSON.stringify(request.body));
      const planned =
        'problems' in checked
          ? checked
          : await platform.store.repos.catalogPublications.publish(platform.catalog, {
              file,
              effectiveFrom,
              data: checked.data,
              content: request.body,
              publishedBy: admin.login,
              publishedAt: platform.clock.now(),
            });
      if ('problems' in planned) {
        const error = new AppError('catalog.publish_invalid', 'catalog file refused', {
          count: planned.problems.length,
        });
        return reply
          .status(400)
          .type('application/problem+json')
          .send({
            type: `https://ruqsat.kz/problems/${error.code}`,
            title: error.code,
            status: 400,
            code: error.code,
            detail: userMessage(error, requestLanguage(request)),
            instance: request.url,
            problems: planned.problems,
          });
      }
      return reply.status(201).send(planned.publication);
    },
  );

  adminUnitRoutes(api, ctx);
  adminSettingsRoutes(api, ctx);
  accessLogRoutes(api, ctx);
}
