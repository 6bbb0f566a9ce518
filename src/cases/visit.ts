/**
 * A visit to the provider's office (the counter): the applicant takes a ticket (arrival), a
 * clerk calls them (start of service) and finishes with them (end of service), optionally
 * registering a paper application on the way. Seed 004 7-т. limits both halves of a visit:
 * "қызметті көрсетудің рұқсат етілген ең көп уақыты – 20 минуттан аспайды; … күтудің рұқсат
 * берілген ең көп уақыты – 20 минуттан аспайды"; seed 003 (annexes 1–5) receives documents in
 * the order of the queue (8-т.) and gives the clerk's reception 20 minutes (Регламенттің
 * 1-қосымшасы, 1-кесте, 1-іс-қимыл). The limits are the catalog's (`counterMaxWait`,
 * `counterMaxService` of the case), copied onto the visit at arrival with their source, so a
 * later catalog version does not change how an earlier visit is measured.
 *
 * Pure: times come in as arguments; the store (src/store/visits.ts) keeps the rows.
 */
import type { Duration, Service } from '../catalog/schema.ts';
import { AppError } from '../errors/app-error.ts';

/** A limit on a visit, in milliseconds, with the paragraph it comes from. */
export interface VisitLimit {
  ms: number;
  source: string;
}

export interface VisitLimits {
  /** Longest allowed wait from arrival to the call; null where the act states none. */
  wait: VisitLimit | null;
  /** Longest allowed service from the call to the end; null where the act states none. */
  service: VisitLimit | null;
}

export interface Visit {
  id: string;
  providerId: string;
  /** The territorial unit (office) the visit is at; null at a provider without units. */
  unitId: string | null;
  serviceId: string;
  caseId: string | null;
  /** The ticket's number in its office and day, from 1. */
  ticket: number;
  arrivedAt: string;
  calledAt: string | null;
  calledBy: string | null;
  endedAt: string | null;
  endedBy: string | null;
  /** The application registered during the visit, if any. */
  applicationId: string | null;
  limits: VisitLimits;
  version: number;
}

export type VisitStatus = 'waiting' | 'serving' | 'ended';

export const visitStatus = (v: Pick<Visit, 'calledAt' | 'endedAt'>): VisitStatus =>
  v.endedAt !== null ? 'ended' : v.calledAt !== null ? 'serving' : 'waiting';

const unitMs: Partial<Record<Duration['unit'], number>> = {
  seconds: 1_000,
  minutes: 60_000,
  hours: 3_600_000,
};

/** A counter limit in milliseconds; a limit in days is no limit on a visit (none in the seeds). */
export function limitOf(d: Duration | null | undefined): VisitLimit | null {
  if (d == null) return null;
  const per = unitMs[d.unit];
  return per === undefined ? null : { ms: d.amount * per, source: d.source };
}

/**
 * The limits of a visit for the service's case. Without a case (the applicant has not said
 * which yet) the service's limit is taken only when every case of the service states the same
 * one; otherwise none is claimed.
 */
export function visitLimits(service: Pick<Service, 'cases'>, caseId: string | null): VisitLimits {
  const cases = caseId === null ? service.cases : service.cases.filter((c) => c.id === caseId);
  const common = (pick: (c: Service['cases'][number]) => Duration | null): VisitLimit | null => {
    const all = cases.map((c) => limitOf(pick(c)));
    const first = all[0];
    if (first == null) return null;
    return all.every((l) => l !== null && l.ms === first.ms) ? first : null;
  };
  return { wait: common((c) => c.counterMaxWait), service: common((c) => c.counterMaxService) };
}

export interface VisitMeasures {
  status: VisitStatus;
  /** Arrival to the call, or to `now` while waiting; whole minutes, rounded down. */
  waitedMinutes: number;
  /** The call to the end, or to `now` while served; null before the call. */
  servedMinutes: number | null;
  /** Waited longer than the limit (so far, while waiting); null where there is no limit. */
  waitOver: boolean | null;
  /** Served longer than the limit (so far, while served); null before the call or without a limit. */
  serviceOver: boolean | null;
}

const ms = (iso: string, what: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t))
    throw new AppError('cases.visit_time_order', `${what} is not an instant: ${iso}`, {
      reason: `${what}: ${iso}`,
    });
  return t;
};

