/**
 * The data of the national-scale check (bench/scale.bench.ts, issue 17), generated inside
 * PostgreSQL: one `INSERT … SELECT FROM generate_series` statement per batch of applications
 * writes the applications, their stage data (application_facts, application_steps, as the
 * engine writes them with each command), their territorial units and survey answers; one per batch
 * of permits writes the permits and their signed licences. Batches run on `jobs` connections
 * at once; nothing is computed in Node and nothing is read back.
 *
 * The rows have the shape of the engine's: the state carries the fields of ApplicationState
 * (src/cases/model.ts) with deadlines and their explanations, steps with role kinds and due
 * times, so the generated columns `queue_role`/`queue_due` (migration 0005) and every index
 * are filled by PostgreSQL itself. test/bench/scale-data.test.ts checks that the stage data
 * written here is the one `rebuild_stage_data()` derives from the states.
 *
 * Distributions (i = 1 … N): 30 services (`svc-<i mod 30>`); provider `prov-0` has 30 % of the
 * applications, 199 others share the rest; 1 % open (in review, the current step's role kind
 * in the queue), 0.1 % submitted and awaiting registration, the others issued (70 %), refused
 * (20 %) or approved (~9 %); registered over 3,650 days from 1 January 2016; one to three
 * steps; half of prov-0's applications addressed to one of its ten units; a survey answer on
 * a tenth of the finished ones. Permits: N/10, permit k issued on application 10k − 5, `KZ02LIC<8 digits>`, 5 % terminated, held by
 * 0.7 × N/10 holders, each with its licence (kk) signed (~1.5 kB of CMS).
 */
import type pg from 'pg';

export interface ScaleDataOptions {
  applications: number;
  permits: number;
  /** Rows per statement. */
  batch: number;
  /** Statements at once, each on its own connection. */
  jobs: number;
  log: (line: string) => void;
}

export const SCALE_ROLES = ['executor', 'head', 'unit-head', 'office-clerk'] as const;
const ROLE_NAMES: Record<(typeof SCALE_ROLES)[number], string> = {
  executor: 'Орындаушы',
  head: 'Басшы',
  'unit-head': 'Бөлім басшысы',
  'office-clerk': 'Кеңсе қызметкері',
};

/**
 * ISO instant text, as the engine writes (`2025-06-01T04:00:00.000Z`), of a `timestamp` in UTC
 * (`ru`, the registration instant, plus whole minutes): its ISO text output with the T and the
 * milliseconds put in, three times cheaper than to_char (datestyle ISO, set by the loader).
 */
const iso = (t: string) => `(overlay((${t})::text placing 'T' from 11) || '.000Z')`;
/** The local date (UTC+5) of such an instant, as the calendar's explanations carry. */
const day = (t: string) => `((${t}) + interval '5 hours')::date::text`;

/*
 * The state is written as JSON text and cast once (`::jsonb`): nested jsonb_build_object calls
 * serialise each level again and cost five times as much per row. Every value below is a
 * number, a date or a fixed word, none holds a quote or a backslash, so it is quoted as is.
 */
/** SQL text of a JSON string from a text expression that is never NULL. */
const str = (e: string) => `('"' || (${e}) || '"')`;
/** The same, `null` when the expression is NULL. */
const nstr = (e: string) => `coalesce('"' || (${e}) || '"', 'null')`;
/** JSON null. */
const NULL = "'null'";
/** A constant JSON value. */
const lit = (json: unknown) => `'${JSON.stringify(json).replaceAll("'", "''")}'`;
/** SQL text of a JSON object: key → SQL text expression of its JSON value. */
const obj = (fields: [string, string][]) =>
  `concat('{', ${fields.map(([k, v], n) => `'${n === 0 ? '' : ', '}"${k}": ', ${v}`).join(', ')}, '}')`;

/** The days a deadline passes over (a long weekend), kept as dates (src/calendar/kept-explanation.ts). */
const SKIPPED = ['2025-03-21', '2025-03-22', '2025-03-23'];

