/**
 * The delivery outbox (migration 0010): messages for e-mail and SMS queued after a command has
 * committed, sent by `dispatch`, retried with backoff, recorded when delivered. The case never
 * waits on a channel: queuing is one INSERT after the commit, and a send happens outside any
 * transaction of the case.
 */
import type { OutboxRepository, OutboxRow } from '../store/outbox.ts';
import type { EmailAttachment, EmailPort, SmsPort } from './channels.ts';

export type { OutboxMessage, OutboxRow } from '../store/outbox.ts';

export interface RetryPolicy {
  /** Tries in all before a message is marked failed. */
  maxAttempts: number;
  /** Wait after the first failure; doubled after each further one. */
  backoffMs: number;
  /** How long a claimed message is held before another dispatcher may take it (a crash mid-send). */
  leaseMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, backoffMs: 30_000, leaseMs: 120_000 };

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
  outbox: OutboxRepository,
  ports: {
    email: EmailPort;
    sms: SmsPort;
    /** The files a message carries (a failure report's screenshots); none when absent. */
    attachmentsOf?: (row: OutboxRow) => Promise<EmailAttachment[] | undefined>;
  },
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY,
  limit = 50,
): Promise<DispatchResult> {
  const attachments = async (row: OutboxRow) => {
    const files = await ports.attachmentsOf?.(row);
    return files === undefined ? {} : { attachments: files };
  };
  const claimed = await outbox.claim(now, policy.leaseMs, limit);
  const result: DispatchResult = { delivered: 0, retrying: 0, failed: 0 };
  for (const row of claimed) {
    try {
      const sent =
        row.channel === 'email'
          ? await ports.email.send({
              to: row.address,
              subject: row.subject,
              text: row.body,
              lang: row.lang,
              ...(await attachments(row)),
            })
          : await ports.sms.send({ to: row.address, text: row.body });
      await outbox.markDelivered(row.id, sent.messageId, now);
      result.delivered += 1;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const last = row.attempts >= policy.maxAttempts;
      await outbox.markFailed(row.id, message, last, now, policy.backoffMs * 2 ** (row.attempts - 1));
      if (last) result.failed += 1;
      else result.retrying += 1;
    }
  }
  return result;
}
