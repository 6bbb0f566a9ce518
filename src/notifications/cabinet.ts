/**
 * The personal cabinet's inbox, in the store (src/store/cabinet.ts): the notifier port's cabinet
 * channel. Putting a message there is one INSERT after the case's commit; reading is the
 * applicant's own list, newest first.
 */
import {
  parseNotification,
  type InboxMessage,
  type Notifier,
  type SentNotification,
} from '../integrations/notifications.ts';
import type { CabinetRepository } from '../store/cabinet.ts';

export class CabinetInbox implements Notifier {
  constructor(
    private readonly messages: CabinetRepository,
    private readonly now: () => Date,
  ) {}

  async send(notification: unknown): Promise<SentNotification> {
    const n = parseNotification(notification);
    const sentAt = this.now().toISOString();
    return { messageId: await this.messages.insert(n, sentAt), sentAt };
  }

  /** Sends unless the recipient already has a message of this kind about this application (null then). */
  async sendOnce(notification: unknown): Promise<SentNotification | null> {
    const n = parseNotification(notification);
    const sentAt = this.now().toISOString();
    const messageId = await this.messages.insertOnce(n, sentAt);
    return messageId === null ? null : { messageId, sentAt };
  }

  list(recipientId: string, limit = 200): Promise<InboxMessage[]> {
    return this.messages.list(recipientId, limit);
  }
}
