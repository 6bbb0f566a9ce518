/**
 * The personal cabinet's inbox, in the store (src/store/cabinet.ts): the notifier port's cabinet
 * channel. Putting a message there is one INSERT after the case's commit; reading is the
 * applicant's own list, newest first.
 */
import {
  Notification,
  parseNotification,
  type InboxMessage,
  type Notifier,
  type SentNotification,
} from '../integrations/notifications.ts';
import type { CabinetRepository } from '../store/cabinet.ts';
import type { InboxWrite } from '../store/store.ts';
import type { ApplicationState, Recorded } from '../cases/model.ts';
import {
  deadlineNotification,
  statusNotification,
  type ServiceTitle,
} from '../documents/notification-templates.ts';

/**
 * What a committed application command puts in the applicant's cabinet inbox, written in the
 * command's own statement (CommandWrite.messages): one message per status reached — a payment
 * or a request for state data in review does not tell "under review" again — and one per
 * deadline event (the clock paused/resumed, objection due, result date passed). A message
 * whose text is not whole is left out.
 */
export function inboxMessages(
  state: ApplicationState,
  events: Recorded[],
  title: ServiceTitle,
): InboxWrite[] {
  const out: InboxWrite[] = [];
  const put = (kind: string, text: unknown, once: boolean) => {
    const parsed = Notification.safeParse({
      recipientId: state.applicant.id,
      applicationId: state.id,
      kind,
      channel: 'cabinet',
      text,
    });
    if (parsed.success)
      out.push({
        recipientId: parsed.data.recipientId,
        applicationId: parsed.data.applicationId,
        kind,
        text: parsed.data.text,
        once,
      });
  };
  if (events.some((e) => e.type !== 'step-completed'))
    put(`status:${state.status}`, statusNotification(state, title), true);
  for (const e of events) {
    const text = deadlineNotification(state, e, title);
    if (text !== null) put(`deadline:${e.type}`, text, false);
  }
  return out;
}

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
