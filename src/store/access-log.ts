/**
 * The record of who read whose personal data (`personal_data_reads`, migration 0005):
 * append-only (triggers of migration 0008 refuse UPDATE, DELETE and TRUNCATE).
 */
import type pg from 'pg';

export interface PersonalDataReadRecord {
  at: Date;
  readerKind: string;
  readerId: string;
  subjectId: string | null;
  what: string;
  applicationId: string | null;
  /** `METHOD /route/pattern`. */
  route: string;
}

/** Null: any. */
export interface AccessLogFilter {
  subjectId: string | null;
  readerId: string | null;
  applicationId: string | null;
  /** Inclusive. */
  from: Date | null;
  /** Exclusive. */
  to: Date | null;
  limit: number;
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

export class AccessLogRepository {
  constructor(private readonly pool: pg.Pool) {}

  async record(r: PersonalDataReadRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO personal_data_reads (at, reader_kind, reader_id, subject_id, what, application_id, route)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [r.at, r.readerKind, r.readerId, r.subjectId, r.what, r.applicationId, r.route],
    );
  }

  /** The reads that match, newest first. */
  async search(f: AccessLogFilter): Promise<(PersonalDataReadRecord & { id: number })[]> {
    const { rows } = await this.pool.query<ReadRow>(
      `SELECT id, at, reader_kind, reader_id, subject_id, what, application_id, route
       FROM personal_data_reads
       WHERE ($1::text IS NULL OR subject_id = $1)
         AND ($2::text IS NULL OR reader_id = $2)
         AND ($3::text IS NULL OR application_id = $3)
         AND ($4::timestamptz IS NULL OR at >= $4)
         AND ($5::timestamptz IS NULL OR at < $5)
       ORDER BY at DESC, id DESC
       LIMIT $6`,
      [f.subjectId, f.readerId, f.applicationId, f.from, f.to, f.limit],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      readerKind: r.reader_kind,
      readerId: r.reader_id,
      subjectId: r.subject_id,
      what: r.what,
      applicationId: r.application_id,
      route: r.route,
    }));
  }
}
