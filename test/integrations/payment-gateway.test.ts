import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/app-error.ts';
import { feeInTenge, mciOn } from '../../src/money/index.ts';
import {
  PaymentGatewaySimulator,
  demoCompanies,
  isValidSignature,
  signCallback,
  type InvoiceRequest,
} from '../../src/integrations/index.ts';

const SECRET = 'test-secret';
let now = new Date('2025-03-03T05:00:00Z');
const clock = () => now;
beforeEach(() => {
  now = new Date('2025-03-03T05:00:00Z');
});
const gateway = () =>
  new PaymentGatewaySimulator({ clock, secret: SECRET, baseUrl: 'https://ruqsat.test/pay/' });
const request: InvoiceRequest = {
  applicationId: 'APP-1',
  payerId: demoCompanies[0]?.bin as string,
  mci: 10,
  date: '2025-03-03',
  purpose: 'Лицензиялық алым',
};

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('invoices', () => {
  it('charge the fee in MCI at the MCI of the day', async () => {
    const invoice = await gateway().createInvoice(request);
    // 2025: 1 MCI = 3 932 tenge (republican budget law for 2025-2027).
    expect(invoice).toMatchObject({
      invoiceId: 'SIM-INV-000001',
      amountTenge: 39_320,
      mciValue: 3932,
      mci: 10,
      applicationId: 'APP-1',
      payUrl: 'https://ruqsat.test/pay/SIM-INV-000001',
    });
    expect(invoice.mciSource).toBe(mciOn('2025-03-03').source);
  });

  it('use the MCI in force on the date, rounding fractional MCI to whole tenge', async () => {
    const g = gateway();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('2020-03-31', '2020-04-01', '2023-06-01', '2025-12-31'),
        fc.integer({ min: 1, max: 400 }),
        async (date, halves) => {
          const mci = halves / 2;
          const invoice = await g.createInvoice({
            ...request,
            applicationId: `${date}-${halves}`,
            date,
            mci,
          });
          expect(invoice.amountTenge).toBe(feeInTenge(mci, date).tenge);
          expect(invoice.mciValue).toBe(mciOn(date).tenge);
        },
      ),
    );
    const i1 = await g.createInvoice({ ...request, applicationId: 'A', date: '2020-03-31', mci: 1 });
    const i2 = await g.createInvoice({ ...request, applicationId: 'A', date: '2020-04-01', mci: 1 });
    expect([i1.amountTenge, i2.amountTenge]).toEqual([2651, 2778]);
  });

  it('are not issued twice for the same unpaid bill', async () => {
    const g = gateway();
    const a = await g.createInvoice(request);
    const b = await g.createInvoice(request);
    expect(b.invoiceId).toBe(a.invoiceId);
    const c = await g.createInvoice({ ...request, purpose: 'Другое' });
    expect(c.invoiceId).not.toBe(a.invoiceId);
  });

  it('refuse a free service, a bad payer, an empty field, a date without an MCI', async () => {
    const g = gateway();
    expect((await rejection(g.createInvoice({ ...request, mci: 0 }))).code).toBe('payment.zero_amount');
    expect((await rejection(g.createInvoice({ ...request, payerId: '123' }))).code).toBe(
      'integrations.invalid_id',
    );
    expect((await rejection(g.createInvoice({ ...request, applicationId: ' ' }))).params).toEqual({
      field: 'applicationId',
    });
    expect((await rejection(g.createInvoice({ ...request, mci: -1 }))).code).toBe('money.invalid_amount');
    expect((await rejection(g.createInvoice({ ...request, date: '2027-06-01' }))).code).toBe('money.no_mci');
    expect((await rejection(g.createInvoice({ ...request, date: '03.03.2025' }))).code).toBe(
      'calendar.invalid_date',
    );
  });
});

