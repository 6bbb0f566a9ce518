/**
 * The administrator's API: officials' accounts (who may log in, in which role, for which
 * provider and territorial unit), an overview of applications by service and status, and the
 * catalog: every service version with its validity, a check of a catalog file, and its
 * publication with an effective date. Also registered from here: providers and units
 * (admin-units.ts), runtime settings (admin-settings.ts), the access log (access-log.ts).
 * Administrators never act on a case: the engine has no administrator role.
 */
import { z } from 'zod';
import { checkFile } from '../catalog/files.ts';
import { ParticipantKind } from '../catalog/schema.ts';
import { isOfficial } from '../cases/roles.ts';
import { AppError } from '../errors/app-error.ts';
import {
  ADMIN_ROLE,
  hashPassword,
  requireAdminSession,
  type Official,
  type OfficialAccount,
} from './auth.ts';
import { requireAccountChange } from '../store/officials.ts';
import { accountKeys } from './login-limits.ts';
import { PASSWORD_INPUT_MAX, requireGoodPassword } from './password-policy.ts';
import type { ServerContext } from './context.ts';
import { providerRoles } from './demo.ts';
import { accessLogRoutes } from './access-log.ts';
import { adminPermitRoutes } from './admin-permits.ts';
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
  query,
  strOrNull,
  unitId,
  type Api,
} from './schemas.ts';

const officialRoleKinds = ParticipantKind.options.filter<Exclude<Official['role'], typeof ADMIN_ROLE>>(
  (k): k is Exclude<Official['role'], typeof ADMIN_ROLE> => isOfficial(k),
);
/** A catalog file (JSON); src/catalog/files.ts checks it. */
const catalogFile = z.record(z.string(), z.unknown());

export function adminRoutes(api: Api, ctx: ServerContext): void {
  officialAccountRoutes(api, ctx);
  catalogAdminRoutes(api, ctx);
  publicationRoutes(api, ctx);
  adminUnitRoutes(api, ctx);
  adminSettingsRoutes(api, ctx);
  accessLogRoutes(api, ctx);
  adminPermitRoutes(api, ctx);
}

/** Officials' accounts, and the overview of applications. */
function officialAccountRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const loginParam = z.object({ login: z.string().regex(/^[a-z0-9][a-z0-9.-]{2,150}$/) });
  const account = ({ passwordHash: _, generation: __, ...o }: OfficialAccount) => ({
    ...o,
    unitId: o.unitId ?? null,
  });

  api.get(
    '/admin/officials',
    {
      schema: {
        operationId: 'listOfficials',
        tags: ['admin'],
        summary: 'Officials and administrators',
        response: answers(200, arr(officialAccount)),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      return (await sessions.listOfficials()).map(account);
    },
  );

  api.put(
    '/admin/officials/:login',
    {
      schema: {
        operationId: 'putOfficial',
        tags: ['admin'],
        summary:
          "Create or update an account: an official (role and provider as the catalog names them) or an administrator (role admin, no provider). A new password, role, provider or unit ends the account's sessions; the last active administrator cannot be demoted.",
        params: loginParam,
        body: z.object({
          name: z.string().min(1).max(300),
          role: z.enum([...officialRoleKinds, ADMIN_ROLE]),
          providerId: z.string().min(1).max(300).optional(),
          password: z.string().min(1).max(PASSWORD_INPUT_MAX),
          unitId: unitId.nullable().optional(),
        }),
        response: answers(200, officialAccount),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      const { login } = request.params;
      const { name, role, password } = request.body;
      const providerId = role === ADMIN_ROLE ? '' : (request.body.providerId ?? '');
      const unitId = role === ADMIN_ROLE ? null : (request.body.unitId ?? null);
      if (role !== ADMIN_ROLE && !providerRoles(platform.catalog).has(providerId))
        throw new AppError('server.not_found', `no provider ${providerId}`, {
          what: providerId || 'providerId',
        });
      if (unitId !== null) await requireUnit(platform.store.repos.units, providerId, unitId);
      requireGoodPassword(password, login);
      const official: Official = {
        login,
        name,
        role,
        providerId,
        unitId,
        passwordHash: await hashPassword(password),
      };
      requireAccountChange(await sessions.addOfficial(official), login);
      // A new password unlocks an account that too many failed logins locked.
      await platform.store.repos.loginAttempts.clear(accountKeys(login));
      return {
        login,
        name,
        role,
        providerId,
        unitId,
        disabled: (await sessions.findOfficial(login))?.disabled ?? false,
      };
    },
  );

  for (const disable of [true, false])
    api.post(
      `/admin/officials/:login/${disable ? 'disable' : 'enable'}`,
      {
        schema: {
          operationId: disable ? 'disableOfficial' : 'enableOfficial',
          tags: ['admin'],
          summary: disable
            ? 'Disable an account: it cannot log in and its sessions end at once (the last active administrator cannot be disabled)'
            : 'Enable a disabled account again (it logs in anew)',
          params: loginParam,
          response: answers(200, obj({ login: str, disabled: bool, sessionsEnded: num })),
        },
      },
      async (request) => {
        const admin = await requireAdminSession(sessions, request);
        const { login } = request.params;
        const change = await sessions.setOfficialDisabled(
          login,
          disable ? platform.clock.now() : null,
          disable ? admin.login : null,
        );
        const sessionsEnded = requireAccountChange(change, login);
        if (!disable) await platform.store.repos.loginAttempts.clear(accountKeys(login));
        return { login, disabled: disable, sessionsEnded };
      },
    );

  api.get(
    '/admin/overview',
    {
      schema: {
        operationId: 'getOverview',
        tags: ['admin'],
        summary: 'Applications by service and status',
        querystring: query({ serviceId: z.string().max(200).optional() }),
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
}

/** The catalog's versions and the check of a catalog file. */
function catalogAdminRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;

  api.get(
    '/admin/catalog/versions',
    {
      schema: {
        operationId: 'listCatalogVersions',
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

  api.post(
    '/admin/catalog/validate',
    {
      // The largest seed file is under 0.5 MB; a whole act with its annexes stays well below 5 MiB.
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        operationId: 'validateCatalogFile',
        tags: ['admin'],
        summary:
          'Check a catalog file (JSON body): its schema and integrity problems, none when it can be published',
        querystring: query({ file: z.string().min(1).max(200).optional() }),
        body: catalogFile,
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
}

/** Catalog files published at run time, and publishing one. */
function publicationRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;

  api.get(
    '/admin/catalog/publications',
    {
      schema: {
        operationId: 'listPublications',
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

  api.post(
    '/admin/catalog/publish',
    {
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        operationId: 'publishCatalogFile',
        tags: ['admin'],
        summary:
          'Publish a catalog file (JSON body) with an effective date: its services become new versions in force from that date',
        querystring: query({
          effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          file: z
            .string()
            .min(1)
            .max(200)
            .regex(/^[^/\\]+$/)
            .optional(),
        }),
        body: catalogFile,
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
}
