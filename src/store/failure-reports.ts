/**
 * Technical-failure reports (`failure_reports`, `failure_report_screenshots`, migration 0020;
 * seed 000 Қағидалар 15-т.). Filing a report stores it, its screenshots and its message to the
 * operator in `notification_outbox` in one transaction: a report kept is a report that will be
 * sent, and its dedupe key (and the unique index on failure_report_id) sends it once. Its status
 * is read from that outbox row (src/notifications/failure-report.ts failureReportStatus).
 */
import type pg from 'pg';
import {
  failureReportStatus,
  operatorDedupeKey,
  type FailureReportRecord,
  type FailureReportStatus,
} from '../notifications/failure-report.ts';
import { withTransaction } from './transaction.ts';

export interface FailureReportView extends FailureReportRecord {
  operatorAddress: string;
  status: FailureReportStatus;
  /** When the outbox delivered it to the operator, and the message id the channel gave. */
  sentAt: string | null;
  messageId: string | null;
  closedAt: string | null;
  answer: string | null;
}

export interface Screenshot {
  name: string;
  mediaType: 'image/png' | 'image/jpeg';
  size: number;
  sha256: string;
  content: Uint8Array;
}

interface DbRow {
  id: string;
  service_id: string;
  service_title: string;
  application_id: string | null;
  permit_number: string | null;
  iin_bin: string;
  authorised_at: Date;
  failed_at: Date;
  description: string;
  filed_by_kind: 'applicant' | 'official';
  filed_by: string;
  provider_id: string | null;
  operator_address: string;
  created_at: Date;
  closed_at: Date | null;
  answer: string | null;
  screenshots: { name: string; mediaType: string; size: number; sha256: string }[];
  delivery_status: 'pending' | 'delivered' | 'failed' | null;
  delivered_at: Date | null;
  message_id: string | null;
}

const select = `SELECT r.*,
    coalesce((SELECT jsonb_agg(jsonb_build_object('name', s.name, 'mediaType', s.media_type, 'size', s.size,
                'sha256', s.sha256) ORDER BY s.position)
              FROM failure_report_screenshots s WHERE s.report_id = r.id), '[]'::jsonb) AS screenshots,
    o.status AS delivery_status, o.delivered_at, o.message_id
  FROM failure_reports r LEFT JOIN notification_outbox o ON o.failure_report_id = r.id`;

const toView = (r: DbRow): FailureReportView => ({
  id: r.id,
  serviceId: r.service_id,
  serviceTitle: r.service_title,
  applicationId: r.application_id,
  permitNumber: r.permit_number,
  iinBin: r.iin_bin,
  authorisedAt: r.authorised_at.toISOString(),
  failedAt: r.failed_at.toISOString(),
  description: r.description,
  screenshots: r.screenshots,
  filedBy: { kind: r.filed_by_kind, id: r.filed_by, providerId: r.provider_id },
  createdAt: r.created_at.toISOString(),
  operatorAddress: r.operator_address,
  status: failureReportStatus(
    r.delivery_status === null ? null : { status: r.delivery_status },
    r.closed_at?.toISOString() ?? null,
  ),
  sentAt: r.delivered_at?.toISOString() ?? null,
  messageId: r.message_id,
  closedAt: r.closed_at?.toISOString() ?? null,
  answer: r.answer,
});

export class FailureReportRepository {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Keeps the report with its screenshots and queues its e-mail to the operator, all or nothing.
   * `message` is the e-mail's subject and body (operatorMessage).
   */
  async file(
    report: FailureReportRecord,
    screenshots: Screenshot[],
    operator: { address: string; subject: string; body: string },
  ): Promise<FailureReportView> {
    await withTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO failure_reports (id, service_id, service_title, application_id, permit_number, iin_bin,
           authorised_at, failed_at, description, filed_by_kind, filed_by, provider_id, operator_address, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          report.id,
          report.serviceId,
          report.serviceTitle,
          report.applicationId,
          report.permitNumber,
          report.iinBin,
          report.authorisedAt,
          report.failedAt,
          report.description,
          report.filedBy.kind,
          report.filedBy.id,
          report.filedBy.providerId,
          operator.address,
          report.createdAt,
        ],
      );
      for (const [i, s] of screenshots.entries())
        await client.query(
          `INSERT INTO failure_report_screenshots (report_id, position, name, media_type, size, sha256, content)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            report.id,
            i + 1,
            s.name,
            s.mediaType,
            s.size,
            s.sha256,
            Buffer.from(s.content.buffer, s.content.byteOffset, s.content.byteLength),
          ],
        );
      await client.query(
        `INSERT INTO notification_outbox
           (dedupe_key, application_id, complaint_id, recipient_id, channel, address, lang, kind, subject, body,
            next_attempt_at, created_at, failure_report_id)
         VALUES ($1, $2, NULL, 'egov-operator', 'email', $3, 'kk', 'failure-report', $4, $5, $6, $6, $7)
         ON CONFLICT (dedupe_key) DO NOTHING`,
        [
          operatorDedupeKey(report.id),
          report.applicationId,
          operator.address,
          operator.subject,
          operator.body,
          report.createdAt,
          report.id,
        ],
      );
    });
    const view = await this.find(report.id);
    if (view === undefined) throw new Error(`failure report ${report.id} was not stored`);
    return view;
  }

  async find(id: string): Promise<FailureReportView | undefined> {
    const { rows } = await this.pool.query<DbRow>(`${select} WHERE r.id = $1`, [id]);
    return rows[0] === undefined ? undefined : toView(rows[0]);
  }

  /** The reports about one applicant (their IIN/BIN), or filed by one provider's officials; newest first. */
  async list(filter: { iinBin: string } | { providerId: string }): Promise<FailureReportView[]> {
    const { rows } =
      'iinBin' in filter
        ? await this.pool.query<DbRow>(`${select} WHERE r.iin_bin = $1 ORDER BY r.created_at DESC, r.id`, [
            filter.iinBin,
          ])
        : await this.pool.query<DbRow>(
            `${select} WHERE r.provider_id = $1 ORDER BY r.created_at DESC, r.id`,
            [filter.providerId],
          );
    return rows.map(toView);
  }

  /** The screenshots with their bytes, in the order of the steps (attached to the operator's e-mail). */
  async screenshots(reportId: string): Promise<Screenshot[]> {
    const { rows } = await this.pool.query<{
      name: string;
      media_type: 'image/png' | 'image/jpeg';
      size: number;
      sha256: string;
      content: Buffer;
    }>(
      `SELECT name, media_type, size, sha256, content FROM failure_report_screenshots
       WHERE report_id = $1 ORDER BY position`,
      [reportId],
    );
    return rows.map((r) => ({
      name: r.name,
      mediaType: r.media_type,
      size: r.size,
      sha256: r.sha256,
      content: r.content,
    }));
  }

  /** Records the operator's answer; false when the report is unknown or already closed. */
  async close(id: string, answer: string, at: Date): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'UPDATE failure_reports SET closed_at = $2, answer = $3 WHERE id = $1 AND closed_at IS NULL',
      [id, at.toISOString(), answer],
    );
    return (rowCount ?? 0) > 0;
  }

  /** How many reports and screenshots are kept (tests: a refused report stores nothing). */
  async count(): Promise<{ reports: number; screenshots: number }> {
    const { rows } = await this.pool.query<{ reports: number; screenshots: number }>(
      `SELECT (SELECT count(*) FROM failure_reports)::int AS reports,
              (SELECT count(*) FROM failure_report_screenshots)::int AS screenshots`,
    );
    return rows[0] ?? { reports: 0, screenshots: 0 };
  }
}
