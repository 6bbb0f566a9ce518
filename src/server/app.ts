/**
 * The HTTP server. Public: the service catalog with its diagrams, the working-day calendar,
 * IIN/BIN checks and permit verification; with a platform also the applicant, official and
 * payment APIs. Every route has a schema; the OpenAPI 3.1 document is at /api/openapi.json and
 * its pages at /api/docs. Errors are application/problem+json with a stable code.
 */
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { kazakhstanCalendar } from '../calendar/index.ts';
import { toBpmn } from '../catalog/bpmn.ts';
import type { Catalog, Resolved } from '../catalog/catalog.ts';
import { adiletUrl } from '../catalog/act-link.ts';
import { exportEntry } from '../catalog/export.ts';
import { toSvg } from '../catalog/svg.ts';
import { checkId } from '../identity/iin-bin.ts';
import { providerIdOf } from '../cases/decide.ts';
import type { Platform } from '../platform.ts';
import { adminRoutes } from './admin-routes.ts';
import { supervisorRoutes } from './supervisor-routes.ts';
import { applicantRoutes } from './applicant-routes.ts';
import { complaintRoutes } from './complaint-routes.ts';
import { sessionOf, type Sessions } from './auth.ts';
import { edsLoginRoutes } from './eds-login.ts';
import type { ServerContext } from './context.ts';
import { metricsRoutes } from './metrics.ts';
import { officialRoutes } from './official-routes.ts';
import { paymentRoutes, paymentSimulatorRoutes } from './payment-routes.ts';
import { sendProblem } from './problem.ts';
import { publicRoutes } from './public-routes.ts';
import { representativeRoutes } from './representatives.ts';
import { platformSessions } from './session-store.ts';
import { webPages } from './web-pages.ts';
import { inputFault, MAX_INPUT_DEPTH } from './edge-input.ts';
import { answers, arr, bool, num, obj, status, str as text, strings } from './response-schemas.ts';

export interface AppOptions {
  catalog: Catalog;
  /** Today's date in Astana, for "the version in force today"; a parameter so tests fix it. */
  today: () => string;
  acceptRepealed: boolean;
  logger?: boolean;
  /** The platform behind the applicant, official, payment and registry routes; without it only the read-only API. */
  platform?: Platform;
  sessions?: Sessions;
  /** Demo login, the demo listing and the payment simulator's page (never in production). */
  demo?: boolean;
  demoPassword?: string | null;
  secureCookies?: boolean;
  /** Per-address limit of the public registry routes (default 60 a minute). */
  rateLimitMax?: number;
  /** Production: demo mode refused, /metrics only from this machine or for an administrator. */
  production?: boolean;
  /** Largest request body in bytes (default 1 MiB); login routes take 16 KiB at most. */
  bodyLimit?: number;
  /** Defaults of the runtime settings (config.settings); an administrator overrides them (/admin/settings). */
  settings?: { attachmentMaxBytes: number; publicBaseUrl: string };
  /** The built web pages (`web/dist`, see src/server/web-pages.ts); without it the API alone. */
  webRoot?: string;
}

/**
 * Security headers on every answer (OWASP secure headers; @fastify/helmet is not a dependency):
 * the pages load only this origin's scripts and styles (Swagger UI's inline styles excepted),
 * are never framed, never sniffed, and send no referrer to other sites.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    // connect-src: the pages talk to this origin and to NCALayer, the EDS signer on the user's machine.
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' wss://127.0.0.1:13579; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const str = { type: 'string', maxLength: 200 } as const;
const params = (...names: string[]) => ({
  type: 'object',
  required: names,
  properties: Object.fromEntries(names.map((n) => [n, str])),
});
/** src/calendar/calendar.ts Explanation. */
const explanation = obj({
  rule: text,
  sources: strings,
  start: text,
  result: text,
  skipped: arr(obj()),
  notes: strings,
});
const query = (...names: string[]) => ({
  type: 'object',
  properties: Object.fromEntries(names.map((n) => [n, str])),
});