describe('paid callback', () => {
  it('is accepted once when signed and matching, and marks the invoice paid', async () => {
    const g = gateway();
    const invoice = await g.createInvoice(request);
    now = new Date('2025-03-03T06:30:00Z');
    const { rawBody, signatureHeader } = g.pay(invoice.invoiceId);
    expect(g.findInvoice(invoice.invoiceId)?.paid).toBe(false); // nothing changes before the callback
    const confirmation = await g.verifyCallback(rawBody, signatureHeader);
    expect(confirmation).toEqual({
      invoiceId: invoice.invoiceId,
      applicationId: 'APP-1',
      paidAt: '2025-03-03T06:30:00.000Z',
      amountTenge: 39_320,
      transactionId: 'SIM-TX-00000001',
    });
    expect(g.findInvoice(invoice.invoiceId)).toMatchObject({ paid: true, transactionId: 'SIM-TX-00000001' });
  });

  it('refuses a replay of the same transaction and changes nothing', async () => {
    const g = gateway();
    const invoice = await g.createInvoice(request);
    const paid = g.pay(invoice.invoiceId);
    await g.verifyCallback(paid.rawBody, paid.signatureHeader);
    const before = g.findInvoice(invoice.invoiceId);
    const e = await rejection(g.verifyCallback(paid.rawBody, paid.signatureHeader));
    expect(e.code).toBe('payment.replayed');
    expect(e.params).toMatchObject({ transactionId: 'SIM-TX-00000001' });
    expect(g.findInvoice(invoice.invoiceId)).toEqual(before);
  });

  it('refuses a second, different payment of a paid invoice', async () => {
    const g = gateway();
    const invoice = await g.createInvoice(request);
    const first = g.pay(invoice.invoiceId);
    await g.verifyCallback(first.rawBody, first.signatureHeader);
    const second = g.pay(invoice.invoiceId);
    const e = await rejection(g.verifyCallback(second.rawBody, second.signatureHeader));
    expect(e.code).toBe('payment.already_paid');
    expect(e.params).toEqual({ invoiceId: invoice.invoiceId, transactionId: 'SIM-TX-00000001' });
  });

  it('refuses a tampered body, a wrong secret, a malformed header', async () => {
    const g = gateway();
    const invoice = await g.createInvoice(request);
    const { rawBody, signatureHeader } = g.pay(invoice.invoiceId);
    const tampered = rawBody.replace('39320', '39321');
    expect((await rejection(g.verifyCallback(tampered, signatureHeader))).code).toBe('payment.bad_signature');
    expect((await rejection(g.verifyCallback(rawBody, signCallback(rawBody, 'other')))).code).toBe(
      'payment.bad_signature',
    );
    for (const header of ['', 'sha256=', signatureHeader.slice(7), `${signatureHeader}00`, 'sha1=abc'])
      expect((await rejection(g.verifyCallback(rawBody, header))).code).toBe('payment.bad_signature');
    expect(g.findInvoice(invoice.invoiceId)?.paid).toBe(false);
    // Still payable after the refusals.
    expect(
      (await g.verifyCallback(rawBody, signatureHeader.toUpperCase().replace('SHA256=', 'sha256=')))
        .amountTenge,
    ).toBe(39_320);
  });

  it('refuses an amount other than the invoice’s, leaving the invoice payable', async () => {
    const g = gateway();
    const invoice = await g.createInvoice(request);
    const under = g.pay(invoice.invoiceId, { amountTenge: 39_000 });
    const e = await rejection(g.verifyCallback(under.rawBody, under.signatureHeader));
    expect(e.code).toBe('payment.amount_mismatch');
    expect(e.params).toEqual({ invoiceId: invoice.invoiceId, paid: 39_000, expected: 39_320 });
    const right = g.pay(invoice.invoiceId);
    expect((await g.verifyCallback(right.rawBody, right.signatureHeader)).amountTenge).toBe(39_320);
  });

  it('refuses a signed callback for an unknown invoice, or one that is not a callback', async () => {
    const g = gateway();
    const body = JSON.stringify({
      invoiceId: 'NOPE',
      transactionId: 'T1',
      amountTenge: 100,
      paidAt: '2025-03-03T05:00:00Z',
    });
    const e = await rejection(g.verifyCallback(body, signCallback(body, SECRET)));
    expect(e.code).toBe('payment.unknown_invoice');
    expect(e.params).toEqual({ invoiceId: 'NOPE' });
    expect((await rejection(g.verifyCallback('not json', signCallback('not json', SECRET)))).code).toBe(
      'payment.malformed_callback',
    );
    const noAmount = JSON.stringify({ invoiceId: 'X', transactionId: 'T', paidAt: '2025-03-03T05:00:00Z' });
    expect((await rejection(g.verifyCallback(noAmount, signCallback(noAmount, SECRET)))).params).toEqual({
      field: 'amountTenge',
    });
    expect(() => g.pay('NOPE')).toThrow(AppError);
  });
});

describe('callback signatures', () => {
  it('accept exactly the signed body: any changed character of the signature is refused', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.nat(63),
        fc.constantFrom(...'0123456789abcdef'.split('')),
        (body, i, hex) => {
          const header = signCallback(body, SECRET);
          expect(isValidSignature(body, header, SECRET)).toBe(true);
          const digits = header.slice(7);
          fc.pre(digits[i] !== hex);
          const changed = `sha256=${digits.slice(0, i)}${hex}${digits.slice(i + 1)}`;
          expect(isValidSignature(body, changed, SECRET)).toBe(false);
        },
      ),
    );
  });

  it('refuse the signature of any other body', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(isValidSignature(b, signCallback(a, SECRET), SECRET)).toBe(false);
      }),
    );
  });
});
