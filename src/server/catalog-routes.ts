/**
 * The read-only public API, served with or without a platform: the service catalog with its
 * diagrams, the working-day calendar and IIN/BIN checks.
 */
import { z } from 'zod';
import { kazakhstanCalendar } from '../calendar/index.ts';
import { adiletUrl } from '../catalog/act-link.ts';
import { toBpmn } from '../catalog/bpmn.ts';
import type { Catalog, Resolved } from '../catalog/catalog.ts';
import { exportEntry } from '../catalog/export.ts';
import { toSvg } from '../catalog/svg.ts';
import { providerIdOf } from '../cases/decide.ts';
import { AppError } from '../errors/app-error.ts';
import { checkId } from '../identity/iin-bin.ts';
import { answers, arr, bool, num, obj, problems, query, str, strings, type Api } from './schemas.ts';

const name = z.string().max(200);

/** src/calendar/calendar.ts Explanation. */
const explanation = obj({
  rule: str,
  sources: strings,
  start: str,
  result: str,
  skipped: arr(obj()),
  notes: strings,
});

export function catalogRoutes(
  api: Api,
  options: { catalog: Catalog; today: () => string; acceptRepealed: boolean },
): void {
  const { catalog, today, acceptRepealed } = options;

  api.get(
    '/services',
    {
      schema: {
        operationId: 'listServices',
        tags: ['catalog'],
        summary: 'Every service',
        response: answers(
          200,
          arr(obj({ id: str, providerId: str, kind: str, channels: strings, status: str, cases: strings })),
        ),
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

  api.get(
    '/services/:id',
    {
      schema: {
        operationId: 'getService',
        tags: ['catalog'],
        summary: 'The version of a service in force on a date (today by default)',
        params: z.object({ id: name }),
        querystring: query({ on: name.optional() }),
        response: answers(200, obj({ id: str, repealed: bool, actText: obj({ kk: str, ru: str, en: str }) })),
      },
    },
    async (request) => {
      const date = request.query.on ?? today();
      assertDate(date);
      return serviceView(catalog.resolve(request.params.id, date, { acceptRepealed }));
    },
  );

  api.get(
    '/services/:id/diagram.:format',
    {
      schema: {
        operationId: 'getServiceDiagram',
        tags: ['catalog'],
        summary: 'The process as SVG or BPMN 2.0',
        params: z.object({ id: name, format: name }),
        querystring: query({ case: name.optional() }),
        response: {
          200: {
            description: 'The diagram',
            content: {
              'image/svg+xml': { schema: z.string() },
              'application/xml': { schema: z.string() },
            },
          },
          ...problems,
        },
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

  referenceRoutes(api);
}

/** The working-day calendar and IIN/BIN checks. */
function referenceRoutes(api: Api): void {
  api.get(
    '/calendar/add',
    {
      schema: {
        operationId: 'addDays',
        tags: ['calendar'],
        summary: 'n working (or calendar) days after a date, explained',
        querystring: query({ date: name.optional(), n: name.optional(), unit: name.optional() }),
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

  api.get(
    '/calendar/years/:year',
    {
      schema: {
        operationId: 'getCalendarYear',
        tags: ['calendar'],
        summary: 'A year in working days',
        params: z.object({ year: name }),
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

  api.get(
    '/ids/:value',
    {
      schema: {
        operationId: 'checkId',
        tags: ['identity'],
        summary: 'Check and decode an IIN or BIN',
        params: z.object({ value: name }),
        // src/identity/iin-bin.ts IdCheck: `kind` is null when the value is neither.
        response: answers(200, obj({ valid: bool, value: str, kind: str.nullable() })),
      },
    },
    async (request) => checkId(request.params.value),
  );
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
