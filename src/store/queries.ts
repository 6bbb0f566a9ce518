/**
 * Every statement the store runs, named, in one place to review. The invariants they rely on
 * (unique keys, the append-only trigger, partial indexes) are in migrations/0001_initial.sql.
 */

import { stageCtes } from './stage-data.ts';

const applicationColumns = 'id, version, state, service_id, provider_id, status, applicant_id, updated_at';

/**
 * A command's whole write, as the parts (CTEs) of one statement: the state row (inserted at
 * version 0, else updated only from the version read), its events, its pending timers replaced,
 * and the idempotency record. Every part depends on the row being saved, so a lost race writes
 * nothing and reports saved = 0; a key recorded by a concurrent twin reports recorded = 0.
 * ($1 id, $2 new version, $3 state, $4–$7 summary, $8 version read, $9–$11 events,
 * $12–$14 timers, $15 key, $16 result.) Foreign keys are checked at the statement's end,
 * after the row exists. $17: the unit a new application is addressed to, or null; $18 the
 * request's hash, or null. $19–$28: the e-mail and SMS the command queues (notification_outbox
 * columns), $29 the command's instant; $30–$34: its cabinet messages, each written unless
 * `once` and one of its kind about the application is there (CommandWrite.messages);
 * $35–$47: the stage data (stage-data.ts, `stageParams`).
 */
const commitParts = `inserted AS (
      INSERT INTO applications (id, version, state, service_id, provider_id, status, applicant_id)
      SELECT $1, $2, $3, $4, $5, $6, $7 WHERE $8::integer = 0
      ON CONFLICT (id) DO NOTHING
      RETURNING id
    ), updated AS (
      UPDATE applications
      SET version = $2, state = $3, service_id = $4, provider_id = $5, status = $6, applicant_id = $7,
          updated_at = now()
      WHERE id = $1 AND version = $8 AND $8::integer > 0
      RETURNING id
    ), saved AS (
      SELECT id FROM inserted UNION ALL SELECT id FROM updated
    ), appended AS (
      INSERT INTO events (application_id, seq, type, at, data)
      SELECT $1, $8::integer + e.n, e.type, e.at, e.data
      FROM saved, unnest($9::text[], $10::timestamptz[], $11::jsonb[]) WITH ORDINALITY AS e (type, at, data, n)
    ), cleared AS (
      -- $12 NULL: the pending timers are already these (CommandWrite.timers); unnest(NULL) schedules none.
      DELETE FROM timers WHERE application_id = $1 AND fired_at IS NULL AND $12::text[] IS NOT NULL
        AND EXISTS (SELECT 1 FROM saved)
    ), scheduled AS (
      INSERT INTO timers (application_id, kind, due_at, payload)
      SELECT $1, t.kind, t.due_at, t.payload
      FROM saved, unnest($12::text[], $13::timestamptz[], $14::jsonb[]) AS t (kind, due_at, payload)
    ), addressed AS (
      INSERT INTO application_units (application_id, provider_id, unit_id)
      SELECT $1, $5, $17 FROM inserted WHERE $17::text IS NOT NULL
    ), queued AS (
      INSERT INTO notification_outbox
        (dedupe_key, application_id, complaint_id, recipient_id, channel, address, lang, kind, subject, body,
         next_attempt_at, created_at)
      SELECT m.*, $29::timestamptz, $29::timestamptz
      FROM saved, unnest($19::text[], $20::text[], $21::text[], $22::text[], $23::text[], $24::text[], $25::text[],
                         $26::text[], $27::text[], $28::text[]) AS m
      ON CONFLICT (dedupe_key) DO NOTHING
    ), inboxed AS (
      INSERT INTO cabinet_messages (recipient_id, application_id, kind, text, sent_at)
      SELECT m.recipient_id, m.application_id, m.kind, m.text, $29::timestamptz
      FROM saved, unnest($30::text[], $31::text[], $32::text[], $33::jsonb[], $34::boolean[])
        AS m (recipient_id, application_id, kind, text, once)
      -- A lateral probe of the recipient's index: NOT EXISTS under OR would be planned as a
      -- hashed subplan, a scan of the whole table.
      LEFT JOIN LATERAL (
        SELECT true AS found FROM cabinet_messages c
        WHERE m.once AND c.recipient_id = m.recipient_id AND c.application_id = m.application_id AND c.kind = m.kind
        LIMIT 1
      ) AS earlier ON true
      WHERE earlier.found IS NULL
    ), ${stageCtes((k) => `$${34 + k}`, { service: '$4', provider: '$5', status: '$6' })}, recorded AS (
      INSERT INTO commands (idempotency_key, application_id, result, request_hash)
      SELECT $15, $1, $16, $18 FROM saved
      ON CONFLICT (idempotency_key) DO NOTHING
      RETURNING 1
    )`;

