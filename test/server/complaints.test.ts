/**
 * Complaints over HTTP (seed 000 Қағидалар 16–17-т.): the applicant files and follows; the
 * provider's officials extend (with notice), decide, forward; the quality authority reviews its
 * own and the forwarded ones. Validation (400/422), another applicant (404), an official of
 * another provider (404), a reviewer who is not this complaint's (403), no session (401) — and
 * nothing changes on a refused request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  FLAG,
  PAPER,
  alice,
  bob,
  company,
  loginApplicant,
  loginOfficial,
  officialLogin,
  startServer,
  submitSigned,
  submittedFlag,
  type Auth,
  type TestServer,
} from './harness.ts';

let s: TestServer;
let me: Auth;
let other: Auth;
let head: Auth;
let stranger: Auth;
let quality: Auth;
let applicationId: string;

interface ComplaintView {
  id: string;
  status: string;
  reviewer: string;
  reviewDue: string;
  fileBy: string | null;
  forwardDue: string | null;
  extension: { workingDays: number; noticeDue: string; noticedOn: string | null } | null;
  decisions: { reviewer: string; outcome: string; onTime: boolean }[];
  overdue: string[];
  nextRemedy: string | null;
}

const complaintRows = async () =>
  (
    await pgStoreOf(s.platform.store).pool.query<{ n: number }>(
      'SELECT (SELECT count(*) FROM complaints)::int + (SELECT count(*) FROM complaint_events)::int AS n',
    )
  ).rows[0]?.n;

beforeAll(async () => {
  s = await startServer();
  me = await loginApplicant(s.app, alice);
  other = await loginApplicant(s.app, bob);
  head = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
  stranger = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
  quality = await loginOfficial(s.app, 'quality-authority.head');
  applicationId = await submittedFlag(s.app, me);
}, 120_000);
afterAll(() => s?.close());

const file = (auth: Auth | null, payload: unknown, id = applicationId) =>
  s.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/complaints`,
    headers: auth?.headers ?? {},
    payload: payload as Record<string, unknown>,
  });
const act = (auth: Auth | null, complaintId: string, what: string, payload: unknown) =>
  s.app.inject({
    method: 'POST',
    url: `/api/v1/official/complaints/${complaintId}/${what}`,
    headers: auth?.headers ?? {},
    payload: payload as Record<string, unknown>,
  });

describe('complaints: the course of a complaint', () => {
  let complaintId: string;

  it('the applicant files one against an action: reviewed by the provider in 5 working days', async () => {
    // Tuesday 15 April 2025; 5 working days on is Tuesday 22 April.
    const res = await file(me, {
      subject: 'action',
      learnedOn: '2025-04-14',
      text: 'Құжаттарым қабылданбады.',
    });
    expect(res.statusCode).toBe(201);
    const c = res.json<ComplaintView>();
    complaintId = c.id;
    expect(c).toMatchObject({
      status: 'under-review',
      reviewer: 'provider',
      reviewDue: '2025-04-22',
      overdue: [],
    });
    // Three months from the day the applicant learned of it.
    expect(c.fileBy).toBe('2025-07-14');
    const list = await s.app.inject({
      url: `/api/v1/applications/${applicationId}/complaints`,
      headers: me.headers,
    });
    expect(list.json<ComplaintView[]>().map((x) => x.id)).toEqual([complaintId]);
    const inbox = await s.platform.cabinet.list(alice);
    expect(
      inbox.some((m) => m.kind === 'complaint:complaint-filed' && m.text.ru.includes('22.04.2025')),
    ).toBe(true);
  });

  it('the provider extends by at most 10 working days, and the notice is recorded as given', async () => {
    const tooLong = await act(head, complaintId, 'extend', { workingDays: 11, reason: 'сараптама' });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json()).toMatchObject({ code: 'appeal.extension_too_long' });
    const res = await act(head, complaintId, 'extend', { workingDays: 10, reason: 'сараптама' });
    expect(res.statusCode).toBe(200);
    const c = res.json<ComplaintView>();
    // 22 April + 10 working days (1, 7, 9 May are holidays in 2025) = 8 May? counted on the calendar:
    expect(c.reviewDue > '2025-04-22').toBe(true);
    expect(c.extension).toMatchObject({ workingDays: 10, noticedOn: '2025-04-15', noticeDue: '2025-04-18' });
    const again = await act(head, complaintId, 'extend', { workingDays: 1, reason: 'тағы' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'appeal.wrong_status' });
  });

  it('partly granted by the provider: forwarded to the reviewing body, which the quality authority decides', async () => {
    const decided = await act(head, complaintId, 'decide', { outcome: 'partly-satisfied', text: 'Ішінара.' });
    expect(decided.statusCode).toBe(200);
    expect(decided.json<ComplaintView>()).toMatchObject({ status: 'to-forward', forwardDue: '2025-04-18' });
    // The quality authority sees it but is not its reviewer yet.
    expect((await act(quality, complaintId, 'decide', { outcome: 'rejected', text: 'x' })).statusCode).toBe(
      403,
    );
    const forwarded = await act(head, complaintId, 'forward', {
      body: 'Сапаны бағалау жөніндегі уәкілетті орган',
    });
    expect(forwarded.statusCode).toBe(200);
    expect(forwarded.json<ComplaintView>()).toMatchObject({
      status: 'under-review',
      reviewer: 'reviewing-body',
    });
    // 20 working days from Tuesday 15 April 2025 (1, 7, 9 May are days off).
    expect(forwarded.json<ComplaintView>().reviewDue).toBe('2025-05-16');
    expect((await act(head, complaintId, 'decide', { outcome: 'rejected', text: 'x' })).statusCode).toBe(403);
    const final = await act(quality, complaintId, 'decide', { outcome: 'rejected', text: 'Негізсіз.' });
    expect(final.statusCode).toBe(200);
    expect(final.json<ComplaintView>()).toMatchObject({
      status: 'decided',
      nextRemedy: 'another-reviewing-body-or-court',
    });
    expect(final.json<ComplaintView>().decisions.map((d) => [d.reviewer, d.outcome])).toEqual([
      ['provider', 'partly-satisfied'],
      ['reviewing-body', 'rejected'],
    ]);
  });

  it('one filed with the quality authority: the provider may see it but not decide it; overdue is flagged', async () => {
    const res = await file(me, {
      subject: 'inaction',
      learnedOn: '2025-04-15',
      reviewer: 'quality-authority',
      text: 'Жауап жоқ.',
    });
    expect(res.statusCode).toBe(201);
    const c = res.json<ComplaintView>();
    // 15 working days.
    expect(c.reviewDue).toBe('2025-05-08');
    expect((await act(head, c.id, 'decide', { outcome: 'satisfied', text: 'x' })).statusCode).toBe(403);
    s.clock.set(new Date('2025-05-12T10:00:00+05:00'));
    // Sessions last 8 hours: everyone logs in again on the later day.
    me = await loginApplicant(s.app, alice);
    other = await loginApplicant(s.app, bob);
    head = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
    stranger = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
    quality = await loginOfficial(s.app, 'quality-authority.head');
    const overdue = await s.app.inject({
      url: '/api/v1/official/complaints?overdue=true',
      headers: quality.headers,
    });
    expect(overdue.statusCode).toBe(200);
    const flagged = overdue.json<ComplaintView[]>().find((x) => x.id === c.id);
    expect(flagged?.overdue).toEqual(['review']);
    const late = await act(quality, c.id, 'decide', { outcome: 'satisfied', text: 'Қанағаттандырылды.' });
    expect(late.json<ComplaintView>()).toMatchObject({ status: 'closed' });
    expect(late.json<ComplaintView>().decisions[0]?.onTime).toBe(false);
  });
});

describe('complaints for every act', () => {
  it('seed 001 has no complaint chapter: the complaint is accepted under the general rules, and says so', async () => {
    // Before, every complaint about seeds 001–004 was refused with appeal.no_terms.
    // The licence is for legal entities (001): the company applies.
    const firm = await loginApplicant(s.app, company);
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: firm.headers,
      payload: { serviceId: 'security-services-license', caseId: 'issue' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ applicationId: string }>().applicationId;
    expect((await submitSigned(s.app, firm, id)).statusCode).toBe(200);
    const res = await file(firm, { subject: 'inaction', learnedOn: '2025-04-14', text: 'Жауап жоқ.' }, id);
    expect(res.statusCode).toBe(201);
    const c = res.json<ComplaintView & { terms: { basis: string; source: string; text: { ru: string } } }>();
    // Filed Monday 12 May 2025 (the day the test above moved the clock to): 5 working days of
    // the Law on state services art. 25 p. 2 — 13, 14, 15, 16, 19 May → Monday 19 May; filing
    // term: 14 April + 3 months = Monday 14 July.
    expect(c).toMatchObject({ reviewer: 'provider', reviewDue: '2025-05-19', fileBy: '2025-07-14' });
    expect(c.terms.basis).toBe('general-rules');
    expect(c.terms.source).toMatch(/25-бап/);
    expect(c.terms.text.ru).toMatch(/общем порядке/);
  });
});

describe('complaints: validation', () => {
  it.each([
    [{ subject: 'mood', learnedOn: '2025-04-14', text: 'x' }, 400],
    [{ subject: 'action', learnedOn: '2025-02-30', text: 'x' }, 400],
    [{ subject: 'action', learnedOn: '14.04.2025', text: 'x' }, 400],
    [{ subject: 'action', learnedOn: '2025-04-14', text: '   ' }, 400],
    [{ subject: 'action', learnedOn: '2025-04-14' }, 400],
    [{ subject: 'action', learnedOn: '2025-04-14', text: 'x'.repeat(10_001) }, 400],
    [{ subject: 'action', learnedOn: '2025-04-14', text: 'x', reviewer: 'court' }, 400],
  ])('refuses %j with %i and writes nothing', async (payload, status) => {
    const before = await complaintRows();
    const res = await file(me, payload);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await complaintRows()).toBe(before);
  });

  it('refuses a complaint filed after the three months (appeal.late, 422)', async () => {
    const before = await complaintRows();
    const res = await file(me, { subject: 'decision', learnedOn: '2024-12-01', text: 'Кеш.' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'appeal.late' });
    expect(await complaintRows()).toBe(before);
  });

  it('refuses a bad official body (400) and writes nothing', async () => {
    const filed = await file(me, { subject: 'action', learnedOn: '2025-05-12', text: 'Тағы.' });
    const id = filed.json<ComplaintView>().id;
    const before = await complaintRows();
    for (const [what, body] of [
      ['extend', { workingDays: 2.5, reason: 'x' }],
      ['extend', { workingDays: 2 }],
      ['decide', { outcome: 'granted', text: 'x' }],
      ['forward', { body: '' }],
    ] as const)
      expect((await act(head, id, what, body)).statusCode).toBe(400);
    expect(await complaintRows()).toBe(before);
  });
});

describe('complaints: forbidden', () => {
  let id: string;
  beforeAll(async () => {
    id = (
      await file(me, { subject: 'decision', learnedOn: '2025-05-12', text: 'Шешімге.' })
    ).json<ComplaintView>().id;
  });

  it('another applicant: 404 on the application and on the complaint, nothing written', async () => {
    const before = await complaintRows();
    expect((await file(other, { subject: 'action', learnedOn: '2025-05-12', text: 'x' })).statusCode).toBe(
      404,
    );
    expect(
      (
        await s.app.inject({
          url: `/api/v1/applications/${applicationId}/complaints`,
          headers: other.headers,
        })
      ).statusCode,
    ).toBe(404);
    const seen = await s.app.inject({ url: `/api/v1/complaints/${id}`, headers: other.headers });
    expect(seen.statusCode).toBe(404);
    expect(seen.json()).toMatchObject({ code: 'appeal.unknown' });
    expect(await complaintRows()).toBe(before);
  });

  it('an official of another provider: 404 on the complaint and on its actions, not in their list', async () => {
    const before = await complaintRows();
    expect(
      (await s.app.inject({ url: `/api/v1/complaints/${id}`, headers: stranger.headers })).statusCode,
    ).toBe(404);
    for (const [what, body] of [
      ['extend', { workingDays: 2, reason: 'x' }],
      ['decide', { outcome: 'rejected', text: 'x' }],
      ['forward', { body: 'x' }],
    ] as const)
      expect((await act(stranger, id, what, body)).statusCode).toBe(404);
    const list = await s.app.inject({ url: '/api/v1/official/complaints', headers: stranger.headers });
    expect(list.json<ComplaintView[]>().some((c) => c.id === id)).toBe(false);
    expect(await complaintRows()).toBe(before);
    // The provider's own official does see it.
    const mine = await s.app.inject({ url: '/api/v1/official/complaints', headers: head.headers });
    expect(mine.json<ComplaintView[]>().some((c) => c.id === id)).toBe(true);
  });

  it('no session: 401 everywhere; an applicant on the official routes: 403', async () => {
    const before = await complaintRows();
    expect((await file(null, { subject: 'action', learnedOn: '2025-05-12', text: 'x' })).statusCode).toBe(
      401,
    );
    expect((await s.app.inject({ url: `/api/v1/applications/${applicationId}/complaints` })).statusCode).toBe(
      401,
    );
    expect((await s.app.inject({ url: `/api/v1/complaints/${id}` })).statusCode).toBe(401);
    expect((await s.app.inject({ url: '/api/v1/official/complaints' })).statusCode).toBe(401);
    expect((await act(null, id, 'decide', { outcome: 'rejected', text: 'x' })).statusCode).toBe(401);
    expect((await act(me, id, 'decide', { outcome: 'rejected', text: 'x' })).statusCode).toBe(403);
    expect(await complaintRows()).toBe(before);
  });
});
