/**
 * `scale.*`: the national-scale check of issue 17. N applications registered over ten years
 * (2016–2025) and N/10 permits, each with its signed licence, are generated inside PostgreSQL
 * (bench/scale-data.ts: one INSERT … SELECT FROM generate_series per batch of 1,000,000 rows,
 * two batches at once; the engine's own rows would take days), then each interactive query —
 * the store's own repositories, as the routes call them — is timed one call at a time and
 * printed as one JSON line with p50, p95 and p99 in ms:
 * - `scale.queue`: an official's work queue (`workQueue.find`, 500 rows, as GET /official/queue)
 *   at the largest provider (30 % of all applications), a random role each call;
 * - `scale.queue.unit`: the same for an official of one territorial unit;
 * - `scale.registry.number`: the public lookup by number (the permit and its documents, as
 *   GET /p/<number> reads them), a random permit each call;
 * - `scale.registry.holder`: a holder's permits (GET /public/permits?holder=…);
 * - `scale.indicators.*`: every indicator over the last year, one service over it, one month;
 * then `scale.generate` (seconds) and `scale.size` (the tables' and indexes' sizes).
 *
 * `npm run bench -- scale [N] [--keep] [--reuse] [--jobs J] [--batch B]` (N also
 * BENCH_SCALE_APPLICATIONS; 100,000 by default, under a minute). With DATABASE_URL: in the
 * database `ruqsat_scale` on that server (created, and dropped at the end unless `--keep`;
 * `--reuse` measures a kept one again without generating, after applying any new migration);
 * else in the embedded PostgreSQL in a temp folder.
 */
import { loadavg } from 'node:os';
import pg from 'pg';
import { computeIndicators, type IndicatorFilter } from '../src/monitoring/indicators.ts';
import { openStore, pgStoreOf, type Store } from '../src/store/index.ts';
import type { Figure, Benchmark } from './harness.ts';
import { generateScaleData, SCALE_ROLES } from './scale-data.ts';
import { withScratchStore } from './scratch-store.ts';

const args = process.argv.slice(3);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, otherwise: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : otherwise;
};
const positional = args.find((a, k) => /^\d+$/.test(a) && !/^--(jobs|batch|until)$/.test(args[k - 1] ?? ''));
const N = Number(positional ?? process.env['BENCH_SCALE_APPLICATIONS'] ?? 100_000);
const PERMITS = Math.floor(N / 10);
const DATABASE = 'ruqsat_scale';

/** `--until 03:58` (UTC, today) or an ISO instant: no batch of the generator starts after it. */
function untilOption(): Date | undefined {
  const at = args.indexOf('--until');
  const v = at >= 0 ? args[at + 1] : undefined;
  if (v === undefined) return undefined;
  return /^\d\d:\d\d$/.test(v) ? new Date(`${new Date().toISOString().slice(0, 10)}T${v}:00Z`) : new Date(v);
}

/** The server's own administration, on the database DATABASE_URL names. */
async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * The store of the check: `ruqsat_scale` on the server of DATABASE_URL (never the database it
 * names, which tests share), else the embedded server in a temp folder.
 */
