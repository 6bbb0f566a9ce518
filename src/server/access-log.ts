/**
 * The record of who read whose personal data (table `personal_data_reads`, migration 0005):
 * every read of an applicant's application or profile by an official or by the applicant,
 * written before the answer leaves, so no read goes unrecorded. Append-only: triggers of
 * migration 0008 refuse UPDATE, DELETE and TRUNCATE. Administrators read it over HTTP.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { AccessLogRepository } from '../store/access-log.ts';
import { requireAdminSession, type Principal } from './auth.ts';
import type { ServerContext } from './context.ts';
import { answers, arr, num, obj, query, str, strOrNull, type Api } from './schemas.ts';

export interface PersonalDataRead {
  /** Whose data: the applicant's IIN/BIN (null for a list spanning several applicants). */
  subjectId: string | null;
  /** What was read: `application`, `application-content`, `applications`, `case`, `work-queue`, `profile`. */
  what: string;
  applicationId?: string | null;
}

export async function recordRead(
  log: AccessLogRepository,
  request: FastifyRequest,
  reader: Principal,
  read: PersonalDataRead,
  at: Date,
): Promise<void> {
  const readerId =
    reader.kind === 'applicant' && reader.representative !== undefined
      ? `${reader.representative.iin}@${reader.id}`
      : reader.id;
  await log.record({
    at,
    readerKind: reader.kind,
    readerId,
    subjectId: read.subjectId,
    what: read.what,
    applicationId: read.applicationId ?? null,
    route: `${request.method} ${request.routeOptions.url ?? request.url}`,
  });
}

const dateOrInstant = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/);

/**
 * `GET /admin/access-log`: the record, newest first, filtered by whose data (`subject`), who
 * read it (`actor`: a login, an IIN/BIN, or an employee's `IIN@BIN`), the application and a
 * time range (`from` inclusive, `to` exclusive; a date is midnight in Astana). Administrators
 * only; their own reading of it is recorded too.
 */
export function accessLogRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const log = platform.store.repos.accessLog;
  api.get(
    '/admin/access-log',
    {
      schema: {
        operationId: 'getAccessLog',
        tags: ['admin'],
        summary: 'Who read whose personal data: the access log, newest first (administrators only)',
        querystring: query({
          subject: z.string().min(1).max(30).optional(),
          actor: z.string().min(1).max(200).optional(),
          applicationId: z.string().min(1).max(100).optional(),
          from: dateOrInstant.optional(),
          to: dateOrInstant.optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: answers(
          200,
          arr(
            obj({
              id: num,
              at: str,
              readerKind: str,
              readerId: str,
              subjectId: strOrNull,
              what: str,
              applicationId: strOrNull,
              route: str,
            }),
          ),
        ),
      },
    },
    async (request) => {
      const admin = await requireAdminSession(sessions, request);
      const q = request.query;
      const instant = (v: string | undefined) => {
        if (v === undefined) return null;
        const d = new Date(v.length === 10 ? `${v}T00:00:00+05:00` : v);
        if (Number.isNaN(d.getTime()))
          throw new AppError('server.invalid_request', `bad time ${v}`, {
            reason: `not a date or time: ${v}`,
          });
        return d;
      };
      const reads = await log.search({
        subjectId: q.subject ?? null,
        readerId: q.actor ?? null,
        applicationId: q.applicationId ?? null,
        from: instant(q.from),
        to: instant(q.to),
        limit: q.limit ?? 100,
      });
      await recordRead(
        log,
        request,
        admin,
        { subjectId: q.subject ?? null, what: 'access-log', applicationId: q.applicationId ?? null },
        platform.clock.now(),
      );
      return reads.map((r) => ({ ...r, at: r.at.toISOString() }));
    },
  );
}
