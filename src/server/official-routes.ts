/**
 * The official's API: password login, the work queue (current steps of the official's role
 * at their provider, soonest due first, with working time left), the case page, the engine's
 * actions, and paper intake (register → receipt). The engine enforces roles and providers;
 * these routes add that a case of another provider is not even seen (404).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { expandAll } from '../calendar/kept-explanation.ts';
import { BranchCondition } from '../catalog/schema.ts';
import { providerIdOf } from '../cases/engine.ts';
import type { ApplicationState, Command } from '../cases/model.ts';
import { catalogStep, estimateOf, timeline, workingMinutesTo } from '../cases/timeline.ts';
import { AppError } from '../errors/app-error.ts';
import { actorOf, requireOfficialSession, sendSession } from './auth.ts';
import { countLoginAttempt } from './login-limits.ts';
import { PASSWORD_INPUT_MAX } from './password-policy.ts';
import { idempotencyOf, type ServerContext } from './context.ts';
import { recordRead } from './access-log.ts';
import { withinUnit } from './admin-units.ts';
import { visitMeasures, visitStatus } from '../cases/visit.ts';
import { finishOurVisit, ourVisit } from './visit-routes.ts';
import {
  answers,
  applicationState,
  arr,
  commandResult,
  obj,
  paperReceipt,
  queueItem,
  session,
  str,
  timelineSchema,
  idParams,
  type Api,
} from './schemas.ts';

const ids = z.array(z.string().min(1).max(200)).max(50);
const text = z.string().max(10_000);

/** The commands an official may send; the engine decides whether this official may, now. */
export const OfficialCommand = z.union([
  z.object({ type: z.literal('assign-executor'), executorId: z.string().min(1) }),
  z.object({
    type: z.literal('complete-step'),
    stepId: z.string().min(1),
    branch: BranchCondition.optional(),
    note: text.optional(),
  }),
  z.object({ type: z.literal('check-completeness'), complete: z.literal(true) }),
  z.object({
    type: z.literal('check-completeness'),
    complete: z.literal(false),
    missing: ids,
    groundIds: ids,
  }),
  z.object({ type: z.literal('request-state-data'), source: z.string().min(1) }),
  z.object({
    type: z.literal('record-state-data'),
    source: z.string().min(1),
    found: z.boolean(),
    data: z.unknown(),
  }),
  z.object({ type: z.literal('record-inspection'), positive: z.boolean(), conclusion: text }),
  z.object({ type: z.literal('request-approval'), agency: z.string().min(1) }),
  z.object({ type: z.literal('record-approval'), agency: z.string().min(1), approved: z.boolean(), text }),
  z.object({ type: z.literal('request-documents'), documents: ids }),
  z.object({ type: z.literal('send-preliminary-decision'), groundIds: ids, text }),
  z.object({ type: z.literal('record-hearing'), text }),
  z.object({ type: z.literal('decide'), decision: z.literal('approve') }),
  z.object({ type: z.literal('decide'), decision: z.literal('refuse'), groundIds: ids, reasoning: text }),
  // The signature's id is the server's to give when the client sends none: the action is
  // offered as `{ type: 'sign' }`, and posting it as offered signs.
  z.object({ type: z.literal('sign'), signatureId: z.string().min(1).optional() }),
  z.object({ type: z.literal('issue') }),
  z.object({ type: z.literal('deliver') }),
  z.object({ type: z.literal('register') }),
]);

const PaperIntake = z.object({
  serviceId: z.string().min(1),
  caseId: z.string().min(1),
  applicant: z.object({
    id: z.string().regex(/^\d{12}$/),
    type: z.enum(['individual', 'entrepreneur', 'legal-entity']),
    name: z.string().min(1).max(300),
  }),
  channel: z.enum(['provider-office', 'post', 'state-corporation']).default('provider-office'),
  form: z.record(z.string(), z.unknown()).optional(),
  /** The counter visit being served (src/server/visit-routes.ts): ended and linked on registration. */
  visitId: z.string().min(1).max(100).optional(),
});

export function officialRoutes(api: Api, ctx: ServerContext): void {
  loginAndQueueRoutes(api, ctx);
  caseRoutes(api, ctx);
  paperIntakeRoutes(api, ctx);
}

