/**
 * Attachments: the applicant uploads scans of the catalog's documents to a draft application
 * (raw body, `application/octet-stream`, name and document in the query), and the applicant and
 * the provider's officials list and download them. The type is read from the bytes; after
 * submission the files are read-only, as the signed application refers to them.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ApplicationState } from '../cases/model.ts';
import { serviceOf } from '../documents/service.ts';
import { AppError } from '../errors/app-error.ts';
import { recordRead } from './access-log.ts';
import { sessionOf, type Principal } from './auth.ts';
import type { ServerContext } from './context.ts';
import { sniffMediaType } from './attachment-type.ts';
import { MAX_ATTACHMENT_BYTES, currentSettings } from './admin-settings.ts';
import { withinUnit } from './admin-units.ts';
import {
  answers,
  arr,
  attachmentInfo,
  binary,
  idParams,
  pathId,
  problems,
  query,
  type Api,
  type ZodRequests,
} from './schemas.ts';

/**
 * Bidirectional controls (U+061C, U+200E–200F, U+202A–202E, U+2066–2069): in a file name they
 * reorder what an official sees, so that "invoice\u202Efdp.exe" reads as "invoiceexe.pdf".
 * No honest scan needs them; a name carrying one is refused, not silently changed.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** 10 MiB: a multi-page scan at 300 dpi fits; larger is almost always an unreduced photo. */
export const DEFAULT_ATTACHMENT_LIMIT = 10 * 1024 * 1024;

/**
 * The application, for its applicant or (once it is no longer a draft) an official of its
 * provider; 404 otherwise, exactly like an application that does not exist.
 */
export async function readableApplication(
  ctx: ServerContext,
  request: FastifyRequest,
  id: string,
): Promise<{ state: ApplicationState; reader: Principal }> {
  const session = await sessionOf(ctx.sessions, request);
  if (session === undefined) throw new AppError('auth.required', 'no session');
  const reader = session.principal;
  const row = await ctx.platform.store.findApplication(id);
  const allowed =
    row !== undefined &&
    ((reader.kind === 'applicant' && row.applicantId === reader.id) ||
      (reader.kind === 'official' &&
        row.providerId === reader.providerId &&
        row.status !== 'draft' &&
        (await withinUnit(ctx.platform.store.repos.units, reader, id))));
  if (row === undefined || !allowed)
    throw new AppError('cases.not_found', `no application ${id} for ${reader.kind}`, { id });
  return { state: row.state as ApplicationState, reader };
}

/** The attachment routes: upload (in its own scope, where the raw-body parser stays), list, download. */
export function attachmentRoutes(api: Api, ctx: ServerContext, options: { limit?: number } = {}): void {
  uploadRoutes(api, ctx, options);
  readRoutes(api, ctx);
}

