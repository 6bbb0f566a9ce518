/**
 * The applicant's API: who I am, the service passport, applications (draft, edit, submit,
 * withdraw, objection), status with the timeline, the quality survey, paying the fee through the
 * gateway, and the notifications inbox. Every application route answers 404 for an application
 * that is not the caller's, so ids of others leak nothing. (The demo login and demo signing are
 * demo routes, src/server/demo-routes.ts.)
 */
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { expandAll } from '../calendar/kept-explanation.ts';
import type { ApplicationState, Command } from '../cases/model.ts';
import { providerIdOf } from '../cases/decide.ts';
import { passportOf } from '../catalog/passport.ts';
import { surveyFor } from '../catalog/survey.ts';
import { recordSurvey } from '../monitoring/indicators.ts';
import { applicationContent } from '../cases/eds.ts';
import { minutesLeftUntilDelivery, timeline } from '../cases/timeline.ts';
import { AppError } from '../errors/app-error.ts';
import {
  SESSION_COOKIE,
  actorOf,
  requireApplicantSession,
  requirePower,
  sessionOf,
  type Principal,
} from './auth.ts';
import { idempotencyOf, type ServerContext } from './context.ts';
import { recordRead } from './access-log.ts';
import { attachmentRoutes } from './attachment-routes.ts';
import { resultRoutes } from './results-routes.ts';
import {
  answers,
  applicationState,
  applicationSummary,
  arr,
  bool,
  commandResult,
  declaredGround,
  idParams,
  invoice,
  noContent,
  obj,
  passport,
  principal,
  query,
  str,
  strOrNull,
  timelineSchema,
  unitId,
  type Api,
} from './schemas.ts';

const form = z.record(z.string(), z.unknown());

/** The caller's application, or 404 whether it does not exist or is someone else's. */
export async function applicantApplication(
  ctx: ServerContext,
  request: FastifyRequest,
  id: string,
): Promise<ApplicationState> {
  const me = await requireApplicantSession(ctx.sessions, request);
  const row = await ctx.platform.store.findApplication(id);
  if (row === undefined || row.applicantId !== me.id)
    throw new AppError('cases.not_found', `no application ${id} of ${me.id}`, { id });
  return row.state as ApplicationState;
}

/** Records that applicants read their own personal data (the access log, src/server/access-log.ts). */
function recordOwnRead(
  ctx: ServerContext,
  request: FastifyRequest,
  me: Principal,
  what: string,
): Promise<void> {
  const { platform } = ctx;
  return recordRead(
    platform.store.repos.accessLog,
    request,
    me,
    { subjectId: me.id, what },
    platform.clock.now(),
  );
}

export function applicantRoutes(api: Api, ctx: ServerContext): void {
  sessionRoutes(api, ctx);
  passportRoutes(api, ctx);
  applicationRoutes(api, ctx);
  commandRoutes(api, ctx);
  surveyRoutes(api, ctx);
  paymentStartRoutes(api, ctx);
  attachmentRoutes(api, ctx);
  resultRoutes(api, ctx);
}

/**
 * Where an official works, as the header names it: their territorial unit, or the provider
 * itself (its name as the catalog's acts give it) for an official of the whole provider.
 */
async function workplaceOf(
  ctx: ServerContext,
  me: Extract<Principal, { kind: 'official' }>,
): Promise<{ kk: string; ru?: string; en?: string } | null> {
  if (me.unitId !== undefined) {
    const unit = (await ctx.platform.store.repos.units.list(me.providerId)).find(
      (u) => u.unitId === me.unitId,
    );
    if (unit !== undefined) return unit.name;
  }
  const entry = ctx.platform.catalog.list().find((e) => providerIdOf(e.service) === me.providerId);
  return entry?.service.provider.name ?? null;
}

