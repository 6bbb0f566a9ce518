/**
 * The personal cabinet's inbox (`cabinet_messages`, migration 0012): one row per message to an
 * applicant; src/notifications/cabinet.ts is the notifier that writes them.
 */
import type pg from 'pg';
import type { InboxMessage, Notification } from '../integrations/notifications.ts';

interface Row {
  id: string;
  recipient_id: string;
  application_id: string | null;
  kind: string;
  text: InboxMessage['text'];
  sent_at: Date;
  read_at: Date | null;
}

/** The message id the cabinet shows for a row. */
const messageId = (id: string) => `CAB-${id}`;

export class CabinetRepository {
  constructor(private readonly pool: pg.Pool) {}

  /** Puts the message in the recipient's inbox; returns its message id. */
  async insert(n: Notification, sentAt: string): Promise<string> {
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO cabinet_messages (recipient_id, application_id, kind, text, sent_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [n.recipientId, n.applicationId, n.kind, n.text, sentAt],
    );
    return messageId(rows[0]?.id ?? '');
  }

  /**
   * Puts the message in the inbox unless one of the same kind about the same application is
   * there already; returns its message id, or null when it was there. Commands on one
   * application are serialized, so two commits do not race here.
   */
  async insertOnce(n: Notification, sentAt: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO cabinet_messages (recipient_id, application_id, kind, text, sent_at)
       SELECT $1, $2, $3, $4, $5
       WHERE NOT EXISTS (SELECT 1 FROM cabinet_messages
                         WHERE recipient_id = $1 AND application_id = $2 AND kind = $3)
       RETURNING id`,
      [n.recipientId, n.applicationId, n.kind, n.text, sentAt],
    );
    const id = rows[0]?.id;
    return id === undefined ? null : messageId(id);
  }

  /** The recipient's messages, newest first. */
  async list(recipientId: string, limit: number): Promise<InboxMessage[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT id, recipient_id, application_id, kind, text, sent_at, read_at FROM cabinet_messages
       WHERE recipient_id = $1 ORDER BY sent_at DESC, id DESC LIMIT $2`,
      [recipientId, limit],
    );
    return rows.map((r) => ({
      recipientId: r.recipient_id,
      applicationId: r.application_id ?? '',
      kind: r.kind,
      text: r.text,
      channel: 'cabinet' as const,
      messageId: messageId(r.id),
      sentAt: r.sent_at.toISOString(),
      readAt: r.read_at?.toISOString() ?? null,
    }));
  }
}