/**
 * The explanation of a term as an application keeps it (src/calendar/kept-explanation.ts) with
 * the days it passed over: the overall term's three (a long weekend), a step's one, none at
 * registration.
 */
const explanation = (from: string, to: string, skipped: string[]) =>
  obj([
    ['rule', lit('working-days')],
    ['sources', lit([])],
    ['start', str(day(from))],
    ['result', str(day(to))],
    ['skipped', lit(skipped)],
    ['notes', lit([])],
  ]);

/** A due time (src/cases/model.ts Due). */
const due = (at: string, from: string, duration: unknown, skipped: string[]) =>
  obj([
    ['at', str(iso(at))],
    ['duration', lit(duration)],
    ['explanation', explanation(from, at, skipped)],
  ]);

/** The k-th step of an application (k = 1 … nsteps), as evolve.ts's stepRecord writes it, finished unless it is the open one. */
const step = (k: number) => {
  const open = `(status = 'in-review' AND nsteps = ${k})`;
  const started = `ru + ${k} * interval '1 day'`;
  const role = (names: readonly string[]) =>
    str(`(ARRAY[${names.map((r) => `'${r}'`).join(', ')}])[1 + (i / 100 + ${k}) % 4]`);
  return obj([
    ['stepId', lit(`s${k}`)],
    ['startedAt', str(iso(started))],
    [
      'due',
      due(
        `${started} + interval '24 hours' + (i % 97) * interval '1 minute'`,
        started,
        {
          unit: 'working-hours',
          value: 24,
        },
        SKIPPED.slice(2),
      ),
    ],
    ['label', lit({ kk: `Қадам ${k}`, ru: `Шаг ${k}`, en: `Step ${k}` })],
    ['short', NULL],
    ['role', role(SCALE_ROLES.map((r) => ROLE_NAMES[r]))],
    ['roleKind', role(SCALE_ROLES)],
    ['action', lit('review')],
    [
      'doneAt',
      `CASE WHEN ${open} THEN 'null' ELSE ${str(iso(`${started} + ((i * ${k}) % 40) * interval '1 hour'`))} END`,
    ],
    ['doneBy', `CASE WHEN ${open} THEN 'null' ELSE ${str(`'off-' || (i % 500)`)} END`],
    ['branch', NULL],
    ['onTime', `CASE WHEN ${open} THEN 'null' ELSE ((i * ${k}) % 40 <= 24)::text END`],
  ]);
};