async function withScaleStore<T>(
  work: (store: Store, where: 'server' | 'embedded', fresh: boolean) => Promise<T>,
): Promise<T> {
  const url = process.env['DATABASE_URL'];
  if (url === undefined || url === '')
    return withScratchStore(DATABASE, (store, where) => work(store, where, true));
  const reuse = flag('reuse');
  if (!reuse) {
    await admin(url, `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin(url, `CREATE DATABASE ${DATABASE}`);
  }
  const scaleUrl = new URL(url);
  scaleUrl.pathname = `/${DATABASE}`;
  const store = await openStore({ databaseUrl: scaleUrl.toString() });
  try {
    return await work(store, 'server', !reuse);
  } finally {
    await store.close();
    if (!flag('keep')) await admin(url, `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  }
}

/** p50, p95 and p99 in ms of `calls` calls of `op(k)`, one at a time, after 3 warm-up calls. */
async function percentiles(
  calls: number,
  op: (k: number) => Promise<unknown>,
): Promise<{ p50: number; p95: number; p99: number }> {
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
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Rows an answer holds: one query's rows, or each of several queries' rows (`1+1`). */
const rowsOf = (rows: unknown[]): string =>
  rows.some(Array.isArray)
    ? rows.map((r) => (Array.isArray(r) ? r.length : r === undefined ? 0 : 1)).join('+')
    : String(rows.length);

/** A pseudo-random sequence, the same every run. */
const pick = (k: number, n: number) => Math.floor((((k * 2654435761) % 4294967296) / 4294967296) * n);

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Sizes of the tables the queries read, with their indexes (partitions summed), in MB. */
const sizesSql = `
SELECT coalesce(i.inhparent, c.oid)::regclass::text AS tab,
       round(sum(pg_table_size(c.oid)) / 1048576.0)::int AS table_mb,
       round(sum(pg_indexes_size(c.oid)) / 1048576.0)::int AS indexes_mb,
       sum(c.reltuples)::bigint AS rows
FROM pg_class c LEFT JOIN pg_inherits i ON i.inhrelid = c.oid
WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
  AND coalesce(i.inhparent, c.oid)::regclass::text IN
    ('applications', 'application_facts', 'application_steps', 'application_units', 'permits', 'documents', 'survey_answers')
GROUP BY 1 ORDER BY 1`;
const indexSizesSql = `
SELECT coalesce(pi.inhparent, x.indexrelid)::regclass::text AS index,
       round(sum(pg_relation_size(x.indexrelid)) / 1048576.0)::int AS mb
FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid LEFT JOIN pg_inherits pi ON pi.inhrelid = x.indexrelid
WHERE c.relnamespace = 'public'::regnamespace
  AND coalesce((SELECT inhparent FROM pg_inherits WHERE inhrelid = c.oid), c.oid)::regclass::text IN
    ('applications', 'application_facts', 'application_steps', 'application_units', 'permits', 'documents', 'survey_answers')
GROUP BY 1 ORDER BY 2 DESC`;

async function scale(): Promise<Figure[]> {
  return withScaleStore(async (store, where, fresh) => {
    const pool = pgStoreOf(store).pool;
    const t0 = performance.now();
    const log = (s: string) =>
      process.stderr.write(
        `scale: ${s} (${Math.round((performance.now() - t0) / 1000)} s, load ${load()})\n`,
      );
    const loadBefore = load();
    let generated = 'reused';
    let made: { applications: number; permits: number } | undefined;
    if (fresh) {
      const until = untilOption();
      made = await generateScaleData(pool, {
        applications: N,
        permits: PERMITS,
        batch: option('batch', 1_000_000),
        jobs: option('jobs', 2),
        ...(until === undefined ? {} : { until }),
        log,
      });
      if (made.applications < N)
        log(`stopped at ${made.applications} applications: --until ${until?.toISOString()} passed`);
      const insertedS = Math.round((performance.now() - t0) / 1000);
      // What autovacuum would have done by now: the tables the index-only scans read vacuumed
      // (their visibility map set), statistics everywhere; the two largest only analysed.
      await pool.query(
        'VACUUM (ANALYZE) application_facts, application_steps, application_units, survey_answers, permits',
      );
      await pool.query('ANALYZE applications, documents');
      log('vacuum analyze');
      generated = `generated in ${Math.round((performance.now() - t0) / 1000)} s: ${insertedS} s inserting, the rest VACUUM ANALYZE`;
    }
    const generatedS = Math.round((performance.now() - t0) / 1000);
    // A kept database's counts: the statistics' (exact after the load's ANALYZE).
    const counts = (
      await pool.query<{ a: string; p: string }>(
        `SELECT (SELECT reltuples::bigint FROM pg_class WHERE oid = 'applications'::regclass) AS a,
                (SELECT count(*) FROM permits) AS p`,
      )
    ).rows[0];
    const applications = made?.applications ?? Number(counts?.a);
    const permits = made?.permits ?? Number(counts?.p);
    const size = `${applications} applications, ${permits} permits on the ${where} PostgreSQL (${generated})`;
    const out: Figure[] = [];
    const measure = async (
      bench: string,
      calls: number,
      op: (k: number) => Promise<unknown>,
      what: string,
    ) => {
      const first = await op(0);
      const rows = Array.isArray(first) ? `, ${rowsOf(first)} rows the first call` : '';
      const { p50, p95, p99 } = await percentiles(calls, op);
      out.push({
        bench,
        value: p99,
        unit: 'ms (p99)',
        baseline: null,
        ratio: null,
        notes: `${what}${rows}; ${size}; ${calls} calls; load average ${load()}`,
        p50,
        p95,
        p99,
      });
    };
    const { workQueue, publicRegistry } = store.repos;
    const queue = (k: number) => ({
      providerId: 'prov-0',
      role: SCALE_ROLES[k % SCALE_ROLES.length] ?? 'executor',
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
    const number = (k: number) => `KZ02LIC${String(1 + pick(k, permits)).padStart(8, '0')}`;
    await measure(
      'scale.registry.number',
      1000,
      (k) => Promise.all([publicRegistry.permit(number(k)), publicRegistry.documentsOf(number(k))]),
      'a permit by number with its documents',
    );
    const holder = (k: number) => String(pick(k, Math.floor(permits * 0.7))).padStart(12, '0');
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
      10,
      () => computeIndicators(store, year),
      'every indicator over 2025 (a tenth of the applications)',
    );
    await measure(
      'scale.indicators.service',
      10,
      (k) => computeIndicators(store, { ...year, serviceId: `svc-${k % 30}` }),
      'one service of 30 over 2025',
    );
    await measure(
      'scale.indicators.month',
      10,
      () => computeIndicators(store, { ...year, from: '2025-06-01', to: '2025-07-01' }),
      'every indicator over June 2025',
    );
    const sizes = (
      await pool.query<{ tab: string; table_mb: number; indexes_mb: number; rows: string }>(sizesSql)
    ).rows;
    const indexes = (await pool.query<{ index: string; mb: number }>(indexSizesSql)).rows;
    out.push({
      bench: 'scale.generate',
      value: generatedS,
      unit: 's',
      baseline: null,
      ratio: null,
      notes: `${size}; load average before ${loadBefore}, after ${load()}`,
    });
    out.push({
      bench: 'scale.size',
      value: sizes.reduce((t, r) => t + r.table_mb + r.indexes_mb, 0),
      unit: 'MB',
      baseline: null,
      ratio: null,
      notes: [
        ...sizes.map(
          (r) =>
            `${r.tab} ${Number(r.rows).toLocaleString('en')} rows: ${r.table_mb} MB + indexes ${r.indexes_mb} MB`,
        ),
        `indexes: ${indexes.map((r) => `${r.index} ${r.mb} MB`).join(', ')}`,
      ].join('; '),
    });
    return out;
  });
}

export const benchmarks: Benchmark[] = [{ name: 'scale', run: scale }];
