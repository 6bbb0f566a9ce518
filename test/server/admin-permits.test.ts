/**
 * POST /admin/permits/import (issue 13 item 8): a permit issued outside Ruqsat enters the
 * registry with its source, visible on the public page under its registry number; the same
 * original number twice, a bad IIN/BIN and anyone but an administrator are refused, and a
 * refusal changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, loginApplicant, loginOfficial, startServer, type TestServer } from './harness.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
}, 60_000);
afterAll(() => s?.close());

const body = {
  originalNumber: 'ЛИЦ-2018/77',
  holderId: '900404300004',
  serviceId: 'crypto-protection-means-license',
  kind: 'license',
  issuedAt: '2018-11-20',
  source: { issuer: 'ҚР ҰҚК', reference: 'қағаз лицензияның көшірмесі, мұрағат № 77' },
};

describe('admin permit import', () => {
  it('imports once with its source; a second time is 409, a bad IIN 400, an applicant 403', async () => {
    const admin = await loginOfficial(s.app, 'admin');
    const post = (payload: object, headers = admin.headers) =>
      s.app.inject({ method: 'POST', url: '/api/v1/admin/permits/import', headers, payload });

    const first = await post(body);
    expect(first.statusCode, first.body).toBe(201);
    const { number } = first.json<{ number: string }>();
    // Issued in 2018: the registry number carries the year 18 and the first sequence number.
    expect(number).toMatch(/^KZ\d{2}[A-Z]{3}18000001$/);
    const stored = await s.platform.store.findPermit(number);
    expect(stored?.data).toMatchObject({
      imported: { originalNumber: 'ЛИЦ-2018/77', issuer: 'ҚР ҰҚК' },
      history: [{ action: 'imported', ref: 'ЛИЦ-2018/77' }],
    });

    const again = await post({ ...body, source: { issuer: 'x', reference: 'y' } });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('registry.already_in_registry');
    const badIin = await post({ ...body, originalNumber: 'ЛИЦ-2018/78', holderId: '900404300005' });
    expect(badIin.statusCode).toBe(400);
    expect(badIin.json<{ code: string }>().code).toBe('registry.invalid_holder');
    const applicant = await post(
      { ...body, originalNumber: 'ЛИЦ-2018/79' },
      (await loginApplicant(s.app, alice)).headers,
    );
    expect(applicant.statusCode).toBe(403);
    // Nothing the refusals did is in the registry: the next import still gets sequence 2.
    const next = await post({ ...body, originalNumber: 'ЛИЦ-2018/80' });
    expect(next.json<{ number: string }>().number).toMatch(/18000002$/);
  }, 60_000);
});