/** Who I am, what the state databases hold about me, logging out, and my inbox. */
function sessionRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;

  api.get(
    '/auth/me',
    {
      schema: {
        operationId: 'getMe',
        tags: ['auth'],
        summary: 'Who I am logged in as (a visitor: 200 with no principal)',
        response: answers(200, obj({ principal: principal.nullable(), csrfToken: strOrNull })),
      },
    },
    async (request) => {
      const session = await sessionOf(sessions, request);
      // A visitor is an answer, not an error: every first visit asks, and a 401 there was a
      // console error on every anonymous page (issue 15).
      if (session === undefined) return { principal: null, csrfToken: null };
      if (session.principal.kind === 'applicant')
        await recordOwnRead(ctx, request, session.principal, 'profile');
      const principal =
        session.principal.kind === 'official'
          ? { ...session.principal, workplace: await workplaceOf(ctx, session.principal) }
          : session.principal;
      return { principal, csrfToken: session.csrf };
    },
  );

  // What the state databases hold about me, shown in the application wizard for confirmation
  // instead of being asked again (the acts have the provider take it through the gateway).
  api.get(
    '/applicant/state-data',
    {
      schema: {
        operationId: 'getStateData',
        tags: ['applicant'],
        summary: 'What the state databases hold about me (for confirmation)',
        response: answers(200, obj({ kind: str })),
      },
    },
    async (request) => {
      const me = await requireApplicantSession(sessions, request);
      const databases = platform.simulators.stateDatabases;
      await recordOwnRead(ctx, request, me, 'state-data');
      return me.type === 'legal-entity'
        ? { kind: 'legal-entity' as const, legalEntity: await databases.findLegalEntity(me.id) }
        : {
            kind: 'individual' as const,
            individual: await databases.findIndividual(me.representative?.iin ?? me.id),
          };
    },
  );

  api.post(
    '/auth/logout',
    { schema: { operationId: 'logout', tags: ['auth'], summary: 'End the session', response: noContent } },
    async (request, reply) => {
      const session = await sessionOf(sessions, request);
      if (session !== undefined) await sessions.end(session.token);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  api.get(
    '/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        tags: ['applicant'],
        summary: 'My inbox, newest first',
        response: answers(200, arr(obj({ readAt: strOrNull }))),
      },
    },
    async (request) => platform.cabinet.list((await requireApplicantSession(sessions, request)).id),
  );
}

/** The service passport (src/catalog/passport.ts). */
function passportRoutes(api: Api, ctx: ServerContext): void {
  const { catalog } = ctx.platform;
  api.get(
    '/services/:id/passport',
    {
      schema: {
        operationId: 'getServicePassport',
        tags: ['applicant'],
        summary: 'Service passport: documents, fee in tenge today, deadline, per case',
        params: idParams,
        querystring: query({ case: z.string().optional() }),
        response: answers(200, passport),
      },
    },
    async (request) => {
      const today = ctx.today();
      const resolved = catalog.resolve(request.params.id, today, {
        acceptRepealed: ctx.acceptRepealed,
      });
      return passportOf(resolved, today, request.query.case);
    },
  );
}

