/**
 * `POST /admin/permits/import`: an administrator brings a permit issued outside Ruqsat into the
 * registry with its source (issue 13 item 8), as `ruqsat registry import` does, so its holder
 * can have it reissued or duplicated here. Refused: the same original number twice (409
 * registry.already_in_registry), a holder that is not a valid IIN/BIN (400), an unknown service.
 */
import { importExternalPermit } from '../cases/permits.ts';
import { PermitImport } from '../registry/import.ts';
import { requireAdminSession } from './auth.ts';
import type { ServerContext } from './context.ts';
import { answers, obj, str, type Api } from './schemas.ts';

export function adminPermitRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  api.post(
    '/admin/permits/import',
    {
      schema: {
        operationId: 'importPermit',
        tags: ['admin'],
        summary: 'Bring a permit issued outside Ruqsat into the registry, with its source',
        body: PermitImport,
        response: answers(201, obj({ number: str, originalNumber: str })),
      },
    },
    async (request, reply) => {
      const admin = await requireAdminSession(sessions, request);
      const { service } = platform.catalog.resolve(request.body.serviceId, ctx.today(), {
        acceptRepealed: true,
      });
      const permit = await platform.store.transaction((tx) =>
        importExternalPermit(tx, request.body, service, admin.login, platform.clock.now(), ctx.today()),
      );
      return reply.status(201).send({ number: permit.number, originalNumber: request.body.originalNumber });
    },
  );
}