/** Password login, and the work queue. */
function loginAndQueueRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const { engine } = platform;

  api.post(
    '/auth/login',
    {
      schema: {
        operationId: 'officialLogin',
        tags: ['auth'],
        summary:
          'Official login by password (attempts limited per account and per address: src/server/login-limits.ts)',
        body: z.object({ login: z.string().max(200), password: z.string().max(PASSWORD_INPUT_MAX) }),
        response: answers(200, session),
      },
    },
    async (request, reply) => {
      const { login, password } = request.body;
      const succeeded = await countLoginAttempt(
        platform.store.repos.loginAttempts,
        ctx.loginLimits,
        request,
        login,
        platform.clock.now(),
      );
      const session = await sessions.loginOfficial(login, password);
      await succeeded();
      return sendSession(reply, session, ctx.secureCookies, sessions.maxAgeSeconds);
    },
  );

  api.get(
    '/official/queue',
    {
      schema: {
        operationId: 'getWorkQueue',
        tags: ['official'],
        summary: 'Current steps of my role at my provider, soonest due first',
        response: answers(200, arr(queueItem)),
      },
    },
    async (request) => {
      const me = await requireOfficialSession(sessions, request);
      const now = platform.clock.now();
      const registering = ['office-clerk', 'state-corporation-operator'].includes(me.role);
      // The store's named query (src/store/work-queue.ts): an index range, not a scan of the provider.
      const rows = await platform.store.repos.workQueue.find({
        providerId: me.providerId,
        role: me.role,
        registering,
        ...(me.unitId === undefined ? {} : { unitId: me.unitId }),
      });
      await recordRead(
        platform.store.repos.accessLog,
        request,
        me,
        { subjectId: null, what: 'work-queue' },
        now,
      );
      const items = [];
      for (const row of rows) {
        const state = row.state as ApplicationState;
        const awaitingRegistration = state.status === 'submitted' && registering;
        const step = state.steps.find((s) => s.stepId === state.currentStepId && s.doneAt === null);
        if (!awaitingRegistration && step?.roleKind !== me.role) continue;
        const { service, office } = engine.serviceOf(state);
        const wording = catalogStep(service, state.processId, step?.stepId);
        const due = step?.due?.at ?? null;
        items.push({
          applicationId: state.id,
          serviceId: state.serviceId,
          status: state.status,
          inboundNumber: state.registration?.inboundNumber ?? null,
          applicant: state.applicant.name,
          step: awaitingRegistration
            ? { stepId: 'register', label: null, short: null, action: 'register' }
            : {
                stepId: step?.stepId ?? null,
                label: wording?.label ?? null,
                short: wording?.short ?? null,
                action: wording?.action ?? null,
              },
          due,
          workingMinutesLeft: workingMinutesTo(due, now, office),
          deadline: state.deadline?.at ?? null,
        });
      }
      return items.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
    },
  );
}

/** The case page and the engine's actions on it. */
function caseRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const { engine } = platform;
  /** A case of the official's provider, or 404 whether it does not exist or is another's. */
  const ours = async (request: FastifyRequest, id: string): Promise<ApplicationState> => {
    const me = await requireOfficialSession(sessions, request);
    const row = await platform.store.findApplication(id);
    if (
      row === undefined ||
      row.providerId !== me.providerId ||
      row.status === 'draft' ||
      !(await withinUnit(platform.store.repos.units, me, id))
    )
      throw new AppError('cases.not_found', `no case ${id} at ${me.providerId}`, { id });
    return row.state as ApplicationState;
  };

  api.get(
    '/official/cases/:id',
    {
      schema: {
        operationId: 'getCase',
        tags: ['official'],
        summary: 'The case page: state, timeline, events',
        params: idParams,
        response: answers(
          200,
          obj({
            application: applicationState,
            timeline: timelineSchema,
            events: arr(obj()),
            actions: arr(obj({ key: str })),
          }),
        ),
      },
    },
    async (request) => {
      const state = await ours(request, request.params.id);
      const me = await requireOfficialSession(sessions, request);
      await recordRead(
        platform.store.repos.accessLog,
        request,
        me,
        { subjectId: state.applicant.id, what: 'case', applicationId: state.id },
        platform.clock.now(),
      );
      const { office, service } = engine.serviceOf(state);
      return {
        // The state keeps explanations short (src/calendar/kept-explanation.ts); a reader gets them whole.
        application: expandAll(state, office.calendar),
        timeline: timeline(state, platform.clock.now(), office, service),
        events: expandAll(await platform.store.events(state.id), office.calendar),
        // What this official may do now (src/cases/actions.ts): exactly what the engine accepts.
        actions: engine.actionsFor(state, actorOf(me)),
      };
    },
  );

  api.post(
    '/official/cases/:id/commands',
    {
      schema: {
        operationId: 'performCaseCommand',
        tags: ['official'],
        summary: 'Perform an engine action (the engine checks role, provider and step)',
        params: idParams,
        body: OfficialCommand,
        response: answers(200, commandResult),
      },
    },
    async (request) => {
      const me = await requireOfficialSession(sessions, request);
      const body = request.body;
      await ours(request, request.params.id);
      const command: Command =
        body.type === 'issue'
          ? { type: 'issue', permitNumber: '' }
          : body.type === 'register'
            ? { type: 'register', inboundNumber: '' }
            : body.type === 'sign'
              ? { type: 'sign', signatureId: body.signatureId ?? randomUUID() }
              : body;
      return engine.execute(request.params.id, command, {
        actor: actorOf(me),
        ...idempotencyOf(request, me.login),
      });
    },
  );
}

