/**
 * Complaints over HTTP (seed 000 ch. 3, Қағидалар 16–17-т.), on the state machine of
 * src/appeals: the applicant files a complaint against a decision, action or inaction on their
 * application and follows it; the provider's officials and the quality authority review it —
 * extend (the notice to the applicant goes out at once), decide, forward to the reviewing body.
 * Every term comes from the catalog version the application follows; overdue ones are flagged.
 *
 * Access: an application or complaint that is not the caller's answers 404 (an applicant's
 * other applications, another provider's complaints), so ids leak nothing; acting on a
 * complaint one may see but not review is 403.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { kazakhstanCalendar } from '../calendar/index.ts';
import { isLocalDate } from '../calendar/local-date.ts';
import {
  overdue,
  type ComplaintCommand,
  type ComplaintState,
  type RecordedComplaintEvent,
} from '../appeals/complaint.ts';
import { QUALITY_AUTHORITY, canSeeComplaint, isReviewerOf } from '../appeals/roles.ts';
import { appealTermsFor } from '../appeals/terms.ts';
import { executeComplaint, findComplaintWithService, listComplaints } from '../appeals/store.ts';
import type { ApplicationState } from '../cases/model.ts';
import { complaintNotification } from '../documents/notification-templates.ts';
import { AppError } from '../errors/app-error.ts';
import { bodySchema, parseBody } from './zod-body.ts';
import { requireApplicantSession, requireOfficialSession, sessionOf, type Principal } from './auth.ts';
import type { ServerContext } from './context.ts';
import { answers, arr, complaint } from './response-schemas.ts';

const id = { type: 'string', minLength: 1, maxLength: 100 } as const;
const appParam = { type: 'object', required: ['id'], properties: { id } } as const;
const complaintParam = {
  type: 'object',
  required: ['complaintId'],
  properties: { complaintId: id },
} as const;

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => isLocalDate(v), 'not a calendar date');
const text = z.string().trim().min(1).max(10_000);

export const FileComplaint = z
  .object({
    subject: z.enum(['decision', 'action', 'inaction']),
    /** The day the applicant learned of the decision, action or inaction: the filing term runs from it. */
    learnedOn: localDate,
    reviewer: z.enum(['provider', 'quality-authority']).default('provider'),
    text,
  })
  .strict();
export const ExtendComplaint = z
  .object({ workingDays: z.number().int().min(1).max(365), reason: text })
  .strict();
export const DecideComplaint = z
  .object({ outcome: z.enum(['satisfied', 'partly-satisfied', 'rejected']), text })
  .strict();
export const ForwardComplaint = z.object({ body: z.string().trim().min(1).max(500) }).strict();

const unknownComplaint = (complaintId: string) =>
  new AppError('appeal.unknown', `no complaint ${complaintId} for this caller`, { id: complaintId });

