/**
 * Technical-failure reports over HTTP (seed 000 Қағидалар 15-т.): the applicant reports a failure
 * of the portal from their session, a clerk (any official of a provider) on an applicant's
 * behalf; each report is checked for the act's mandatory fields (src/notifications/failure-report.ts),
 * kept, and sent to the e-government operator's support e-mail through the notification outbox
 * with its screenshots attached. Its status follows the outbox: received → sent → closed when
 * an official records the operator's answer.
 *
 * Screenshots come in the JSON body as base64; each is read from its bytes (as attachments are,
 * src/server/attachment-type.ts) and must be a PNG or JPEG image; each and all together are
 * held to the attachment size setting. A refused report stores nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import {
  MAX_SCREENSHOTS,
  checkFailureReport,
  operatorMessage,
  problemsText,
  type FailureReportDraft,
  type FailureReportRecord,
} from '../notifications/failure-report.ts';
import type { FailureReportView, Screenshot } from '../store/failure-reports.ts';
import { MAX_ATTACHMENT_BYTES, currentSettings } from './admin-settings.ts';
import { sniffMediaType } from './attachment-type.ts';
import { requireApplicantSession, requireOfficialSession } from './auth.ts';
import type { ServerContext } from './context.ts';
import { answers, arr, idParams, num, obj, str, strOrNull, type Api } from './schemas.ts';

const optionalText = (max: number) => z.string().trim().max(max).nullish();

const ScreenshotUpload = z
  .object({
    name: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[^\u0000-\u001f/\\\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/u),
    /** The file's bytes, base64. */
    content: z
      .string()
      .min(1)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/),
  })
  .strict();

/**
 * What the applicant sends. The act's fields are optional here so that a missing one is
 * answered by the act's list (422 attachments.failure_report_incomplete), all at once, in the
 * reader's language, rather than by the schema's first complaint.
 */
export const FileFailureReport = z
  .object({
    serviceId: optionalText(200),
    applicationId: optionalText(100),
    permitNumber: optionalText(100),
    authorisedAt: optionalText(40),
    failedAt: optionalText(40),
    description: optionalText(5000),
    screenshots: z.array(ScreenshotUpload).max(MAX_SCREENSHOTS).default([]),
  })
  .strict();

/** What a clerk sends: the same, and the applicant's IIN/BIN (control digit checked). */
export const FileFailureReportForApplicant = FileFailureReport.extend({ iinBin: optionalText(12) }).strict();

export const CloseFailureReport = z.object({ answer: z.string().trim().min(1).max(5000) }).strict();

export const failureReport = obj({
  id: str,
  serviceId: str,
  serviceTitle: str,
  applicationId: strOrNull,
  permitNumber: strOrNull,
  iinBin: str,
  authorisedAt: str,
  failedAt: str,
  description: str,
  screenshots: arr(obj({ name: str, mediaType: str, size: num, sha256: str })),
  filedBy: obj({ kind: str, id: str, providerId: strOrNull }),
  createdAt: str,
  operatorAddress: str,
  status: z.enum(['received', 'sent', 'send-failed', 'closed']),
  sentAt: strOrNull,
  messageId: strOrNull,
  closedAt: strOrNull,
  answer: strOrNull,
});

/** The body is base64: 4 characters per 3 bytes, and room for the fields. */
const BODY_LIMIT = Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 64 * 1024;

const unknownReport = (id: string) =>
  new AppError('attachments.failure_report_unknown', `no failure report ${id} for this caller`, { id });

export function failureReportRoutes(api: Api, ctx: ServerContext): void {
  const file = filer(ctx);
  applicantFailureRoutes(api, ctx, file);
  officialFailureRoutes(api, ctx, file);
}

/** Checks, keeps and queues a report; throws (storing nothing) when the act's fields are not all there. */
function filer(ctx: ServerContext) {
  const { platform } = ctx;
  const reports = platform.store.repos.failureReports;
  return async (
    body: z.infer<typeof FileFailureReport>,
    iinBin: string,
    filedBy: FailureReportRecord['filedBy'],
  ): Promise<FailureReportView> => {
    const max = (await currentSettings(ctx)).attachmentMaxBytes;
    const shots: Screenshot[] = [];
    let total = 0;
    for (const s of body.screenshots) {
      const content = Buffer.from(s.content, 'base64');
      total += content.byteLength;
      if (content.byteLength > max || total > max)
        throw new AppError('server.body_too_large', `screenshots larger than ${max} bytes`, { limit: max });
      const mediaType = sniffMediaType(content);
      if (mediaType !== 'image/png' && mediaType !== 'image/jpeg')
        throw new AppError('attachments.screenshot_not_image', `${s.name} is ${mediaType ?? 'unknown'}`, {
          name: s.name,
        });
      shots.push({
        name: s.name,
        mediaType,
        size: content.byteLength,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
      });
    }
    const serviceId = body.serviceId ?? '';
    let serviceTitle = '';
    if (serviceId !== '') serviceTitle = platform.catalog.versions(serviceId).at(-1)?.service.title.kk ?? '';
    const draft: FailureReportDraft = {
      serviceId,
      serviceTitle,
      applicationId: body.applicationId || null,
      permitNumber: body.permitNumber || null,
      iinBin,
      authorisedAt: body.authorisedAt ?? '',
      failedAt: body.failedAt ?? '',
      description: body.description ?? '',
      screenshots: shots.map(({ name, mediaType, size, sha256 }) => ({ name, mediaType, size, sha256 })),
    };
    const now = platform.clock.now();
    const problems = checkFailureReport(draft, now);
    if (problems.length > 0)
      throw new AppError(
        'attachments.failure_report_incomplete',
        `failure report incomplete: ${problemsText(problems, 'en')}`,
        {
          kk: problemsText(problems, 'kk'),
          ru: problemsText(problems, 'ru'),
          en: problemsText(problems, 'en'),
        },
      );
    const record: FailureReportRecord = {
      ...draft,
      authorisedAt: new Date(draft.authorisedAt).toISOString(),
      failedAt: new Date(draft.failedAt).toISOString(),
      id: `FR-${randomUUID()}`,
      filedBy,
      createdAt: now.toISOString(),
    };
    const view = await reports.file(record, shots, {
      address: platform.notifications.operatorEmail,
      ...operatorMessage(record),
    });
    platform.notifications.kick();
    return view;
  };
}