/**
 * Checks that the times go forward: arrival ≤ start ≤ end, and an end only after a start.
 * Refused with `cases.visit_time_order` (422), naming the two times.
 */
export function checkVisitTimes(v: Pick<Visit, 'arrivedAt' | 'calledAt' | 'endedAt'>): void {
  const arrived = ms(v.arrivedAt, 'arrival');
  const called = v.calledAt === null ? null : ms(v.calledAt, 'start');
  const ended = v.endedAt === null ? null : ms(v.endedAt, 'end');
  const refuse = (reason: string) => {
    throw new AppError('cases.visit_time_order', `visit times out of order: ${reason}`, { reason });
  };
  if (called !== null && called < arrived)
    refuse(`start ${v.calledAt ?? ''} is before arrival ${v.arrivedAt}`);
  if (ended !== null && called === null) refuse(`end ${v.endedAt ?? ''} without a start`);
  if (ended !== null && called !== null && ended < called)
    refuse(`end ${v.endedAt ?? ''} is before start ${v.calledAt ?? ''}`);
}

/**
 * How long the visit waited and was served, and whether either exceeded its limit. "20
 * минуттан аспайды" (not more than 20 minutes): exactly 20:00 is within it, 20:01 is over.
 * An open half is measured to `now` (never earlier than the half's start: a clock behind the
 * recorded time reads as zero, not as a negative wait).
 */
export function visitMeasures(v: Visit, now: Date): VisitMeasures {
  checkVisitTimes(v);
  const arrived = ms(v.arrivedAt, 'arrival');
  const nowMs = now.getTime();
  const called = v.calledAt === null ? null : ms(v.calledAt, 'start');
  const ended = v.endedAt === null ? null : ms(v.endedAt, 'end');
  const waitEnd = called ?? Math.max(nowMs, arrived);
  const waitMs = waitEnd - arrived;
  const serveMs = called === null ? null : (ended ?? Math.max(nowMs, called)) - called;
  return {
    status: visitStatus(v),
    waitedMinutes: Math.floor(waitMs / 60_000),
    servedMinutes: serveMs === null ? null : Math.floor(serveMs / 60_000),
    waitOver: v.limits.wait === null ? null : waitMs > v.limits.wait.ms,
    serviceOver: v.limits.service === null || serveMs === null ? null : serveMs > v.limits.service.ms,
  };
}

/** The clerk calls the visitor: the start of service. */
export function callVisit(v: Visit, at: Date, by: string): Visit {
  if (v.calledAt !== null)
    throw new AppError('cases.visit_wrong_state', `visit ${v.id} was already called`, {
      status: visitStatus(v),
    });
  const next = { ...v, calledAt: at.toISOString(), calledBy: by };
  checkVisitTimes(next);
  return next;
}

/** The clerk finishes with the visitor: the end of service, optionally with the application registered. */
export function finishVisit(v: Visit, at: Date, by: string, applicationId: string | null = null): Visit {
  if (v.calledAt === null || v.endedAt !== null)
    throw new AppError('cases.visit_wrong_state', `visit ${v.id} is ${visitStatus(v)}, not being served`, {
      status: visitStatus(v),
    });
  const next = {
    ...v,
    endedAt: at.toISOString(),
    endedBy: by,
    applicationId: applicationId ?? v.applicationId,
  };
  checkVisitTimes(next);
  return next;
}

/** The office board: visitors still waiting, longest wait first, then those being served. */
export function boardOf(
  visits: readonly Visit[],
  now: Date,
): { waiting: (Visit & VisitMeasures)[]; serving: (Visit & VisitMeasures)[] } {
  const measured = visits.filter((v) => v.endedAt === null).map((v) => ({ ...v, ...visitMeasures(v, now) }));
  const byArrival = (a: Visit, b: Visit) =>
    Date.parse(a.arrivedAt) - Date.parse(b.arrivedAt) || a.ticket - b.ticket;
  return {
    waiting: measured.filter((v) => v.status === 'waiting').sort(byArrival),
    serving: measured.filter((v) => v.status === 'serving').sort(byArrival),
  };
}
