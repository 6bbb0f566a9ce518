/**
 * The payment gateway's callback and, in demo mode, the simulator's payment page. The callback
 * is trusted only when the HMAC-SHA256 of the exact body bytes matches its `X-Signature`
 * header (so the body is read raw, not re-serialized); a forged one gets 401 and changes
 * nothing; a replayed transaction gets 200 (so the gateway stops retrying) and changes nothing.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { ServerContext } from './context.ts';

export const SIGNATURE_HEADER = 'x-signature';

export async function applyCallback(
  ctx: ServerContext,
  rawBody: string,
  signature: string,
): Promise<{ applied: boolean; code?: string; applicationId?: string; status?: string }> {
  const { platform } = ctx;
  let confirmation;
  try {
    confirmation = await platform.simulators.payments.verifyCallback(rawBody, signature);
  } catch (error) {
    if (error instanceof AppError && error.code === 'payment.replayed')
      return { applied: false, code: error.code };
    throw error;
  }
  const result = await platform.engine.execute(
    confirmation.applicationId,
    {
      type: 'record-payment',
      invoiceId: confirmation.invoiceId,
      amountTenge: confirmation.amountTenge,
      transactionId: confirmation.transactionId,
      paidAt: confirmation.paidAt,
    },
    {
      actor: { id: 'payment-gateway', role: 'system' },
      idempotencyKey: `payment:${confirmation.transactionId}`,
    },
  );
  return { applied: true, applicationId: result.applicationId, status: result.status };
}

export function paymentRoutes(api: FastifyInstance, ctx: ServerContext): void {
  void api.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );
    scope.post<{ Body: string }>(
      '/payments/callback',
      {
        schema: {
          tags: ['payment'],
          summary: 'The payment gateway posts "paid" here, signed with HMAC-SHA256 (X-Signature: sha256=…)',
          headers: {
            type: 'object',
            required: [SIGNATURE_HEADER],
            properties: { [SIGNATURE_HEADER]: { type: 'string' } },
          },
        },
      },
      async (request) => {
        const signature = request.headers[SIGNATURE_HEADER];
        return applyCallback(ctx, request.body, typeof signature === 'string' ? signature : '');
      },
    );
  });
}

/** The simulator's "bank page": shows the invoice and pays it, posting the signed callback. */
export function paymentSimulatorRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const params = {
    type: 'object',
    required: ['invoiceId'],
    properties: { invoiceId: { type: 'string', maxLength: 100 } },
  } as const;
  const payments = ctx.platform.simulators.payments;
  app.get<{ Params: { invoiceId: string } }>(
    '/simulator/payment/:invoiceId',
    { schema: { tags: ['demo'], summary: 'The payment simulator page', params } },
    async (request, reply) => {
      const invoice = payments.findInvoice(request.params.invoiceId);
      if (invoice === null)
        throw new AppError('payment.unknown_invoice', 'no invoice', { invoiceId: request.params.invoiceId });
      const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
      return reply.type('text/html; charset=utf-8').send(`<!doctype html>
<html lang="kk"><meta charset="utf-8"><title>Төлем (симулятор)</title>
<h1>Төлем симуляторы</h1>
<p>${esc(invoice.purpose)}</p>
<p>Шот ${esc(invoice.invoiceId)}: <strong>${invoice.amountTenge} ₸</strong> (${invoice.mci} АЕК × ${invoice.mciValue} ₸)</p>
${invoice.paid ? '<p>Төленді.</p>' : `<form method="post" action="/simulator/payment/${encodeURIComponent(invoice.invoiceId)}/pay"><button>Төлеу</button></form>`}
</html>`);
    },
  );
  app.post<{ Params: { invoiceId: string } }>(
    '/simulator/payment/:invoiceId/pay',
    { schema: { tags: ['demo'], summary: 'Pay: the simulator signs the callback and posts it', params } },
    async (request) => {
      const { rawBody, signatureHeader } = payments.pay(request.params.invoiceId);
      return applyCallback(ctx, rawBody, signatureHeader);
    },
  );
}