/** My applications, a new draft, one application and what to sign of it. */
function applicationRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const { engine } = platform;
  const repos = platform.store.repos;
  /** Records the caller's read of their application (the personal-data access log). */
  const logRead = async (request: FastifyRequest, state: ApplicationState, what: string) => {
    const me = await requireApplicantSession(sessions, request);
    const read = { subjectId: state.applicant.id, what, applicationId: state.id };
    await recordRead(repos.accessLog, request, me, read, platform.clock.now());
  };

  api.get(
    '/applications',
    {
      schema: {
        operationId: 'listApplications',
        tags: ['applicant'],
        summary: 'My applications',
        response: answers(200, arr(applicationSummary)),
      },
    },
    async (request) => {
      const me = await requireApplicantSession(sessions, request);
      const rows = await platform.store.listApplications({ applicantId: me.id });
      await recordOwnRead(ctx, request, me, 'applications');
      const now = platform.clock.now();
      return rows.map((r) => {
        const state = r.state as ApplicationState;
        return {
          id: r.id,
          serviceId: r.serviceId,
          caseId: state.caseId,
          status: r.status,
          updatedAt: r.updatedAt.toISOString(),
          inboundNumber: state.registration?.inboundNumber ?? null,
          deadline: state.deadline?.at ?? null,
          workingMinutesLeft: minutesLeftUntilDelivery(state, now, engine.serviceOf(state).office),
        };
      });
    },
  );

  api.post(
    '/applications',
    {
      schema: {
        operationId: 'createApplication',
        tags: ['applicant'],
        summary: 'Create a draft',
        body: z.object({
          serviceId: z.string().min(1),
          caseId: z.string().min(1),
          channel: z.enum(['egov-portal', 'elicense-portal']).optional(),
          // Reissue, duplicate and appendix act on this permit (the engine checks it is the applicant's).
          permitNumber: z.string().min(1).max(40).optional(),
          // For a duplicate or reissue whose act names a ground: loss/damage, or the change and its date.
          ground: declaredGround.optional(),
          form: form.optional(),
          // The territorial unit the applicant addresses it to (GET /services/:id/units).
          unitId: unitId.optional(),
        }),
        response: answers(201, commandResult),
      },
    },
    async (request, reply) => {
      const me = await requireApplicantSession(sessions, request);
      const { service } = platform.catalog.resolve(request.body.serviceId, ctx.today(), {
        acceptRepealed: ctx.acceptRepealed,
      });
      const type =
        me.type === 'individual' && !service.applicantTypes.includes('individual') ? 'entrepreneur' : me.type;
      const { channel, permitNumber, ground, form, unitId } = request.body;
      // The engine picks the default channel and checks the unit (GET /services/:id/units).
      const result = await engine.execute(
        randomUUID(),
        {
          type: 'create-draft',
          serviceId: request.body.serviceId,
          caseId: request.body.caseId,
          applicant: { id: me.id, type, name: me.name },
          ...(channel !== undefined ? { channel } : {}),
          ...(permitNumber !== undefined ? { permitNumber } : {}),
          ...(ground !== undefined ? { ground } : {}),
          ...(form ? { form } : {}),
          ...(unitId !== undefined ? { unitId } : {}),
        },
        { actor: actorOf(me), ...idempotencyOf(request, me.id) },
      );
      return reply.status(201).send(result);
    },
  );

  api.get(
    '/applications/:id',
    {
      schema: {
        operationId: 'getApplication',
        tags: ['applicant'],
        summary: 'Status with the full timeline',
        params: idParams,
        response: answers(200, obj({ application: applicationState, timeline: timelineSchema })),
      },
    },
    async (request) => {
      const state = await applicantApplication(ctx, request, request.params.id);
      await logRead(request, state, 'application');
      const { office, service } = engine.serviceOf(state);
      return {
        application: expandAll(state, office.calendar),
        timeline: timeline(state, platform.clock.now(), office, service),
      };
    },
  );

  api.get(
    '/applications/:id/content',
    {
      schema: {
        operationId: 'getApplicationContent',
        tags: ['applicant'],
        summary:
          'What to sign on submission (NCALayer createCAdESFromBase64, detached): the draft as canonical JSON, base64',
        params: idParams,
        response: answers(200, obj({ base64: str })),
      },
    },
    async (request) => {
      const state = await applicantApplication(ctx, request, request.params.id);
      await logRead(request, state, 'application-content');
      return { base64: Buffer.from(applicationContent(state)).toString('base64') };
    },
  );
}

/** The applicant's commands on their application: edit, submit, withdraw, object. */
function commandRoutes(api: Api, ctx: ServerContext): void {
  const command = async (request: FastifyRequest, id: string, cmd: Command) => {
    const me = await requireApplicantSession(ctx.sessions, request);
    await applicantApplication(ctx, request, id);
    const meta = { actor: actorOf(me), ...idempotencyOf(request, me.id) };
    return ctx.platform.engine.execute(id, cmd, meta);
  };

  api.patch(
    '/applications/:id',
    {
      schema: {
        operationId: 'updateApplication',
        tags: ['applicant'],
        summary: 'Edit the draft',
        params: idParams,
        body: z.object({ form }),
        response: answers(200, commandResult),
      },
    },
    async (request) => command(request, request.params.id, { type: 'update-draft', form: request.body.form }),
  );

  api.post(
    '/applications/:id/submit',
    {
      schema: {
        operationId: 'submitApplication',
        tags: ['applicant'],
        summary: 'Submit the draft; on a portal with the EDS (base64 CMS over /content)',
        params: idParams,
        body: z.object({ signature: z.string().max(200_000).optional() }).nullable(),
        response: answers(200, commandResult),
      },
    },
    async (request) => {
      const signature = request.body?.signature;
      return command(request, request.params.id, { type: 'submit', ...(signature ? { signature } : {}) });
    },
  );

  api.post(
    '/applications/:id/withdraw',
    {
      schema: {
        operationId: 'withdrawApplication',
        tags: ['applicant'],
        summary: 'Withdraw the application',
        params: idParams,
        body: z.object({ reason: z.string().max(2000) }),
        response: answers(200, commandResult),
      },
    },
    async (request) => command(request, request.params.id, { type: 'withdraw', reason: request.body.reason }),
  );

  api.post(
    '/applications/:id/objection',
    {
      schema: {
        operationId: 'fileObjection',
        tags: ['applicant'],
        summary: 'Object to the preliminary decision (hearing)',
        params: idParams,
        body: z.object({ text: z.string().min(1).max(10_000) }),
        response: answers(200, commandResult),
      },
    },
    async (request) =>
      command(request, request.params.id, { type: 'file-objection', text: request.body.text }),
  );
}

