/**
 * The SQL of the quality indicators (src/monitoring/indicators.ts says what each means): five
 * aggregates over the stage-data tables of migration 0011 (application_facts: one row per
 * registered application; application_steps: one row per finished step — kept from the state
 * by a trigger in the same statement as each command), the complaints and the survey answers
 * (migration 0004). The period is the registration date in Kazakhstan time (UTC+5), [from, to).
 */
import type pg from 'pg';

const FINISHED = `('issued', 'delivered', 'refused', 'approved', 'signed')`;

/**
 * The common WHERE over the stage-data tables of migration 0011 (application_facts,
 * application_steps: written by the same statement as each command's state): service,
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
  // Visits to the office (migration 0018) by arrival instant: the wait (arrival to call) and the
  // service (call to end) against the limits kept on each visit (seed 004 7-т.: 20 minutes each);
  // "not more than 20 minutes" — exactly the limit is within it. Same rule as src/cases/visit.ts.
  visits: `
    SELECT v.provider_id, v.unit_id, v.service_id, count(*)::int AS visits,
           count(*) FILTER (WHERE v.called_at IS NOT NULL)::int AS called,
           count(*) FILTER (WHERE v.ended_at IS NOT NULL)::int AS ended,
           count(*) FILTER (
             WHERE v.called_at - v.arrived_at > v.wait_limit_ms * interval '1 millisecond'
           )::int AS waited_over,
           count(*) FILTER (
             WHERE v.called_at IS NULL AND $5::timestamptz - v.arrived_at > v.wait_limit_ms * interval '1 millisecond'
           )::int AS waiting_over_now,
           count(*) FILTER (
             WHERE v.ended_at - v.called_at > v.service_limit_ms * interval '1 millisecond'
           )::int AS served_over,
           avg(extract(epoch FROM v.called_at - v.arrived_at)) / 60 AS avg_wait_minutes,
           avg(extract(epoch FROM v.ended_at - v.called_at)) / 60 AS avg_service_minutes,
           bool_or(v.wait_limit_ms IS NOT NULL) AS wait_limited,
           bool_or(v.service_limit_ms IS NOT NULL) AS service_limited
    FROM counter_visits v
    WHERE ($1::text IS NULL OR v.service_id = $1) AND ($2::text IS NULL OR v.provider_id = $2)
      AND v.arrived_at >= $3::timestamptz AND v.arrived_at < $4::timestamptz
    GROUP BY v.provider_id, v.unit_id, v.service_id
    ORDER BY v.provider_id, v.unit_id NULLS FIRST, v.service_id`,
} as const;

export interface IndicatorQuery {
  serviceId?: string;
  providerId?: string;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, exclusive. */
  to: string;
  /** "Now" for the overdue count. */
  now: Date;
}

/** What the five queries return, as the driver gives it. */
export interface IndicatorRows {
  onTime:
    | { registered: number; finished: number; on_time: number; with_deadline: number; overdue_now: number }
    | undefined;
  steps: {
    service_id: string;
    step_id: string;
    count: number;
    avg_hours: string | number;
    p90_hours: string | number;
    norm_avg_hours: string | number | null;
    late: number;
  }[];
  refusals: { ground_id: string; count: number }[];
  complaints: { status: string; outcome: string | null; count: number }[];
  survey: { question: string; answers: number; satisfied_share: number | null }[];
  visits: {
    provider_id: string;
    unit_id: string | null;
    service_id: string;
    visits: number;
    called: number;
    ended: number;
    waited_over: number;
    waiting_over_now: number;
    served_over: number;
    avg_wait_minutes: string | number | null;
    avg_service_minutes: string | number | null;
    wait_limited: boolean;
    service_limited: boolean;
  }[];
}

export class IndicatorRepository {
  constructor(
    private readonly pool: pg.Pool,
    /** The aggregates' pool: a standby's with DATABASE_READ_URL (docs/deploy.md), else `pool`. */
    private readonly readPool: pg.Pool = pool,
  ) {}

  /** The six aggregates for the filter, run in parallel. */
  async rows(f: IndicatorQuery): Promise<IndicatorRows> {
    const args = [f.serviceId ?? null, f.providerId ?? null, periodBound(f.from), periodBound(f.to)];
    const [onTime, steps, refusals, complaints, survey, visits] = await Promise.all([
      this.readPool.query<NonNullable<IndicatorRows['onTime']>>(indicatorQueries.onTime, [
        ...args,
        f.now.toISOString(),
      ]),
      this.readPool.query<IndicatorRows['steps'][number]>(indicatorQueries.steps, args),
      this.readPool.query<IndicatorRows['refusals'][number]>(indicatorQueries.refusals, args),
      this.readPool.query<IndicatorRows['complaints'][number]>(indicatorQueries.complaints, [
        f.serviceId ?? null,
        f.providerId ?? null,
        f.from,
        f.to,
      ]),
      this.readPool.query<IndicatorRows['survey'][number]>(indicatorQueries.survey, args),
      this.readPool.query<IndicatorRows['visits'][number]>(indicatorQueries.visits, [
        ...args,
        f.now.toISOString(),
      ]),
    ]);
    return {
      onTime: onTime.rows[0],
      steps: steps.rows,
      refusals: refusals.rows,
      complaints: complaints.rows,
      survey: survey.rows,
      visits: visits.rows,
    };
  }

  /** Records an applicant's survey answers (q1, q2 → 1..3); a second answer replaces the first. */
  async recordSurvey(applicationId: string, answers: Record<string, 1 | 2 | 3>, at: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO survey_answers (application_id, answered_at, answers) VALUES ($1, $2, $3)
       ON CONFLICT (application_id) DO UPDATE SET answered_at = excluded.answered_at, answers = excluded.answers`,
      [applicationId, at.toISOString(), answers],
    );
  }
}
