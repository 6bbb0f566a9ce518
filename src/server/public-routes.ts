/**
 * Anyone may verify a permit: by number, by the holder's BIN/IIN, or by the QR link printed on
 * it. The answer is the registry's public view (an individual's IIN masked) and, by number, who
 * signed its documents, when, and whether each signature verifies now. Rate-limited per
 * address, so the registry cannot be walked number by number.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { storePartySources } from '../documents/parties.ts';
import { documentsOfPermit, verifyRecorded } from '../documents/service.ts';
import { AppError } from '../errors/app-error.ts';
import { checkId } from '../identity/iin-bin.ts';
import {
  PERMIT_NUMBER_EXAMPLE,
  checkPermitNumber,
  publicPermitView,
  type Permit,
} from '../registry/index.ts';
import type { ServerContext } from './context.ts';
import { publicBaseUrlsEver } from './admin-settings.ts';
import { answers, arr, iinOrBin, permitWithDocuments, publicPermit, query, type Api } from './schemas.ts';

/**
 * The public routes under /api/v1 (`api`) and the QR link at the root (`app`); `max` requests
 * a minute per address (60 by default).
 */
export function publicRoutes(app: Api, api: Api, ctx: ServerContext, max = 60): void {
  const { store } = ctx.platform;
  // The link printed on a PDF is the deployment's public URL: the one this request came to, or the
  // CLI's default. Each document is re-rendered and its signature verified on every request
  // (rate-limited like the rest), so "verifies" is the answer now, not at signing.
  const signedDocuments = async (request: FastifyRequest, permitNumber: string) => {
    const verification = ctx.platform.verification;
    // Each check renders a PDF (~0.2 s): the newest 20 bound the work one request can cause.
    const records = (await documentsOfPermit(store, permitNumber)).slice(0, 20);
    if (records.length === 0) return [];
    const options = {
      trust: verification?.trust ?? null,
      revocation: verification?.revocation ?? null,
      now: ctx.platform.clock.now(),
      parties: storePartySources(store, ctx.platform.simulators.stateDatabases),
      // Every public URL the setting has had (admin-settings.ts), then this request's origin.
      publicBaseUrls: [
        ...(await publicBaseUrlsEver(ctx)),
        `${request.protocol}://${request.host}`,
        'http://localhost:3000',
      ],
    };
    return Promise.all(records.map((d) => verifyRecorded(store, ctx.platform.catalog, d, options)));
  };
  const byNumber = async (request: FastifyRequest, raw: string) => {
    const check = checkPermitNumber(raw);
    if (!check.valid)
      throw new AppError('registry.invalid_number', `bad number ${raw}`, {
        value: raw,
        example: PERMIT_NUMBER_EXAMPLE,
      });
    const row = await store.repos.publicRegistry.permit(check.value);
    if (row === undefined)
      throw new AppError('server.not_found', `no permit ${check.value}`, { what: check.value });
    return {
      ...publicPermitView(row.data as Permit),
      documents: await signedDocuments(request, check.value),
    };
  };
  const numberParam = z.object({ number: z.string().min(1).max(40) });
  const config = { rateLimit: { max, timeWindow: '1 minute' } };

  api.get(
    '/public/permits/:number',
    {
      config,
      schema: {
        operationId: 'verifyPermit',
        tags: ['public'],
        summary: 'Verify a permit by its number',
        params: numberParam,
        response: answers(200, permitWithDocuments),
      },
    },
    async (request) => byNumber(request, request.params.number),
  );

  api.get(
    '/public/permits',
    {
      config,
      schema: {
        operationId: 'listHolderPermits',
        tags: ['public'],
        summary: "A holder's permits by BIN or IIN",
        querystring: query({ holder: iinOrBin }),
        response: answers(200, arr(publicPermit)),
      },
    },
    async (request) => {
      const check = checkId(request.query.holder);
      if (!check.valid)
        throw new AppError('server.invalid_request', 'holder', {
          reason: `holder: ${check.error ?? 'invalid'}`,
        });
      const rows = await store.repos.publicRegistry.ofHolder(check.value);
      return rows.map((r) => publicPermitView(r.data as Permit));
    },
  );

  // The QR code on a permit points here: short, stable, outside the versioned API.
  app.get(
    '/p/:number',
    {
      config,
      schema: {
        operationId: 'verifyPermitByLink',
        tags: ['public'],
        summary: 'The QR link printed on a permit',
        params: numberParam,
        response: answers(200, permitWithDocuments),
      },
    },
    async (request) => byNumber(request, request.params.number),
  );
}
