/**
 * The office counter (src/cases/visit.ts): an official records an arrival (the ticket), calls
 * the visitor (start of service), finishes (end of service, optionally with the application
 * registered meanwhile), and reads the office board — who waits and how long, against the
 * limits of seed 004 7-т. Every route is an official's, of their provider and, for an official
 * of a unit, of that unit only: another office's visit is not even seen (404). Cookie sessions
 * send the CSRF token on the POSTs (requireOfficialSession).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { providerIdOf } from '../cases/engine.ts';
import { boardOf, callVisit, finishVisit, visitLimits, visitMeasures, type Visit } from '../cases/visit.ts';
import { AppError } from '../errors/app-error.ts';
import { requireOfficialSession, type Principal } from './auth.ts';
import { idempotencyOf, type ServerContext } from './context.ts';
import { withinUnit } from './admin-units.ts';
import { answers, arr, bool, idParams, num, obj, str, strOrNull, visitSchema, type Api } from './schemas.ts';

type Official = Extract<Principal, { kind: 'official' }>;

const board = obj({
  now: str,
  unitId: strOrNull,
  waiting: arr(visitSchema),
  serving: arr(visitSchema),
  overLimit: obj({ waiting: num, serving: num }),
  refreshSeconds: num,
  all: bool,
});

const Arrival = z.object({
  serviceId: z.string().min(1).max(200),
  caseId: z.string().min(1).max(200).optional(),
});
const Finish = z.object({ applicationId: z.string().min(1).max(100).optional() });

/** How often the board page asks again (web/src/pages/desk-board.tsx). */
export const BOARD_REFRESH_SECONDS = 15;

/** The visit if it is the official's provider's and, for an official of a unit, that unit's; else 404. */
export async function ourVisit(ctx: ServerContext, me: Official, id: string): Promise<Visit> {
  const v = await ctx.platform.store.repos.visits.find(id);
  if (
    v === undefined ||
    v.providerId !== me.providerId ||
    (me.unitId !== undefined && v.unitId !== me.unitId)
  )
    throw new AppError('cases.visit_not_found', `no visit ${id} at ${me.providerId}`, { id });
  return v;
}

/**
 * Links an application to the visit being finished: it must be a registered application the
 * official may see (their provider, their unit). Otherwise 404, as for any case not theirs.
 */
async function linkable(ctx: ServerContext, me: Official, applicationId: string): Promise<string> {
  const row = await ctx.platform.store.findApplication(applicationId);
  if (
    row === undefined ||
    row.providerId !== me.providerId ||
    row.status === 'draft' ||
    !(await withinUnit(ctx.platform.store.repos.units, me, applicationId))
  )
    throw new AppError('cases.not_found', `no case ${applicationId} at ${me.providerId}`, {
      id: applicationId,
    });
  return applicationId;
}

/** Finishes a called visit, linking the application; used by the finish route and paper intake. */
export async function finishOurVisit(
  ctx: ServerContext,
  me: Official,
  visit: Visit,
  applicationId: string | null,
): Promise<Visit> {
  const next = finishVisit(visit, ctx.platform.clock.now(), me.login, applicationId);
  return ctx.platform.store.repos.visits.save(next);
}

export function visitRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const measured = (v: Visit) => ({ ...v, ...visitMeasures(v, platform.clock.now()) });
  const official = (request: FastifyRequest) => requireOfficialSession(sessions, request);

  api.post(
    '/official/visits',
    {
      schema: {
        operationId: 'recordVisitArrival',
        tags: ['official'],
        summary:
          "A visitor arrives at the official's office: a ticket with its number of the day and the case's waiting and service limits (seed 004 7-т.)",
        body: Arrival,
        response: answers(201, visitSchema),
      },
    },
    async (request, reply) => {
      const me = await official(request);
      const body = request.body;
      const { service } = platform.catalog.resolve(body.serviceId, ctx.today(), {
        acceptRepealed: ctx.acceptRepealed,
      });
      if (providerIdOf(service) !== me.providerId)
        throw new AppError('cases.wrong_provider', `${body.serviceId} is not served by ${me.providerId}`);
      const caseId = body.caseId ?? null;
      if (caseId !== null && !service.cases.some((c) => c.id === caseId))
        throw new AppError('catalog.unknown_case', `${service.id} has no case ${caseId}`, {
          service: service.id,
          case: caseId,
        });
      // With an Idempotency-Key the visit's id comes from it: a retried click gets its ticket back.
      const { idempotencyKey, requestHash } = idempotencyOf(request, me.login);
      const id = requestHash === undefined ? randomUUID() : idempotencyKey.replace(/^http:/u, 'visit-');
      const visit = await platform.store.repos.visits.arrive({
        id,
        providerId: me.providerId,
        unitId: me.unitId ?? null,
        serviceId: service.id,
        caseId,
        arrivedAt: platform.clock.now().toISOString(),
        calledAt: null,
        calledBy: null,
        endedAt: null,
        endedBy: null,
        applicationId: null,
        limits: visitLimits(service, caseId),
      });
      if (visit.serviceId !== service.id || visit.caseId !== caseId)
        throw new AppError(
          'server.idempotency_key_reused',
          'the Idempotency-Key was used for another arrival',
        );
      return reply.status(201).send(measured(visit));
    },
  );

  api.post(
    '/official/visits/:id/call',
    {
      schema: {
        operationId: 'callVisit',
        tags: ['official'],
        summary: 'The clerk calls the visitor: the start of service (ends the wait)',
        params: idParams,
        response: answers(200, visitSchema),
      },
    },
    async (request) => {
      const me = await official(request);
      const visit = await ourVisit(ctx, me, request.params.id);
      const next = callVisit(visit, platform.clock.now(), me.login);
      return measured(await platform.store.repos.visits.save(next));
    },
  );

  api.post(
    '/official/visits/:id/finish',
    {
      schema: {
        operationId: 'finishVisit',
        tags: ['official'],
        summary:
          'The end of service, optionally linking the application registered during the visit (its receipt then shows the visit)',
        params: idParams,
        body: Finish,
        response: answers(200, visitSchema),
      },
    },
    async (request) => {
      const me = await official(request);
      const visit = await ourVisit(ctx, me, request.params.id);
      const applicationId =
        request.body.applicationId === undefined ? null : await linkable(ctx, me, request.body.applicationId);
      return measured(await finishOurVisit(ctx, me, visit, applicationId));
    },
  );

  api.get(
    '/official/visits/board',
    {
      schema: {
        operationId: 'getVisitBoard',
        tags: ['official'],
        summary:
          "The office board: visitors waiting (longest wait first) and being served in the official's unit, with minutes and over-limit flags",
        response: answers(200, board),
      },
    },
    async (request) => {
      const me = await official(request);
      const now = platform.clock.now();
      const open = await platform.store.repos.visits.open(me.providerId, me.unitId);
      const { waiting, serving } = boardOf(open, now);
      return {
        now: now.toISOString(),
        unitId: me.unitId ?? null,
        // Longest wait first.
        waiting,
        serving,
        overLimit: {
          waiting: waiting.filter((v) => v.waitOver === true).length,
          serving: serving.filter((v) => v.serviceOver === true).length,
        },
        refreshSeconds: BOARD_REFRESH_SECONDS,
        all: me.unitId === undefined,
      };
    },
  );
}
