/**
 * E-mail and SMS through the delivery outbox: a local SMTP catcher (smtp-server on 127.0.0.1:0)
 * receives the applicant's messages in the language they chose; a closed port is retried with
 * backoff and never blocks or changes the case. Runs on the embedded store and, with
 * DATABASE_URL, on a scratch database of that server.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/cases/clock.ts';
import type { Actor, Command } from '../../src/cases/model.ts';
import { formatDate } from '../../src/documents/content.ts';
import { demoPeople } from '../../src/integrations/index.ts';
import { SmsSimulator, SmtpEmail, contactOf, applicationMessages } from '../../src/notifications/index.ts';
import { openPlatform, type Platform } from '../../src/platform.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import { createScratchDatabase } from '../../src/store/scratch-database.ts';

interface Mail {
  to: string[];
  raw: string;
}

/** A catcher: every mail's envelope recipients and its raw text (headers and body). */
async function smtpCatcher(): Promise<{ url: string; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on: bound then closed. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** The body of a text/plain mail, decoded from quoted-printable or base64 as nodemailer wrote it. */
function bodyOf(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body, 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head))
    return Buffer.from(
      body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  return body;
}

/** The decoded Subject header (RFC 2047 encoded words). */
function subjectOf(raw: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const m = /^subject:(.*(?:\r?\n[ \t].*)*)/im.exec(head);
  const value = (m?.[1] ?? '').replace(/\r?\n[ \t]/g, ' ').trim();
  return value
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('latin1')
        : text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
    )
    .replace(/[\s\S]*/, (s) => Buffer.from(s, 'latin1').toString('utf8'));
}

const targets: {
  name: string;
  open(clock: SimulatedClock): Promise<{ platform: Platform; dispose(): Promise<void> }>;
}[] = [
  {
    name: 'embedded',
    async open(clock) {
      const root = await mkdtemp(join(tmpdir(), 'ruqsat-notify-'));
      await chmod(root, 0o755);
      const platform = await openPlatform({
        clock,
        dataDir: join(root, 'pg'),
        pki: 'none',
        notifications: { retry: { backoffMs: 60_000, maxAttempts: 3 } },
      });
      return {
        platform,
        async dispose() {
          await platform.close();
          await rm(root, { recursive: true, force: true });
        },
      };
    },
  },
];
const serverUrl = process.env['DATABASE_URL'];
if (serverUrl !== undefined && serverUrl !== '')
  targets.push({
    name: 'server',
    async open(clock) {
      const db = await createScratchDatabase(serverUrl, 'ruqsat_notify_test');
      const platform = await openPlatform({
        clock,
        databaseUrl: db.url,
        pki: 'none',
        notifications: { retry: { backoffMs: 60_000, maxAttempts: 3 } },
      });
      return {
        platform,
        async dispose() {
          await platform.close();
          await db.drop();
        },
      };
    },
  });

const person = demoPeople[0];
if (person === undefined) throw new Error('no demo person');
const me: Actor = { id: person.iin, role: 'applicant' };
const clerk: Actor = { id: 'clerk', role: 'office-clerk' };

describe('contacts', () => {
  it('come from the application form: e-mail, a Kazakhstan phone, the language (Kazakh by default)', () => {
    expect(contactOf({ form: { contactEmail: ' a@b.kz ', contactPhone: '8 (701) 234-56-78' } })).toEqual({
      email: 'a@b.kz',
      phone: '+77012345678',
      lang: 'kk',
    });
    expect(contactOf({ form: { contactEmail: 'not-an-address', notificationLanguage: 'ru' } })).toEqual({
      email: null,
      phone: null,
      lang: 'ru',
    });
  });
});

