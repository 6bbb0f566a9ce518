/**
 * The delivery outbox (migration 0010): messages for e-mail and SMS queued after a command has
 * committed, sent by `dispatch`, retried with backoff, recorded when delivered. The case never
 * waits on a channel: queuing is one INSERT after the commit, and a send happens outside any
 * transaction of the case.
 */
import type { Pool } from 'pg';
import type { EmailPort, SmsPort } from './channels.ts';
import type { Lang } from './contacts.ts';

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
}

export interface RetryPolicy {
  /** Tries in all before a message is marked failed. */
  maxAttempts: number;
  /** Wait after the first failure; doubled after each further one. */
  backoffMs: number;
  /** How long a claimed message is held before another dispatcher may take it (a crash mid-send). */
  leaseMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, backoffMs: 30_000, leaseMs: 120_000 };

/** Queues messages; a message whose key is already queued is skipped. Returns how many were new. */
export async function enqueue(pool: Pool, messages: OutboxMessage[], now: Date): Promise<number> {
  if (messages.length === 0) return 0;
  const col = <K extends keyof OutboxMessage>(k: K) => messages.map((m) => m[k]);
  const { rowCount } = await pool.query(
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
});

export interface DispatchResult {
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * Sends the messages due at `now`: each is claimed (attempts + 1, held for the lease) with
 * FOR UPDATE SKIP LOCKED and committed before the send, so several dispatchers never send one
 * message twice at once and no lock is held while a channel answers. A delivered message gets
 * its message id and time; a failed one waits base × 2^(attempts − 1), and after the last
 * attempt is marked failed.
 */
export async function dispatch(
  pool: Pool,
  ports: { email: EmailPort; sms: SmsPort },
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY,
  limit = 50,
): Promise<DispatchResult> {
  const { rows } = await pool.query<DbRow>(
    `UPDATE notification_outbox o SET attempts = o.attempts + 1, next_attempt_at = $2::timestamptz + make_interval(secs => $3::float8 / 1000)
     WHERE o.id IN (
       SELECT id FROM notification_outbox
       WHERE status = 'pending' AND next_attempt_at <= $2
       ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING o.*`,
    [limit, now.toISOString(), policy.leaseMs],
  );
  const result: DispatchResult = { delivered: 0, retrying: 0, failed: 0 };
  // RETURNING keeps no order: send oldest first.
  const claimed = rows.map(toRow).sort((a, b) => Number(a.id) - Number(b.id));
  for (const row of claimed) {
    try {
      const sent =
        row.channel === 'email'
          ? await ports.email.send({ to: row.address, subject: row.subject, text: row.body, lang: row.lang })
          : await ports.sms.send({ to: row.address, text: row.body });
      await pool.query(
        `UPDATE notification_outbox SET status = 'delivered', message_id = $2, delivered_at = $3, last_error = NULL
         WHERE id = $1`,
        [row.id, sent.messageId, now.toISOString()],
      );
      result.delivered += 1;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const last = row.attempts >= policy.maxAttempts;
      await pool.query(
        `UPDATE notification_outbox SET status = $2, last_error = $3,
           next_attempt_at = $4::timestamptz + make_interval(secs => $5::float8 / 1000)
         WHERE id = $1`,
        [
          row.id,
          last ? 'failed' : 'pending',
          message,
          now.toISOString(),
          policy.backoffMs * 2 ** (row.attempts - 1),
        ],
      );
      if (last) result.failed += 1;
      else result.retrying += 1;
    }
  }
  return result;
}

/** The messages queued for an application (or a complaint), oldest first. */
export async function deliveries(
  pool: Pool,
  filter: { applicationId?: string; complaintId?: string },
): Promise<OutboxRow[]> {
  const { rows } = await pool.query<DbRow>(
    `SELECT * FROM notification_outbox
     WHERE ($1::text IS NULL OR application_id = $1) AND ($2::text IS NULL OR complaint_id = $2)
     ORDER BY id`,
    [filter.applicationId ?? null, filter.complaintId ?? null],
  );
  return rows.map(toRow);
}
