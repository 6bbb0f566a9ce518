/**
 * Issue 14's done-when for production: a callback forged with the demo payment secret is
 * refused by a server started from a production config, the old secret still works during a
 * key change, and `ruqsat serve` without the secret refuses to start, naming the variable.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { DEMO_PAYMENT_SECRET, signCallback } from '../../src/integrations/index.ts';
import { PRODUCTION_PAYMENT_SECRET, productionEnv } from '../fixtures/production-env.ts';
import { FLAG, alice, snapshot, startServer, type TestServer } from './harness.ts';

const OLD_SECRET = 'the-secret-being-retired-2025';
let s: TestServer;

beforeAll(async () => {
  s = await startServer({
    config: readConfig({ ...productionEnv, RUQSAT_PAYMENT_SECRET_PREVIOUS: OLD_SECRET }),
  });
}, 60_000);
afterAll(() => s?.close());

/** A draft with an invoice for its fee (the engine's commands, as no demo login exists here). */
async function invoiced(id: string) {
  await s.platform.engine.execute(
    id,
    {
      type: 'create-draft',
      serviceId: FLAG,
      caseId: 'issue',
      applicant: { id: alice, type: 'individual', name: 'Test' },
    },
    { actor: { id: alice, role: 'applicant' }, idempotencyKey: `${id}:create` },
  );
  return s.platform.payments.createInvoice({
    applicationId: id,
    payerId: alice,
    mci: 10,
    date: '2025-04-15',
    purpose: 'licence fee',
  });
}

const callback = (invoiceId: string, amountTenge: number, transactionId: string) =>
  JSON.stringify({ invoiceId, transactionId, amountTenge, paidAt: '2025-04-15T05:30:00.000Z' });

describe('production: the payment secret', () => {
  it('trusts the NCA anchors, not a test PKI, and links invoices to the gateway page', async () => {
    expect(s.platform.pki).toBeNull();
    expect(s.platform.verification?.trust).toMatchObject({ mode: 'production' });
    expect(s.platform.verification?.trust.anchors).toHaveLength(3);
    const invoice = await invoiced('prod-pay-1');
    expect(invoice.payUrl).toBe(`https://pay.example.kz/invoice/${invoice.invoiceId}`);
  });

  it('refuses a callback forged with the demo secret (401), changing nothing', async () => {
    const invoice = await invoiced('prod-pay-2');
    const body = callback(invoice.invoiceId, invoice.amountTenge, 'TX-FORGED-1');
    const before = await snapshot(s.platform);
    const forged = await s.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callback',
      headers: { 'content-type': 'application/json', 'x-signature': signCallback(body, DEMO_PAYMENT_SECRET) },
      payload: body,
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ code: 'payment.bad_signature' });
    expect(await snapshot(s.platform)).toBe(before);
    expect(await s.platform.payments.findInvoice(invoice.invoiceId)).toMatchObject({ paid: false });
  });

  it('accepts callbacks signed with the new secret and, during the change, the previous one', async () => {
    for (const [n, secret] of [PRODUCTION_PAYMENT_SECRET, OLD_SECRET].entries()) {
      const invoice = await invoiced(`prod-pay-rotation-${n}`);
      const body = callback(invoice.invoiceId, invoice.amountTenge, `TX-ROTATION-${n}`);
      const confirmation = await s.platform.payments.verifyCallback(body, signCallback(body, secret));
      expect(confirmation).toMatchObject({ invoiceId: invoice.invoiceId, transactionId: `TX-ROTATION-${n}` });
    }
    // The gateway is told to sign with the new one: the simulator's `pay` (the bank) uses it.
    const invoice = await invoiced('prod-pay-rotation-2');
    const paid = await s.platform.payments.pay(invoice.invoiceId);
    expect(paid.signatureHeader).toBe(signCallback(paid.rawBody, PRODUCTION_PAYMENT_SECRET));
  });
});

describe("production: the officials' keys", () => {
  it('signs results only with a key the deployment holds: no demo key for an official without one', async () => {
    // The result download asks this same lookup (results-routes.ts): null means "not available",
    // never a key from a test PKI.
    expect(await s.platform.officialKeys('official-1')).toBeNull();
  });
});

describe('production: start', () => {
  it('`ruqsat serve` without the payment secret exits 1 and names RUQSAT_PAYMENT_SECRET', async () => {
    const { RUQSAT_PAYMENT_SECRET: _omitted, ...env } = productionEnv;
    const run = promisify(execFile)('node', ['bin/ruqsat.js', 'serve', '--port', '0', '--lang', 'en'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { PATH: process.env['PATH'] ?? '', ...env, DATA_DIR: '/nonexistent/never-opened' },
      timeout: 60_000,
    });
    const failure = await run.then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('Refusing to start in production; set: RUQSAT_PAYMENT_SECRET.');
    expect(failure?.stderr).toContain(
      "RUQSAT_PAYMENT_SECRET: missing: the payment gateway's callback secret",
    );
  }, 90_000);
});
