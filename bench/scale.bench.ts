/**
 * `scale.*`: the national-scale check of issue 17. N applications registered over ten years
 * (2016–2025) and N/10 permits, each with its signed licence, are generated with SQL
 * generate_series (the engine's own rows would take days), then each interactive query is
 * timed one call at a time and printed as one JSON line with p50 and p99 in ms:
 * - `scale.queue`: an official's work queue (`workQueue.find`, 500 rows, as GET /official/queue)
 *   at the largest provider (30 % of all applications), a random role each call;
 * - `scale.queue.unit`: the same for an official of one territorial unit;
 * - `scale.registry.number`: the public lookup by number (the permit and its documents, as
 *   GET /p/<number> reads them), a random permit each call;
 * - `scale.registry.holder`: a holder's permits (GET /public/permits?holder=…);
 * - `scale.indicators.*`: every indicator over the last year, one service over it, one month.
 *
 * N: `npm run bench -- scale 10000000`, or BENCH_SCALE_APPLICATIONS; 100,000 by default (a
 * minute). On the server of DATABASE_URL (a scratch database, dropped at the end), else the
 * embedded PostgreSQL.
 */
import { computeIndicators, type IndicatorFilter } from '../src/monitoring/indicators.ts';
import { pgStoreOf, type Store } from '../src/store/index.ts';
import type { Figure, Benchmark } from './harness.ts';
import { withScratchStore } from './scratch-store.ts';

const N = Number(process.argv[3] ?? process.env['BENCH_SCALE_APPLICATIONS'] ?? 100_000);
const PERMITS = Math.floor(N / 10);
const CHUNK = 250_000;
const ROLES = ['executor', 'head', 'unit-head', 'office-clerk'];

const iso = (t: string) => `to_char((${t}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Applications $1..$2: 30 services; provider prov-0 has 30 % of them, 199 others share the rest;
 * 1 % open (the current step's role in the queue), 0.1 % submitted and awaiting registration,
 * the others issued (70 %), refused (20 %) or approved. The deadline carries an explanation
 * the size of the engine's (three holidays named in three languages, with their sources).
 */
const applications = `
INSERT INTO applications (id, version, state, service_id, provider_id, status, applicant_id)
SELECT 'a-' || i, 6, jsonb_build_object(
    'id', 'a-' || i, 'serviceId', svc, 'providerId', prov, 'status', status,
    'applicant', jsonb_build_object('id', lpad((i % 900000000000)::text, 12, '0'), 'name', 'Өтініш беруші ' || i),
    'currentStepId', CASE WHEN status = 'in-review' THEN 's' || nsteps END,
    'registration', CASE WHEN status <> 'submitted' THEN jsonb_build_object(
      'registeredAt', ${iso('reg')}, 'inboundNumber', 'N-' || i) END,
    'deadline', CASE WHEN status <> 'submitted' THEN jsonb_build_object('at', ${iso("reg + interval '10 days'")},
      'explanation', (SELECT jsonb_agg(jsonb_build_object('date', ${iso("reg + d * interval '2 days'")},
        'name', jsonb_build_object('kk', 'Мереке күні ' || d, 'ru', 'Праздничный день ' || d, 'en', 'Public holiday ' || d),
        'source', 'Қазақстан Республикасының 2001 жылғы 13 желтоқсандағы № 267 Заңы, 1-бап'))
        FROM generate_series(1, 3) d)) END,
    'issued', CASE WHEN status = 'issued' THEN jsonb_build_object('at', ${iso("reg + (i % 13) * interval '1 day'")},
      'permitNumber', 'KZ02LIC' || to_char(i / 10, 'FM00000000')) END,
    'decision', CASE WHEN status IN ('issued', 'refused', 'approved') THEN jsonb_build_object(
      'kind', CASE WHEN status = 'refused' THEN 'refuse' ELSE 'approve' END,
      'at', ${iso("reg + (i % 13) * interval '1 day'")},
      'groundIds', CASE WHEN status = 'refused' THEN jsonb_build_array('g' || (i % 5)) ELSE '[]'::jsonb END) END,
    'steps', CASE WHEN status <> 'submitted' THEN (SELECT jsonb_agg(jsonb_build_object(
        'stepId', 's' || k, 'roleKind', (ARRAY[${ROLES.map((r) => `'${r}'`).join(', ')}])[1 + (i / 100 + k) % 4],
        'startedAt', ${iso("reg + k * interval '1 day'")},
        'doneAt', CASE WHEN status = 'in-review' AND k = nsteps THEN NULL
          ELSE ${iso("reg + k * interval '1 day' + ((i * k) % 40) * interval '1 hour'")} END,
        'due', jsonb_build_object('at', ${iso("reg + k * interval '1 day' + interval '24 hours' + (i % 97) * interval '1 minute'")}),
        'onTime', CASE WHEN status = 'in-review' AND k = nsteps THEN NULL ELSE (i * k) % 40 <= 24 END))
      FROM generate_series(1, nsteps) k) ELSE '[]'::jsonb END),
  svc, prov, status, lpad((i % 900000000000)::text, 12, '0')
