/**
 * The record of who read whose personal data (table `personal_data_reads`, migration 0005):
 * every read of an applicant's application or profile by an official or by the applicant,
 * written before the answer leaves, so no read goes unrecorded. Append-only: triggers of
 * migration 0008 refuse UPDATE, DELETE and TRUNCATE. Administrators read it over HTTP.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type pg from 'pg';
import { AppError } from '../errors/app-error.ts';
import { pgStoreOf } from '../store/index.ts';
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
  pool: pg.Pool,
  request: FastifyRequest,
  reader: Principal,
  read: PersonalDataRead,
  at: Date,
): Promise<void> {
  const readerId =
    reader.kind === 'applicant' && reader.representative !== undefined
      ? `${reader.representative.iin}@${reader.id}`
      : reader.id;
  await pool.query(
    `INSERT INTO personal_data_reads (at, reader_kind, reader_id, subject_id, what, application_id, route)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      at,
      reader.kind,
      readerId,
      read.subjectId,
      read.what,
      read.applicationId ?? null,
      `${request.method} ${request.routeOptions.url ?? request.url}`,
    ],
  );
}

interface ReadRow {
  id: string;
  at: Date;
  reader_kind: string;
  reader_id: string;
  subject_id: string | null;
  what: string;
  application_id: string | null;
  route: string;
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
  const pool = pgStoreOf(platform.store).pool;
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
      const { rows } = await pool.query<ReadRow>(
        `SELECT id, at, reader_kind, reader_id, subject_id, what, application_id, route
         FROM personal_data_reads
         WHERE ($1::text IS NULL OR subject_id = $1)
           AND ($2::text IS NULL OR reader_id = $2)
           AND ($3::text IS NULL OR application_id = $3)
           AND ($4::timestamptz IS NULL OR at >= $4)
           AND ($5::timestamptz IS NULL OR at < $5)
         ORDER BY at DESC, id DESC
         LIMIT $6`,
        [
          q.subject ?? null,
          q.actor ?? null,
          q.applicationId ?? null,
          instant(q.from),
          instant(q.to),
          q.limit ?? 100,
        ],
      );
      await recordRead(
        pool,
        request,
        admin,
        { subjectId: q.subject ?? null, what: 'access-log', applicationId: q.applicationId ?? null },
        platform.clock.now(),
      );
      return rows.map((r) => ({
        id: Number(r.id),
        at: r.at.toISOString(),
        readerKind: r.reader_kind,
        readerId: r.reader_id,
        subjectId: r.subject_id,
        what: r.what,
        applicationId: r.application_id,
        route: r.route,
      }));
    },
  );
}
