/**
 * The payment gateway's callback and, in demo mode, the simulator's payment page. The callback
 * is trusted only when the HMAC-SHA256 of the exact body bytes matches its `X-Signature`
 * header (so the body is read raw, not re-serialized); a forged one gets 401 and changes
 * nothing; a replayed transaction gets 200 (so the gateway stops retrying) and changes nothing.
 * Invoices are kept in the store (`platform.payments`, table `payment_invoices`), so an unpaid
 * invoice is still payable after a restart and on every server process.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { ServerContext } from './context.ts';
import type { PaymentConfirmation } from '../integrations/payment-gateway.ts';
import { ConflictError } from '../store/store.ts';
import { callbackAnswer } from './response-schemas.ts';

export const SIGNATURE_HEADER = 'x-signature';

export async function applyCallback(
  ctx: ServerContext,
  rawBody: string,
  signature: string,
): Promise<{ applied: boolean; code?: string; applicationId?: string; status?: string }> {
  const { platform } = ctx;
  const record = (confirmation: PaymentConfirmation) =>
    platform.engine.execute(
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
  let confirmation;
  try {
    confirmation = await platform.payments.verifyCallback(rawBody, signature);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'payment.replayed')) throw error;
    // The first delivery marked the invoice paid but may not have reached the application (a
    // conflict with an official's command, a crash between the two): record it now. The
    // engine's idempotency key makes this a no-op when the first one did.
    const again = await platform.payments.replayedConfirmation(rawBody, signature);
    if (again !== null)
      try {
        await record(again);
      } catch (cause) {
        // A conflict: answered (409), so the gateway retries. Anything else failed the first
        // time too and is left for the operator.
        if (cause instanceof ConflictError) throw cause;
      }
    return { applied: false, code: error.code };
  }
  const result = await record(confirmation);
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
          response: { 200: callbackAnswer },
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
  const payments = ctx.platform.payments;
  // The page the applicant comes back to after paying: a path on this deployment only, so the
  // simulator cannot be used to send anyone elsewhere.
  const query = {
    type: 'object',
    properties: { return: { type: 'string', maxLength: 500, pattern: '^/[^/\\\\]' } },
  } as const;
  type Query = { return?: string };
  app.get<{ Params: { invoiceId: string }; Querystring: Query }>(
    '/simulator/payment/:invoiceId',
    { schema: { tags: ['demo'], summary: 'The payment simulator page', params, querystring: query } },
    async (request, reply) => {
      const invoice = await payments.findInvoice(request.params.invoiceId);
      if (invoice === null)
        throw new AppError('payment.unknown_invoice', 'no invoice', { invoiceId: request.params.invoiceId });
      const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
      const back = request.query.return;
      const action = `/simulator/payment/${encodeURIComponent(invoice.invoiceId)}/pay${back === undefined ? '' : `?return=${encodeURIComponent(back)}`}`;
      return reply.type('text/html; charset=utf-8').send(`<!doctype html>
<html lang="kk"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Төлем шлюзі (симулятор) / Платёжный шлюз (симулятор)</title>
<main>
<h1>Төлем шлюзі (симулятор) / <span lang="ru">Платёжный шлюз (симулятор)</span></h1>
<p>${esc(invoice.purpose)}</p>
<p>Шот / <span lang="ru">Счёт</span> ${esc(invoice.invoiceId)}: <strong>${invoice.amountTenge} ₸</strong> (${invoice.mci} АЕК × ${invoice.mciValue} ₸)</p>
${invoice.paid ? '<p>Төленді / <span lang="ru">Оплачено</span>.</p>' : `<form method="post" enctype="text/plain" action="${esc(action)}"><button>Төлеу / <span lang="ru">Оплатить</span></button></form>`}
${back === undefined ? '' : `<p><a href="${esc(back)}">Қызметке оралу / <span lang="ru">Вернуться к услуге</span></a></p>`}
</main>
</html>`);
    },
  );
  app.post<{ Params: { invoiceId: string }; Querystring: Query }>(
    '/simulator/payment/:invoiceId/pay',
    {
      schema: {
        tags: ['demo'],
        summary: 'Pay: the simulator signs the callback and posts it (then back to `return`, if given)',
        params,
        querystring: query,
        // The callback's answer; with `return`, a 303 to that page instead.
        response: { 200: callbackAnswer },
      },
    },
    async (request, reply) => {
      const { rawBody, signatureHeader } = await payments.pay(request.params.invoiceId);
      const applied = await applyCallback(ctx, rawBody, signatureHeader);
      const back = request.query.return;
      return back === undefined ? applied : reply.redirect(back, 303);
    },
  );
}