FROM generate_series($1::bigint, $2::bigint) i,
  LATERAL (SELECT
    'svc-' || (i % 30) AS svc,
    CASE WHEN (i * 7) % 10 < 3 THEN 'prov-0' ELSE 'prov-' || (1 + (i * 13) % 199) END AS prov,
    CASE WHEN i % 100 = 0 THEN 'in-review' WHEN i % 1000 = 3 THEN 'submitted'
         WHEN i % 10 < 7 THEN 'issued' WHEN i % 10 < 9 THEN 'refused' ELSE 'approved' END AS status,
    1 + i % 3 AS nsteps,
    timestamptz '2016-01-01 04:00:00+00' + (i % 3650) * interval '1 day' + (i % 9) * interval '1 hour' AS reg) r`;

/** Permits $1..$2, one per tenth application, each with its licence (kk) signed: ~1.5 kB of CMS. */
const permits = `
WITH p AS (
  INSERT INTO permits (number, holder_id, service_id, status, data)
  SELECT 'KZ02LIC' || to_char(i, 'FM00000000'), lpad(((i * 7919) % ${Math.max(1, Math.floor(PERMITS * 0.7))})::text, 12, '0'),
         'svc-' || (i % 30), CASE WHEN i % 20 = 0 THEN 'terminated' ELSE 'active' END,
         jsonb_build_object('number', 'KZ02LIC' || to_char(i, 'FM00000000'), 'kind', 'license',
           'holder', jsonb_build_object('id', lpad(((i * 7919) % ${Math.max(1, Math.floor(PERMITS * 0.7))})::text, 12, '0'), 'name', 'ЖШС «Ұйым ' || i || '»'),
           'serviceId', 'svc-' || (i % 30), 'status', 'active', 'issuedAt', '2025-01-01T00:00:00.000Z',
           'appendices', '[]'::jsonb, 'history', jsonb_build_array(jsonb_build_object('at', '2025-01-01T00:00:00.000Z', 'what', 'issued')))
  FROM generate_series($1::bigint, $2::bigint) i
  RETURNING number
)
INSERT INTO documents (id, application_id, kind, lang, sha256, cms, signer, permit_number, signed_at)
SELECT 'd-' || n, 'a-' || (substr(n, 8)::bigint * 10), 'license', 'kk', md5(n) || md5(n || 'x'),
       repeat(md5(n || 'cms'), 48), jsonb_build_object('subject', 'Лауазымды тұлға', 'iin', '800101300123', 'role', 'head'),
       n, timestamptz '2025-01-01 06:00:00+00'
