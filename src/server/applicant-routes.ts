/**
 * The applicant's API: demo login, the service passport, applications (draft, edit, submit,
 * withdraw, objection), status with the timeline, payment through the gateway (and the
 * simulator's page in demo mode), and the notifications inbox. Every application route
 * answers 404 for an application that is not the caller's, so ids of others leak nothing.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApplicationState, Channel, Command } from '../cases/model.ts';
import { surveyFor } from '../catalog/survey.ts';
import { recordSurvey } from '../monitoring/indicators.ts';
import { applicationContent } from '../cases/eds.ts';
import { timeline } from '../cases/timeline.ts';
import { demoCompanies } from '../integrations/index.ts';
import { signDetached } from '../signature/sign.ts';
import { AppError } from '../errors/app-error.ts';
import { feeInTenge } from '../money/index.ts';
import {
  SESSION_COOKIE,
  actorOf,
  requireApplicantSession,
  sendSession,
  sessionOf,
  type Principal,
} from './auth.ts';
import { idempotencyKeyOf, type ServerContext } from './context.ts';
import { applicantPrincipal, demoApplicants } from './demo.ts';
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
  invoice,
  noContent,
  obj,
  passport,
  principal,
  session,
  str,
  strOrNull,
  timelineSchema,
} from './response-schemas.ts';

const idParam = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;
const form = { type: 'object', additionalProperties: true } as const;

export function applicantRoutes(api: FastifyInstance, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const { engine } = platform;
  const repos = platform.store.repos;

  /** The caller's application, or 404 whether it does not exist or is someone else's. */
  const mine = async (request: FastifyRequest, id: string): Promise<ApplicationState> => {
    const me = await requireApplicantSession(sessions, request);
    const row = await platform.store.findApplication(id);
    if (row === undefined || row.applicantId !== me.id)
      throw new AppError('cases.not_found', `no application ${id} of ${me.id}`, { id });
    return row.state as ApplicationState;
  };

  /** Records the caller's read of their application (the personal-data access log). */
  const logRead = async (request: FastifyRequest, state: ApplicationState, what: string) => {
    const me = await requireApplicantSession(sessions, request);
    await recordRead(
      repos.accessLog,
      request,
      me,
      { subjectId: state.applicant.id, what, applicationId: state.id },
      platform.clock.now(),
    );
  };

  const view = (state: ApplicationState) => {
    const office = engine.serviceOf(state).office;
    return { application: state, timeline: timeline(state, platform.clock.now(), office) };
  };

  if (ctx.demo) {
    api.get(
      '/demo/applicants',
      {
        schema: {
          tags: ['demo'],
          summary: 'Demo applicants to log in as, and the demo officials',
          response: {
            200: obj({
              applicants: arr(obj()),
              officials: arr(obj({ login: str, role: str, providerId: str })),
              officialPassword: strOrNull,
            }),
          },
        },
      },
      async () => ({
        applicants: demoApplicants(),
        officials: (await sessions.listOfficials()).map((o) => ({
          login: o.login,
          role: o.role,
          providerId: o.providerId,
        })),
        officialPassword: ctx.demoPassword,
      }),
    );

    api.post<{ Body: { id: string } }>(
      '/auth/demo-login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Demo mode: log in as a demo applicant (IIN or BIN)',
          body: {
            type: 'object',
            required: ['id'],
            properties: { id: { type: 'string', pattern: '^\\d{12}$' } },
          },
          response: answers(200, session),
        },
      },
      async (request, reply) => {
        const principal = applicantPrincipal(request.body.id);
        if (principal === undefined)
          throw new AppError('auth.unknown_demo_person', `no demo applicant ${request.body.id}`, {
            id: request.body.id,
          });
        return sendSession(reply, await sessions.start(principal), ctx.secureCookies, sessions.maxAgeSeconds);
      },
    );
  }

  api.get(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who I am logged in as',
        response: answers(200, obj({ principal, csrfToken: str })),
      },
    },
    async (request) => {
      const session = await sessionOf(sessions, request);
      if (session === undefined) throw new AppError('auth.required', 'no session');
      if (session.principal.kind === 'applicant')
        await recordRead(
          repos.accessLog,
          request,
          session.principal,
          { subjectId: session.principal.id, what: 'profile' },
          platform.clock.now(),
        );
      return { principal: session.principal, csrfToken: session.csrf };
    },
  );

  // What the state databases hold about me, shown in the application wizard for confirmation
  // instead of being asked again (the acts have the provider take it through the gateway).
  api.get(
    '/applicant/state-data',
    {
      schema: {
        tags: ['applicant'],
        summary: 'What the state databases hold about me (for confirmation)',
        response: answers(200, obj({ kind: str })),
      },
    },
    async (request) => {
      const me = await requireApplicantSession(sessions, request);
      const databases = platform.simulators.stateDatabases;
      await recordRead(
        repos.accessLog,
        request,
        me,
        { subjectId: me.id, what: 'state-data' },
        platform.clock.now(),
      );
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
    { schema: { tags: ['auth'], summary: 'End the session', response: noContent } },
    async (request, reply) => {
      const session = await sessionOf(sessions, request);
      if (session !== undefined) await sessions.end(session.token);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  api.get<{ Params: { id: string }; Querystring: { case?: string } }>(
    '/services/:id/passport',
    {
      schema: {
        tags: ['applicant'],
        summary: 'Service passport: documents, fee in tenge today, deadline, per case',
        params: idParam,
        querystring: { type: 'object', properties: { case: { type: 'string' } } },
        response: answers(200, passport),
      },
    },
    async (request) => {
      const today = ctx.today();
      const { service, act, repealed } = platform.catalog.resolve(request.params.id, today, {
        acceptRepealed: ctx.acceptRepealed,
      });
      return {
        id: service.id,
        version: service.version,
        act: act.id,
        repealed,
        title: service.title,
        provider: service.provider.name,
        channels: service.channels.map((c) => c.kind),
        applicantTypes: service.applicantTypes,
        cases: service.cases
          .filter((c) => request.query.case === undefined || c.id === request.query.case)
          .map((c) => ({
            id: c.id,
            kind: c.kind,
            title: c.title,
            deadline: c.deadline,
            deadlineDeferredTo: c.deadlineDeferredTo,
            fee: c.fee === null ? null : { ...c.fee, on: today, ...tengeOf(c.fee.mci, today) },
            documents: service.documents.filter((d) => d.cases.length === 0 || d.cases.includes(c.id)),
          })),
      };
    },
  );

  api.get(
    '/applications',
    {
      schema: {
        tags: ['applicant'],
        summary: 'My applications',
        response: answers(200, arr(applicationSummary)),
      },
    },
    async (request) => {
      const me = await requireApplicantSession(sessions, request);
      const rows = await platform.store.listApplications({ applicantId: me.id });
      await recordRead(
        repos.accessLog,
        request,
        me,
        { subjectId: me.id, what: 'applications' },
        platform.clock.now(),
      );
      const now = platform.clock.now();
      return rows.map((r) => {
        const state = r.state as ApplicationState;
        const due = state.deadline?.at ?? null;
        return {
          id: r.id,
          serviceId: r.serviceId,
          caseId: state.caseId,
          status: r.status,
          updatedAt: r.updatedAt.toISOString(),
          inboundNumber: state.registration?.inboundNumber ?? null,
          deadline: due,
          // Working time left to the overall deadline (negative when overdue), as the timeline has it.
          workingMinutesLeft:
            due === null || state.deliveredAt !== null
              ? null
              : engine.serviceOf(state).office.remainingWorkingTime(now, new Date(due)),
        };
      });
    },
  );

  api.post<{
    Body: {
      serviceId: string;
      caseId: string;
      channel?: Channel;
      form?: Record<string, unknown>;
      permitNumber?: string;
      unitId?: string;
    };
  }>(
    '/applications',
    {
      schema: {
        tags: ['applicant'],
        summary: 'Create a draft',
        body: {
          type: 'object',
          required: ['serviceId', 'caseId'],
          additionalProperties: false,
          properties: {
            serviceId: { type: 'string', minLength: 1 },
            caseId: { type: 'string', minLength: 1 },
            channel: { type: 'string', enum: ['egov-portal', 'elicense-portal'] },
            // Reissue, duplicate and appendix act on this permit (the engine checks it is the applicant's).
            permitNumber: { type: 'string', minLength: 1, maxLength: 40 },
            form,
            unitId: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]{0,99}$' },
          },
        },
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
      const { channel, permitNumber, form, unitId } = request.body;
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
          ...(form ? { form } : {}),
          ...(unitId !== undefined ? { unitId } : {}),
        },
        { actor: actorOf(me), idempotencyKey: idempotencyKeyOf(request, me.id) },
      );
      return reply.status(201).send(result);
    },
  );

  api.get<{ Params: { id: string } }>(
    '/applications/:id',
    {
      schema: {
        tags: ['applicant'],
        summary: 'Status with the full timeline',
        params: idParam,
        response: answers(200, obj({ application: applicationState, timeline: timelineSchema })),
      },
    },
    async (request) => {
      const state = await mine(request, request.params.id);
      await logRead(request, state, 'application');
      return view(state);
    },
  );

  const command = async (request: FastifyRequest, id: string, cmd: Command) => {
    const me = await requireApplicantSession(sessions, request);
    await mine(request, id);
    return engine.execute(id, cmd, { actor: actorOf(me), idempotencyKey: idempotencyKeyOf(request, me.id) });
  };

  api.patch<{ Params: { id: string }; Body: { form: Record<string, unknown> } }>(
    '/applications/:id',
    {
      schema: {
        tags: ['applicant'],
        summary: 'Edit the draft',
        params: idParam,
        body: { type: 'object', required: ['form'], properties: { form } },
        response: answers(200, commandResult),
      },
    },
    async (request) => command(request, request.params.id, { type: 'update-draft', form: request.body.form }),
  );

  api.get<{ Params: { id: string } }>(
    '/applications/:id/content',
    {
      schema: {
        tags: ['applicant'],
        summary:
          'What to sign on submission (NCALayer createCAdESFromBase64, detached): the draft as canonical JSON, base64',
        params: idParam,
        response: answers(200, obj({ base64: str })),
      },
    },
    async (request) => {
      const state = await mine(request, request.params.id);
      await logRead(request, state, 'application-content');
      return { base64: Buffer.from(applicationContent(state)).toString('base64') };
    },
  );

  api.post<{ Params: { id: string }; Body: { signature?: string } | undefined }>(
    '/applications/:id/submit',
    {
      schema: {
        tags: ['applicant'],
        summary: 'Submit the draft; on a portal with the EDS (base64 CMS over /content)',
        params: idParam,
        body: {
          type: ['object', 'null'],
          properties: { signature: { type: 'string', maxLength: 200_000 } },
        },
        response: answers(200, commandResult),
      },
    },
    async (request) => {
      const signature = request.body?.signature;
      return command(request, request.params.id, { type: 'submit', ...(signature ? { signature } : {}) });
    },
  );

  if (ctx.demo)
    api.post<{ Params: { id: string } }>(
      '/applications/:id/demo-sign',
      {
        schema: {
          tags: ['demo'],
          summary:
            "Demo mode: sign the draft with the applicant's key from the test PKI (what NCALayer would do)",
          params: idParam,
          response: answers(200, obj({ signature: str })),
        },
      },
      async (request) => {
        const state = await mine(request, request.params.id);
        const me = await requireApplicantSession(sessions, request);
        requirePower(me, 'sign');
        const pki = platform.pki;
        if (pki === null)
          throw new AppError('cases.not_ready', 'no pki', {
            reason: 'this deployment runs without the test PKI',
          });
        const company = demoCompanies.find((c) => c.bin === state.applicant.id);
        const key = await pki.keyFor(
          me.representative !== undefined
            ? { iin: me.representative.iin, bin: state.applicant.id, role: 'employee' }
            : company === undefined
              ? { iin: state.applicant.id, role: 'individual' }
              : { iin: company.head.iin, bin: company.bin, role: 'legal' },
        );
        return { signature: signDetached(applicationContent(state), key, platform.clock.now()).base64 };
      },
    );

  api.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/applications/:id/withdraw',
    {
      schema: {
        tags: ['applicant'],
        summary: 'Withdraw the application',
        params: idParam,
        body: {
          type: 'object',
          required: ['reason'],
          properties: { reason: { type: 'string', maxLength: 2000 } },
        },
        response: answers(200, commandResult),
      },
    },
    async (request) => command(request, request.params.id, { type: 'withdraw', reason: request.body.reason }),
  );

  api.post<{ Params: { id: string }; Body: { text: string } }>(
    '/applications/:id/objection',
    {
      schema: {
        tags: ['applicant'],
        summary: 'Object to the preliminary decision (hearing)',
        params: idParam,
        body: {
          type: 'object',
          required: ['text'],
          properties: { text: { type: 'string', minLength: 1, maxLength: 10_000 } },
        },
        response: answers(200, commandResult),
      },
    },
    async (request) =>
      command(request, request.params.id, { type: 'file-objection', text: request.body.text }),
  );

  // The quality survey, once the result is decided (seed 003 e-regulation, annex 3).
  const surveyOf = (state: ApplicationState) => surveyFor(platform.catalog, engine.serviceOf(state).service);
  const decided = (state: ApplicationState) => ['issued', 'delivered', 'refused'].includes(state.status);
  api.get<{ Params: { id: string } }>(
    '/applications/:id/survey',
    {
      schema: {
        tags: ['applicant'],
        summary: 'The quality survey: its questions, and whether it is open',
        params: idParam,
        response: answers(200, obj({ open: bool, questions: arr(obj({ id: str })) })),
      },
    },
    async (request) => {
      const state = await mine(request, request.params.id);
      return { open: decided(state), questions: surveyOf(state) };
    },
  );
  api.post<{ Params: { id: string }; Body: { answers: Record<string, number> } }>(
    '/applications/:id/survey',
    {
      schema: {
        tags: ['applicant'],
        summary:
          'Answer the quality survey (option numbers, 1 = not satisfied); a new answer replaces the old',
        params: idParam,
        body: {
          type: 'object',
          required: ['answers'],
          properties: {
            answers: {
              type: 'object',
              maxProperties: 10,
              additionalProperties: { type: 'integer', minimum: 1, maximum: 3 },
            },
          },
        },
        response: noContent,
      },
    },
    async (request, reply) => {
      const state = await mine(request, request.params.id);
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
      await recordSurvey(
        platform.store,
        state.id,
        answers as Record<string, 1 | 2 | 3>,
        platform.clock.now(),
      );
      return reply.status(204).send();
    },
  );

  api.post<{ Params: { id: string } }>(
    '/applications/:id/payment',
    {
      schema: {
        tags: ['applicant'],
        summary: 'Start paying the fee: an invoice and the page to pay on',
        params: idParam,
        response: answers(201, invoice),
      },
    },
    async (request, reply) => {
      const state = await mine(request, request.params.id);
      requirePower(await requireApplicantSession(sessions, request), 'pay');
      const { service } = engine.serviceOf(state);
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

  api.get(
    '/notifications',
    {
      schema: {
        tags: ['applicant'],
        summary: 'My inbox, newest first',
        response: answers(200, arr(obj({ readAt: strOrNull }))),
      },
    },
    async (request) => {
      const me = await requireApplicantSession(sessions, request);
      return platform.cabinet.list(me.id);
    },
  );
  attachmentRoutes(api, ctx);
  resultRoutes(api, ctx);
}

/** The fee in tenge on a date, with the MCI value and the budget law that set it. */
function tengeOf(mci: number | null, date: string) {
  if (mci === null) return { tengeToday: null, mciValue: null, mciSource: null };
  const fee = feeInTenge(mci, date);
  return { tengeToday: fee.tenge, mciValue: fee.mci.tenge, mciSource: fee.mci.source };
}

/** An employee acting for an organisation does only what its recorded powers allow. */
function requirePower(me: Extract<Principal, { kind: 'applicant' }>, power: string): void {
  const rep = me.representative;
  if (rep !== undefined && !rep.powers.includes(power))
    throw new AppError('signature.power_missing', `no power ${power}`, { iin: rep.iin, bin: me.id, power });
}
