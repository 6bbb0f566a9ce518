/**
 * Quality indicators per service, provider and period, computed with SQL aggregates over the
 * stage-data tables of migration 0011 (application_facts: one row per registered application;
 * application_steps: one row per finished step — kept from the state by a trigger in the same
 * statement as each command), the complaints and the survey answers (migration 0004):
 * - on time: the share of applications finished within their deadline (seed 004 annex 4, 1.1);
 * - per step: average and 90th-percentile hours taken against the step's norm;
 * - overdue now: open applications past their deadline;
 * - refusals by ground; complaints by status and outcome;
 * - survey: the share "satisfied" per question (seed 003 e-regulation annex 3: 1 not satisfied,
 *   2 partly, 3 satisfied).
 * The period is the registration date in Kazakhstan time (UTC+5), [from, to).
 */
import { pgStoreOf, type Store } from '../store/index.ts';

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

const FINISHED = `('issued', 'delivered', 'refused', 'approved', 'signed')`;

/**
 * The common WHERE over the stage-data tables of migration 0011 (application_facts,
 * application_steps: kept by a trigger in the same statement as each command's state): service,
 * provider, registration instant in [$3, $4) — the period's bounds as UTC ISO strings.
 */
const scope = (t: string) => `
  ($1::text IS NULL OR ${t}.service_id = $1)
  AND ($2::text IS NULL OR ${t}.provider_id = $2)
  AND ${t}.registered_at >= $3::timestamptz
  AND ${t}.registered_at < $4::timestamptz`;

/** The ISO instant a local date (UTC+5, Kazakhstan since 1 March 2024) begins at. */
export const periodBound = (date: string): string => new Date(`${date}T00:00:00+05:00`).toISOString();

export const indicatorQueries = {
  onTime: `
    SELECT count(*)::int AS registered,
           count(*) FILTER (WHERE f.status IN ${FINISHED})::int AS finished,
           count(*) FILTER (
             WHERE f.status IN ${FINISHED} AND f.deadline_at IS NOT NULL AND f.finished_at <= f.deadline_at
           )::int AS on_time,
           count(*) FILTER (WHERE f.status IN ${FINISHED} AND f.deadline_at IS NOT NULL)::int AS with_deadline,
           count(*) FILTER (
             WHERE f.status NOT IN ${FINISHED} AND f.status <> 'withdrawn' AND f.deadline_at < $5::timestamptz
           )::int AS overdue_now
    FROM application_facts f WHERE ${scope('f')}`,
  steps: `
    SELECT s.service_id, s.step_id, count(*)::int AS count, avg(s.hours) AS avg_hours,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY s.hours) AS p90_hours,
           avg(s.norm_hours) AS norm_avg_hours, count(*) FILTER (WHERE s.on_time IS FALSE)::int AS late
    FROM application_steps s WHERE ${scope('s')}
    GROUP BY s.service_id, s.step_id ORDER BY s.service_id, s.step_id`,
  refusals: `
    SELECT g AS ground_id, count(*)::int AS count
    FROM application_facts f CROSS JOIN LATERAL unnest(f.ground_ids) g
    WHERE ${scope('f')} AND f.decision = 'refuse'
    GROUP BY g ORDER BY count DESC, g`,
  complaints: `
    SELECT c.status, c.state->'decisions'->-1->>'outcome' AS outcome, count(*)::int AS count
    FROM complaints c
    WHERE ($1::text IS NULL OR c.service_id = $1) AND ($2::text IS NULL OR c.provider_id = $2)
      AND (c.state->>'filedOn') COLLATE "C" >= $3::text AND (c.state->>'filedOn') COLLATE "C" < $4::text
    GROUP BY 1, 2 ORDER BY 1, 2`,
  survey: `
    SELECT q.key AS question, count(*)::int AS answers,
           (count(*) FILTER (WHERE q.value::int = 3))::float8 / nullif(count(*), 0) AS satisfied_share
    FROM survey_answers v JOIN application_facts f ON f.application_id = v.application_id
      CROSS JOIN LATERAL jsonb_each_text(v.answers) q
    WHERE ${scope('f')}
    GROUP BY q.key ORDER BY q.key`,
} as const;

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Every indicator for the filter, in five queries. */
export async function computeIndicators(store: Store, f: IndicatorFilter): Promise<Indicators> {
  const pool = pgStoreOf(store).pool;
  const args = [f.serviceId ?? null, f.providerId ?? null, periodBound(f.from), periodBound(f.to)];
  const [onTime, steps, refusals, complaints, survey] = await Promise.all([
    pool.query<{
      registered: number;
      finished: number;
      on_time: number;
      with_deadline: number;
      overdue_now: number;
    }>(indicatorQueries.onTime, [...args, f.now.toISOString()]),
    pool.query<{
      service_id: string;
      step_id: string;
      count: number;
      avg_hours: string | number;
      p90_hours: string | number;
      norm_avg_hours: string | number | null;
      late: number;
    }>(indicatorQueries.steps, args),
    pool.query<{ ground_id: string; count: number }>(indicatorQueries.refusals, args),
    pool.query<{ status: string; outcome: string | null; count: number }>(indicatorQueries.complaints, [
      f.serviceId ?? null,
      f.providerId ?? null,
      f.from,
      f.to,
    ]),
    pool.query<{ question: string; answers: number; satisfied_share: number | null }>(
      indicatorQueries.survey,
      args,
    ),
  ]);
  const t = onTime.rows[0];
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
    steps: steps.rows.map((r) => ({
      serviceId: r.service_id,
      stepId: r.step_id,
      count: r.count,
      avgHours: round(num(r.avg_hours)),
      p90Hours: round(num(r.p90_hours)),
      normAvgHours: r.norm_avg_hours === null ? null : round(num(r.norm_avg_hours)),
      late: r.late,
    })),
    overdueNow: num(t?.overdue_now),
    refusalsByGround: refusals.rows.map((r) => ({ groundId: r.ground_id, count: r.count })),
    complaints: complaints.rows,
    survey: survey.rows.map((r) => ({
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
  await pgStoreOf(store).pool.query(
    `INSERT INTO survey_answers (application_id, answered_at, answers) VALUES ($1, $2, $3)
     ON CONFLICT (application_id) DO UPDATE SET answered_at = excluded.answered_at, answers = excluded.answers`,
    [applicationId, at.toISOString(), answers],
  );
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
