/**
 * Payment invoices are kept in PostgreSQL: an invoice made before a restart is paid after it.
 * Callbacks stay HMAC-signed (a forged one 401, nothing changed) and idempotent (a replay, even
 * after a restart, changes nothing); only the applicant asks for an invoice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCallback } from '../../src/integrations/payment-gateway.ts';
import { providerRoles } from '../../src/server/demo.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import { scratchDatabase, startOn, tuesdayMorning, type Database, type Started } from './admin-harness.ts';
import {
  FLAG,
  alice,
  bob,
  loginApplicant,
  loginOfficial,
  officialLogin,
  snapshot,
  submittedFlag,
} from './harness.ts';

let db: Database;
const clock = tuesdayMorning();
let s: Started;
beforeAll(async () => {
  db = await scratchDatabase();
  s = await startOn(db, clock);
}, 60_000);
afterAll(async () => {
  await s?.close();
  await db?.drop();
});

const invoiceCount = async () =>
  Number(
    (
      await pgStoreOf(s.platform.store).pool.query<{ n: string }>(
        'SELECT count(*) AS n FROM payment_invoices',
      )
    ).rows[0]?.n,
  );

const callback = (rawBody: string, signature: string) =>
  s.app.inject({
    method: 'POST',
    url: '/api/v1/payments/callback',
    headers: { 'content-type': 'application/json', 'x-signature': signature },
    payload: rawBody,
  });

describe('payment invoices in the database', () => {
  it('an invoice made before a restart is paid after it; forged and replayed callbacks change nothing', async () => {
    const me = await loginApplicant(s.app, alice);
    const id = await submittedFlag(s.app, me);
    const made = await s.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/payment`,
      headers: me.headers,
    });
    expect(made.statusCode, made.body).toBe(201);
    const invoice = made.json<{ invoiceId: string; amountTenge: number; payUrl: string }>();
    expect(invoice.amountTenge).toBe(39_320);
    expect(invoice.payUrl).toMatch(new RegExp(`/simulator/payment/${invoice.invoiceId}$`));
    // Asking again for the same unpaid bill gives the same invoice.
    const again = await s.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/payment`,
      headers: me.headers,
    });
    expect(again.json<{ invoiceId: string }>().invoiceId).toBe(invoice.invoiceId);
    expect(await invoiceCount()).toBe(1);

    await s.close();
    s = await startOn(db, clock);

    const page = await s.app.inject(`/simulator/payment/${invoice.invoiceId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/39\s320\s₸/);

    const { rawBody, signatureHeader } = await s.platform.payments.pay(invoice.invoiceId);
    const before = await snapshot(s.platform);
    const forged = await callback(rawBody, signCallback(rawBody, 'not-the-secret'));
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ code: 'payment.bad_signature' });
    const tampered = await callback(rawBody.replace('39320', '1'), signatureHeader);
    expect(tampered.statusCode).toBe(401);
    expect(await snapshot(s.platform)).toBe(before);
    expect((await s.platform.payments.findInvoice(invoice.invoiceId))?.paid).toBe(false);

    const paid = await callback(rawBody, signatureHeader);
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ applied: true, applicationId: id });
    const after = await snapshot(s.platform);

    await s.close();
    s = await startOn(db, clock);
    const replay = await callback(rawBody, signatureHeader);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({ applied: false, code: 'payment.replayed' });
    // A second, different payment of the paid invoice is refused for the operator to reconcile.
    const second = await s.platform.payments.pay(invoice.invoiceId);
    const double = await callback(second.rawBody, second.signatureHeader);
    expect(double.statusCode).toBe(409);
    expect(double.json()).toMatchObject({ code: 'payment.already_paid' });
    expect(await snapshot(s.platform)).toBe(after);
    expect(await s.platform.payments.findInvoice(invoice.invoiceId)).toMatchObject({
      paid: true,
      transactionId: JSON.parse(rawBody).transactionId,
    });
    const state = await s.app.inject({
      url: `/api/v1/applications/${id}`,
      headers: (await loginApplicant(s.app, alice)).headers,
    });
    expect(state.json()).toMatchObject({ application: { payment: { amountTenge: 39_320 } } });
  }, 120_000);

  it('a delivery that marked the invoice paid but never reached the application is recorded by the replay, once', async () => {
    const me = await loginApplicant(s.app, alice);
    const id = await submittedFlag(s.app, me);
    const made = await s.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/payment`,
      headers: me.headers,
    });
    const { rawBody, signatureHeader } = await s.platform.payments.pay(
      made.json<{ invoiceId: string }>().invoiceId,
    );
    // The gateway side accepted it (invoice paid), then the process died before the engine ran.
    await s.platform.payments.verifyCallback(rawBody, signatureHeader);
    const view = async () =>
      (await s.app.inject({ url: `/api/v1/applications/${id}`, headers: me.headers })).json<{
        application: { payment: { transactionId: string } | null };
      }>().application.payment;
    expect(await view()).toBeNull();
    const retried = await callback(rawBody, signatureHeader);
    expect(retried.json()).toMatchObject({ applied: false, code: 'payment.replayed' });
    expect(await view()).toMatchObject({ transactionId: JSON.parse(rawBody).transactionId });
    const after = await snapshot(s.platform);
    expect((await callback(rawBody, signatureHeader)).json()).toMatchObject({ code: 'payment.replayed' });
    expect(await snapshot(s.platform)).toBe(after);
  });

  it('validation: a callback without a signature header, or with a body that is not a callback', async () => {
    const before = await snapshot(s.platform);
    const unsigned = await s.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callback',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json()).toMatchObject({ code: 'server.invalid_request' });
    const body = JSON.stringify({ invoiceId: 'x' });
    const malformed = await callback(body, signCallback(body, 'ruqsat-demo-payment-secret'));
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'payment.malformed_callback' });
    const unknownBody = JSON.stringify({
      invoiceId: 'INV-NONE',
      transactionId: 'TX-1',
      amountTenge: 1,
      paidAt: '2025-04-15T05:00:00.000Z',
    });
    const unknown = await callback(unknownBody, signCallback(unknownBody, 'ruqsat-demo-payment-secret'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'payment.unknown_invoice' });
    const noPage = await s.app.inject('/simulator/payment/INV-NONE');
    expect(noPage.statusCode).toBe(404);
    expect(await snapshot(s.platform)).toBe(before);
  });

  it('forbidden: no session 401, another applicant 404, an official 403; no invoice made', async () => {
    const me = await loginApplicant(s.app, alice);
    const id = await submittedFlag(s.app, me);
    const count = await invoiceCount();
    const other = await loginApplicant(s.app, bob);
    const provider = officialLogin(FLAG, 'x', s.platform).slice(0, -2);
    const role = [...(providerRoles(s.platform.catalog).get(provider)?.roles ?? [])][0];
    const official = await loginOfficial(s.app, `${provider}.${role}`);
    const url = `/api/v1/applications/${id}/payment`;
    expect((await s.app.inject({ method: 'POST', url })).statusCode).toBe(401);
    const foreign = await s.app.inject({ method: 'POST', url, headers: other.headers });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'cases.not_found' });
    expect((await s.app.inject({ method: 'POST', url, headers: official.headers })).statusCode).toBe(403);
    expect(await invoiceCount()).toBe(count);
  });
});
