/**
 * The delivery outbox (`notification_outbox`, migration 0010): e-mail and SMS messages queued
 * after a command has committed, claimed by dispatchers, marked delivered or rescheduled. When
 * and how they are sent: src/notifications/outbox.ts.
 */
import type pg from 'pg';
import type { Lang } from '../notifications/contacts.ts';

export interface OutboxMessage {
  dedupeKey: string;
  applicationId: string | null;
  complaintId: string | null;
  recipientId: string;
  channel: 'email' | 'sms';
  address: string;
  lang: Lang;
  kind: string;
  subject: string;
  body: string;
}

export interface OutboxRow extends OutboxMessage {
  id: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  messageId: string | null;
  createdAt: string;
  deliveredAt: string | null;
  /** The failure report (migration 0020) this message carries, its screenshots attached. */
  failureReportId: string | null;
}

interface DbRow {
  id: string;
  dedupe_key: string;
  application_id: string | null;
  complaint_id: string | null;
  recipient_id: string;
  channel: 'email' | 'sms';
  address: string;
  lang: Lang;
  kind: string;
  subject: string;
  body: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  message_id: string | null;
  created_at: Date;
  delivered_at: Date | null;
  failure_report_id: string | null;
}

const toRow = (r: DbRow): OutboxRow => ({
  id: String(r.id),
  dedupeKey: r.dedupe_key,
  applicationId: r.application_id,
  complaintId: r.complaint_id,
  recipientId: r.recipient_id,
  channel: r.channel,
  address: r.address,
  lang: r.lang,
  kind: r.kind,
  subject: r.subject,
  body: r.body,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at.toISOString(),
  lastError: r.last_error,
  messageId: r.message_id,
  createdAt: r.created_at.toISOString(),
  deliveredAt: r.delivered_at?.toISOString() ?? null,
  failureReportId: r.failure_report_id ?? null,
});

export class OutboxRepository {
  constructor(private readonly pool: pg.Pool) {}

  /** Queues messages; a message whose key is already queued is skipped. Returns how many were new. */
  async enqueue(messages: OutboxMessage[], now: Date): Promise<number> {
    if (messages.length === 0) return 0;
    const col = <K extends keyof OutboxMessage>(k: K) => messages.map((m) => m[k]);
    const { rowCount } = await this.pool.query(
      `INSERT INTO notification_outbox
         (dedupe_key, application_id, complaint_id, recipient_id, channel, address, lang, kind, subject, body,
          next_attempt_at, created_at)
       SELECT m.*, $11::timestamptz, $11::timestamptz
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::text[]) AS m
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        col('dedupeKey'),
        col('applicationId'),
        col('complaintId'),
        col('recipientId'),
        col('channel'),
        col('address'),
        col('lang'),
        col('kind'),
        col('subject'),
        col('body'),
        now.toISOString(),
      ],
    );
    return rowCount ?? 0;
  }

  /**
   * Claims up to `limit` pending messages due at `now`: attempts + 1, held for `leaseMs`. FOR
   * UPDATE SKIP LOCKED, committed at once: several dispatchers never claim one message at once,
   * and no lock is held while a channel answers. Oldest first.
   */
  async claim(now: Date, leaseMs: number, limit: number): Promise<OutboxRow[]> {
    const { rows } = await this.pool.query<DbRow>(
      `UPDATE notification_outbox o SET attempts = o.attempts + 1, next_attempt_at = $2::timestamptz + make_interval(secs => $3::float8 / 1000)
       WHERE o.id IN (
         SELECT id FROM notification_outbox
         WHERE status = 'pending' AND next_attempt_at <= $2
         ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING o.*`,
      [limit, now.toISOString(), leaseMs],
    );
    // RETURNING keeps no order.
    return rows.map(toRow).sort((a, b) => Number(a.id) - Number(b.id));
  }

  async markDelivered(id: string, messageId: string, at: Date): Promise<void> {
    await this.pool.query(
      `UPDATE notification_outbox SET status = 'delivered', message_id = $2, delivered_at = $3, last_error = NULL
       WHERE id = $1`,
      [id, messageId, at.toISOString()],
    );
  }

  /** Records a failed attempt: tried again `retryInMs` after `now`, or marked failed when `last`. */
  async markFailed(id: string, error: string, last: boolean, now: Date, retryInMs: number): Promise<void> {
    await this.pool.query(
      `UPDATE notification_outbox SET status = $2, last_error = $3,
         next_attempt_at = $4::timestamptz + make_interval(secs => $5::float8 / 1000)
       WHERE id = $1`,
      [id, last ? 'failed' : 'pending', error, now.toISOString(), retryInMs],
    );
  }

  /** The messages queued for an application (or a complaint), oldest first. */
  async list(filter: { applicationId?: string; complaintId?: string }): Promise<OutboxRow[]> {
    const { rows } = await this.pool.query<DbRow>(
      `SELECT * FROM notification_outbox
       WHERE ($1::text IS NULL OR application_id = $1) AND ($2::text IS NULL OR complaint_id = $2)
       ORDER BY id`,
      [filter.applicationId ?? null, filter.complaintId ?? null],
    );
    return rows.map(toRow);
  }
}
