/**
 * The HTTP server: for now the public, read-only part — the service catalog with its diagrams,
 * the working-day calendar and IIN/BIN checks — as JSON under /api/v1 and a service list page.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { kazakhstanCalendar } from '../calendar/index.ts';
import { toBpmn } from '../catalog/bpmn.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { exportEntry } from '../catalog/export.ts';
import { toSvg } from '../catalog/svg.ts';
import { checkId } from '../identity/iin-bin.ts';
import { homePage } from './home-page.ts';
import { requestLanguage, sendProblem } from './problem.ts';

export interface AppOptions {
  catalog: Catalog;
  /** Today's date in Astana, for "the version in force today"; a parameter so tests fix it. */
  today: () => string;
  acceptRepealed: boolean;
  logger?: boolean;
}

export function buildApp(options: AppOptions): FastifyInstance {
  const { catalog, today, acceptRepealed } = options;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1_048_576 });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error);
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

  app.get('/', async (request, reply) =>
    reply.type('text/html; charset=utf-8').send(homePage(catalog, requestLanguage(request), today())),
  );

  app.get('/api/v1/health', async () => ({ status: 'ok' }));

  app.get('/api/v1/services', async () =>
    catalog.list().map(({ act, service }) => ({
      id: service.id,
      title: service.title,
      provider: service.provider.name,
      status: act.status,
      cases: service.cases.map((c) => c.id),
    })),
  );

  app.get<{ Params: { id: string }; Querystring: { on?: string } }>(
    '/api/v1/services/:id',
    async (request) => {
      const date = request.query.on ?? today();
      assertDate(date);
      const resolved = catalog.resolve(request.params.id, date, { acceptRepealed });
      return { ...exportEntry(resolved), repealed: resolved.repealed };
    },
  );

  app.get<{ Params: { id: string; format: string }; Querystring: { case?: string } }>(
    '/api/v1/services/:id/diagram.:format',
    async (request, reply) => {
      const service = catalog.versions(request.params.id).at(-1)?.service;
      if (service === undefined || !['svg', 'bpmn'].includes(request.params.format))
        return reply.callNotFound();
      return request.params.format === 'svg'
        ? reply.type('image/svg+xml').send(toSvg(service, request.query.case))
        : reply.type('application/xml').send(toBpmn(service, request.query.case));
    },
  );

  app.get<{ Querystring: { date?: string; n?: string; unit?: string } }>(
    '/api/v1/calendar/add',
    async (request) => {
      const { date = '', n = '', unit = 'working-days' } = request.query;
      if (!/^-?\d+$/.test(n))
        throw new AppError('calendar.invalid_amount', `n is not an integer: ${n}`, { value: n });
      return unit === 'calendar-days'
        ? kazakhstanCalendar.explainAddCalendarDays(date, Number(n))
        : kazakhstanCalendar.explainAddWorkingDays(date, Number(n));
    },
  );

  app.get<{ Params: { year: string } }>('/api/v1/calendar/years/:year', async (request) =>
    kazakhstanCalendar.yearSummary(Number(request.params.year)),
  );

  app.get<{ Params: { value: string } }>('/api/v1/ids/:value', async (request) =>
    checkId(request.params.value),
  );

  return app;
}

function assertDate(value: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new AppError('calendar.invalid_date', `invalid date ${value}`, { value });
}
