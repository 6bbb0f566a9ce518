/**
 * A notification to an applicant and the notifier port: the personal cabinet (жеке кабинет,
 * src/notifications/cabinet.ts), e-mail and SMS (src/notifications, through the outbox). Every
 * text goes in Kazakh, Russian and English; the channel shows the reader's language.
 */
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

export const NotificationChannel = z.enum(['cabinet', 'email', 'sms']);
export type NotificationChannel = z.infer<typeof NotificationChannel>;

const nonEmpty = z.string().trim().min(1);

export const Notification = z.object({
  recipientId: nonEmpty,
  applicationId: nonEmpty,
  /** What happened, e.g. `registered`, `payment-due`, `result-ready`, `refusal`, `hearing`. */
  kind: nonEmpty,
  text: z.object({ kk: nonEmpty, ru: nonEmpty, en: nonEmpty }),
  channel: NotificationChannel,
});
export type Notification = z.infer<typeof Notification>;

export interface SentNotification {
  messageId: string;
  sentAt: string;
}

/** The port: delivers one message or throws (an AppError for a known failure). */
export interface Notifier {
  send(notification: Notification): Promise<SentNotification>;
}

/** A message in a recipient's inbox. */
export interface InboxMessage extends Notification, SentNotification {
  readAt: string | null;
}

/** The notification checked against its schema; throws `notifications.invalid_message`. */
export function parseNotification(value: unknown): Notification {
  const parsed = Notification.safeParse(value);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || 'notification';
    throw new AppError('notifications.invalid_message', `Notification field ${field} is invalid`, { field });
  }
  return parsed.data;
}