/** The names of commitParts' CTEs: renamed per command when several share a statement. */
const commitNames = [
  'inserted',
  'updated',
  'saved',
  'appended',
  'cleared',
  'scheduled',
  'addressed',
  'queued',
  'inboxed',
  'facts',
  'steps',
  'recorded',
];
const commitParams = Math.max(...[...commitParts.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));

/**
 * The write of `k` commands in one statement, so one commit (CommitBatches): command j's
 * parameters follow command j-1's (commitParts' numbers plus j times their count) and its CTEs
 * carry the suffix _j. Each part reads only its own command's CTEs, so one command's lost race
 * writes nothing of it and leaves the others. Answers one row: `saved` and `recorded`, an array
 * with an entry per command, in order.
 */
export function commitCommands(k: number): string {
  return (commitStatements[k] ??= composeCommits(k));
}
const commitStatements: string[] = [];

function composeCommits(k: number): string {
  const rename = new RegExp(`\\b(${commitNames.join('|')})\\b`, 'g');
  const parts = Array.from({ length: k }, (_, j) =>
    commitParts
      .replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + j * commitParams}`)
      .replace(rename, `$1_${j}`),
  );
  const counts = (cte: string) =>
    `ARRAY[${parts.map((_, j) => `(SELECT count(*) FROM ${cte}_${j})`).join(', ')}]::integer[]`;
  return `WITH ${parts.join(',\n    ')}\n    SELECT ${counts('saved')} AS saved, ${counts('recorded')} AS recorded`;
}

export const sql = {
  findCommandResult: 'SELECT result FROM commands WHERE idempotency_key = $1',

  /** The first writer of a key wins; a concurrent second one gets no row back and must roll back. */
  recordCommand: `
    INSERT INTO commands (idempotency_key, application_id, result, request_hash) VALUES ($1, $2, $3, $4)
    ON CONFLICT (idempotency_key) DO NOTHING`,

  findApplication: `SELECT ${applicationColumns} FROM applications WHERE id = $1`,

  /**
   * A command's start in one round trip: the result recorded for its key with the hash of the
   * request that carried it, the application, and its pending timers.
   */
  loadForCommand: `
    SELECT c.result, c.request_hash, a.*,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', t.kind, 'dueAt', t.due_at, 'payload', t.payload)), '[]')
       FROM timers t WHERE t.application_id = $1 AND t.fired_at IS NULL) AS pending_timers
    FROM (SELECT 1) AS one
    LEFT JOIN commands c ON c.idempotency_key = $2
    LEFT JOIN (SELECT ${applicationColumns} FROM applications WHERE id = $1) AS a ON true`,

  nextInboundNumber: "SELECT nextval('inbound_numbers')::text AS value",

  unitIdsOf: 'SELECT unit_id FROM territorial_units WHERE provider_id = $1 ORDER BY unit_id',

  /** Version 0 → the row must not exist yet; a concurrent insert of the same id makes this a no-op. */
  insertApplication: `
    INSERT INTO applications (id, version, state, service_id, provider_id, status, applicant_id)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT (id) DO NOTHING`,

  /** Optimistic concurrency: changes the row only if nobody moved it past the version read. */
  updateApplication: `
    UPDATE applications
    SET version = $2, state = $3, service_id = $4, provider_id = $5, status = $6, applicant_id = $7,
        updated_at = now()
    WHERE id = $1 AND version = $8`,

  /**
   * The stage data of a save outside commitCommand: ($1 id, $2–$4 service, provider, status,
   * $5–$17 stageParams, $18 whether the registration may have moved: its rows under another
   * instant go).
   */
  writeStage: `
    WITH saved AS (SELECT $1::text AS id), refiled_facts AS (
      DELETE FROM application_facts WHERE $18::boolean AND application_id = $1 AND registered_at <> $5::timestamptz
    ), refiled_steps AS (
      DELETE FROM application_steps WHERE $18::boolean AND application_id = $1 AND registered_at <> $5::timestamptz
    ), ${stageCtes((k) => `$${4 + k}`, { service: '$2', provider: '$3', status: '$4' })}
    SELECT 1`,

  /** Events numbered after the version they follow: ($1 id, $2 previous version, types, instants, data). */
  appendEvents: `
    INSERT INTO events (application_id, seq, type, at, data)
    SELECT $1, $2::integer + e.n, e.type, e.at, e.data
    FROM unnest($3::text[], $4::timestamptz[], $5::jsonb[]) WITH ORDINALITY AS e (type, at, data, n)`,

  listApplications: `
    SELECT ${applicationColumns} FROM applications
    WHERE ($1::text IS NULL OR service_id = $1)
      AND ($2::text IS NULL OR status = $2)
      AND ($3::text IS NULL OR applicant_id = $3)
    ORDER BY id COLLATE "C"`,

  events: 'SELECT type, at, data FROM events WHERE application_id = $1 ORDER BY seq',

  deletePendingTimers: 'DELETE FROM timers WHERE application_id = $1 AND fired_at IS NULL',

  insertTimers: `
    INSERT INTO timers (application_id, kind, due_at, payload)
    SELECT $1, t.kind, t.due_at, t.payload
    FROM unnest($2::text[], $3::timestamptz[], $4::jsonb[]) AS t (kind, due_at, payload)`,

  pendingTimers: `
    SELECT id, application_id, kind, due_at, payload FROM timers
    WHERE fired_at IS NULL AND ($1::text IS NULL OR application_id = $1)
    ORDER BY due_at, id`,

  /**
   * Claims the earliest due timer no other transaction holds and marks it fired at $1, in the
   * caller's transaction: SKIP LOCKED lets several processes claim different timers at once
   * without waiting on each other; a rollback makes the timer pending again. $2: timer ids to
   * pass over (their handler failed in this round).
   */
  claimDueTimer: `
    WITH due AS (
      SELECT id FROM timers
      WHERE fired_at IS NULL AND due_at <= $1 AND NOT (id = ANY ($2::bigint[]))
      ORDER BY due_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    UPDATE timers t SET fired_at = $1 FROM due WHERE t.id = due.id
    RETURNING t.id, t.application_id, t.kind, t.due_at, t.payload`,

  /**
   * Takes the timer's application before its handler runs, or nothing if a command holds it.
   * Without this the handler would lock timer then application while a command locks
   * application then timers (replaceTimers): a deadlock that PostgreSQL breaks only after
   * deadlock_timeout (1 s), by aborting one of them (reported as a ConflictError, like any
   * rarer cycle through a sequence row). NO KEY UPDATE, the lock an UPDATE of the row takes,
   * leaves the foreign-key checks of concurrent event and timer inserts free.
   */
  lockApplication: 'SELECT 1 FROM applications WHERE id = $1 FOR NO KEY UPDATE SKIP LOCKED',

  /** Gapless: the row lock serializes callers until commit; a rollback returns the number. */
  nextNumber: `
    INSERT INTO sequences (name, last_value) VALUES ($1, 1)
    ON CONFLICT (name) DO UPDATE SET last_value = sequences.last_value + 1
    RETURNING last_value`,

  putPermit: `
    INSERT INTO permits (number, holder_id, service_id, status, data) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (number) DO UPDATE
    SET holder_id = $2, service_id = $3, status = $4, data = $5, updated_at = now()`,

  findPermit: 'SELECT number, holder_id, service_id, status, data FROM permits WHERE number = $1',

  // Imports of permits issued outside Ruqsat take one lock per transaction, so two imports of
  // the same original number cannot both find it absent (src/registry/import.ts).
  lockPermitImports: "SELECT pg_advisory_xact_lock(hashtext('ruqsat:permit-import'))",

  findImportedPermit: `
    SELECT number FROM permits WHERE data->'imported'->>'originalNumber' = $1 LIMIT 1`,

  insertPermit: `
    INSERT INTO permits (number, holder_id, service_id, status, data) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (number) DO NOTHING`,

  findPermitsByHolder: `
    SELECT number, holder_id, service_id, status, data FROM permits
    WHERE holder_id = $1 ORDER BY number COLLATE "C"`,
} as const;
