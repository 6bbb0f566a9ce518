/**
 * The personal cabinet's inbox, in the store (migration 0012): the notifier port's cabinet
 * channel. Putting a message there is one INSERT after the case's commit; reading is the
 * applicant's own list, newest first.
 */
import type { Pool } from 'pg';
import {
  parseNotification,
  type InboxMessage,
  type Notifier,
  type SentNotification,
} from '../integrations/notifications.ts';

interface Row {
  id: string;
  recipient_id: string;
  application_id: string | null;
  kind: string;
  text: InboxMessage['text'];
  sent_at: Date;
  read_at: Date | null;
}

export class CabinetInbox implements Notifier {
  constructor(
    private readonly pool: Pool,
    private readonly now: () => Date,
  ) {}

  async send(notification: unknown): Promise<SentNotification> {
    const n = parseNotification(notification);
    const sentAt = this.now().toISOString();
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO cabinet_messages (recipient_id, application_id, kind, text, sent_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [n.recipientId, n.applicationId, n.kind, n.text, sentAt],
    );
    return { messageId: `CAB-${rows[0]?.id ?? ''}`, sentAt };
  }

  async list(recipientId: string, limit = 200): Promise<InboxMessage[]> {
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
      messageId: `CAB-${r.id}`,
      sentAt: r.sent_at.toISOString(),
      readAt: r.read_at?.toISOString() ?? null,
    }));
  }
}