const registered = `status <> 'submitted'`;
export const applicationState = obj([
  ['id', str('id')],
  ['version', '(6 + nsteps)::text'],
  ['serviceId', str('svc')],
  ['serviceVersion', '1'],
  ['actId', str(`'act-' || (i % 30)`)],
  ['caseId', lit('new-license')],
  ['caseKind', lit('new')],
  ['channel', `CASE WHEN i % 5 = 0 THEN '"provider-office"' ELSE '"elicense-portal"' END`],
  ['processId', str(`'p-' || svc`)],
  ['providerId', str('prov')],
  [
    'applicant',
    obj([
      ['id', str('applicant')],
      ['type', `CASE WHEN i % 3 = 0 THEN '"individual"' ELSE '"legal-entity"' END`],
      ['name', str(`'ЖШС «Өтініш беруші ' || i || '»'`)],
    ]),
  ],
  ['permitNumber', NULL],
  [
    'form',
    obj([
      ['activity', str(`'Қызмет түрі ' || (i % 30)`)],
      ['address', str(`'Астана қ., Мәңгілік Ел д-лы, ' || (i % 300)`)],
      ['phone', str(`'+7 701 ' || lpad((i % 10000000)::text, 7, '0')`)],
    ]),
  ],
  ['unitId', nstr(`CASE WHEN prov = 'prov-0' AND (i / 7) % 2 = 0 THEN 'u-' || (i % 10) END`)],
  ['status', str('status')],
  ['createdAt', str(iso("ru - interval '1 hour'"))],
  ['submittedAt', str(iso("ru - interval '30 minutes'"))],
  [
    'submissionSignature',
    obj([
      ['status', lit('valid')],
      ['code', lit('ok')],
      [
        'signer',
        obj([
          ['iin', str('applicant')],
          ['bin', NULL],
          ['role', lit('applicant')],
          ['subject', str(`'CN=ӨТІНІШ БЕРУШІ ' || i`)],
        ]),
      ],
      ['signedAt', str(iso("ru - interval '30 minutes'"))],
      ['checkedAt', str(iso("ru - interval '29 minutes'"))],
      ['reason', NULL],
      ['cms', lit('MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwGggCSABIIB')],
    ]),
  ],
  [
    'registration',
    `CASE WHEN ${registered} THEN ${obj([
      ['receivedAt', str(iso("ru - interval '30 minutes'"))],
      ['registeredAt', str(iso('ru'))],
      ['inboundNumber', str(`'KZ-' || prov || '-' || extract(year FROM ru) || '-' || i`)],
      ['official', lit('system')],
      ['explanation', explanation('ru', 'ru', [])],
    ])} ELSE 'null' END`,
  ],
  [
    'deadline',
    `CASE WHEN ${registered} THEN ${due("ru + interval '10 days'", 'ru', { unit: 'working-days', value: 8 }, SKIPPED)} ELSE 'null' END`,
  ],
  ['completenessDue', NULL],
  ['completeness', lit('confirmed')],
  [
    'steps',
    `CASE WHEN status = 'submitted' THEN '[]' WHEN nsteps = 1 THEN '[' || ${step(1)} || ']'
      WHEN nsteps = 2 THEN '[' || ${step(1)} || ', ' || ${step(2)} || ']'
      ELSE '[' || ${step(1)} || ', ' || ${step(2)} || ', ' || ${step(3)} || ']' END`,
  ],
  ['currentStepId', `CASE WHEN status = 'in-review' THEN '"s' || nsteps || '"' ELSE 'null' END`],
  ['payment', NULL],
  ['executorId', `CASE WHEN ${registered} THEN ${str(`'off-' || (i % 500)`)} ELSE 'null' END`],
  ['stateData', lit([])],
  ['inspections', lit([])],
  ['approvals', lit([])],
  ['pauses', lit([])],
  ['preliminaryDecision', NULL],
  ['objection', NULL],
  ['hearing', NULL],
  [
    'decision',
    `CASE WHEN finished IS NULL THEN 'null' ELSE ${obj([
      ['kind', `CASE WHEN status = 'refused' THEN '"refuse"' ELSE '"approve"' END`],
      ['at', str(iso('fu'))],
      ['by', str(`'off-' || (i % 500)`)],
      ['tacit', lit(false)],
      ['groundIds', `CASE WHEN status = 'refused' THEN '["g' || (i % 5) || '"]' ELSE '[]' END`],
      ['reasoning', `CASE WHEN status = 'refused' THEN '"Талаптарға сәйкес келмейді"' ELSE 'null' END`],
    ])} END`,
  ],
  ['signature', NULL],
  [
    'issued',
    `CASE WHEN status = 'issued' THEN ${obj([
      ['permitNumber', str(`'KZ02LIC' || to_char((i + 5) / 10, 'FM00000000')`)],
      ['at', str(iso('fu'))],
      ['tacit', lit(false)],
    ])} ELSE 'null' END`,
  ],
  ['deliveredAt', NULL],
  ['withdrawn', NULL],
  ['overdueFlags', lit([])],
]);

/**
 * Applications $1 … $2 with everything derived from them. `src` computes each row's columns once;
 * the data-modifying CTEs all read it (PostgreSQL runs every one of them, referenced or not).
 */