function uploadRoutes(api: Api, ctx: ServerContext, options: { limit?: number }): void {
  // Fastify reads at most the ceiling; the setting in force (admin-settings.ts) is checked per request.
  const limit = options.limit ?? MAX_ATTACHMENT_BYTES;
  const limitNow = async () => options.limit ?? (await currentSettings(ctx)).attachmentMaxBytes;
  const tooLarge = (max: number) =>
    new AppError('server.body_too_large', `attachment larger than ${max} bytes`, { limit: max });
  const repos = ctx.platform.store.repos;

  void api.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodRequests>();
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: limit },
      (_request, body, done) => {
        done(null, body);
      },
    );

    scope.post(
      '/applications/:id/attachments',
      {
        bodyLimit: limit,
        // Refused before the body is read when its declared length is over the setting.
        onRequest: async (request) => {
          const max = await limitNow();
          if (Number(request.headers['content-length'] ?? 0) > max) throw tooLarge(max);
        },
        schema: {
          operationId: 'uploadAttachment',
          tags: ['applicant'],
          summary: 'Attach a file (PDF, PNG or JPEG; raw body, application/octet-stream) to a draft',
          params: idParams,
          querystring: query({
            name: z
              .string()
              .min(1)
              .max(255)
              .regex(/^[^\u0000-\u001f/\\]+$/),
            documentId: z.string().min(1).max(200),
          }),
          response: answers(201, attachmentInfo),
        },
      },
      async (request, reply) => {
        const { state, reader } = await readableApplication(ctx, request, request.params.id);
        if (reader.kind !== 'applicant')
          throw new AppError('auth.forbidden', 'only the applicant attaches files', {
            audience: 'applicants',
          });
        if (state.status !== 'draft')
          throw new AppError('cases.wrong_status', `application ${state.id} is ${state.status}`, {
            status: state.status,
            command: 'attach',
          });
        const { name, documentId } = request.query;
        const bidi = BIDI_CONTROLS.exec(name);
        if (bidi !== null)
          throw new AppError('attachments.invalid_name', `bidirectional control in the file name`, {
            char: `U+${(bidi[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
          });
        const service = serviceOf(ctx.platform.catalog, state);
        const asked = service.documents.filter(
          (d) => d.obtainedFrom === null && (d.cases.length === 0 || d.cases.includes(state.caseId)),
        );
        if (!asked.some((d) => d.id === documentId))
          throw new AppError(
            'attachments.unknown_document',
            `${documentId} is not a document of ${service.id}/${state.caseId}`,
            { documentId, documents: asked.map((d) => d.id).join(', ') || '—' },
          );
        const body = request.body;
        if (!(body instanceof Buffer) || body.length === 0)
          throw new AppError('attachments.empty', 'no file in the body (send application/octet-stream)');
        const max = await limitNow();
        if (body.length > max) throw tooLarge(max);
        const mediaType = sniffMediaType(body);
        if (mediaType === undefined)
          throw new AppError('attachments.type_not_allowed', `${name}: not a PDF, PNG or JPEG by content`, {
            name,
          });
        const limits = await currentSettings(ctx);
        const outcome = await repos.attachments.insert(
          {
            id: randomUUID(),
            applicationId: state.id,
            documentId,
            name,
            mediaType,
            size: body.length,
            sha256: createHash('sha256').update(body).digest('hex'),
            uploadedBy:
              reader.representative === undefined ? reader.id : `${reader.representative.iin}@${reader.id}`,
            uploadedAt: ctx.platform.clock.now().toISOString(),
          },
          body,
          { maxCount: limits.attachmentMaxCount, maxTotalBytes: limits.attachmentMaxTotalBytes },
        );
        if ('stored' in outcome) return reply.status(201).send(outcome.stored);
        // Submitted between the read above and the insert: the transaction saw it and stored nothing.
        if (outcome.refused === 'not-draft')
          throw new AppError('cases.wrong_status', `application ${state.id} is no longer a draft`, {
            status: 'submitted',
            command: 'attach',
          });
        if (outcome.refused === 'count')
          throw new AppError('attachments.too_many', `application ${state.id} has ${outcome.count} files`, {
            limit: limits.attachmentMaxCount,
          });
        throw new AppError(
          'attachments.total_too_large',
          `application ${state.id}: ${outcome.bytes} + ${body.length} bytes over ${limits.attachmentMaxTotalBytes}`,
          { limit: limits.attachmentMaxTotalBytes, used: outcome.bytes },
        );
      },
    );
  });
}

function readRoutes(api: Api, ctx: ServerContext): void {
  const repos = ctx.platform.store.repos;

  api.get(
    '/applications/:id/attachments',
    {
      schema: {
        operationId: 'listAttachments',
        tags: ['applicant', 'official'],
        summary: "The application's attachments (without content)",
        params: idParams,
        response: answers(200, arr(attachmentInfo)),
      },
    },
    async (request) => {
      const { state, reader } = await readableApplication(ctx, request, request.params.id);
      await recordRead(
        repos.accessLog,
        request,
        reader,
        { subjectId: state.applicant.id, what: 'attachments', applicationId: state.id },
        ctx.platform.clock.now(),
      );
      return repos.attachments.list(state.id);
    },
  );

  api.get(
    '/applications/:id/attachments/:attachmentId',
    {
      schema: {
        operationId: 'downloadAttachment',
        tags: ['applicant', 'official'],
        summary: 'Download an attachment (its bytes, with X-Content-SHA256)',
        params: z.object({ id: pathId, attachmentId: pathId }),
        response: {
          200: {
            description: 'The file as uploaded (PDF, PNG or JPEG)',
            content: {
              'application/pdf': { schema: binary },
              'image/png': { schema: binary },
              'image/jpeg': { schema: binary },
            },
          },
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const { state, reader } = await readableApplication(ctx, request, request.params.id);
      const found = await repos.attachments.find(state.id, request.params.attachmentId);
      if (found === undefined)
        throw new AppError('server.not_found', `no attachment ${request.params.attachmentId}`, {
          what: request.params.attachmentId,
        });
      await recordRead(
        repos.accessLog,
        request,
        reader,
        { subjectId: state.applicant.id, what: 'attachment', applicationId: state.id },
        ctx.platform.clock.now(),
      );
      const ascii = found.info.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
      return reply
        .type(found.info.mediaType)
        .header('x-content-sha256', found.info.sha256)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(found.info.name)}`,
        )
        .send(found.content);
    },
  );
}