for (const target of targets)
  describe(`notifications on the ${target.name} store`, () => {
    const clock = new SimulatedClock(new Date('2025-04-15T10:00:00+05:00'));
    let platform: Platform;
    let dispose: () => Promise<void>;
    let catcher: Awaited<ReturnType<typeof smtpCatcher>>;
    let n = 0;

    beforeAll(async () => {
      const opened = await target.open(clock);
      platform = opened.platform;
      dispose = () => opened.dispose();
      catcher = await smtpCatcher();
    }, 120_000);
    afterAll(async () => {
      await dispose?.();
      await catcher?.close();
    });

    const run = (id: string, command: Command, actor: Actor) =>
      platform.engine.execute(id, command, { actor, idempotencyKey: `${id}-${++n}` });

    const draft = (id: string, form: Record<string, unknown>) =>
      run(
        id,
        {
          type: 'create-draft',
          serviceId: 'crypto-protection-means-license',
          caseId: 'issue',
          channel: 'provider-office',
          applicant: { id: me.id, type: 'individual', name: `${person.lastName} ${person.firstName}` },
          form,
        },
        me,
      );

    it('status changes reach the catcher in the applicant’s language (ru), recorded as delivered', async () => {
      platform.notifications.email = new SmtpEmail(catcher.url);
      const sms = new SmsSimulator();
      platform.notifications.sms = sms;
      const id = `${target.name}-ru`;
      await draft(id, {
        contactEmail: 'aliya@example.kz',
        contactPhone: '+7 701 111 22 33',
        notificationLanguage: 'ru',
      });
      await run(id, { type: 'submit' }, me);
      await run(id, { type: 'register', inboundNumber: '' }, clerk);
      await platform.notifications.idle();
      await platform.notifications.drain();

      const state = await platform.engine.get(id);
      const inbound = state.registration?.inboundNumber ?? '';
      expect(inbound).not.toBe('');
      const mine = catcher.mails.filter((m) => m.to.includes('aliya@example.kz'));
      expect(mine).toHaveLength(2);
      const registered = mine.find((m) => bodyOf(m.raw).includes('зарегистрировано'));
      expect(registered).toBeDefined();
      expect(subjectOf(registered?.raw ?? '')).toBe(`Ruqsat: заявление № ${inbound}`);
      expect(bodyOf(registered?.raw ?? '')).toContain(
        `Заявление № ${inbound} зарегистрировано. Дата и время получения результата:`,
      );
      expect(bodyOf(mine.find((m) => m !== registered)?.raw ?? '')).toContain(
        'отправлено и ожидает регистрации',
      );
      expect(sms.sent.map((s) => s.to)).toEqual(['+77011112233', '+77011112233']);

      const rows = await platform.notifications.deliveries({ applicationId: id });
      expect(rows.map((r) => [r.channel, r.kind, r.status, r.lang])).toEqual([
        ['email', 'status:submitted', 'delivered', 'ru'],
        ['sms', 'status:submitted', 'delivered', 'ru'],
        ['email', 'status:registered', 'delivered', 'ru'],
        ['sms', 'status:registered', 'delivered', 'ru'],
      ]);
      expect(rows.every((r) => r.messageId !== null && r.deliveredAt !== null && r.attempts === 1)).toBe(
        true,
      );
      // The cabinet still gets every status change, each once, naming the service.
      const inbox = (await platform.cabinet.list(me.id)).filter((m) => m.applicationId === id);
      expect(inbox.some((m) => m.kind === 'status:registered')).toBe(true);
      expect(new Set(inbox.map((m) => m.kind)).size).toBe(inbox.length);
      expect(inbox[0]?.text.ru).toContain(`Услуга: «`);
    }, 60_000);

    it('Kazakh by default; a command replayed queues nothing new', async () => {
      platform.notifications.email = new SmtpEmail(catcher.url);
      const id = `${target.name}-kk`;
      await draft(id, { contactEmail: 'nurlan@example.kz' });
      await run(id, { type: 'submit' }, me);
      await platform.notifications.idle();
      await platform.notifications.drain();
      const mail = catcher.mails.find((m) => m.to.includes('nurlan@example.kz'));
      const state = await platform.engine.get(id);
      // Not registered yet: named by the day it was sent, never by its internal id.
      const day = formatDate(state.submittedAt);
      expect(subjectOf(mail?.raw ?? '')).toBe(`Ruqsat: ${day} жылғы өтініш`);
      expect(bodyOf(mail?.raw ?? '')).toContain(`${day} жылғы өтініш жіберілді, тіркеуді күтуде`);
      expect(bodyOf(mail?.raw ?? '')).not.toContain(id);
      // The same commit told twice (a notifier run again) queues no second message.
      expect(await platform.notifications.afterApplicationCommit(state, [])).toBe(0);
      expect(
        applicationMessages(state, [{ type: 'submitted' } as never], platform.notifications.titleOf(state)),
      ).toHaveLength(1);
      expect(
        await platform.notifications.afterApplicationCommit(state, [{ type: 'submitted' } as never]),
      ).toBe(0);
    }, 60_000);

    it('a closed SMTP port: the case moves on, the mail is retried with backoff, then delivered', async () => {
      const port = await closedPort();
      platform.notifications.email = new SmtpEmail(`smtp://127.0.0.1:${port}`, { timeoutMs: 2_000 });
      const id = `${target.name}-down`;
      await draft(id, { contactEmail: 'down@example.kz', notificationLanguage: 'en' });
      const submitted = await run(id, { type: 'submit' }, me);
      expect(submitted.status).toBe('submitted');
      const registered = await run(id, { type: 'register', inboundNumber: '' }, clerk);
      expect(registered.status).toBe('registered');
      await platform.notifications.idle();
      expect((await platform.engine.get(id)).status).toBe('registered');

      let rows = await platform.notifications.deliveries({ applicationId: id });
      expect(rows).toHaveLength(2);
      for (const r of rows) {
        expect(r).toMatchObject({ status: 'pending', attempts: 1 });
        expect(r.lastError).toMatch(/ECONNREFUSED|connect/i);
        // The first retry waits the base backoff (60 s here).
        expect(Date.parse(r.nextAttemptAt) - clock.now().getTime()).toBe(60_000);
      }
      // Not due yet: nothing is tried.
      expect(await platform.notifications.drain()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
      clock.advanceMinutes(1);
      expect(await platform.notifications.drain()).toEqual({ delivered: 0, retrying: 2, failed: 0 });
      rows = await platform.notifications.deliveries({ applicationId: id });
      // The second wait is twice the first.
      for (const r of rows) expect(Date.parse(r.nextAttemptAt) - clock.now().getTime()).toBe(120_000);

      platform.notifications.email = new SmtpEmail(catcher.url);
      clock.advanceMinutes(2);
      expect(await platform.notifications.drain()).toEqual({ delivered: 2, retrying: 0, failed: 0 });
      rows = await platform.notifications.deliveries({ applicationId: id });
      expect(rows.map((r) => [r.status, r.attempts])).toEqual([
        ['delivered', 3],
        ['delivered', 3],
      ]);
      const mail = catcher.mails.filter((m) => m.to.includes('down@example.kz'));
      expect(mail.map((m) => subjectOf(m.raw))).toEqual([
        `Ruqsat: application of ${formatDate((await platform.engine.get(id)).submittedAt)}`,
        expect.stringMatching(/^Ruqsat: application \d{4}-\d{6}$/),
      ]);
      expect(bodyOf(mail[1]?.raw ?? '')).toContain('was registered. Result due:');
    }, 60_000);

    it('after the last attempt a message is marked failed; the case is untouched', async () => {
      const port = await closedPort();
      platform.notifications.email = new SmtpEmail(`smtp://127.0.0.1:${port}`, { timeoutMs: 2_000 });
      const id = `${target.name}-failed`;
      await draft(id, { contactEmail: 'gone@example.kz' });
      await run(id, { type: 'submit' }, me);
      await platform.notifications.idle();
      clock.advanceMinutes(1);
      await platform.notifications.drain();
      clock.advanceMinutes(2);
      expect(await platform.notifications.drain()).toMatchObject({ failed: 1 });
      const [row] = await platform.notifications.deliveries({ applicationId: id });
      expect(row).toMatchObject({ status: 'failed', attempts: 3 });
      expect((await platform.engine.get(id)).status).toBe('submitted');
      const events = await pgStoreOf(platform.store).pool.query(
        'SELECT count(*)::int AS n FROM events WHERE application_id = $1',
        [id],
      );
      expect(events.rows[0]).toEqual({ n: 2 });
    }, 60_000);
  });