export function buildApp(options: AppOptions): FastifyInstance {
  const { catalog, today, acceptRepealed } = options;
  const production = options.production ?? false;
  if (production && options.demo === true)
    throw new AppError('server.demo_in_production', 'demo mode refused with NODE_ENV=production');
  const bodyLimit = options.bodyLimit ?? 1_048_576;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    // A path whose %-escapes are not UTF-8 (a lone surrogate, a cut sequence) never finds a route.
    frameworkErrors: (error, request, reply) => {
      void sendProblem(
        request,
        reply,
        error.code === 'FST_ERR_BAD_URL'
          ? new AppError('server.invalid_text', error.message, { where: 'path' })
          : new AppError('server.invalid_request', error.message, { reason: error.message }),
      );
    },
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      if (!reply.hasHeader(name)) void reply.header(name, value);
    if (production) void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return payload;
  });

  // Every route's input, once, before validation and handlers: see edge-input.ts.
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['path', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const) {
      const fault = inputFault(value);
      if (fault === null) continue;
      const where = `${part}${fault.where === '/' ? '' : fault.where}`;
      throw fault.kind === 'text'
        ? new AppError('server.invalid_text', `unstorable text at ${where}`, { where })
        : new AppError('server.too_deep', `input nested deeper than ${MAX_INPUT_DEPTH} at ${where}`, {
            where,
            max: MAX_INPUT_DEPTH,
          });
    }
  });

  // gzip/brotli/deflate as the client accepts, for bodies over 1 KiB (pages, scripts, JSON).
  void app.register(compress, { threshold: 1024 });
  void app.register(cookie);
  void app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('server.rate_limited', `rate limit ${context.max}`, { after: context.after }),
  });
  void app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Ruqsat API',
        version: '1',
        description:
          'State services and licensing of Kazakhstan. Errors are application/problem+json with a stable `code` and a `detail` in the language of Accept-Language (kk, ru, en).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ruqsat_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
  });
  void app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error);
    if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendProblem(
        request,
        reply,
        new AppError('server.body_too_large', (error as Error).message, {
          limit: request.routeOptions.bodyLimit ?? bodyLimit,
        }),
      );
    const validation = (error as { validation?: unknown }).validation;
    if (validation !== undefined)
      return sendProblem(
        request,
        reply,
        new AppError('server.invalid_request', (error as Error).message, {
          reason: (error as Error).message,
        }),
      );
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) request.log.error(error);
    return reply
      .status(status)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: status >= 500 ? 'Internal error' : (error as Error).message,
        status,
      });
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      new AppError('server.not_found', `no route ${request.url}`, { what: request.url }),
    ),
  );

  const platform = options.platform;
  const ctx: ServerContext | null =
    platform === undefined
      ? null
      : {
          platform,
          sessions: options.sessions ?? platformSessions(platform),
          today,
          acceptRepealed,
          demo: options.demo ?? false,
          demoPassword: options.demoPassword ?? null,
          secureCookies: options.secureCookies ?? false,
          ...(options.settings === undefined ? {} : { settingsDefaults: options.settings }),
        };

  if (options.webRoot !== undefined) webPages(app, options.webRoot);

  // Routes go in a plugin so that @fastify/swagger, registered above, sees every one of them.
  void app.register(async (root) => {
    metricsRoutes(root, {
      production,
      isAdmin: async (request) =>
        ctx !== null && (await sessionOf(ctx.sessions, request))?.principal.kind === 'admin',
    });
    root.get('/api/openapi.json', { schema: { hide: true } }, async () => root.swagger());

    root.get(
      '/healthz',
      { schema: { tags: ['ops'], summary: 'The process is up', response: { 200: status } } },
      async () => ({
        status: 'ok',
      }),
    );
    root.get(
      '/readyz',
      { schema: { tags: ['ops'], summary: 'The store answers', response: { 200: status, 503: status } } },
      async (_request, reply) => {
        if (platform === undefined) return { status: 'ready' };
        try {
          await platform.store.findApplication('readyz-probe');
          return { status: 'ready' };
        } catch {
          return reply.status(503).send({ status: 'unavailable' });
        }
      },
    );

    if (ctx !== null && ctx.demo) paymentSimulatorRoutes(root, ctx);

    await root.register(
      async (api) => {
        api.get(
          '/health',
          { schema: { tags: ['ops'], summary: 'The process is up', response: { 200: status } } },
          async () => ({
            status: 'ok',
          }),
        );

        api.get(
          '/services',
          {
            schema: {
              tags: ['catalog'],
              summary: 'Every service',
              response: {
                200: arr(
                  obj({
                    id: text,
                    providerId: text,
                    kind: text,
                    channels: strings,
                    status: text,
                    cases: strings,
                  }),
                ),
              },
            },
          },
          async () =>
            catalog.list().map(({ act, service }) => ({
              id: service.id,
              title: service.title,
              provider: service.provider.name,
              providerId: providerIdOf(service),
              // What the applicant gets: the first result the act names (license, certificate, …).
              kind: service.results[0]?.kind ?? 'other',
              channels: service.channels.map((c) => c.kind),
              status: act.status,
              cases: service.cases.map((c) => c.id),
            })),
        );

        api.get<{ Params: { id: string }; Querystring: { on?: string } }>(
          '/services/:id',
          {
            schema: {
              tags: ['catalog'],
              summary: 'The version of a service in force on a date (today by default)',
              params: params('id'),
              querystring: query('on'),
              response: answers(
                200,
                obj({ id: text, repealed: bool, actText: obj({ kk: text, ru: text, en: text }) }),
              ),
            },
          },
          async (request) => {
            const date = request.query.on ?? today();
            assertDate(date);
            const resolved = catalog.resolve(request.params.id, date, { acceptRepealed });
            return serviceView(resolved);
          },
        );

        api.get<{ Params: { id: string; format: string }; Querystring: { case?: string } }>(
          '/services/:id/diagram.:format',
          {
            schema: {
              tags: ['catalog'],
              summary: 'The process as SVG or BPMN 2.0',
              params: params('id', 'format'),
              querystring: query('case'),
            },
          },
          async (request, reply) => {
            const service = catalog.versions(request.params.id).at(-1)?.service;
            if (service === undefined || !['svg', 'bpmn'].includes(request.params.format))
              return reply.callNotFound();
            return request.params.format === 'svg'
              ? reply.type('image/svg+xml').send(toSvg(service, request.query.case))
              : reply.type('application/xml').send(toBpmn(service, request.query.case));
          },
        );

        api.get<{ Querystring: { date?: string; n?: string; unit?: string } }>(
          '/calendar/add',
          {
            schema: {
              tags: ['calendar'],
              summary: 'n working (or calendar) days after a date, explained',
              querystring: query('date', 'n', 'unit'),
              response: answers(200, explanation),
            },
          },
          async (request) => {
            const { date = '', n = '', unit = 'working-days' } = request.query;
            if (!/^-?\d+$/.test(n))
              throw new AppError('calendar.invalid_amount', `n is not an integer: ${n}`, { value: n });
            return unit === 'calendar-days'
              ? kazakhstanCalendar.explainAddCalendarDays(date, Number(n))
              : kazakhstanCalendar.explainAddWorkingDays(date, Number(n));
          },
        );

        api.get<{ Params: { year: string } }>(
          '/calendar/years/:year',
          {
            schema: {
              tags: ['calendar'],
              summary: 'A year in working days',
              params: params('year'),
              response: answers(
                200,
                obj({
                  year: num,
                  nonWorkingWeekdays: strings,
                  workingWeekends: strings,
                  workingDaysPerMonth: arr(num),
                  sources: strings,
                  notes: strings,
                }),
              ),
            },
          },
          async (request) => kazakhstanCalendar.yearSummary(Number(request.params.year)),
        );

        api.get<{ Params: { value: string } }>(
          '/ids/:value',
          {
            schema: {
              tags: ['identity'],
              summary: 'Check and decode an IIN or BIN',
              params: params('value'),
              // src/identity/iin-bin.ts IdCheck: `kind` is null when the value is neither.
              response: answers(200, obj({ valid: bool, value: text, kind: { type: ['string', 'null'] } })),
            },
          },
          async (request) => checkId(request.params.value),
        );

        if (ctx !== null) {
          applicantRoutes(api, ctx);
          edsLoginRoutes(api, ctx);
          officialRoutes(api, ctx);
          complaintRoutes(api, ctx);
          paymentRoutes(api, ctx);
          representativeRoutes(api, ctx);
          adminRoutes(api, ctx);
          supervisorRoutes(api, ctx);
          publicRoutes(root, api, ctx, options.rateLimitMax);
        }
      },
      { prefix: '/api/v1' },
    );
  });

  return app;
}

/** A service's page: its export, plus what the act says it gives, its forms and how to appeal. */
export function serviceView(resolved: Resolved) {
  const { service } = resolved;
  return {
    ...exportEntry(resolved),
    repealed: resolved.repealed,
    actText: {
      kk: adiletUrl(resolved.act, 'kk'),
      ru: adiletUrl(resolved.act, 'ru'),
      en: adiletUrl(resolved.act, 'en'),
    },
    description: service.description,
    approvedBy: service.approvedBy,
    results: service.results,
    qualificationForm: service.qualificationForm,
    hearing: service.hearing,
    appeal: service.appeal,
  };
}

function assertDate(value: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new AppError('calendar.invalid_date', `invalid date ${value}`, { value });
}
