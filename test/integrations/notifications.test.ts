import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/app-error.ts';
import {
  NotifierSimulator,
  withRetry,
  type Notification,
  type Notifier,
} from '../../src/integrations/index.ts';

let minutes = 0;
const clock = () => new Date(Date.UTC(2025, 2, 3, 5, minutes++));
const message = (over: Partial<Notification> = {}): Notification => ({
  recipientId: '900722402026',
  applicationId: 'APP-1',
  kind: 'result-ready',
  text: { kk: 'Лицензия дайын', ru: 'Лицензия готова', en: 'The license is ready' },
  channel: 'cabinet',
  ...over,
});
const noWait = (log: number[] = []) => ({
  sleep: async (ms: number) => {
    log.push(ms);
  },
});

describe('notifier simulator', () => {
  it('keeps an inbox per recipient, newest first, with read marks from the clock', async () => {
    minutes = 0;
    const n = new NotifierSimulator({ clock });
    const first = await n.send(message());
    const second = await n.send(message({ kind: 'payment-due', channel: 'sms' }));
    await n.send(message({ recipientId: 'someone-else' }));
    expect(first).toEqual({ messageId: 'SIM-MSG-000001', sentAt: '2025-03-03T05:00:00.000Z' });
    expect(n.list('900722402026').map((m) => m.messageId)).toEqual([second.messageId, first.messageId]);
    expect(n.list('900722402026')[1]).toMatchObject({ ...message(), readAt: null });

    const read = n.markRead('900722402026', first.messageId);
    expect(read.readAt).toBe('2025-03-03T05:03:00.000Z');
    expect(n.markRead('900722402026', first.messageId).readAt).toBe(read.readAt);
    expect(n.list('900722402026', { unreadOnly: true }).map((m) => m.messageId)).toEqual([second.messageId]);
    expect(n.list('nobody')).toEqual([]);
  });

  it('refuses to mark a message that is not in the recipient’s inbox', async () => {
    const n = new NotifierSimulator({ clock });
    const sent = await n.send(message());
    expect(() => n.markRead('someone-else', sent.messageId)).toThrow(
      expect.objectContaining({ code: 'notifications.unknown_message' }),
    );
  });

  it('refuses a message without all three languages', async () => {
    const n = new NotifierSimulator({ clock });
    const bad = { ...message(), text: { kk: 'Дайын', ru: 'Готово', en: ' ' } };
    await expect(n.send(bad)).rejects.toMatchObject({
      code: 'notifications.invalid_message',
      params: { field: 'text.en' },
    });
    await expect(n.send({ ...message(), channel: 'fax' as never })).rejects.toMatchObject({
      params: { field: 'channel' },
    });
    expect(n.list('900722402026')).toEqual([]);
  });

  it('fails the next N sends when told to', async () => {
    const n = new NotifierSimulator({ clock });
    n.failNext(2);
    await expect(n.send(message())).rejects.toMatchObject({
      code: 'notifications.unavailable',
      params: { channel: 'cabinet' },
    });
    await expect(n.send(message())).rejects.toBeInstanceOf(AppError);
    await n.send(message());
    expect(n.attempts).toBe(3);
    expect(n.list('900722402026')).toHaveLength(1);
  });
});

describe('withRetry', () => {
  it('retries with doubling backoff until delivered', async () => {
    const n = new NotifierSimulator({ clock });
    n.failNext(2);
    const waits: number[] = [];
    const delivery = await withRetry(n, { attempts: 3, backoffMs: 100, ...noWait(waits) }).send(message());
    expect(delivery).toMatchObject({ delivered: true, attempts: 3, messageId: 'SIM-MSG-000001' });
    expect(waits).toEqual([100, 200]);
  });

  it('gives up after the last attempt without throwing', async () => {
    const n = new NotifierSimulator({ clock });
    n.failNext(10);
    const delivery = await withRetry(n, { attempts: 3, backoffMs: 5, ...noWait() }).send(message());
    expect(delivery.delivered).toBe(false);
    if (!delivery.delivered) {
      expect(delivery.attempts).toBe(3);
      expect(delivery.error.code).toBe('notifications.unavailable');
    }
    expect(n.attempts).toBe(3);
  });

  it('does not retry a malformed message', async () => {
    const n = new NotifierSimulator({ clock });
    const delivery = await withRetry(n, { attempts: 5, backoffMs: 5, ...noWait() }).send({
      ...message(),
      recipientId: '',
    });
    expect(delivery).toMatchObject({ delivered: false, attempts: 1 });
    expect(n.attempts).toBe(1);
  });

  it('turns anything an adapter throws, even synchronously, into delivered: false', async () => {
    const throwsPlain: Notifier = {
      send: () => {
        throw new TypeError('socket closed');
      },
    };
    const rejectsError: Notifier = { send: () => Promise.reject(new Error('boom')) };
    for (const notifier of [throwsPlain, rejectsError]) {
      const delivery = await withRetry(notifier, { attempts: 2, backoffMs: 1, ...noWait() }).send(message());
      expect(delivery).toMatchObject({ delivered: false, attempts: 2 });
      if (!delivery.delivered) {
        expect(delivery.error).toBeInstanceOf(AppError);
        expect(delivery.error.code).toBe('notifications.unavailable');
        expect(delivery.error.cause).toBeInstanceOf(Error);
      }
    }
  });

  it('survives a broken timer and nonsense settings', async () => {
    const n = new NotifierSimulator({ clock });
    n.failNext(1);
    const brokenSleep = () => Promise.reject(new Error('timer'));
    expect(
      await withRetry(n, { attempts: 2, backoffMs: 1, sleep: brokenSleep }).send(message()),
    ).toMatchObject({
      delivered: true,
      attempts: 2,
    });
    n.failNext(1);
    expect(
      await withRetry(n, { attempts: Number.NaN, backoffMs: Number.NaN, ...noWait() }).send(message()),
    ).toMatchObject({ delivered: false, attempts: 1 });
  });

  it('waits for real by default', async () => {
    const n = new NotifierSimulator({ clock });
    n.failNext(1);
    const started = performance.now();
    expect((await withRetry(n, { attempts: 2, backoffMs: 20 }).send(message())).delivered).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });
});