FROM p AS q (n)`;

/** Half of prov-0's applications are addressed to one of its ten units (chosen on the draft). */
const units = `
INSERT INTO territorial_units (provider_id, unit_id, name_kk, name_ru, name_en, region)
SELECT 'prov-0', 'u-' || u, 'Бөлім ' || u, 'Отдел ' || u, 'Unit ' || u, 'Астана' FROM generate_series(0, 9) u;
INSERT INTO application_units (application_id, provider_id, unit_id)
SELECT id, provider_id, 'u-' || (abs(hashtext(id)) % 10) FROM applications
WHERE provider_id = 'prov-0' AND abs(hashtext(id)) % 2 = 0`;

export async function generate(store: Store, log: (s: string) => void): Promise<void> {
  const pool = pgStoreOf(store).pool;
  // A bulk load: the stage-data trigger is off during it and its tables are rebuilt set-based
  // after, as migration 0011's backfill does (row by row would take hours at this size).
  await pool.query('ALTER TABLE applications DISABLE TRIGGER application_stage_data_insert');
  for (let lo = 1; lo <= N; lo += CHUNK) {
    await pool.query(applications, [lo, Math.min(N, lo + CHUNK - 1)]);
    log(`applications ${Math.min(N, lo + CHUNK - 1)}/${N}`);
  }
  await pool.query('ALTER TABLE applications ENABLE TRIGGER application_stage_data_insert');
  await pool.query('SELECT rebuild_stage_data()');
  log('stage data');
  for (let lo = 1; lo <= PERMITS; lo += CHUNK)
    await pool.query(permits, [lo, Math.min(PERMITS, lo + CHUNK - 1)]);
  log('permits');
  await pool.query(units);
  await pool.query(
    `INSERT INTO survey_answers (application_id, answered_at, answers)
     SELECT application_id, now(), jsonb_build_object('q1', 1 + abs(hashtext(application_id)) % 3, 'q2', 1 + abs(hashtext(application_id || 'x')) % 3)
     FROM application_facts WHERE abs(hashtext(application_id)) % 10 = 0`,
  );
  await pool.query('VACUUM ANALYZE');
  log('vacuum analyze');
}

/** p50 and p99 in ms of `calls` calls of `op(k)`, one at a time, after 3 warm-up calls. */
async function percentiles(
  calls: number,
  op: (k: number) => Promise<unknown>,
): Promise<{ p50: number; p99: number }> {
  for (let k = 0; k < 3; k++) await op(k);
  const ms: number[] = [];
  for (let k = 0; k < calls; k++) {
    const t = performance.now();
    await op(k);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)] ?? 0) * 10) / 10;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Rows an answer holds: one query's rows, or each of several queries' rows (`1+1`). */
const rowsOf = (rows: unknown[]): string =>
  rows.some(Array.isArray)
    ? rows.map((r) => (Array.isArray(r) ? r.length : r === undefined ? 0 : 1)).join('+')
    : String(rows.length);

/** A pseudo-random sequence, the same every run. */
const pick = (k: number, n: number) => Math.floor((((k * 2654435761) % 4294967296) / 4294967296) * n);

async function scale(): Promise<Figure[]> {
  return withScratchStore('ruqsat_scale', async (store, where) => {
    const t0 = performance.now();
    const log = (s: string) =>
      process.stderr.write(`scale: ${s} (${Math.round((performance.now() - t0) / 1000)} s)\n`);
    await generate(store, log);
    const generatedS = Math.round((performance.now() - t0) / 1000);
    const size = `${N} applications, ${PERMITS} permits on the ${where} PostgreSQL (generated in ${generatedS} s)`;
    const out: Figure[] = [];
    const measure = async (
      bench: string,
      calls: number,
      op: (k: number) => Promise<unknown>,
      what: string,
    ) => {
      const first = await op(0);
      const rows = Array.isArray(first) ? `, ${rowsOf(first)} rows the first call` : '';
      const { p50, p99 } = await percentiles(calls, op);
      out.push({
        bench,
        value: p99,
        unit: 'ms (p99)',
        baseline: null,
        ratio: null,
        notes: `${what}${rows}; ${size}; ${calls} calls`,
        p50,
        p99,
      });
    };
    const { workQueue, publicRegistry } = store.repos;
    const queue = (k: number) => ({
      providerId: 'prov-0',
      role: ROLES[k % ROLES.length] ?? 'executor',
      registering: k % 4 === 3,
    });
    await measure(
      'scale.queue',
      200,
      (k) => workQueue.find(queue(k)),
      'work queue of prov-0 (30 % of all applications), 500 rows',
    );
    await measure(
      'scale.queue.unit',
      200,
      (k) => workQueue.find({ ...queue(k), unitId: `u-${k % 10}` }),
      'work queue of one unit of prov-0',
    );
    const number = (k: number) => `KZ02LIC${String(1 + pick(k, PERMITS)).padStart(8, '0')}`;
    await measure(
      'scale.registry.number',
      1000,
      (k) => Promise.all([publicRegistry.permit(number(k)), publicRegistry.documentsOf(number(k))]),
      'a permit by number with its documents',
    );
    const holder = (k: number) => String(pick(k, Math.floor(PERMITS * 0.7))).padStart(12, '0');
    await measure(
      'scale.registry.holder',
      1000,
      (k) => store.repos.publicRegistry.ofHolder(holder(k)),
      "a holder's permits",
    );
    const year: IndicatorFilter = {
      from: '2025-01-01',
      to: '2026-01-01',
      now: new Date('2025-12-31T12:00:00Z'),
    };
    await measure(
      'scale.indicators.year',
      5,
      () => computeIndicators(store, year),
      'every indicator over 2025 (a tenth of the applications)',
    );
    await measure(
      'scale.indicators.service',
      5,
      (k) => computeIndicators(store, { ...year, serviceId: `svc-${k % 30}` }),
      'one service of 30 over 2025',
    );
    await measure(
      'scale.indicators.month',
      5,
      () => computeIndicators(store, { ...year, from: '2025-06-01', to: '2025-07-01' }),
      'every indicator over June 2025',
    );
    return out;
  });
}

export const benchmarks: Benchmark[] = [{ name: 'scale', run: scale }];
