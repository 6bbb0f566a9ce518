/**
 * The HTTP server. Public: the service catalog with its diagrams, the working-day calendar,
 * IIN/BIN checks and permit verification; with a platform also the applicant, official and
 * payment APIs. Every route is declared with zod schemas (src/server/schemas.ts) that validate
 * it, type its handler and make its entry of the OpenAPI 3.1 document, served at
 * /api/openapi.json with its pages at /api/docs. Errors are application/problem+json with a
 * stable code.
 */
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import { AppError } from '../errors/app-error.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Platform } from '../platform.ts';
import { adminRoutes } from './admin-routes.ts';
import { supervisorRoutes } from './supervisor-routes.ts';
import { applicantRoutes } from './applicant-routes.ts';
import { complaintRoutes } from './complaint-routes.ts';
import { failureReportRoutes } from './failure-report-routes.ts';
import { sessionOf, type Sessions } from './auth.ts';
import { edsLoginRoutes } from './eds-login.ts';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './login-limits.ts';
import type { ServerContext } from './context.ts';
import { metricsRoutes } from './metrics.ts';
import { officialRoutes } from './official-routes.ts';
import { visitRoutes } from './visit-routes.ts';
import { paymentRoutes } from './payment-routes.ts';
import { problemHandler, sendProblem } from './problem.ts';
import { publicRoutes } from './public-routes.ts';
import { representativeRoutes } from './representatives.ts';
import { platformSessions } from './session-store.ts';
import { webPages } from './web-pages.ts';
import { inputFault, MAX_INPUT_DEPTH } from './edge-input.ts';
import { catalogRoutes } from './catalog-routes.ts';
import { demoRoutes } from './demo-routes.ts';
import { status, type Api, type ZodRequests } from './schemas.ts';

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
  /** Login attempts and EDS challenges allowed (default DEFAULT_LOGIN_LIMITS, login-limits.ts). */
  loginLimits?: LoginLimits;
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
  /**
   * Addresses or CIDR ranges of the reverse proxies in front (config.trustProxy): a request from
   * one of them has the client address its X-Forwarded-For names (request.ip, used by the rate
   * limits, the request log and /metrics). Empty or absent: the connection's address.
   */
  trustProxy?: string[];
}

/** A NUL, a lone surrogate or too deep a nesting anywhere in the path, query or body: 400. */
function refuseFaultyInput(request: FastifyRequest): void {
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

export function buildApp(options: AppOptions): FastifyInstance {
  const { catalog, today, acceptRepealed } = options;
  const production = options.production ?? false;
  if (production && options.demo === true)
    throw new AppError('server.demo_in_production', 'demo mode refused in production');
  const bodyLimit = options.bodyLimit ?? 1_048_576;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    // Only the named proxies: trusting any sender would let a client pick its own address.
    trustProxy:
      options.trustProxy !== undefined && options.trustProxy.length > 0 ? options.trustProxy : false,
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
  app.setValidatorCompiler(validatorCompiler);
  // Answers are sent as the handlers make them: their schemas describe them for the document,
  // and test/server/openapi-conformance.test.ts checks real answers against it.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      if (!reply.hasHeader(name)) void reply.header(name, value);
    if (production) void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return payload;
  });

  // Every route's input, once, before validation and handlers: see edge-input.ts.
  app.addHook('preValidation', async (request) => refuseFaultyInput(request));

  // gzip/brotli/deflate as the client accepts, for bodies over 1 KiB (pages, scripts, JSON).
  void app.register(compress, { threshold: 1024 });
  void app.register(cookie);
  void app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('server.rate_limited', `rate limit ${context.max}`, { after: context.after }),
  });
  void app.register(swagger, {
    // The document's header: what the API is, where it is served, how callers authenticate.
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Ruqsat API',
        version: '1',
        description:
          'State services and licensing of Kazakhstan. Errors are application/problem+json with a stable `code` and a `detail` in the language of Accept-Language (kk, ru, en).',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      // Every deployment serves the API at its own origin.
      servers: [{ url: '/', description: 'This deployment' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ruqsat_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    // Problem is one component; zod also makes it an input twin that no request uses.
    transformObject: (document) => {
      const transformed = jsonSchemaTransformObject(document);
      if ('components' in transformed) delete transformed.components?.schemas?.['ProblemInput'];
      return transformed;
    },
  });
  void app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.setErrorHandler(problemHandler(bodyLimit));
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
          sessions: options.sessions ?? platformSessions(platform, { production }),
          today,
          acceptRepealed,
          demo: options.demo ?? false,
          demoPassword: options.demoPassword ?? null,
          secureCookies: options.secureCookies ?? false,
          loginLimits: options.loginLimits ?? DEFAULT_LOGIN_LIMITS,
          ...(options.settings === undefined ? {} : { settingsDefaults: options.settings }),
        };

  // Sessions that would take a demo login left in the database are a demo mode of their own.
  if (production && ctx !== null && !ctx.sessions.refusesDemo)
    throw new AppError('server.demo_in_production', 'sessions accepting demo logins in production');

  if (options.webRoot !== undefined) webPages(app, options.webRoot);

  // Routes go in a plugin so that @fastify/swagger, registered above, sees every one of them.
  void app.register(async (plugin) => {
    const root = plugin.withTypeProvider<ZodRequests>();
    metricsRoutes(root, {
      production,
      isAdmin: async (request) =>
        ctx !== null && (await sessionOf(ctx.sessions, request))?.principal.kind === 'admin',
    });
    root.get('/api/openapi.json', { schema: { hide: true } }, async () => root.swagger());
    opsRoutes(root, platform);
    if (ctx !== null && ctx.demo) demoRoutes(root, ctx);

    await root.register(
      async (plugin) => {
        const api = plugin.withTypeProvider<ZodRequests>();
        catalogRoutes(api, { catalog, today, acceptRepealed });
        if (ctx === null) return;
        applicantRoutes(api, ctx);
        edsLoginRoutes(api, ctx);
        officialRoutes(api, ctx);
        visitRoutes(api, ctx);
        complaintRoutes(api, ctx);
        failureReportRoutes(api, ctx);
        paymentRoutes(api, ctx);
        representativeRoutes(api, ctx);
        adminRoutes(api, ctx);
        supervisorRoutes(api, ctx);
        publicRoutes(root, api, ctx, options.rateLimitMax);
      },
      { prefix: '/api/v1' },
    );
  });

  return app;
}

/** Liveness and readiness, for the load balancer and the orchestrator. */
function opsRoutes(root: Api, platform: Platform | undefined): void {
  const up = async () => ({ status: 'ok' });
  root.get(
    '/healthz',
    {
      schema: {
        operationId: 'healthz',
        tags: ['ops'],
        summary: 'The process is up',
        response: { 200: status },
      },
    },
    up,
  );
  root.get(
    '/readyz',
    {
      schema: {
        operationId: 'readyz',
        tags: ['ops'],
        summary: 'The store answers',
        response: { 200: status, 503: status },
      },
    },
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
  root.get(
    '/api/v1/health',
    {
      schema: {
        operationId: 'health',
        tags: ['ops'],
        summary: 'The process is up',
        response: { 200: status },
      },
    },
    up,
  );
}
