/**
 * `monitoring.indicators`: every indicator (on time, steps avg/p90, overdue now, refusals by
 * ground, complaints, survey) over 1,000,000 applications, in ms; the baseline is a plain
 * `count(*)` over the same table in the same run. The rows are generated with SQL
 * generate_series (seconds, not the engine's hours), on the server of DATABASE_URL when set,
 * else on the embedded PostgreSQL. Instants are written as toISOString() writes them, as the engine does. BENCH_MONITORING_ROWS changes the count.
 */
import { computeIndicators } from '../src/monitoring/indicators.ts';
import { indicatorQueries, periodBound } from '../src/store/indicators.ts';
import { pgStoreOf } from '../src/store/index.ts';
import { figure, type Benchmark, type Figure } from './harness.ts';
import { withScratchStore } from './scratch-store.ts';

const ROWS = Number(process.env['BENCH_MONITORING_ROWS'] ?? 1_000_000);

/** Applications over 2025: 10 services, 20 providers; 70% issued, 20% refused, 10% open; 1–3 steps each. */
export const generate = `
INSERT INTO applications (id, version, state, service_id, provider_id, status, applicant_id)
SELECT 'b-' || i, 1, jsonb_build_object(
    'id', 'b-' || i,
    'registration', jsonb_build_object('registeredAt', to_char((reg) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'inboundNumber', 'N-' || i),
    'deadline', jsonb_build_object('at', to_char((reg + interval '10 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
    'issued', CASE WHEN i % 10 < 7 THEN jsonb_build_object('at', to_char((reg + (i % 13) * interval '1 day') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) END,
    'decision', CASE WHEN i % 10 < 9 THEN jsonb_build_object(
        'kind', CASE WHEN i % 10 < 7 THEN 'approve' ELSE 'refuse' END,
        'at', to_char((reg + (i % 13) * interval '1 day') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'groundIds', CASE WHEN i % 10 BETWEEN 7 AND 8 THEN jsonb_build_array('g' || (i % 5)) ELSE '[]'::jsonb END) END,
    'steps', (SELECT jsonb_agg(jsonb_build_object(
        'stepId', 's' || k,
        'startedAt', to_char((reg + k * interval '1 day') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'doneAt', to_char((reg + k * interval '1 day' + ((i * k) % 40) * interval '1 hour') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'due', jsonb_build_object('at', to_char((reg + k * interval '1 day' + interval '24 hours') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
        'onTime', (i * k) % 40 <= 24))
      FROM generate_series(1, 1 + i % 3) k)),
  'svc-' || (i % 10), 'prov-' || (i % 20),
  CASE WHEN i % 10 < 7 THEN 'issued' WHEN i % 10 < 9 THEN 'refused' ELSE 'in-review' END,
  lpad((i % 1000000000000)::text, 12, '0')
FROM generate_series(1, $1::int) i,
  LATERAL (SELECT timestamptz '2025-01-01 04:00:00+00' + (i % 365) * interval '1 day' AS reg) r`;

const best = async (op: () => Promise<unknown>, rounds = 3): Promise<number> => {
  let ms = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    await op();
    ms = Math.min(ms, performance.now() - t);
  }
  return Math.round(ms * 10) / 10;
};

async function indicators(): Promise<Figure> {
  return withScratchStore('ruqsat_bench', async (store, where) => {
    const pool = pgStoreOf(store).pool;
    const t0 = performance.now();
    // A bulk load bypasses the engine, which writes the stage data with each command
    // (src/store/stage-data.ts): the tables are built set-based after, as a backfill is.
    await pool.query(generate, [ROWS]);
    await pool.query('SELECT rebuild_stage_data()');
    await pool.query(
      `INSERT INTO survey_answers (application_id, answered_at, answers)
       SELECT id, now(), jsonb_build_object('q1', 1 + abs(hashtext(id)) % 3, 'q2', 1 + abs(hashtext(id || 'x')) % 3)
       FROM applications WHERE abs(hashtext(id)) % 10 = 0`,
    );
    await pool.query('VACUUM ANALYZE');
    const generatedS = Math.round((performance.now() - t0) / 100) / 10;
    const filter = { from: '2025-01-01', to: '2026-01-01', now: new Date('2025-12-31T12:00:00Z') };
    const all = await best(() => computeIndicators(store, filter));
    const oneService = await best(() => computeIndicators(store, { ...filter, serviceId: 'svc-3' }));
    const count = await best(() => pool.query('SELECT count(*) FROM applications'));
    // Each query alone (the five run in parallel in computeIndicators).
    const args = [null, null, periodBound(filter.from), periodBound(filter.to)];
    const each: string[] = [];
    for (const [name, sql] of Object.entries(indicatorQueries)) {
      const params =
        name === 'onTime'
          ? [...args, filter.now.toISOString()]
          : name === 'complaints'
            ? [null, null, filter.from, filter.to]
            : args;
      each.push(`${name} ${await best(() => pool.query(sql, params))} ms`);
    }
    return figure(
      'monitoring.indicators',
      all,
      'ms',
      count,
      `${ROWS} applications on the ${where} PostgreSQL (generated in ${generatedS} s with generate_series); value = all indicators for all services and providers over 2025 (5 SQL aggregates in parallel over the stage-data tables application_facts and application_steps of migration 0011); baseline = SELECT count(*) over applications; one service of 10: ${oneService} ms; each query alone: ${each.join(', ')}`,
    );
  });
}

export const benchmarks: Benchmark[] = [{ name: 'monitoring.indicators', run: indicators }];