type File = ReturnType<typeof filer>;

function applicantFailureRoutes(api: Api, ctx: ServerContext, file: File): void {
  const reports = ctx.platform.store.repos.failureReports;
  api.post(
    '/failure-reports',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        operationId: 'fileFailureReport',
        tags: ['applicant'],
        summary:
          'Report a technical failure of the portal to the e-government operator (seed 000 p. 15): service, application or permit number, time of the error from the authorisation, step-by-step screenshots (PNG, JPEG; base64); the IIN/BIN is the session’s',
        body: FileFailureReport,
        response: answers(201, failureReport),
      },
    },
    async (request, reply) => {
      const me = await requireApplicantSession(ctx.sessions, request);
      const view = await file(request.body, me.id, { kind: 'applicant', id: me.id, providerId: null });
      return reply.status(201).send(view);
    },
  );

  api.get(
    '/failure-reports',
    {
      schema: {
        operationId: 'listFailureReports',
        tags: ['applicant'],
        summary: 'My failure reports (mine or filed for me by a clerk), newest first, with their status',
        response: answers(200, arr(failureReport)),
      },
    },
    async (request) => {
      const me = await requireApplicantSession(ctx.sessions, request);
      return reports.list({ iinBin: me.id });
    },
  );

  api.get(
    '/failure-reports/:id',
    {
      schema: {
        operationId: 'getFailureReport',
        tags: ['applicant'],
        summary: 'One of my failure reports with its status',
        params: idParams,
        response: answers(200, failureReport),
      },
    },
    async (request) => {
      const me = await requireApplicantSession(ctx.sessions, request);
      const view = await reports.find(request.params.id);
      if (view === undefined || view.iinBin !== me.id) throw unknownReport(request.params.id);
      return view;
    },
  );
}

function officialFailureRoutes(api: Api, ctx: ServerContext, file: File): void {
  const { platform } = ctx;
  const reports = platform.store.repos.failureReports;
  api.post(
    '/official/failure-reports',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        operationId: 'fileFailureReportForApplicant',
        tags: ['official'],
        summary:
          'A clerk reports a technical failure on an applicant’s behalf (seed 000 p. 15): as the applicant does, with the applicant’s IIN/BIN (control digit checked)',
        body: FileFailureReportForApplicant,
        response: answers(201, failureReport),
      },
    },
    async (request, reply) => {
      const me = await requireOfficialSession(ctx.sessions, request);
      const { iinBin, ...body } = request.body;
      const view = await file(body, iinBin ?? '', { kind: 'official', id: me.id, providerId: me.providerId });
      return reply.status(201).send(view);
    },
  );

  api.get(
    '/official/failure-reports',
    {
      schema: {
        operationId: 'listProviderFailureReports',
        tags: ['official'],
        summary: "The failure reports my provider's officials filed, newest first, with their status",
        response: answers(200, arr(failureReport)),
      },
    },
    async (request) => {
      const me = await requireOfficialSession(ctx.sessions, request);
      return reports.list({ providerId: me.providerId });
    },
  );

  api.post(
    '/official/failure-reports/:id/close',
    {
      schema: {
        operationId: 'closeFailureReport',
        tags: ['official'],
        summary: "Record the operator's answer to a report my provider filed: the report is closed",
        params: idParams,
        body: CloseFailureReport,
        response: answers(200, failureReport),
      },
    },
    async (request) => {
      const me = await requireOfficialSession(ctx.sessions, request);
      const view = await reports.find(request.params.id);
      if (view === undefined || view.filedBy.providerId !== me.providerId)
        throw unknownReport(request.params.id);
      if (!(await reports.close(view.id, request.body.answer, platform.clock.now())))
        throw new AppError('attachments.failure_report_closed', `report ${view.id} is closed`, {
          id: view.id,
        });
      const closed = await reports.find(view.id);
      if (closed === undefined) throw unknownReport(view.id);
      return closed;
    },
  );
}