export const applicationsSql = `
WITH src AS MATERIALIZED (
  SELECT i, 'a-' || i AS id, svc, prov, status, nsteps, reg, applicant, ru,
    CASE WHEN status IN ('issued', 'refused', 'approved') THEN reg + (i % 13) * interval '1 day' END AS finished,
    CASE WHEN status IN ('issued', 'refused', 'approved') THEN ru + (i % 13) * interval '1 day' END AS fu
  FROM generate_series($1::bigint, $2::bigint) i,
    LATERAL (SELECT
      'svc-' || (i % 30) AS svc,
      CASE WHEN (i * 7) % 10 < 3 THEN 'prov-0' ELSE 'prov-' || (1 + (i * 13) % 199) END AS prov,
      CASE WHEN i % 100 = 0 THEN 'in-review' WHEN i % 1000 = 3 THEN 'submitted'
           WHEN i % 10 < 7 THEN 'issued' WHEN i % 10 < 9 THEN 'refused' ELSE 'approved' END AS status,
      1 + i % 3 AS nsteps,
      lpad((i % 900000000000)::text, 12, '0') AS applicant,
      timestamptz '2016-01-01 04:00:00+00' + (i % 3650) * interval '1 day' + (i % 9) * interval '1 hour' AS reg,
      timestamp '2016-01-01 04:00:00' + (i % 3650) * interval '1 day' + (i % 9) * interval '1 hour' AS ru) r
),
a AS (
  INSERT INTO applications (id, version, state, service_id, provider_id, status, applicant_id, updated_at)
  SELECT id, 6 + nsteps, (${applicationState})::jsonb,
    svc, prov, status, applicant, coalesce(finished, reg)
  FROM src
),
facts AS (
  INSERT INTO application_facts
    (application_id, service_id, provider_id, status, registered_at, deadline_at, finished_at, decision, ground_ids)
  SELECT id, svc, prov, status, reg, reg + interval '10 days', finished,
    CASE WHEN finished IS NULL THEN NULL WHEN status = 'refused' THEN 'refuse' ELSE 'approve' END,
    CASE WHEN status = 'refused' THEN ARRAY['g' || (i % 5)] ELSE '{}'::text[] END
  FROM src WHERE status <> 'submitted'
),
steps AS (
  INSERT INTO application_steps
    (application_id, n, service_id, provider_id, registered_at, step_id, role, started_at, done_at, due_at, on_time)
  SELECT id, k, svc, prov, reg, 's' || k,
    (ARRAY[${SCALE_ROLES.map((r) => `'${ROLE_NAMES[r]}'`).join(', ')}])[1 + (i / 100 + k) % 4],
    reg + k * interval '1 day', reg + k * interval '1 day' + ((i * k) % 40) * interval '1 hour',
    reg + k * interval '1 day' + interval '24 hours' + (i % 97) * interval '1 minute', (i * k) % 40 <= 24
  FROM src, generate_series(1, nsteps) k
  WHERE status <> 'submitted' AND NOT (status = 'in-review' AND k = nsteps)
),
units AS (
  INSERT INTO application_units (application_id, provider_id, unit_id)
  SELECT id, prov, 'u-' || (i % 10) FROM src WHERE prov = 'prov-0' AND (i / 7) % 2 = 0
),
survey AS (
  INSERT INTO survey_answers (application_id, answered_at, answers)
  SELECT id, finished + interval '1 day', jsonb_build_object('q1', 1 + (i / 10) % 3, 'q2', 1 + (i / 30) % 3)
  FROM src WHERE finished IS NOT NULL AND i % 10 = 5
)
SELECT count(*)::int AS n FROM src`;

/**
 * Permits $1 … $2, permit k issued on application j = 10k − 5 (an issued one) when it finished,
 * held by holder ⌊0.7 k⌋, each with its licence (kk) signed.
 */