export function complaintRoutes(api: FastifyInstance, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const { engine, store } = platform;

  /** The caller's application (not a draft), or 404. */
  const mine = async (request: FastifyRequest, applicationId: string) => {
    const me = await requireApplicantSession(sessions, request);
    const row = await store.findApplication(applicationId);
    if (row === undefined || row.applicantId !== me.id)
      throw new AppError('cases.not_found', `no application ${applicationId} of ${me.id}`, {
        id: applicationId,
      });
    return { me, state: row.state as ApplicationState };
  };

  /** The act's own terms, else the general rules (seeds 001–003), and which. */
  const termsOf = (state: ApplicationState) =>
    appealTermsFor(engine.serviceOf(state).service.appeal, platform.complaintsLaw);

  const view = (c: ComplaintState) => ({ ...c, overdue: overdue(c, ctx.today()) });

  /** Tells the applicant: the cabinet at once, e-mail and SMS through the outbox. Never throws. */
  const tell = async (c: ComplaintState, events: RecordedComplaintEvent[], application: ApplicationState) => {
    try {
      for (const e of events)
        if (e.type !== 'extension-notified')
          await platform.cabinet.send({
            recipientId: application.applicant.id,
            applicationId: application.id,
            kind: `complaint:${e.type}`,
            channel: 'cabinet',
            text: complaintNotification(c, e),
          });
      await platform.notifications.afterComplaintCommit(c, events, application);
    } catch {
      // A notification never undoes a recorded complaint step.
    }
  };

  const run = async (
    complaintId: string,
    command: ComplaintCommand,
    found: { state: ComplaintState; serviceId: string | null },
    application: ApplicationState,
  ) => {
    const result = await executeComplaint(store, complaintId, command, {
      ...termsOf(application),
      calendar: kazakhstanCalendar,
      today: ctx.today(),
      at: platform.clock.now().toISOString(),
      serviceId: found.serviceId ?? application.serviceId,
    });
    return result;
  };

  /** The complaint, if the caller may see it: its applicant, an official of its provider, the quality authority. */
  const visible = async (request: FastifyRequest, complaintId: string) => {
    const session = await sessionOf(sessions, request);
    if (session === undefined) throw new AppError('auth.required', 'no session');
    const found = await findComplaintWithService(store, complaintId);
    if (found === undefined) throw unknownComplaint(complaintId);
    const application =
      found.state.applicationId === null ? undefined : await store.findApplication(found.state.applicationId);
    const p: Principal = session.principal;
    const ok =
      (p.kind === 'applicant' && application?.applicantId === p.id) ||
      (p.kind === 'official' && canSeeComplaint(p, found.state));
    if (!ok || application === undefined) throw unknownComplaint(complaintId);
    return { found, application: application.state as ApplicationState, principal: p };
  };

  /** The complaint for an official who reviews it now (404 unseen, 403 seen but not theirs to review). */
  const reviewing = async (request: FastifyRequest, complaintId: string) => {
    const me = await requireOfficialSession(sessions, request);
    const v = await visible(request, complaintId);
    if (!isReviewerOf(me, v.found.state))
      throw new AppError('auth.forbidden', `${me.login} does not review complaint ${complaintId}`, {
        audience: v.found.state.reviewer === 'provider' ? 'the provider' : 'the quality authority',
      });
    return v;
  };

  api.post<{ Params: { id: string }; Body: unknown }>(
    '/applications/:id/complaints',
    {
      schema: {
        tags: ['complaints'],
        summary: 'File a complaint against a decision, action or inaction on my application',
        params: appParam,
        body: bodySchema(FileComplaint),
        response: answers(201, complaint),
      },
    },
    async (request, reply) => {
      const { state } = await mine(request, request.params.id);
      const body = parseBody(FileComplaint, request.body);
      if (state.status === 'draft')
        throw new AppError('appeal.wrong_status', 'a draft has nothing to complain about', {
          status: 'draft',
          command: 'file',
        });
      const complaintId = randomUUID();
      const { state: complaint, events } = await run(
        complaintId,
        {
          type: 'file',
          id: complaintId,
          applicationId: state.id,
          providerId: state.providerId,
          subject: body.subject,
          learnedOn: body.learnedOn,
          reviewer: body.reviewer,
          text: body.text,
        },
        { state: null as never, serviceId: state.serviceId },
        state,
      );
      await tell(complaint, events, state);
      return reply.status(201).send(view(complaint));
    },
  );

  api.get<{ Params: { id: string } }>(
    '/applications/:id/complaints',
    {
      schema: {
        tags: ['complaints'],
        summary: 'The complaints about my application',
        params: appParam,
        response: answers(200, arr(complaint)),
      },
    },
    async (request) => {
      const { state } = await mine(request, request.params.id);
      return (await listComplaints(store, { applicationId: state.id })).map(view);
    },
  );

  api.get<{ Params: { complaintId: string } }>(
    '/complaints/:complaintId',
    {
      schema: {
        tags: ['complaints'],
        summary: 'A complaint: its applicant, an official of its provider, or the quality authority',
        params: complaintParam,
        response: answers(200, complaint),
      },
    },
    async (request) => view((await visible(request, request.params.complaintId)).found.state),
  );

  api.get<{ Querystring: { status?: string; overdue?: string } }>(
    '/official/complaints',
    {
      schema: {
        tags: ['complaints'],
        summary: 'Complaints about my provider (the quality authority: every provider), overdue ones flagged',
        querystring: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: ['under-review', 'to-forward', 'closed', 'decided'] },
            overdue: { type: 'string', enum: ['true', 'false'] },
          },
        },
        response: answers(200, arr(complaint)),
      },
    },
    async (request) => {
      const me = await requireOfficialSession(sessions, request);
      const all = await listComplaints(store, {
        ...(me.providerId === QUALITY_AUTHORITY ? {} : { providerId: me.providerId }),
        ...(request.query.status === undefined ? {} : { status: request.query.status }),
      });
      const views = all.map(view);
      return request.query.overdue === 'true' ? views.filter((c) => c.overdue.length > 0) : views;
    },
  );

  api.post<{ Params: { complaintId: string }; Body: unknown }>(
    '/official/complaints/:complaintId/extend',
    {
      schema: {
        tags: ['complaints'],
        summary: 'Extend the review (once, within the maximum); the notice to the applicant goes out at once',
        params: complaintParam,
        body: bodySchema(ExtendComplaint),
        response: answers(200, complaint),
      },
    },
    async (request) => {
      const { found, application } = await reviewing(request, request.params.complaintId);
      const body = parseBody(ExtendComplaint, request.body);
      const extended = await run(
        found.state.id,
        { type: 'extend', workingDays: body.workingDays, reason: body.reason },
        found,
        application,
      );
      await tell(extended.state, extended.events, application);
      // The notice is queued with the extension, so it is sent the same day: recorded as given.
      const noticed = await run(found.state.id, { type: 'notify-extension' }, found, application);
      return view(noticed.state);
    },
  );

  api.post<{ Params: { complaintId: string }; Body: unknown }>(
    '/official/complaints/:complaintId/decide',
    {
      schema: {
        tags: ['complaints'],
        summary:
          'Decide: satisfied, partly satisfied or rejected (the provider then forwards what it did not grant)',
        params: complaintParam,
        body: bodySchema(DecideComplaint),
        response: answers(200, complaint),
      },
    },
    async (request) => {
      const { found, application } = await reviewing(request, request.params.complaintId);
      const body = parseBody(DecideComplaint, request.body);
      const decided = await run(
        found.state.id,
        { type: 'decide', outcome: body.outcome, text: body.text },
        found,
        application,
      );
      await tell(decided.state, decided.events, application);
      return view(decided.state);
    },
  );

  api.post<{ Params: { complaintId: string }; Body: unknown }>(
    '/official/complaints/:complaintId/forward',
    {
      schema: {
        tags: ['complaints'],
        summary: 'Forward to the reviewing body what the provider did not grant',
        params: complaintParam,
        body: bodySchema(ForwardComplaint),
        response: answers(200, complaint),
      },
    },
    async (request) => {
      const { found, application } = await reviewing(request, request.params.complaintId);
      const body = parseBody(ForwardComplaint, request.body);
      const forwarded = await run(found.state.id, { type: 'forward', body: body.body }, found, application);
      await tell(forwarded.state, forwarded.events, application);
      return view(forwarded.state);
    },
  );
}
