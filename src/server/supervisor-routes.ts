/**
 * The supervisor's dashboard data: the quality indicators of src/monitoring (computed in SQL)
 * for the whole scope, per provider and per service, with the catalog's words for steps and
 * refusal grounds. Administrators see every provider; an official sees only their own provider
 * (asking for another is 403); anyone else is refused.
 */
import { z } from 'zod';
import { isLocalDate, kazakhstanCalendar } from '../calendar/index.ts';
import { providerIdOf } from '../cases/decide.ts';
import type { CatalogEntry } from '../catalog/catalog.ts';
import { AppError } from '../errors/app-error.ts';
import { computeIndicators, type Indicators } from '../monitoring/indicators.ts';
import { sessionOf } from './auth.ts';
import type { ServerContext } from './context.ts';
import { answers, arr, obj, query, str, strOrNull, type Api } from './schemas.ts';

/** Registrations from this date count when the query names no period. */
const ALL_FROM = '2000-01-01';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional();

/** The figures the dashboard shows for one scope (all, a provider, a service). */
function figures(ind: Indicators) {
  return { ...ind.applications, overdueNow: ind.overdueNow };
}

/** GET /supervisor/indicators: its filter and its figures. */
const indicatorsSchema = {
  operationId: 'getIndicators',
  tags: ['supervisor'],
  summary:
    'Quality indicators per provider and service: on time, overdue now, time per step against the norm, refusals by ground, counter visits over the waiting and service limits per office',
  querystring: query({
    from: date,
    to: date,
    serviceId: z.string().max(200).optional(),
    providerId: z.string().max(200).optional(),
  }),
  response: answers(
    200,
    obj({
      filter: obj({ from: str, to: str, now: str, providerId: strOrNull, serviceId: strOrNull }),
      totals: obj(),
      providers: arr(obj({ providerId: str })),
      services: arr(obj({ serviceId: str, providerId: str })),
      steps: arr(obj({ serviceId: str, stepId: str })),
      refusals: arr(obj({ serviceId: str, groundId: str })),
      visits: arr(obj({ providerId: str, serviceId: str })),
    }),
  ),
};

export function supervisorRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;

  api.get('/supervisor/indicators', { schema: indicatorsSchema }, async (request) => {
    const session = await sessionOf(sessions, request);
    if (session === undefined) throw new AppError('auth.required', 'no session');
    const me = session.principal;
    if (me.kind === 'applicant')
      throw new AppError('auth.forbidden', 'not a supervisor', { audience: 'officials' });
    const q = request.query;
    if (me.kind === 'official' && q.providerId !== undefined && q.providerId !== me.providerId)
      throw new AppError('auth.forbidden', `${me.login} sees only ${me.providerId}`, {
        audience: 'officials',
      });
    const providerId = me.kind === 'official' ? me.providerId : q.providerId;
    const today = ctx.today();
    const from = q.from ?? ALL_FROM;
    const to = q.to ?? kazakhstanCalendar.addCalendarDays(today, 1);
    if (!isLocalDate(from) || !isLocalDate(to) || from >= to)
      throw new AppError('server.invalid_request', 'period', {
        reason: `from ${from} must be before to ${to}`,
      });
    const now = platform.clock.now();

    // The services in scope: the newest version of each, of the provider when one is asked.
    const entries = platform.catalog
      .list()
      .filter(
        (e) =>
          (providerId === undefined || providerIdOf(e.service) === providerId) &&
          (q.serviceId === undefined || e.service.id === q.serviceId),
      );
    const providers = new Map<string, CatalogEntry>();
    for (const e of entries)
      if (!providers.has(providerIdOf(e.service))) providers.set(providerIdOf(e.service), e);
    const period = { from, to, now };
    const scope = {
      ...(providerId === undefined ? {} : { providerId }),
      ...(q.serviceId === undefined ? {} : { serviceId: q.serviceId }),
    };
    const [total, byProvider, byService] = await Promise.all([
      computeIndicators(platform.store, { ...scope, ...period }),
      Promise.all(
        [...providers.keys()].map((id) =>
          computeIndicators(platform.store, { ...scope, providerId: id, ...period }),
        ),
      ),
      Promise.all(
        entries.map((e) =>
          computeIndicators(platform.store, { ...scope, serviceId: e.service.id, ...period }),
        ),
      ),
    ]);

    const stepOf = (serviceId: string, stepId: string) => {
      const entry = entries.find((e) => e.service.id === serviceId);
      return entry?.service.processes.flatMap((p) => p.steps).find((s) => s.id === stepId);
    };
    return {
      filter: {
        from,
        to,
        now: now.toISOString(),
        providerId: providerId ?? null,
        serviceId: q.serviceId ?? null,
      },
      totals: figures(total),
      providers: [...providers.entries()].map(([id, e], i) => ({
        providerId: id,
        name: e.service.provider.name,
        ...figures(byProvider[i] as Indicators),
      })),
      services: entries.map((e, i) => ({
        serviceId: e.service.id,
        providerId: providerIdOf(e.service),
        title: e.service.title,
        ...figures(byService[i] as Indicators),
      })),
      steps: total.steps.map((s) => {
        const step = stepOf(s.serviceId, s.stepId);
        return { ...s, label: step?.label ?? null, short: step?.short ?? null, action: step?.action ?? null };
      }),
      refusals: entries.flatMap((e, i) =>
        (byService[i] as Indicators).refusalsByGround.map((r) => {
          const ground = e.service.refusalGrounds.find((g) => g.id === r.groundId);
          return {
            serviceId: e.service.id,
            groundId: r.groundId,
            text: ground?.text ?? null,
            source: ground?.source ?? null,
            count: r.count,
          };
        }),
      ),
      // Visits to the office per unit and service (seed 004 7-т.), by arrival date.
      visits: total.visits,
    };
  });
}
