/**
 * Every route that exists only in demo mode (never in production, src/server/app.ts): the demo
 * applicants and officials to log in as, the demo login, signing a draft with the test PKI's
 * key (what NCALayer does on a real machine), and the payment simulator's "bank page".
 */
import { z } from 'zod';
import { applicationContent } from '../cases/eds.ts';
import { AppError } from '../errors/app-error.ts';
import { formatTenge } from '../money/format.ts';
import { demoCompanies } from '../integrations/index.ts';
import { signDetached } from '../signature/sign.ts';
import { applicantApplication } from './applicant-routes.ts';
import { requireApplicantSession, requirePower, sendSession } from './auth.ts';
import type { ServerContext } from './context.ts';
import { applicantPrincipal, demoApplicants } from './demo.ts';
import { applyCallback } from './payment-routes.ts';
import {
  answers,
  arr,
  callbackAnswer,
  iinOrBin,
  idParams,
  obj,
  problems,
  query,
  session,
  str,
  strOrNull,
  type Api,
  type ZodRequests,
} from './schemas.ts';

export function demoRoutes(root: Api, ctx: ServerContext): void {
  paymentSimulatorRoutes(root, ctx);
  void root.register(async (plugin) => demoApiRoutes(plugin.withTypeProvider<ZodRequests>(), ctx), {
    prefix: '/api/v1',
  });
}

function demoApiRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;

  api.get(
    '/demo/applicants',
    {
      schema: {
        operationId: 'listDemoAccounts',
        tags: ['demo'],
        summary: 'Demo applicants to log in as, and the demo officials',
        response: {
          200: obj({
            applicants: arr(obj()),
            officials: arr(obj({ login: str, role: str, providerId: str })),
            officialPassword: strOrNull,
          }),
        },
      },
    },
    async () => ({
      applicants: demoApplicants(),
      officials: (await sessions.listOfficials()).map((o) => ({
        login: o.login,
        role: o.role,
        providerId: o.providerId,
      })),
      officialPassword: ctx.demoPassword,
    }),
  );

  api.post(
    '/auth/demo-login',
    {
      schema: {
        operationId: 'demoLogin',
        tags: ['auth', 'demo'],
        summary: 'Demo mode: log in as a demo applicant (IIN or BIN)',
        body: z.object({ id: iinOrBin }),
        response: answers(200, session),
      },
    },
    async (request, reply) => {
      const principal = applicantPrincipal(request.body.id);
      if (principal === undefined)
        throw new AppError('auth.unknown_demo_person', `no demo applicant ${request.body.id}`, {
          id: request.body.id,
        });
      return sendSession(
        reply,
        await sessions.startApplicant(principal, true),
        ctx.secureCookies,
        sessions.maxAgeSeconds,
      );
    },
  );

  api.post(
    '/applications/:id/demo-sign',
    {
      schema: {
        operationId: 'demoSignApplication',
        tags: ['demo'],
        summary:
          "Demo mode: sign the draft with the applicant's key from the test PKI (what NCALayer would do)",
        params: idParams,
        response: answers(200, obj({ signature: str })),
      },
    },
    async (request) => {
      const state = await applicantApplication(ctx, request, request.params.id);
      const me = await requireApplicantSession(sessions, request);
      requirePower(me, 'sign');
      const pki = platform.pki;
      if (pki === null)
        throw new AppError('cases.not_ready', 'no pki', {
          reason: 'this deployment runs without the test PKI',
        });
      const company = demoCompanies.find((c) => c.bin === state.applicant.id);
      const key = await pki.keyFor(
        me.representative !== undefined
          ? { iin: me.representative.iin, bin: state.applicant.id, role: 'employee' }
          : company === undefined
            ? { iin: state.applicant.id, role: 'individual' }
            : { iin: company.head.iin, bin: company.bin, role: 'legal' },
      );
      return { signature: signDetached(applicationContent(state), key, platform.clock.now()).base64 };
    },
  );
}

/** True when `path` resolves, against any origin, to that same origin. */
function sameSitePath(path: string): boolean {
  const origin = 'http://same-site.invalid';
  try {
    return new URL(path, origin).origin === origin;
  } catch {
    return false;
  }
}

/** The simulator's "bank page": shows the invoice and pays it, posting the signed callback. */
function paymentSimulatorRoutes(app: Api, ctx: ServerContext): void {
  const params = z.object({ invoiceId: z.string().max(100) });
  const payments = ctx.platform.payments;
  // The page the applicant comes back to after paying: a path on this deployment only, so the
  // simulator cannot be used to send anyone elsewhere (issue 15). Browsers drop tabs and line
  // breaks from a URL and read "\" as "/", so "/\tevil", "/\\evil" and "//evil" all lead to
  // another site: only printable ASCII without "\" is taken, not starting "//", and it must
  // resolve against this origin to this origin. Anything else is 400, never a 500 from a header.
  const querystring = query({
    return: z
      .string()
      .max(500)
      .regex(/^\/(?!\/)[\x21-\x5b\x5d-\x7e]*$/, 'must be a path on this site')
      .refine(sameSitePath, 'must be a path on this site')
      .optional(),
  });
  app.get(
    '/simulator/payment/:invoiceId',
    {
      schema: {
        operationId: 'simulatorPaymentPage',
        tags: ['demo'],
        summary: 'The payment simulator page',
        params,
        querystring,
        response: {
          200: { description: 'The page', content: { 'text/html': { schema: z.string() } } },
          ...problems,
        },
      },
    },
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
<p>Шот / <span lang="ru">Счёт</span> ${esc(invoice.invoiceId)}: <strong>${formatTenge(invoice.amountTenge, 'kk')}</strong> (${invoice.mci} АЕК × ${formatTenge(invoice.mciValue, 'kk')})</p>
${invoice.paid ? '<p>Төленді / <span lang="ru">Оплачено</span>.</p>' : `<form method="post" enctype="text/plain" action="${esc(action)}"><button>Төлеу / <span lang="ru">Оплатить</span></button></form>`}
${back === undefined ? '' : `<p><a href="${esc(back)}">Қызметке оралу / <span lang="ru">Вернуться к услуге</span></a></p>`}
</main>
</html>`);
    },
  );
  app.post(
    '/simulator/payment/:invoiceId/pay',
    {
      schema: {
        operationId: 'simulatorPay',
        tags: ['demo'],
        summary: 'Pay: the simulator signs the callback and posts it (then back to `return`, if given)',
        params,
        querystring,
        // The callback's answer; with `return`, a 303 to that page instead.
        response: {
          200: callbackAnswer,
          303: z.null().describe('Back to the `return` page'),
          ...problems,
        },
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