export const permitsSql = `
WITH p AS (
  INSERT INTO permits (number, holder_id, service_id, status, data, updated_at)
  SELECT n, holder, 'svc-' || (j % 30), status,
         jsonb_build_object('number', n, 'kind', 'license', 'subtype', NULL,
           'holder', jsonb_build_object('id', holder, 'name', 'ЖШС «Ұйым ' || k || '»'),
           'serviceId', 'svc-' || (j % 30), 'providerId', CASE WHEN (j * 7) % 10 < 3 THEN 'prov-0' ELSE 'prov-' || (1 + (j * 13) % 199) END,
           'applicationId', 'a-' || j, 'status', status, 'issuedAt', ${iso('fu')}, 'appendices', '[]'::jsonb,
           'history', jsonb_build_array(jsonb_build_object('at', ${iso('fu')}, 'what', 'issued', 'applicationId', 'a-' || j))),
         fu AT TIME ZONE 'UTC'
  FROM generate_series($1::bigint, $2::bigint) k,
    LATERAL (SELECT k * 10 - 5 AS j) a,
    LATERAL (SELECT 'KZ02LIC' || to_char(k, 'FM00000000') AS n, lpad(((k * 7) / 10)::text, 12, '0') AS holder,
      CASE WHEN k % 20 = 0 THEN 'terminated' ELSE 'active' END AS status,
      timestamp '2016-01-01 04:00:00' + (j % 3650) * interval '1 day' + (j % 9) * interval '1 hour' + (j % 13) * interval '1 day' AS fu) x
  RETURNING number, updated_at
)
INSERT INTO documents (id, application_id, kind, lang, sha256, cms, signer, permit_number, signed_at)
SELECT 'd-' || number, 'a-' || (substr(number, 8)::bigint * 10 - 5), 'license', 'kk', md5(number) || md5(number || 'x'),
       repeat(md5(number || 'cms'), 48), jsonb_build_object('subject', 'Лауазымды тұлға', 'iin', '800101300123', 'role', 'head'),
       number, updated_at
FROM p`;

/** Ten territorial units of prov-0 (migration 0008), which half of its applications are addressed to. */
const unitsSql = `
INSERT INTO territorial_units (provider_id, unit_id, name_kk, name_ru, name_en, region)
SELECT 'prov-0', 'u-' || u, 'Бөлім ' || u, 'Отдел ' || u, 'Unit ' || u, 'Астана' FROM generate_series(0, 9) u`;

/** The tables the load writes: autovacuum is held off them while it runs, then VACUUM ANALYZE runs once. */
const LOADED = ['applications', 'application_units', 'survey_answers', 'permits', 'documents'];

/**
 * Fills an empty, migrated database: applications 1 … N in batches, each followed by the permits
 * issued on them (k with 10k − 5 in the batch), on `jobs` connections at once. With `until`, no
 * batch starts after that instant: the data is then applications 1 … n, permits 1 … ⌊(n + 5)/10⌋.
 */
export async function generateScaleData(
  pool: pg.Pool,
  options: ScaleDataOptions & { until?: Date },
): Promise<{ applications: number; permits: number }> {
  for (const t of LOADED) await pool.query(`ALTER TABLE ${t} SET (autovacuum_enabled = false)`);
  const t0 = performance.now();
  let next = 1;
  let applications = 0;
  let permits = 0;
  const count = options.applications;
  const worker = async () => {
    const client = await pool.connect();
    try {
      // A bulk load: a crash loses at most the batches not yet flushed, which the run redoes anyway.
      await client.query('SET synchronous_commit = off');
      await client.query('SET jit = off');
      await client.query('SET datestyle = ISO');
      while (next <= count && (options.until === undefined || Date.now() < options.until.getTime())) {
        const lo = next;
        const hi = Math.min(count, lo + options.batch - 1);
        next = hi + 1;
        await client.query(applicationsSql, [lo, hi]);
        const first = Math.ceil((lo + 5) / 10);
        const last = Math.min(options.permits, Math.floor((hi + 5) / 10));
        if (last >= first) await client.query(permitsSql, [first, last]);
        applications += hi - lo + 1;
        permits += Math.max(0, last - first + 1);
        const s = (performance.now() - t0) / 1000;
        options.log(
          `applications ${applications.toLocaleString('en')}/${count.toLocaleString('en')}, permits ${permits.toLocaleString('en')} (${Math.round(applications / s)} applications/s)`,
        );
      }
    } finally {
      client.release();
    }
  };
  try {
    await pool.query(unitsSql);
    await Promise.all(Array.from({ length: Math.max(1, options.jobs) }, worker));
  } finally {
    for (const t of LOADED) await pool.query(`ALTER TABLE ${t} RESET (autovacuum_enabled)`);
  }
  return { applications, permits };
}
