/**
 * The administrator's API: officials' accounts (who may log in, in which role, for which
 * provider), an overview of applications by service and status, and the catalog: every service
 * version with its validity, and a check of a catalog file before it is published. Administrators never act on
 * a case: the engine has no administrator role.
 */
import type { FastifyInstance } from 'fastify';
import { checkFile } from '../catalog/files.ts';
import { ParticipantKind } from '../catalog/schema.ts';
import { isOfficial } from '../cases/roles.ts';
import { AppError } from '../errors/app-error.ts';
import { hashPassword, requireAdminSession, type Official } from './auth.ts';
import type { ServerContext } from './context.ts';
import { providerRoles } from './demo.ts';

const officialRoleKinds = ParticipantKind.options.filter((k) => isOfficial(k));

export function adminRoutes(api: FastifyInstance, ctx: ServerContext): void {
  const { platform, sessions } = ctx;

  api.get(
    '/admin/officials',
    { schema: { tags: ['admin'], summary: 'Officials and administrators' } },
    async (request) => {
      await requireAdminSession(sessions, request);
      return (await sessions.listOfficials()).map(({ passwordHash: _, ...o }) => o);
    },
  );

  api.put<{
    Params: { login: string };
    Body: { name: string; role: string; providerId: string; password: string };
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
          },
        },
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      const { name, role, providerId, password } = request.body;
      if (!providerRoles(platform.catalog).has(providerId))
        throw new AppError('server.not_found', `no provider ${providerId}`, { what: providerId });
      const official: Official = {
        login: request.params.login,
        name,
        role: role as Official['role'],
        providerId,
        passwordHash: await hashPassword(password),
      };
      await sessions.addOfficial(official);
      return { login: official.login, name, role, providerId };
    },
  );

  api.get<{ Querystring: { serviceId?: string } }>(
    '/admin/overview',
    {
      schema: {
        tags: ['admin'],
        summary: 'Applications by service and status',
        querystring: { type: 'object', properties: { serviceId: { type: 'string', maxLength: 200 } } },
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
}
