/**
 * The payment gateway's callback (the simulator's payment page is a demo route,
 * src/server/demo-routes.ts). The callback
 * is trusted only when the HMAC-SHA256 of the exact body bytes matches its `X-Signature`
 * header (so the body is read raw, not re-serialized); a forged one gets 401 and changes
 * nothing; a replayed transaction gets 200 (so the gateway stops retrying) and changes nothing.
 * Invoices are kept in the store (`platform.payments`, table `payment_invoices`), so an unpaid
 * invoice is still payable after a restart and on every server process.
 */
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { ServerContext } from './context.ts';
import type { PaymentConfirmation } from '../integrations/payment-gateway.ts';
import { ConflictError } from '../store/store.ts';
import { callbackAnswer, problems, type Api, type ZodRequests } from './schemas.ts';

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

export function paymentRoutes(api: Api, ctx: ServerContext): void {
  void api.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodRequests>();
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );
    scope.post(
      '/payments/callback',
      {
        schema: {
          operationId: 'paymentCallback',
          tags: ['payment'],
          summary: 'The payment gateway posts "paid" here, signed with HMAC-SHA256 (X-Signature: sha256=…)',
          // Open: the parsed headers replace the request's, and the others must stay.
          headers: z.looseObject({ [SIGNATURE_HEADER]: z.string() }),
          // A replay is acknowledged with 200 (so the gateway stops), a forged one is 401.
          response: { 200: callbackAnswer, ...problems },
        },
      },
      async (request) => {
        const signature = request.headers[SIGNATURE_HEADER];
        // The exact bytes the gateway signed: this scope's JSON parser keeps the body a string.
        const body = typeof request.body === 'string' ? request.body : '';
        return applyCallback(ctx, body, typeof signature === 'string' ? signature : '');
      },
    );
  });
}
