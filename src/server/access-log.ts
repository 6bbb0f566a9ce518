/**
 * The record of who read whose personal data (table `personal_data_reads`, migration 0005):
 * every read of an applicant's application or profile by an official or by the applicant,
 * written before the answer leaves, so no read goes unrecorded.
 */
import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { Principal } from './auth.ts';

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
