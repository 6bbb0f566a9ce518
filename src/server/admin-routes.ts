/**
 * The administrator's API: officials' accounts (who may log in, in which role, for which
 * provider) and an overview of applications by service and status. Administrators never act on
 * a case: the engine has no administrator role.
 */
import type { FastifyInstance } from 'fastify';
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
}
