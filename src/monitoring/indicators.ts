/**
 * Quality indicators per service, provider and period, from five SQL aggregates over the
 * stage data, the complaints and the survey answers (src/store/indicators.ts):
 * - on time: the share of applications finished within their deadline (seed 004 annex 4, 1.1);
 * - per step: average and 90th-percentile hours taken against the step's norm;
 * - overdue now: open applications past their deadline;
 * - refusals by ground; complaints by status and outcome;
 * - survey: the share "satisfied" per question (seed 003 e-regulation annex 3: 1 not satisfied,
 *   2 partly, 3 satisfied).
 * The period is the registration date in Kazakhstan time (UTC+5), [from, to).
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
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Every indicator for the filter, in five queries. */
export async function computeIndicators(store: Store, f: IndicatorFilter): Promise<Indicators> {
  const { onTime: t, steps, refusals, complaints, survey } = await store.repos.indicators.rows(f);
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
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
