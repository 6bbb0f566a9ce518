/**
 * Quality indicators per service, provider and period, from five SQL aggregates over the
 * stage data, the complaints and the survey answers (src/store/indicators.ts):
 * - on time: the share of applications finished within their deadline (seed 004 annex 4, 1.1);
 * - per step: average and 90th-percentile hours taken against the step's norm;
 * - overdue now: open applications past their deadline;
 * - refusals by ground; complaints by status and outcome;
 * - survey: the share "satisfied" per question (seed 003 e-regulation annex 3: 1 not satisfied,
 *   2 partly, 3 satisfied).
 * - counter visits per office (unit) and service: how many waited and how many were served
 *   longer than the limit (seed 004 7-т.: 20 minutes each), by arrival date.
 * The period is the registration date in Kazakhstan time (UTC+5), [from, to) — for visits the
 * arrival date.
 */
import type { Store } from '../store/index.ts';

export interface IndicatorFilter {
  serviceId?: string;
  providerId?: string;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, exclusive. */
  to: string;
  /** "Now" for the overdue count (the clock's). */
  now: Date;
}

export interface Indicators {
  filter: { serviceId: string | null; providerId: string | null; from: string; to: string; now: string };
  applications: { registered: number; finished: number; onTime: number; onTimeShare: number | null };
  steps: {
    serviceId: string;
    stepId: string;
    count: number;
    avgHours: number;
    p90Hours: number;
    normAvgHours: number | null;
    late: number;
  }[];
  overdueNow: number;
  refusalsByGround: { groundId: string; count: number }[];
  complaints: { status: string; outcome: string | null; count: number }[];
  survey: { question: string; answers: number; satisfiedShare: number | null }[];
  /**
   * Visits to the office: `waitedOver` called after waiting longer than the limit,
   * `waitingOverNow` still waiting past it, `servedOver` served longer than the limit; the
   * `…Limited` flags say whether the act sets a limit at all (seed 003 sets no waiting limit).
   */
  visits: {
    providerId: string;
    unitId: string | null;
    serviceId: string;
    visits: number;
    called: number;
    ended: number;
    waitedOver: number;
    waitingOverNow: number;
    servedOver: number;
    avgWaitMinutes: number | null;
    avgServiceMinutes: number | null;
    waitLimited: boolean;
    serviceLimited: boolean;
  }[];
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Every indicator for the filter, in five queries. */
export async function computeIndicators(store: Store, f: IndicatorFilter): Promise<Indicators> {
  const { onTime: t, steps, refusals, complaints, survey, visits } = await store.repos.indicators.rows(f);
  return {
    filter: {
      serviceId: f.serviceId ?? null,
      providerId: f.providerId ?? null,
      from: f.from,
      to: f.to,
      now: f.now.toISOString(),
    },
    applications: {
      registered: num(t?.registered),
      finished: num(t?.finished),
      onTime: num(t?.on_time),
      onTimeShare: num(t?.with_deadline) === 0 ? null : round(num(t?.on_time) / num(t?.with_deadline), 4),
    },
    steps: steps.map((r) => ({
      serviceId: r.service_id,
      stepId: r.step_id,
      count: r.count,
      avgHours: round(num(r.avg_hours)),
      p90Hours: round(num(r.p90_hours)),
      normAvgHours: r.norm_avg_hours === null ? null : round(num(r.norm_avg_hours)),
      late: r.late,
    })),
    overdueNow: num(t?.overdue_now),
    refusalsByGround: refusals.map((r) => ({ groundId: r.ground_id, count: r.count })),
    complaints,
    survey: survey.map((r) => ({
      question: r.question,
      answers: r.answers,
      satisfiedShare: r.satisfied_share === null ? null : round(r.satisfied_share, 4),
    })),
    visits: visits.map((r) => ({
      providerId: r.provider_id,
      unitId: r.unit_id,
      serviceId: r.service_id,
      visits: r.visits,
      called: r.called,
      ended: r.ended,
      waitedOver: r.waited_over,
      waitingOverNow: r.waiting_over_now,
      servedOver: r.served_over,
      avgWaitMinutes: r.avg_wait_minutes === null ? null : round(num(r.avg_wait_minutes), 1),
      avgServiceMinutes: r.avg_service_minutes === null ? null : round(num(r.avg_service_minutes), 1),
      waitLimited: r.wait_limited,
      serviceLimited: r.service_limited,
    })),
  };
}

/** Records an applicant's survey answers (q1, q2 → 1..3); a second answer replaces the first. */
export async function recordSurvey(
  store: Store,
  applicationId: string,
  answers: Record<string, 1 | 2 | 3>,
  at: Date,
): Promise<void> {
  await store.repos.indicators.recordSurvey(applicationId, answers, at);
}

const csvCell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The indicators as CSV: one row per figure (section, key, value), for spreadsheets. */
export function indicatorsCsv(ind: Indicators): string {
  const rows: (string | number | null)[][] = [['section', 'key', 'metric', 'value']];
  const a = ind.applications;
  rows.push(['applications', '', 'registered', a.registered], ['applications', '', 'finished', a.finished]);
  rows.push(['applications', '', 'on_time', a.onTime], ['applications', '', 'on_time_share', a.onTimeShare]);
  rows.push(['applications', '', 'overdue_now', ind.overdueNow]);
  for (const s of ind.steps) {
    const key = `${s.serviceId}/${s.stepId}`;
    rows.push(['step', key, 'count', s.count], ['step', key, 'avg_hours', s.avgHours]);
    rows.push(['step', key, 'p90_hours', s.p90Hours], ['step', key, 'norm_avg_hours', s.normAvgHours]);
    rows.push(['step', key, 'late', s.late]);
  }
  for (const r of ind.refusalsByGround) rows.push(['refusals', r.groundId, 'count', r.count]);
  for (const c of ind.complaints)
    rows.push(['complaints', `${c.status}/${c.outcome ?? ''}`, 'count', c.count]);
  for (const q of ind.survey) {
    rows.push(
      ['survey', q.question, 'answers', q.answers],
      ['survey', q.question, 'satisfied_share', q.satisfiedShare],
    );
  }
  for (const v of ind.visits) {
    const key = `${v.providerId}/${v.unitId ?? ''}/${v.serviceId}`;
    rows.push(['visits', key, 'visits', v.visits], ['visits', key, 'waited_over', v.waitedOver]);
    rows.push(
      ['visits', key, 'waiting_over_now', v.waitingOverNow],
      ['visits', key, 'served_over', v.servedOver],
    );
    rows.push(['visits', key, 'avg_wait_minutes', v.avgWaitMinutes]);
    rows.push(['visits', key, 'avg_service_minutes', v.avgServiceMinutes]);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
