/**
 * Seed 000 Қағидалар 15-т.: a technical-failure report goes to the e-government operator's
 * support e-mail with the act's mandatory fields (service; application or permit number;
 * IIN/BIN; the exact time of the error from the authorisation; step-by-step screenshots). The
 * applicant files it from their session, a clerk on the applicant's behalf; it is kept, sent
 * once through the notification outbox, and its status is shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmailSimulator } from '../../src/notifications/channels.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  FLAG,
  PAPER,
  alice,
  bob,
  loginApplicant,
  loginOfficial,
  officialLogin,
  startServer,
  type Auth,
  type TestServer,
} from './harness.ts';
import { PNG_1X1 } from '../fixtures/png.ts';

// A 1×1 PNG and a PDF's first bytes.
const PNG = PNG_1X1.toString('base64');
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n').toString('base64');

let s: TestServer;
let me: Auth;
let other: Auth;
let clerk: Auth;

// The harness's clock: Tue 15.04.2025 10:00 in Astana (UTC+5). Authorised at 09:40:00, the
// error at 09:45:12: 5 min 12 s after the authorisation.
const valid = {
  serviceId: FLAG,
  applicationId: 'APP-2025-000123',
  authorisedAt: '2025-04-15T09:40:00+05:00',
  failedAt: '2025-04-15T09:45:12+05:00',
  description: 'The signing page stayed blank after "Sign"',
  screenshots: [
    { name: 'step-1-login.png', content: PNG },
    { name: 'step-2-sign.png', content: PNG },
  ],
};

interface ReportView {
  id: string;
  status: string;
  iinBin: string;
  operatorAddress: string;
  sentAt: string | null;
  messageId: string | null;
  filedBy: { kind: string; id: string; providerId: string | null };
  screenshots: { name: string; mediaType: string }[];
  answer: string | null;
}

const stored = async () =>
  (
    await pgStoreOf(s.platform.store).pool.query<{ reports: number; shots: number; outbox: number }>(
      `SELECT (SELECT count(*) FROM failure_reports)::int AS reports,
              (SELECT count(*) FROM failure_report_screenshots)::int AS shots,
              (SELECT count(*) FROM notification_outbox WHERE kind = 'failure-report')::int AS outbox`,
    )
  ).rows[0];
const email = () => s.platform.notifications.email as EmailSimulator;
const toOperator = () => email().sent.filter((m) => m.to === s.platform.notifications.operatorEmail);

beforeAll(async () => {
  s = await startServer();
  me = await loginApplicant(s.app, alice);
  other = await loginApplicant(s.app, bob);
  clerk = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
}, 120_000);
afterAll(async () => s.close());

describe('seed 000 p.15: technical-failure report', () => {
  it('seed 000 p.15: every mandatory field missing is named in the reader’s language, and nothing is stored', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/failure-reports',
      headers: { ...me.headers, 'accept-language': 'ru' },
      payload: {},
    });
    expect(res.statusCode).toBe(422);
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('attachments.failure_report_incomplete');
    for (const field of [
      'государственная услуга',
      'номер заявления или разрешительного документа',
      'время авторизации',
      'время ошибки',
      'описание',
      'пошаговые скриншоты',
    ])
      expect(problem.detail).toContain(`${field} — не указано`);
    // One field missing at a time is refused too: the permit number stands in for the application's.
    for (const drop of ['serviceId', 'authorisedAt', 'failedAt', 'description', 'screenshots'] as const) {
      const { [drop]: _dropped, ...rest } = valid;
      const r = await s.app.inject({
        method: 'POST',
        url: '/api/v1/failure-reports',
        headers: me.headers,
        payload: rest,
      });
      expect(r.statusCode, drop).toBe(422);
    }
    const { applicationId: _a, ...noNumber } = valid;
    expect(
      (
        await s.app.inject({
          method: 'POST',
          url: '/api/v1/failure-reports',
          headers: me.headers,
          payload: noNumber,
        })
      ).statusCode,
    ).toBe(422);
    // The error before the authorisation is refused.
    const backwards = await s.app.inject({
      method: 'POST',
      url: '/api/v1/failure-reports',
      headers: me.headers,
      payload: { ...valid, failedAt: '2025-04-15T09:39:59+05:00' },
    });
    expect(backwards.json<{ detail: string }>().detail).toContain(
      'the time of the error — before the authorisation',
    );
    expect(await stored()).toEqual({ reports: 0, shots: 0, outbox: 0 });
  });

  it('seed 000 p.15: a screenshot that is not an image is refused (415) and nothing is stored', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/failure-reports',
      headers: { ...me.headers, 'accept-language': 'kk' },
      payload: {
        ...valid,
        screenshots: [
          { name: 'step-1.png', content: PNG },
          { name: 'step-2.png', content: PDF },
        ],
      },
    });
    expect(res.statusCode).toBe(415);
    expect(res.json<{ code: string; detail: string }>()).toMatchObject({
      code: 'attachments.screenshot_not_image',
      detail: expect.stringContaining('«step-2.png»'),
    });
    expect(await stored()).toEqual({ reports: 0, shots: 0, outbox: 0 });
  });

  it('seed 000 p.15: the report reaches the outbox addressed to the operator exactly once, and its status is shown', async () => {
    const before = toOperator().length;
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/failure-reports',
      headers: me.headers,
      payload: valid,
    });
    expect(res.statusCode).toBe(201);
    const filed = res.json<ReportView>();
    expect(filed).toMatchObject({
      iinBin: alice,
      operatorAddress: 'sd@nitec.kz.invalid', // the demo default; production: sd@nitec.kz (the act's)
      filedBy: { kind: 'applicant', id: alice, providerId: null },
      screenshots: [
        { name: 'step-1-login.png', mediaType: 'image/png' },
        { name: 'step-2-sign.png', mediaType: 'image/png' },
      ],
    });
    expect(['received', 'sent']).toContain(filed.status);
    await s.platform.notifications.idle();
    await s.platform.notifications.drain(); // a second dispatcher run sends nothing more
    const sent = toOperator().slice(before);
    expect(sent).toHaveLength(1);
    const mail = sent[0];
    expect(mail?.attachments?.map((a) => [a.filename, a.contentType])).toEqual([
      ['step-1-login.png', 'image/png'],
      ['step-2-sign.png', 'image/png'],
    ]);
    // Every field the act makes mandatory is in the request to the operator.
    expect(mail?.text).toContain(FLAG);
    expect(mail?.text).toContain('APP-2025-000123');
    expect(mail?.text).toContain(`ЖСН/БСН / ИИН/БИН: ${alice}`);
    expect(mail?.text).toContain('2025-04-15 09:40:00 (UTC+5)');
    // 09:45:12 − 09:40:00 = 5 min 12 s after the authorisation.
    expect(mail?.text).toContain(
      '2025-04-15 09:45:12 (UTC+5) — авторизациядан кейін / после авторизации 05:12',
    );
    expect(await stored()).toEqual({ reports: 1, shots: 2, outbox: 1 });

    const shown = await s.app.inject({
      method: 'GET',
      url: `/api/v1/failure-reports/${filed.id}`,
      headers: me.headers,
    });
    expect(shown.json<ReportView>()).toMatchObject({ status: 'sent', messageId: mail?.messageId });
    expect(shown.json<ReportView>().sentAt).not.toBeNull();
    const list = await s.app.inject({ method: 'GET', url: '/api/v1/failure-reports', headers: me.headers });
    expect(list.json<ReportView[]>().map((r) => [r.id, r.status])).toEqual([[filed.id, 'sent']]);
    // Another applicant neither lists nor opens it.
    expect(
      (await s.app.inject({ method: 'GET', url: '/api/v1/failure-reports', headers: other.headers })).json(),
    ).toEqual([]);
    expect(
      (
        await s.app.inject({
          method: 'GET',
          url: `/api/v1/failure-reports/${filed.id}`,
          headers: other.headers,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('seed 000 p.15: a clerk files for an applicant: the IIN/BIN’s control digit is checked; the applicant sees it; the operator’s answer closes it', async () => {
    const wrong = `${alice.slice(0, 11)}${(Number(alice[11]) + 1) % 10}`;
    const refused = await s.app.inject({
      method: 'POST',
      url: '/api/v1/official/failure-reports',
      headers: clerk.headers,
      payload: { ...valid, applicationId: null, permitNumber: 'KZ12VEG00001234', iinBin: wrong },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ detail: string }>().detail).toContain('the IIN/BIN — not valid (checksum)');
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/official/failure-reports',
      headers: clerk.headers,
      payload: { ...valid, applicationId: null, permitNumber: 'KZ12VEG00001234', iinBin: alice },
    });
    expect(res.statusCode).toBe(201);
    const filed = res.json<ReportView>();
    expect(filed.filedBy).toMatchObject({ kind: 'official' });
    expect(filed.filedBy.providerId).not.toBeNull();
    await s.platform.notifications.idle();
    const mine = await s.app.inject({ method: 'GET', url: '/api/v1/failure-reports', headers: me.headers });
    expect(mine.json<ReportView[]>().map((r) => r.id)).toContain(filed.id);

    const closed = await s.app.inject({
      method: 'POST',
      url: `/api/v1/official/failure-reports/${filed.id}/close`,
      headers: clerk.headers,
      payload: { answer: 'SD-4711: fixed on 15.04.2025' },
    });
    expect(closed.json<ReportView>()).toMatchObject({
      status: 'closed',
      answer: 'SD-4711: fixed on 15.04.2025',
    });
    const again = await s.app.inject({
      method: 'POST',
      url: `/api/v1/official/failure-reports/${filed.id}/close`,
      headers: clerk.headers,
      payload: { answer: 'again' },
    });
    expect(again.statusCode).toBe(409);
    // An applicant cannot file on someone else's behalf.
    expect(
      (
        await s.app.inject({
          method: 'POST',
          url: '/api/v1/official/failure-reports',
          headers: me.headers,
          payload: { ...valid, iinBin: bob },
        })
      ).statusCode,
    ).toBe(403);
  });
});