/** The quality survey, once the result is decided (seed 003 e-regulation, annex 3). */
function surveyRoutes(api: Api, ctx: ServerContext): void {
  const { platform } = ctx;
  const surveyOf = (state: ApplicationState) =>
    surveyFor(platform.catalog, platform.engine.serviceOf(state).service);
  const decided = (state: ApplicationState) => ['issued', 'delivered', 'refused'].includes(state.status);

  api.get(
    '/applications/:id/survey',
    {
      schema: {
        operationId: 'getSurvey',
        tags: ['applicant'],
        summary: 'The quality survey: its questions, and whether it is open',
        params: idParams,
        response: answers(200, obj({ open: bool, questions: arr(obj({ id: str })) })),
      },
    },
    async (request) => {
      const state = await applicantApplication(ctx, request, request.params.id);
      return { open: decided(state), questions: surveyOf(state) };
    },
  );

  api.post(
    '/applications/:id/survey',
    {
      schema: {
        operationId: 'answerSurvey',
        tags: ['applicant'],
        summary:
          'Answer the quality survey (option numbers, 1 = not satisfied); a new answer replaces the old',
        params: idParams,
        body: z.object({
          answers: z
            .record(z.string(), z.int().min(1).max(3))
            .refine((a) => Object.keys(a).length <= 10, 'at most 10 answers'),
        }),
        response: noContent,
      },
    },
    async (request, reply) => {
      const state = await applicantApplication(ctx, request, request.params.id);
      if (!decided(state))
        throw new AppError('cases.wrong_status', 'survey before the result', {
          status: state.status,
          command: 'survey',
        });
      const questions = surveyOf(state);
      const answers = request.body.answers;
      for (const [id, value] of Object.entries(answers)) {
        const question = questions.find((q) => q.id === id);
        if (question === undefined || value > Math.max(question.options.length, 1))
          throw new AppError('server.invalid_request', 'survey answer', {
            reason: `answers.${id}: no such option`,
          });
      }
      if (Object.keys(answers).length === 0)
        throw new AppError('server.invalid_request', 'survey answer', { reason: 'answers: empty' });
      // Each answer is checked above: 1 to its question's number of options (3 at most).
      await recordSurvey(
        platform.store,
        state.id,
        answers as Record<string, 1 | 2 | 3>,
        platform.clock.now(),
      );
      return reply.status(204).send();
    },
  );
}

/** Paying the fee: an invoice at the gateway (its simulator in demo mode). */
function paymentStartRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  api.post(
    '/applications/:id/payment',
    {
      schema: {
        operationId: 'startPayment',
        tags: ['applicant', 'payment'],
        summary: 'Start paying the fee: an invoice and the page to pay on',
        params: idParams,
        response: answers(201, invoice),
      },
    },
    async (request, reply) => {
      const state = await applicantApplication(ctx, request, request.params.id);
      requirePower(await requireApplicantSession(sessions, request), 'pay');
      const { service } = platform.engine.serviceOf(state);
      const kase = service.cases.find((c) => c.id === state.caseId);
      if (kase?.fee == null || kase.fee.free || kase.fee.mci === null)
        throw new AppError('cases.not_ready', 'no fee', { reason: 'the act sets no fee for this case' });
      if (state.payment !== null)
        throw new AppError('cases.not_ready', 'paid', { reason: 'the fee is already paid' });
      const date = state.registration?.registeredAt.slice(0, 10) ?? ctx.today();
      // The gateway simulator's page is served by this deployment: its payUrl is a path on it,
      // right whatever address the applicant reached the deployment by.
      const invoice = await platform.payments.createInvoice({
        applicationId: state.id,
        payerId: state.applicant.id,
        mci: kase.fee.mci,
        date,
        purpose: kase.title.kk,
      });
      return reply.status(201).send(invoice);
    },
  );
}
