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
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { kazakhstanCalendar } from '../calendar/index.ts';
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
import { requireApplicantSession, requireOfficialSession, sessionOf, type Principal } from './auth.ts';
import type { ServerContext } from './context.ts';
import { answers, arr, complaint, idParams, localDate, pathId, query, type Api } from './schemas.ts';

const complaintParam = z.object({ complaintId: pathId });
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

export function complaintRoutes(api: Api, ctx: ServerContext): void {
  const access = complaintAccess(ctx);
  applicantComplaintRoutes(api, ctx, access);
  officialComplaintRoutes(api, ctx, access);
}

/** How the routes find a complaint for its caller, run its commands and tell its applicant. */
function complaintAccess(ctx: ServerContext) {
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
            text: complaintNotification(c, e, application, platform.notifications.titleOf(application)),
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

  return { mine, view, tell, run, visible, reviewing };
}

type Access = ReturnType<typeof complaintAccess>;

/** The applicant files a complaint and follows it; its applicant or official sees one. */
function applicantComplaintRoutes(api: Api, ctx: ServerContext, access: Access): void {
  const { store } = ctx.platform;
  const { mine, view, tell, run, visible } = access;
  api.post(
    '/applications/:id/complaints',
    {
      schema: {
        operationId: 'fileComplaint',
        tags: ['complaints'],
        summary: 'File a complaint against a decision, action or inaction on my application',
        params: idParams,
        body: FileComplaint,
        response: answers(201, complaint),
      },
    },
    async (request, reply) => {
      const { state } = await mine(request, request.params.id);
      const body = request.body;
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

  api.get(
    '/applications/:id/complaints',
    {
      schema: {
        operationId: 'listApplicationComplaints',
        tags: ['complaints'],
        summary: 'The complaints about my application',
        params: idParams,
        response: answers(200, arr(complaint)),
      },
    },
    async (request) => {
      const { state } = await mine(request, request.params.id);
      return (await listComplaints(store, { applicationId: state.id })).map(view);
    },
  );

  api.get(
    '/complaints/:complaintId',
    {
      schema: {
        operationId: 'getComplaint',
        tags: ['complaints'],
        summary: 'A complaint: its applicant, an official of its provider, or the quality authority',
        params: complaintParam,
        response: answers(200, complaint),
      },
    },
    async (request) => view((await visible(request, request.params.complaintId)).found.state),
  );
}

/** The provider's officials and the quality authority list, extend, decide and forward. */
function officialComplaintRoutes(api: Api, ctx: ServerContext, access: Access): void {
  const { store } = ctx.platform;
  const { view, tell, run, reviewing } = access;
  const { sessions } = ctx;
  api.get(
    '/official/complaints',
    {
      schema: {
        operationId: 'listComplaints',
        tags: ['complaints'],
        summary: 'Complaints about my provider (the quality authority: every provider), overdue ones flagged',
        querystring: query({
          status: z.enum(['under-review', 'to-forward', 'closed', 'decided']).optional(),
          overdue: z.enum(['true', 'false']).optional(),
        }),
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

  api.post(
    '/official/complaints/:complaintId/extend',
    {
      schema: {
        operationId: 'extendComplaint',
        tags: ['complaints'],
        summary: 'Extend the review (once, within the maximum); the notice to the applicant goes out at once',
        params: complaintParam,
        body: ExtendComplaint,
        response: answers(200, complaint),
      },
    },
    async (request) => {
      const { found, application } = await reviewing(request, request.params.complaintId);
      const body = request.body;
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

  api.post(
    '/official/complaints/:complaintId/decide',
    {
      schema: {
        operationId: 'decideComplaint',
        tags: ['complaints'],
        summary:
          'Decide: satisfied, partly satisfied or rejected (the provider then forwards what it did not grant)',
        params: complaintParam,
        body: DecideComplaint,
        response: answers(200, complaint),
      },
    },
    async (request) => {
      const { found, application } = await reviewing(request, request.params.complaintId);
      const body = request.body;
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

  api.post(
    '/official/complaints/:complaintId/forward',
    {
      schema: {
        operationId: 'forwardComplaint',
        tags: ['complaints'],
        summary: 'Forward to the reviewing body what the provider did not grant',
        params: complaintParam,
        body: ForwardComplaint,
        response: answers(200, complaint),
      },
    },
    async (request) => {
      const { found, application } = await reviewing(request, request.params.complaintId);
      const body = request.body;
      const forwarded = await run(found.state.id, { type: 'forward', body: body.body }, found, application);
      await tell(forwarded.state, forwarded.events, application);
      return view(forwarded.state);
    },
  );
}
