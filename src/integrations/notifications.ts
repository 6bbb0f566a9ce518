/**
 * Notifications to applicants and officials: the personal cabinet (жеке кабинет), e-mail, SMS.
 * Every text goes in Kazakh, Russian and English; the channel shows the reader's language.
 *
 * A notification is a courtesy, never a step: the case has already moved when it is sent. So
 * `withRetry` retries a failing channel a few times and then reports `delivered: false` instead
 * of throwing, and the caller records that and carries on.
 */
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { Clock } from './clock.ts';

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

export interface NotifierSimulatorOptions {
  clock: Clock;
}

/**
 * Keeps every delivered message in an inbox per recipient (what the cabinet page shows), and
 * can be told to fail the next sends to test retries.
 */
export class NotifierSimulator implements Notifier {
  private readonly clock: Clock;
  private readonly inboxes = new Map<string, InboxMessage[]>();
  private failuresLeft = 0;
  private nextId = 1;
  /** Every call to `send`, delivered or not. */
  attempts = 0;

  constructor(options: NotifierSimulatorOptions) {
    this.clock = options.clock;
  }

  /** The next `times` sends fail as if the channel were down. */
  failNext(times: number): void {
    this.failuresLeft = Math.max(0, Math.floor(times));
  }

  async send(notification: Notification): Promise<SentNotification> {
    this.attempts += 1;
    const message = parseNotification(notification);
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new AppError('notifications.unavailable', `Channel ${message.channel} is down (simulated)`, {
        channel: message.channel,
      });
    }
    const sent: SentNotification = {
      messageId: `SIM-MSG-${String(this.nextId++).padStart(6, '0')}`,
      sentAt: this.clock().toISOString(),
    };
    const inbox = this.inboxes.get(message.recipientId) ?? [];
    inbox.push({ ...message, text: { ...message.text }, ...sent, readAt: null });
    this.inboxes.set(message.recipientId, inbox);
    return { ...sent };
  }

  /** A recipient's messages, newest first. */
  list(recipientId: string, options: { unreadOnly?: boolean } = {}): InboxMessage[] {
    const inbox = this.inboxes.get(recipientId) ?? [];
    return inbox
      .filter((m) => !options.unreadOnly || m.readAt === null)
      .reverse()
      .map((m) => ({ ...m, text: { ...m.text } }));
  }

  /** Marks a message read (once: reading it again keeps the first time). */
  markRead(recipientId: string, messageId: string): InboxMessage {
    const message = this.inboxes.get(recipientId)?.find((m) => m.messageId === messageId);
    if (message === undefined)
      throw new AppError('notifications.unknown_message', `No message ${messageId} for ${recipientId}`, {
        recipientId,
        messageId,
      });
    message.readAt ??= this.clock().toISOString();
    return { ...message, text: { ...message.text } };
  }
}

export type Delivery =
  | { delivered: true; messageId: string; sentAt: string; attempts: number }
  | { delivered: false; error: AppError; attempts: number };

export interface RetryOptions {
  /** How many tries in all (at least 1). */
  attempts: number;
  /** Wait before the second try; it doubles before each further one. */
  backoffMs: number;
  /** How to wait; tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
}

export interface ReliableNotifier {
  /** Never throws: a failure comes back as `delivered: false` with the last error. */
  send(notification: Notification): Promise<Delivery>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Only a channel failure is worth another try; a malformed message fails the same way again. */
function isTransient(error: AppError): boolean {
  return error.code !== 'notifications.invalid_message';
}

function asAppError(error: unknown, channel: string): AppError {
  if (error instanceof AppError) return error;
  return new AppError(
    'notifications.unavailable',
    `Channel ${channel} failed: ${error instanceof Error ? error.message : String(error)}`,
    { channel },
    { cause: error },
  );
}

/**
 * Wraps a notifier so a failed delivery never blocks a case: up to `attempts` tries with
 * exponential backoff, then `delivered: false`.
 */
export function withRetry(notifier: Notifier, options: RetryOptions): ReliableNotifier {
  // A NaN here would make the loop below endless; a bad setting means "try once, no wait".
  const attempts = Number.isFinite(options.attempts) ? Math.max(1, Math.floor(options.attempts)) : 1;
  const backoffMs = Number.isFinite(options.backoffMs) ? Math.max(0, options.backoffMs) : 0;
  const sleep = options.sleep ?? defaultSleep;
  return {
    async send(notification) {
      const channel = String((notification as Partial<Notification> | null)?.channel ?? 'unknown');
      for (let attempt = 1; ; attempt++) {
        try {
          const sent = await notifier.send(notification);
          return { delivered: true, messageId: sent.messageId, sentAt: sent.sentAt, attempts: attempt };
        } catch (thrown) {
          const error = asAppError(thrown, channel);
          if (!isTransient(error) || attempt >= attempts)
            return { delivered: false, error, attempts: attempt };
        }
        try {
          await sleep(backoffMs * 2 ** (attempt - 1));
        } catch {
          // A broken timer must not turn into a thrown delivery failure: just try again now.
        }
      }
    },
  };
}