/** Paper intake at the counter: draft, submission and registration in one request. */
function paperIntakeRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const { engine } = platform;

  api.post(
    '/official/paper-intake',
    {
      schema: {
        operationId: 'paperIntake',
        tags: ['official'],
        summary:
          'Register a paper application; answers with the receipt (inbound number, planned result date)',
        body: PaperIntake,
        response: answers(201, paperReceipt),
      },
    },
    async (request, reply) => {
      const me = await requireOfficialSession(sessions, request);
      const body = request.body;
      const { service } = platform.catalog.resolve(body.serviceId, ctx.today(), {
        acceptRepealed: ctx.acceptRepealed,
      });
      if (providerIdOf(service) !== me.providerId)
        throw new AppError('cases.wrong_provider', `${body.serviceId} is not served by ${me.providerId}`);
      // The visit must be one being served at the official's office: checked before anything is written.
      const visit = body.visitId === undefined ? undefined : await ourVisit(ctx, me, body.visitId);
      if (visit !== undefined && visitStatus(visit) !== 'serving')
        throw new AppError('cases.visit_wrong_state', `visit ${visit.id} is ${visitStatus(visit)}`, {
          status: visitStatus(visit),
        });
      const { idempotencyKey: key, requestHash } = idempotencyOf(request, me.login);
      const hash = requestHash !== undefined ? { requestHash } : {};
      const actor = actorOf(me);
      // The applicant handed the signed paper over the counter: the draft and the submission
      // are theirs, recorded by the clerk; the registration is the clerk's. All three commit
      // together: a crash or a refused registration leaves no draft and no unnumbered submission.
      const applicant = { id: body.applicant.id, role: 'applicant' as const };
      // A retry with the same Idempotency-Key gets the first draft's id back, and goes on with it.
      const [draft] = await engine.executeTogether(
        {
          applicationId: randomUUID(),
          command: {
            type: 'create-draft',
            serviceId: body.serviceId,
            caseId: body.caseId,
            channel: body.channel,
            applicant: body.applicant,
            ...(body.form ? { form: body.form } : {}),
            // The paper came to the clerk's unit: the application is that unit's.
            ...(me.unitId !== undefined ? { unitId: me.unitId } : {}),
          },
          meta: { actor: applicant, idempotencyKey: `${key}:draft`, ...hash },
        },
        [
          {
            command: { type: 'submit' },
            meta: { actor: applicant, idempotencyKey: `${key}:submit`, ...hash },
          },
          {
            command: { type: 'register', inboundNumber: '' },
            meta: { actor, idempotencyKey: `${key}:register`, ...hash },
          },
        ],
      );
      if (draft === undefined) throw new Error('executeTogether answered no result');
      const id = draft.applicationId;
      const state = await engine.get(id);
      // The end of the visit is the registration: its receipt then shows arrival, start and end.
      // The application stands even if another official finished the visit meanwhile (null).
      const ended = visit === undefined ? null : await finishOurVisit(ctx, me, visit, id).catch(() => null);
      return reply.status(201).send({
        applicationId: id,
        visit: ended === null ? null : { ...ended, ...visitMeasures(ended, platform.clock.now()) },
        receipt: {
          inboundNumber: state.registration?.inboundNumber ?? null,
          receivedAt: state.registration?.receivedAt ?? null,
          registeredAt: state.registration?.registeredAt ?? null,
          registeredBy: me.name,
          service: state.serviceId,
          applicant: state.applicant,
          plannedResultDate: state.deadline?.explanation.result ?? null,
          deadline: state.deadline?.at ?? null,
          estimate: estimateOf(state),
        },
      });
    },
  );
}
