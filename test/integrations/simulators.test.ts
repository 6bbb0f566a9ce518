import { describe, expect, it } from 'vitest';
import { userMessage, AppError, type ErrorCode } from '../../src/errors/app-error.ts';
import { langs, userMessages } from '../../src/errors/messages.ts';
import {
  DEMO_PAYMENT_SECRET,
  createSimulators,
  demoCompanies,
  signCallback,
} from '../../src/integrations/index.ts';

describe('createSimulators', () => {
  it('gives all four ports on one clock', async () => {
    let t = Date.parse('2025-03-03T05:00:00Z');
    const clock = () => new Date((t += 60_000));
    const sims = createSimulators({ clock, stateDatabaseFailures: { tax: 'timeout' } });
    const bin = demoCompanies[0]?.bin as string;
    expect(await sims.stateDatabases.findLegalEntity(bin)).not.toBeNull();
    await expect(sims.stateDatabases.checkTaxRegistration(bin)).rejects.toMatchObject({
      code: 'integrations.tax_unavailable',
    });
    const invoice = await sims.payments.createInvoice({
      applicationId: 'APP',
      payerId: bin,
      mci: 1,
      date: '2025-03-03',
      purpose: 'fee',
    });
    // The simulator's page is on this deployment: a path, whatever address it is served at.
    expect(invoice.payUrl).toBe(`/simulator/payment/${invoice.invoiceId}`);
    const { rawBody, signatureHeader } = sims.payments.pay(invoice.invoiceId);
    expect(signatureHeader).toBe(signCallback(rawBody, DEMO_PAYMENT_SECRET));
    await sims.payments.verifyCallback(rawBody, signatureHeader);
    await sims.monitoring.publish({
      applicationId: 'APP',
      serviceId: 's',
      providerId: 'p',
      stepId: 'pay',
      role: 'applicant',
      startedAt: '2025-03-03T10:00:00+05:00',
      dueAt: '2025-03-03T18:00:00+05:00',
      doneAt: null,
      onTime: null,
    });
    expect(sims.monitoring.list()).toHaveLength(1);
  });

  it('signs with the secret it is given', () => {
    const sims = createSimulators({
      clock: () => new Date(0),
      paymentSecret: 'mine',
      paymentBaseUrl: 'https://x.test',
    });
    return sims.payments
      .createInvoice({
        applicationId: 'A',
        payerId: demoCompanies[0]?.bin as string,
        mci: 1,
        date: '2025-01-01',
        purpose: 'p',
      })
      .then((invoice) => {
        expect(invoice.payUrl).toBe(`https://x.test/${invoice.invoiceId}`);
        const { rawBody, signatureHeader } = sims.payments.pay(invoice.invoiceId);
        expect(signatureHeader).toBe(signCallback(rawBody, 'mine'));
      });
  });
});

describe('messages of integrations and registry', () => {
  const ours = (Object.keys(userMessages) as ErrorCode[]).filter((code) =>
    /^(integrations|payment|notifications|monitoring|registry)\./.test(code),
  );

  it('exist in Kazakh, Russian and English with the same placeholders', () => {
    expect(ours.length).toBeGreaterThanOrEqual(30);
    for (const code of ours) {
      const texts = userMessages[code];
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const lang of langs) expect(texts[lang].trim(), `${code} ${lang}`).not.toBe('');
      expect(names(texts.ru), code).toEqual(names(texts.kk));
      expect(names(texts.en), code).toEqual(names(texts.kk));
    }
  });

  it('fill their placeholders from the params the code gives', () => {
    const e = new AppError('payment.amount_mismatch', 'x', { invoiceId: 'INV-1', paid: 100, expected: 200 });
    expect(userMessage(e, 'kk')).toBe(
      'INV-1 шоты бойынша 100 теңге төленген, ал шот сомасы 200 теңге. Төлем қабылданбады: ЭҮТШ операторымен салыстырып тексеріңіз.',
    );
    expect(userMessage(e, 'en')).toContain('paid 100 tenge but is for 200 tenge');
  });
});
